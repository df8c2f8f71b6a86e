"use client";

import type { DatePrecision } from "@/lib/dates/partial-date";
import { readsAs } from "../WhenInput";
import type { Message } from "./useCorrection";

export function FormMessage({ message }: { message: Message }) {
  if (!message) return null;
  return message.kind === "error" ? (
    <p className="form-error" role="alert">{message.text}</p>
  ) : (
    <p className="form-ok" role="status">{message.text}</p>
  );
}

export type ConflictRow = { label: string; theirs: string; yours: string };

/** Someone saved first: their values beside the editor's, so nothing typed is lost. */
export function ConflictPanel({ rows, onApply, disabled }: { rows: ConflictRow[]; onApply: () => void; disabled?: boolean }) {
  return (
    <section className="card stack conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">Saved by someone else in the meantime</h2>
      <p className="small muted">Your values are still in the form. Fields that differ are marked.</p>
      <div className="table-wrap">
        <table className="table conflict-table">
          <thead>
            <tr><th scope="col">Field</th><th scope="col">Their version (saved)</th><th scope="col">Yours (not saved)</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label} className={r.theirs !== r.yours ? "is-different" : undefined}>
                <th scope="row">{r.label}{r.theirs !== r.yours && <span className="visually-hidden"> (differs)</span>}</th>
                <td>{r.theirs || <span className="muted">—</span>}</td>
                <td>{r.yours || <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="row">
        <button type="button" onClick={onApply} disabled={disabled}>Apply my changes on top of theirs</button>
      </div>
    </section>
  );
}

/** "" for null/undefined, the value as text otherwise. */
export const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v));
export const yesNo = (v: unknown) => (v ? "yes" : "no");
/** A date and its precision as the site reads them ("Mar 2026"), from a form's values or a stored record's snapshot. */
export const whenText = (date: unknown, precision: unknown) => readsAs(text(date).slice(0, 10) || undefined, precision as DatePrecision);
