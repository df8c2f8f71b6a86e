"use client";

import styles from "./Filters.module.css";

export type CheckboxOption = { value: string; label: string; count?: number };

/**
 * The checkboxes of a CheckboxGroup. A client component so that its options reach the browser once, as
 * data: drawn by a server component, the RSC payload carried each option's element tree (label, input,
 * two spans) beside the same markup in the HTML — /statements' hundred speakers were 30 KB of payload
 * for 17 KB of HTML. The server still renders it: the form works without scripts.
 */
export function CheckboxOptions({ name, options, selected }: { name: string; options: CheckboxOption[]; selected: string[] }) {
  const chosen = new Set(selected);
  return (
    <div className={styles.options}>
      {options.map((o) => (
        <label key={o.value} className={styles.option}>
          <input type="checkbox" name={name} value={o.value} defaultChecked={chosen.has(o.value)} />
          <span>{o.label}</span>
          {o.count !== undefined && <span className={styles.count}>{o.count.toLocaleString("en-GB")}</span>}
        </label>
      ))}
    </div>
  );
}
