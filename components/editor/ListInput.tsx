"use client";

import { useState } from "react";

/** "Ben Aris, Jane Doe" → ["Ben Aris", "Jane Doe"]. */
export const splitList = (text: string) => text.split(",").map((x) => x.trim()).filter(Boolean);
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A comma-separated list typed as plain text: what the editor types stays exactly as typed (spaces
 * included); the list it stands for goes up on every keystroke, split on commas.
 */
export function ListInput({ value, onChange, ...props }: { value: string[]; onChange: (list: string[]) => void } & Omit<React.InputHTMLAttributes<HTMLInputElement>, "value" | "onChange">) {
  const [text, setText] = useState(value.join(", "));
  // A change from elsewhere (analysis, a reloaded draft) replaces the text; the editor's own typing does not.
  const shown = same(splitList(text), value) ? text : value.join(", ");
  return (
    <input
      {...props}
      type="text"
      value={shown}
      onChange={(e) => {
        setText(e.target.value);
        const list = splitList(e.target.value);
        if (!same(list, value)) onChange(list);
      }}
      onBlur={() => setText(value.join(", "))}
    />
  );
}
