import Link from "next/link";
import styles from "./SortControls.module.css";

// A list's order, chosen two ways: a select (cards, and phones, where table headers are hidden) and
// sortable column headers in table mode. Both keep every other filter and go back to the first page.

type Params = Record<string, string | string[] | undefined>;

export function SortSelect<T extends string>({ action, params, current, options, narrowOnly = false }: {
  action: string;
  params: Params;
  current: T;
  options: readonly { value: T; label: string }[];
  /** Shown on phones only (table mode: wider screens sort by the column headers). */
  narrowOnly?: boolean;
}) {
  const kept = Object.entries(params).flatMap(([name, value]) =>
    name === "sort" || name === "cursor" || value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v, i) => <input key={`${name}-${i}`} type="hidden" name={name} value={v} />),
  );
  return (
    <form method="get" action={action} className={`${styles.form} ${narrowOnly ? styles.narrowOnly : ""}`} data-testid="sort-form">
      {kept}
      <label className={styles.label}>
        Sort by{" "}
        <select name="sort" defaultValue={current}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </label>
      <button type="submit" className="secondary">Sort</button>
    </form>
  );
}

/**
 * A column header that sorts the table: a link to the order, `aria-sort` when it is the current one
 * (`other` for an order that is neither up nor down the column, such as speakers by activity).
 */
export function SortHeader({ children, direction, href, className, title }: {
  children: React.ReactNode;
  direction: "ascending" | "descending" | "other" | null;
  href: string;
  className?: string;
  title?: string;
}) {
  return (
    <th scope="col" className={className} aria-sort={direction ?? undefined}>
      <Link href={href} className={styles.header} title={title}>
        {children}
        {direction && <span aria-hidden="true" className={styles.arrow}>{direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "◆"}</span>}
      </Link>
    </th>
  );
}
