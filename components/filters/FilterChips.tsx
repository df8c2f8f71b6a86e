import Link from "next/link";

export type Chip = { key: string; text: string; href: string; /** What following the link does, when it is not removing the filter. */ action?: string };

/** The filters in force, each a link that removes it (every list shows these above its results). */
export function FilterChips({ chips, className }: { chips: Chip[]; className?: string }) {
  if (chips.length === 0) return null;
  return (
    <ul className={`chips${className ? ` ${className}` : ""}`} aria-label="Filters in force" data-testid="filter-chips">
      {chips.map((c) => (
        <li key={c.key}>
          {/* The visible words lead the accessible name (WCAG 2.5.3); what the link does follows, unseen. */}
          <Link className="chip" href={c.href}>
            {c.text} <span className="visually-hidden">: {c.action ?? "remove this filter"}</span>
            <span aria-hidden="true">{c.action ? "⇄" : "×"}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** A one-line choice among options (sort order, view): the current one is text, the others links. */
export function OptionLinks<T extends string>({ label, current, options, href }: { label: string; current: T; options: readonly { value: T; label: string }[]; href: (value: T) => string }) {
  return (
    <p className="small options-line">
      {label}:{" "}
      {options.map((o, i) => (
        <span key={o.value}>
          {i > 0 && " · "}
          {o.value === current ? <strong aria-current="true">{o.label}</strong> : <Link href={href(o.value)}>{o.label}</Link>}
        </span>
      ))}
    </p>
  );
}

/** Why the page shows something other than what its URL asked for (an unknown sort or view, a filter it could not use). */
export function ListNotices({ notices }: { notices: string[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="list-notice">
      {notices.map((n) => <p key={n}>{n}</p>)}
    </div>
  );
}
