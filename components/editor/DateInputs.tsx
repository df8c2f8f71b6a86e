"use client";

import { DATE_PRECISIONS, type DatePrecision } from "@/lib/dates/partial-date";

/** A partial date (YYYY, YYYY-MM or YYYY-MM-DD) with its precision. */
export function DateInputs({
  id,
  date,
  precision,
  error,
  onChange,
}: {
  id: string;
  date: string | undefined;
  precision: DatePrecision;
  error?: string;
  onChange: (date: string | undefined, precision: DatePrecision) => void;
}) {
  return (
    <div className="row">
      <div>
        <label htmlFor={`${id}-date`}>Date</label>
        <input
          id={`${id}-date`}
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          value={date ?? ""}
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-date-error` : undefined}
          onChange={(e) => {
            const v = e.target.value.trim();
            const implied: DatePrecision = !v ? "unknown" : v.length === 10 ? (precision === "week" ? "week" : "day") : v.length === 7 ? (precision === "quarter" ? "quarter" : "month") : "year";
            onChange(v || undefined, implied);
          }}
        />
        {error && <p id={`${id}-date-error`} className="field-error">{error}</p>}
      </div>
      <div>
        <label htmlFor={`${id}-precision`}>Precision</label>
        <select id={`${id}-precision`} value={precision} onChange={(e) => onChange(date, e.target.value as DatePrecision)}>
          {DATE_PRECISIONS.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </div>
    </div>
  );
}
