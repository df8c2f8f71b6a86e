"use client";

import { EVENT_TYPES } from "@/lib/events/codebook";
import { EVENT_ROLES, EVENT_TYPE_VALUES, type ReviewActor, type ReviewEvent } from "@/lib/editor/schemas";
import type { SimilarEvent } from "@/lib/editor/similar-events";
import { DateInputs } from "./DateInputs";

/** One line: what happened and when. */
export function EventSummary({ event }: { event: ReviewEvent }) {
  return (
    <>
      <span className="rv-kind rv-kind--event">Event</span> <strong>{event.title || "(untitled)"}</strong>
      <span className="muted small"> · {EVENT_TYPES[event.type].label} · {event.date ?? "no date"}</span>
    </>
  );
}

/** The likeliest stored duplicate, with a one-click merge (or its undo). Shown on the closed line. */
export function MergeSuggestion({ event, similar, onChange }: { event: ReviewEvent; similar: SimilarEvent[] | undefined; onChange: (patch: Partial<ReviewEvent>) => void }) {
  const merged = similar?.find((s) => s.id === event.mergeInto);
  if (merged) {
    return (
      <div className="rv-similar">
        Merges into “{merged.title}” ({merged.date}) as a second source.{" "}
        <button type="button" className="link-button" onClick={() => onChange({ mergeInto: undefined })}>Publish as new instead</button>
      </div>
    );
  }
  const likely = similar?.[0];
  if (!likely || !event.accepted) return null;
  return (
    <div className="rv-similar" role="group" aria-label="Likely already in Faultline">
      Already in Faultline? “{likely.title}” ({likely.date}{likely.place ? `, ${likely.place}` : ""}){similar.length > 1 ? ` and ${similar.length - 1} more` : ""}.{" "}
      <button type="button" className="secondary small-button" onClick={() => onChange({ mergeInto: likely.id, accepted: true, reviewed: true })}>Merge into it (m)</button>
    </div>
  );
}

type Props = {
  index: number;
  event: ReviewEvent;
  actors: ReviewActor[];
  similar: SimilarEvent[] | undefined;
  errors: Record<string, string>;
  onChange: (patch: Partial<ReviewEvent>) => void;
};

/** An event opened for correction. */
export function EventDetails({ index, event: e, actors, similar, errors, onChange }: Props) {
  const kept = actors.filter((a) => a.decision !== "reject");
  const err = (f: string) => errors[`review.events.${index}.${f}`];
  const id = `ev-${index}`;
  return (
    <div className="rv-details">
      {similar && similar.length > 0 && (
        <div className="similar" role="group" aria-label="Similar events already in Faultline">
          <label className="check"><input type="radio" name={`${id}-merge`} checked={!e.mergeInto} onChange={() => onChange({ mergeInto: undefined })} /> Publish as a new event</label>
          {similar.map((s) => (
            <label key={s.id} className="check">
              <input type="radio" name={`${id}-merge`} checked={e.mergeInto === s.id} onChange={() => onChange({ mergeInto: s.id })} /> Merge into “{s.title}” ({s.date}{s.place ? `, ${s.place}` : ""})
            </label>
          ))}
        </div>
      )}
      <div>
        <label htmlFor={`${id}-title`}>Title</label>
        <textarea id={`${id}-title`} rows={2} className="headline-input" value={e.title} aria-invalid={!!err("title")} onChange={(x) => onChange({ title: x.target.value.replace(/\n/g, " ") })} />
        {err("title") && <p className="field-error">{err("title")}</p>}
      </div>
      <div className="grid-3">
        <div>
          <label htmlFor={`${id}-type`}>Type</label>
          <select id={`${id}-type`} value={e.type} onChange={(x) => onChange({ type: x.target.value as ReviewEvent["type"] })}>
            {EVENT_TYPE_VALUES.map((t) => <option key={t} value={t}>{EVENT_TYPES[t].label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-place`}>Place</label>
          <input id={`${id}-place`} value={e.place ?? ""} onChange={(x) => onChange({ place: x.target.value })} />
        </div>
        <div>
          <label htmlFor={`${id}-fatalities`}>Fatalities</label>
          <input id={`${id}-fatalities`} type="number" min={0} value={e.fatalities ?? ""} onChange={(x) => onChange({ fatalities: x.target.value === "" ? undefined : Math.max(0, Math.floor(Number(x.target.value))) })} />
        </div>
      </div>
      <div className="row">
        <DateInputs id={`${id}-when`} date={e.date} precision={e.datePrecision} error={err("date")} onChange={(date, datePrecision) => onChange({ date, datePrecision })} />
        <div>
          <label htmlFor={`${id}-phrase`}>As written</label>
          <input id={`${id}-phrase`} value={e.dateText ?? ""} onChange={(x) => onChange({ dateText: x.target.value })} />
        </div>
      </div>
      <fieldset className="actors-pick">
        <legend className="small">Who took part</legend>
        {kept.map((a) => {
          const link = e.actors.find((x) => x.key === a.key);
          return (
            <span key={a.key} className="actor-pick">
              <label className="check">
                <input
                  type="checkbox"
                  checked={!!link}
                  onChange={(x) => onChange({ actors: x.target.checked ? [...e.actors, { key: a.key, role: "participant" }] : e.actors.filter((y) => y.key !== a.key) })}
                />{" "}
                {a.name}
              </label>
              {link && (
                <select aria-label={`Role of ${a.name}`} value={link.role} onChange={(x) => onChange({ actors: e.actors.map((y) => (y.key === a.key ? { ...y, role: x.target.value as typeof y.role } : y)) })}>
                  {EVENT_ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
                </select>
              )}
            </span>
          );
        })}
        {Object.entries(errors).filter(([k]) => k.startsWith(`review.events.${index}.actors`)).slice(0, 1).map(([k, m]) => <p key={k} className="field-error">{m}</p>)}
      </fieldset>
    </div>
  );
}
