"use client";

import { updateStatementAction } from "@/lib/editor/actions";
import { statementEditSchema } from "@/lib/editor/correction-schemas";
import type { DatePrecision } from "@/lib/dates/partial-date";
import { WhenInput } from "../WhenInput";
import { Field } from "../Field";
import { ConflictPanel, FormMessage, text, whenText, yesNo } from "./FormParts";
import { useCorrection } from "./useCorrection";
import styles from "./Corrections.module.css";

type Values = { speakerId: string; text: string; direct: boolean; saidOn: string; saidPrecision: DatePrecision; venue: string; verified: boolean };
type Actor = { id: string; name: string };

export function StatementForm({ id, version, initial, actors, disabled }: { id: string; version: number; initial: Values; actors: Actor[]; disabled?: boolean }) {
  const f = useCorrection({
    id,
    version,
    initial,
    schema: statementEditSchema,
    action: updateStatementAction,
    toInput: (v: Values) => ({ ...v, saidPrecision: v.saidOn ? v.saidPrecision : "unknown" }),
  });
  const { values: v, set, errors } = f;
  const name = (actorId: unknown) => actors.find((a) => a.id === actorId)?.name ?? text(actorId);

  return (
    <>
      <form
        className={`card stack ${styles.form}`}
        aria-labelledby="edit-statement"
        noValidate
        onSubmit={(e) => { e.preventDefault(); f.save(); }}
      >
        <h2 id="edit-statement">Statement</h2>
        <FormMessage message={f.message} />
        {f.conflict && (
          <ConflictPanel
            onApply={f.applyOnTop}
            rows={[
              { label: "Speaker", theirs: name(f.conflict.speakerId), yours: name(v.speakerId) },
              { label: "Words", theirs: text(f.conflict.text), yours: v.text },
              { label: "Kind", theirs: f.conflict.direct ? "direct quote" : "paraphrase", yours: v.direct ? "direct quote" : "paraphrase" },
              { label: "Said on", theirs: whenText(f.conflict.saidOn, f.conflict.saidPrecision), yours: whenText(v.saidOn, v.saidPrecision) },
              { label: "Venue", theirs: text(f.conflict.venue), yours: v.venue },
              { label: "Verified", theirs: yesNo(f.conflict.verified), yours: yesNo(v.verified) },
            ]}
          />
        )}
        <fieldset className="stack" disabled={disabled || f.pending}>
          <div className="grid-2">
            <Field id="st-speaker" label="Speaker" error={errors.speakerId}>
              {(p) => (
                <select {...p} value={v.speakerId} onChange={(e) => set("speakerId", e.target.value)}>
                  {!actors.some((a) => a.id === v.speakerId) && <option value={v.speakerId}>(unknown actor)</option>}
                  {actors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
                </select>
              )}
            </Field>
            <Field id="st-venue" label="Venue" error={errors.venue} hint="Where it was said: a forum, an interview, a channel.">
              {(p) => <input {...p} type="text" value={v.venue} onChange={(e) => set("venue", e.target.value)} />}
            </Field>
          </div>
          <Field id="st-text" label="Words" error={errors.text} hint="As the article reports them.">
            {(p) => <textarea {...p} rows={4} value={v.text} onChange={(e) => set("text", e.target.value)} />}
          </Field>
          <fieldset className="row" aria-label="Kind of statement">
            <label className="check"><input type="radio" name="direct" checked={v.direct} onChange={() => set("direct", true)} /> Direct quote</label>
            <label className="check"><input type="radio" name="direct" checked={!v.direct} onChange={() => set("direct", false)} /> Paraphrase</label>
          </fieldset>
          <WhenInput
            id="st-said"
            label="Said on"
            date={v.saidOn || undefined}
            precision={v.saidPrecision}
            error={errors.saidOn ?? errors.saidPrecision}
            onChange={(date, precision) => f.setValues((x) => ({ ...x, saidOn: date ?? "", saidPrecision: precision }))}
            onRefusal={(refusal) => f.refuse("saidOn", refusal)}
          />
          <label className="check"><input type="checkbox" checked={v.verified} onChange={(e) => set("verified", e.target.checked)} /> Verified (checked by an editor)</label>
          <div className="row">
            <button type="submit">{f.pending ? "Saving…" : "Save"}</button>
          </div>
        </fieldset>
      </form>
    </>
  );
}
