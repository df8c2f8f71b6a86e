"use client";

import { useState } from "react";
import { formatPartialDate, partialDateFromString, type DatePrecision } from "@/lib/dates/partial-date";
import { readTypedDate, refusedDateMessage, writeTypedDate } from "@/lib/dates/typed-date";

/** How the stored pair reads on the site ("week of 2 Mar 2026"), to confirm what the field understood. */
export function readsAs(date: string | undefined, precision: DatePrecision): string {
  try {
    const { start, end } = partialDateFromString(date ?? null, precision);
    return formatPartialDate(start, precision, { end });
  } catch {
    return "date unknown";
  }
}

type Props = {
  id: string;
  label?: string;
  date: string | undefined;
  precision: DatePrecision;
  error?: string;
  onChange: (date: string | undefined, precision: DatePrecision) => void;
  /** Told what the field refuses and the text it refuses (or null once it reads again or is reset), for a form that must not save past it. */
  onRefusal?: (message: string | null, typed?: string) => void;
  /** Text refused earlier that the form kept while the field was closed: shown again, still refused, until fixed or reset. */
  held?: string;
};

/**
 * A date and its precision as one field: "2026-03-05", "March 2026", "2026-W10", "2026-Q1", "2026" or empty.
 * What it cannot read is refused, said why, and changes nothing.
 */
export function WhenInput({ id, label = "When", date, precision, error, onChange, onRefusal, held }: Props) {
  const [typed, setTyped] = useState<string | null>(held ?? null);
  const [refusal, setRefusal] = useState<string | null>(held === undefined ? null : refusedDateMessage(held));
  // Read on leaving the field (Tab, a click elsewhere, Escape closing the event) or on Enter, as the other
  // fields keep what is typed: a date typed and left is never lost, and never read half-typed ("2026-03-3").
  const commit = () => {
    if (typed === null) return;
    const reading = readTypedDate(typed);
    const refused = reading ? null : refusedDateMessage(typed);
    setRefusal(refused);
    // The good date first, then the refusal forgotten: a form that keeps refusals in the same state as the
    // date (the review, so its draft) updates the refusal on top of the date, not the other way round.
    if (reading) {
      setTyped(null);
      if (reading.date !== date || reading.precision !== precision) onChange(reading.date, reading.precision);
    }
    onRefusal?.(refused, refused ? typed : undefined);
  };
  // Back to the value the record still holds: the way out of a refusal other than fixing it.
  const reset = () => {
    setTyped(null);
    setRefusal(null);
    onRefusal?.(null);
  };
  const message = refusal ?? error;
  const noteId = `${id}-date-note`;
  return (
    <div className="when-field">
      <label htmlFor={`${id}-date`}>{label}</label>
      <input
        id={`${id}-date`}
        type="text"
        autoComplete="off"
        placeholder="2026-03-05, March 2026, 2026-W10…"
        value={typed ?? writeTypedDate({ date, precision })}
        aria-invalid={!!message}
        aria-describedby={noteId}
        onChange={(e) => { setTyped(e.target.value); setRefusal(null); }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key !== "Enter") return;
          e.preventDefault();
          commit();
        }}
      />
      {message
        ? <p id={noteId} className="field-error" role="alert">{message}{refusal && <> <button type="button" className="link-button" onClick={reset}>Reset to {writeTypedDate({ date, precision }) || "no date"}</button></>}</p>
        : <p id={noteId} className="small muted">{typed === null ? `Reads as: ${readsAs(date, precision)}` : "Enter or Tab to set it"}</p>}
    </div>
  );
}
