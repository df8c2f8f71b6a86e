"use client";

import { updateEventAction } from "@/lib/editor/actions";
import { eventEditSchema } from "@/lib/editor/correction-schemas";
import { EVENT_ROLES, EVENT_TYPE_VALUES } from "@/lib/editor/schemas";
import type { DatePrecision } from "@/lib/dates/partial-date";
import { WhenInput } from "../WhenInput";
import { Field } from "../Field";
import { ConflictPanel, FormMessage, text, whenText, yesNo } from "./FormParts";
import { useCorrection } from "./useCorrection";
import styles from "./Corrections.module.css";

type Role = (typeof EVENT_ROLES)[number];
type Type = (typeof EVENT_TYPE_VALUES)[number];
type Values = {
  title: string;
  description: string;
  type: Type;
  date: string;
  datePrecision: DatePrecision;
  dateText: string;
  place: string;
  fatalities: string;
  actors: { actorId: string; role: Role }[];
  verified: boolean;
};
type Actor = { id: string; name: string };

export function EventForm({
  id,
  version,
  initial,
  actors,
  typeLabels,
  disabled,
}: {
  id: string;
  version: number;
  initial: Values;
  actors: Actor[];
  typeLabels: Record<Type, string>;
  disabled?: boolean;
}) {
  const f = useCorrection({
    id,
    version,
    initial,
    schema: eventEditSchema,
    action: updateEventAction,
    toInput: (v: Values) => ({
      ...v,
      datePrecision: v.date ? v.datePrecision : "unknown",
      // An empty box means "not reported"; anything else must be a whole number (zod says so if not).
      fatalities: v.fatalities.trim() === "" ? undefined : Number(v.fatalities.trim()),
    }),
  });
  const { values: v, set, errors } = f;
  const name = (actorId: string) => actors.find((a) => a.id === actorId)?.name ?? "(unknown actor)";
  const listActors = (list: unknown) =>
    (Array.isArray(list) ? (list as { actorId: string; role: string }[]) : [])
      .map((a) => `${name(a.actorId)} (${a.role})`)
      .sort()
      .join(", ");
  const unused = actors.filter((a) => !v.actors.some((x) => x.actorId === a.id));
  const actorsError = Object.entries(errors).find(([k]) => k.startsWith("actors"))?.[1];

  return (
    <form className={`card stack ${styles.form}`} aria-labelledby="edit-event" noValidate onSubmit={(e) => { e.preventDefault(); f.save(); }}>
      <h2 id="edit-event">Event</h2>
      <FormMessage message={f.message} />
      {f.conflict && (
        <ConflictPanel
          onApply={f.applyOnTop}
          rows={[
            { label: "Title", theirs: text(f.conflict.title), yours: v.title },
            { label: "Description", theirs: text(f.conflict.description), yours: v.description },
            { label: "Type", theirs: typeLabels[f.conflict.type as Type] ?? text(f.conflict.type), yours: typeLabels[v.type] },
            { label: "When", theirs: whenText(f.conflict.startDate, f.conflict.datePrecision), yours: whenText(v.date, v.datePrecision) },
            { label: "Date as written", theirs: text(f.conflict.dateText), yours: v.dateText },
            { label: "Place", theirs: text(f.conflict.place), yours: v.place },
            { label: "Fatalities", theirs: text(f.conflict.fatalities), yours: v.fatalities },
            { label: "Actors", theirs: listActors(f.conflict.actors), yours: listActors(v.actors) },
            { label: "Verified", theirs: yesNo(f.conflict.verified), yours: yesNo(v.verified) },
          ]}
        />
      )}
      <fieldset className="stack" disabled={disabled || f.pending}>
        <Field id="ev-title" label="Title" error={errors.title}>
          {(p) => <input {...p} type="text" value={v.title} onChange={(e) => set("title", e.target.value)} />}
        </Field>
        <Field id="ev-description" label="Description" error={errors.description}>
          {(p) => <textarea {...p} rows={3} value={v.description} onChange={(e) => set("description", e.target.value)} />}
        </Field>
        <div className="grid-2">
          <Field id="ev-type" label="Type" error={errors.type}>
            {(p) => (
              <select {...p} value={v.type} onChange={(e) => set("type", e.target.value as Type)}>
                {EVENT_TYPE_VALUES.map((t) => <option key={t} value={t}>{typeLabels[t]}</option>)}
              </select>
            )}
          </Field>
          <Field id="ev-place" label="Place" error={errors.place}>
            {(p) => <input {...p} type="text" value={v.place} onChange={(e) => set("place", e.target.value)} />}
          </Field>
        </div>
        <WhenInput
          id="ev-when"
          date={v.date || undefined}
          precision={v.datePrecision}
          error={errors.date ?? errors.datePrecision}
          onChange={(date, precision) => f.setValues((x) => ({ ...x, date: date ?? "", datePrecision: precision }))}
          onRefusal={(refusal) => f.refuse("date", refusal)}
        />
        <div className="grid-2">
          <Field id="ev-dateText" label="Date as written" error={errors.dateText} hint="The article's own words: “last week”, “on Friday”.">
            {(p) => <input {...p} type="text" value={v.dateText} onChange={(e) => set("dateText", e.target.value)} />}
          </Field>
          <Field id="ev-fatalities" label="Fatalities" error={errors.fatalities && "Enter a whole number (0 or more), or leave it empty."} hint="Leave empty when none are reported.">
            {(p) => <input {...p} type="text" inputMode="numeric" value={v.fatalities} onChange={(e) => set("fatalities", e.target.value)} />}
          </Field>
        </div>
        <fieldset className="stack" aria-describedby={actorsError ? "ev-actors-error" : undefined}>
          <legend className={styles.groupLabel}>Actors and their roles</legend>
          {v.actors.length === 0 && <p className="muted small" style={{ margin: 0 }}>No actors yet.</p>}
          {v.actors.map((a, i) => (
            <div key={a.actorId} className={styles.actorRow}>
              <span>{name(a.actorId)}</span>
              <select
                aria-label={`Role of ${name(a.actorId)}`}
                value={a.role}
                onChange={(e) => set("actors", v.actors.map((x, j) => (j === i ? { ...x, role: e.target.value as Role } : x)))}
              >
                {EVENT_ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
              </select>
              <button type="button" className="secondary" aria-label={`Remove ${name(a.actorId)}`} onClick={() => set("actors", v.actors.filter((_, j) => j !== i))}>Remove</button>
            </div>
          ))}
          {unused.length > 0 && (
            <div>
              <label htmlFor="ev-add-actor">Add an actor</label>
              <select
                id="ev-add-actor"
                value=""
                onChange={(e) => e.target.value && set("actors", [...v.actors, { actorId: e.target.value, role: "participant" }])}
              >
                <option value="">Choose…</option>
                {unused.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
              </select>
            </div>
          )}
          {actorsError && <p id="ev-actors-error" className="field-error">{actorsError}</p>}
        </fieldset>
        <label className="check"><input type="checkbox" checked={v.verified} onChange={(e) => set("verified", e.target.checked)} /> Verified (checked by an editor)</label>
        <div className="row">
          <button type="submit">{f.pending ? "Saving…" : "Save"}</button>
        </div>
      </fieldset>
    </form>
  );
}
