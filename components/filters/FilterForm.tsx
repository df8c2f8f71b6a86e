import Link from "next/link";
import { CheckboxOptions, type CheckboxOption } from "./CheckboxOptions";
import styles from "./Filters.module.css";

/** A GET form: filters live in the URL, so results can be bookmarked and shared. */
export function FilterForm({ action, label, children, active }: { action: string; label: string; children: React.ReactNode; active: boolean }) {
  return (
    <form action={action} method="get" className={styles.form} aria-label={label} role="search">
      {children}
      <div className={styles.actions}>
        <button type="submit">Apply filters</button>
        {active && <Link href={action}>Clear all</Link>}
      </div>
    </form>
  );
}

export function TextField({ name, label, value, placeholder, hint, type = "search" }: { name: string; label: string; value?: string; placeholder?: string; hint?: string; type?: "search" | "date" }) {
  const id = `f-${name}`;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} name={name} defaultValue={value ?? ""} placeholder={placeholder} maxLength={type === "search" ? 200 : undefined} aria-describedby={hint ? `${id}-hint` : undefined} />
      {hint && <p id={`${id}-hint`} className={styles.hint}>{hint}</p>}
    </div>
  );
}

export function DateRange({ from, to, legend }: { from?: string; to?: string; legend: string }) {
  return (
    <fieldset className={styles.group}>
      <legend>{legend}</legend>
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor="f-from" className="small">From</label>
          <input id="f-from" type="date" name="from" defaultValue={from ?? ""} />
        </div>
        <div className={styles.field}>
          <label htmlFor="f-to" className="small">To</label>
          <input id="f-to" type="date" name="to" defaultValue={to ?? ""} />
        </div>
      </div>
    </fieldset>
  );
}

export function SelectField({ name, label, value, options, anyLabel }: { name: string; label: string; value?: string; options: { value: string; label: string }[]; anyLabel: string }) {
  const id = `f-${name}`;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

/** Several choices of one parameter (?speaker=a&speaker=b) as checkboxes. */
export function CheckboxGroup({ name, legend, options, selected }: { name: string; legend: string; options: CheckboxOption[]; selected: string[] }) {
  if (options.length === 0) return null;
  const chosen = new Set(selected);
  // Chosen ones first, so a long list never hides what is applied.
  const sorted = [...options.filter((o) => chosen.has(o.value)), ...options.filter((o) => !chosen.has(o.value))];
  return (
    <fieldset className={styles.group}>
      <legend>{legend}{chosen.size > 0 && <span className="muted"> ({chosen.size} chosen)</span>}</legend>
      <CheckboxOptions name={name} options={sorted} selected={selected} />
    </fieldset>
  );
}
