"use client";

import { useState } from "react";

/** "Ben Aris, Jane Doe" → ["Ben Aris", "Jane Doe"]. */
export const splitList = (text: string) => text.split(",").map((x) => x.trim()).filter(Boolean);
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const SHOWN_SUGGESTIONS = 30;

/**
 * What the browser may offer to complete the item being typed: each suggestion not yet in the list,
 * starting with what is typed after the last comma, written after the items already typed (a datalist
 * replaces the whole value, so "Sanctions, pe" is offered "Sanctions, Peace talks").
 */
export function listSuggestions(text: string, suggestions: string[]): string[] {
  const cut = text.lastIndexOf(",");
  const head = cut >= 0 ? `${text.slice(0, cut + 1).trimEnd()} ` : "";
  const typed = text.slice(cut + 1).trim().toLowerCase();
  const taken = new Set(splitList(text).map((x) => x.toLowerCase()));
  return suggestions
    .filter((s) => !taken.has(s.toLowerCase()) && s.toLowerCase().includes(typed))
    .slice(0, SHOWN_SUGGESTIONS)
    .map((s) => head + s);
}

type Props = { value: string[]; onChange: (list: string[]) => void; suggestions?: string[] } & Omit<React.InputHTMLAttributes<HTMLInputElement>, "value" | "onChange">;

/**
 * A comma-separated list typed as plain text: what the editor types stays exactly as typed (spaces
 * included); the list it stands for goes up on every keystroke, split on commas. With `suggestions`,
 * the browser offers stored names for the item being typed.
 */
export function ListInput({ value, onChange, suggestions, ...props }: Props) {
  const [text, setText] = useState(value.join(", "));
  // A change from elsewhere (analysis, a reloaded draft) replaces the text; the editor's own typing does not.
  const shown = same(splitList(text), value) ? text : value.join(", ");
  const listId = suggestions && props.id ? `${props.id}-suggestions` : undefined;
  return (
    <>
      <input
        {...props}
        type="text"
        list={listId}
        autoComplete={listId ? "off" : props.autoComplete}
        value={shown}
        onChange={(e) => {
          setText(e.target.value);
          const list = splitList(e.target.value);
          if (!same(list, value)) onChange(list);
        }}
        onBlur={() => setText(value.join(", "))}
      />
      {listId && (
        <datalist id={listId}>
          {listSuggestions(shown, suggestions!).map((s) => <option key={s} value={s} />)}
        </datalist>
      )}
    </>
  );
}
