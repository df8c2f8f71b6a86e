"use client";

import { refusedDateMessage } from "@/lib/dates/typed-date";
import { EVENT_TYPES } from "@/lib/events/codebook";
import type { EditorArticle } from "@/lib/editor/analyse";
import { EVENT_TYPE_VALUES, type Review, type ReviewActor, type ReviewEvent } from "@/lib/editor/schemas";
import type { SimilarEvent } from "@/lib/editor/similar-events";
import { EventActors } from "./EventActors";
import styles from "./ReviewBoard.module.css";
import { offeredStored } from "@/lib/editor/publish-checks";
import { decidedNew, notStoredPatch, publishAsNewPatch, type Mention } from "./review-model";
import { readsAs, WhenInput } from "./WhenInput";

/** One line: what happened and when. */
export function EventSummary({ event }: { event: ReviewEvent }) {
  return (
    <>
      <span className="rv-kind rv-kind--event">Event</span> <strong>{event.title || "(untitled)"}</strong>
      <span className="muted small"> · {EVENT_TYPES[event.type].label} · {event.date ? readsAs(event.date, event.datePrecision) : "no date"}</span>
    </>
  );
}

/**
 * The likeliest stored duplicate, with a one-click merge (or its undo), or "Not the same", which sets aside every
 * stored event offered for it. Shown on the closed line; Publish waits for one of the two.
 */
export function MergeSuggestion({ event, similar, onChange }: { event: ReviewEvent; similar: SimilarEvent[] | undefined; onChange: (patch: Partial<ReviewEvent>) => void }) {
  const merged = similar?.find((s) => s.id === event.mergeInto);
  if (merged) {
    return (
      <div className="rv-similar">
        Merges into “{merged.title}” ({merged.date}) as a second source.{" "}
        <button type="button" className="link-button" onClick={() => onChange(publishAsNewPatch(event, similar))}>Publish as new instead</button>
      </div>
    );
  }
  const offered = offeredStored(event, similar);
  const likely = offered[0];
  if (!likely || !event.accepted) return null;
  return (
    <div className="rv-similar" role="group" aria-label="Likely already in Faultline">
      Already in Faultline? “{likely.title}” ({likely.date}{likely.place ? `, ${likely.place}` : ""}){offered.length > 1 ? ` and ${offered.length - 1} more` : ""}.{" "}
      <button type="button" className="secondary small-button" onClick={() => onChange({ mergeInto: likely.id, accepted: true, reviewed: true })}>Merge into it (m)</button>{" "}
      <button type="button" className="link-button" onClick={() => onChange(notStoredPatch(event, offered))}>Not the same (n)</button>
    </div>
  );
}

/** A date typed on a closed line that Faultline could not read, told as everywhere else (refusedDateMessage): the line keeps the last good date until it is fixed or reset. */
export function HeldDate({ typed, kept, onOpen, onReset }: { typed: string; kept: string; onOpen: () => void; onReset: () => void }) {
  return (
    <div className={`rv-similar ${styles.held}`} role="group" aria-label="Date not read">
      {refusedDateMessage(typed)} The line still holds {kept}.{" "}
      <button type="button" className="secondary small-button" onClick={onOpen}>Fix it</button>{" "}
      <button type="button" className="link-button" onClick={onReset}>Reset</button>
    </div>
  );
}

/** An event of this article that seems to tell the same happening as an earlier one: fold it in, or say it is not. */
export function RepeatWarning({ earlier, onFold, onDifferent }: { earlier: ReviewEvent; onFold: () => void; onDifferent: () => void }) {
  return (
    <div className="rv-similar" role="group" aria-label="Told twice in this article?">
      Told twice? This looks like “{earlier.title}” above ({earlier.date ? readsAs(earlier.date, earlier.datePrecision) : "no date"}).{" "}
      <button type="button" className="secondary small-button" onClick={onFold}>Fold into it (f)</button>{" "}
      <button type="button" className="link-button" onClick={onDifferent}>Not the same (n)</button>
    </div>
  );
}

/** The paragraph of the event's passage: actors named there are offered first. */
function paragraphAround(article: EditorArticle, e: ReviewEvent): [number, number] {
  const text = article[e.part];
  const from = text.lastIndexOf("\n", e.start) + 1;
  const to = text.indexOf("\n", e.end);
  return [from, to < 0 ? text.length : to];
}

/** Actors still in the review, those named in the event's paragraph first (an order that stays put as roles change). */
function actorsForEvent(article: EditorArticle, actors: ReviewActor[], mentions: Mention[], e: ReviewEvent): ReviewActor[] {
  const kept = actors.filter((a) => a.decision !== "reject");
  const [from, to] = paragraphAround(article, e);
  const near = new Set(mentions.filter((m) => m.part === e.part && m.start >= from && m.end <= to).map((m) => m.key));
  return [...kept.filter((a) => near.has(a.key)), ...kept.filter((a) => !near.has(a.key))];
}

type Props = {
  index: number;
  article: EditorArticle;
  review: Review;
  /** Where each actor is named in the article, found once per article and actor list (not per keystroke). */
  mentions: Mention[];
  /** Where to report a date the "When" field refuses (the event keeps it, as refusedWhen, until fixed or reset). */
  onDateRefusal: (message: string | null, typed?: string) => void;
  similar: SimilarEvent[] | undefined;
  errors: Record<string, string>;
  onChange: (patch: Partial<ReviewEvent>) => void;
  /** Folds this event into another of the article (the same happening told twice). */
  onFold: (into: number) => void;
};

/** An event opened for correction. */
export function EventDetails({ index, article, review, mentions, onDateRefusal, similar, errors, onChange, onFold }: Props) {
  const e = review.events[index];
  const others = review.events.map((o, j) => ({ o, j })).filter(({ o, j }) => j !== index && o.accepted && !o.mergeInto);
  const actorError = Object.entries(errors).find(([k]) => k.startsWith(`review.events.${index}.actors`))?.[1];
  const err = (f: string) => errors[`review.events.${index}.${f}`];
  const id = `ev-${index}`;
  return (
    <div className="rv-details">
      {similar && similar.length > 0 && (
        <div className="similar" role="group" aria-label="Similar events already in Faultline">
          <label className="check"><input type="radio" name={`${id}-merge`} checked={decidedNew(e, similar)} onChange={() => onChange(publishAsNewPatch(e, similar))} /> Publish as a new event</label>
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
        <WhenInput id={`${id}-when`} date={e.date} precision={e.datePrecision} error={err("date")} held={e.refusedWhen} onRefusal={onDateRefusal} onChange={(date, datePrecision) => onChange({ date, datePrecision })} />
        <div>
          <label htmlFor={`${id}-phrase`}>As written</label>
          <input id={`${id}-phrase`} value={e.dateText ?? ""} onChange={(x) => onChange({ dateText: x.target.value })} />
        </div>
      </div>
      <EventActors id={id} event={e} actors={actorsForEvent(article, review.actors, mentions, e)} error={actorError} onChange={(actors) => onChange({ actors })} />
      {others.length > 0 && (
        <div>
          <label htmlFor={`${id}-fold`}>Same happening as another event here?</label>
          <select id={`${id}-fold`} value="" onChange={(x) => x.target.value !== "" && onFold(Number(x.target.value))}>
            <option value="">No, a happening of its own</option>
            {others.map(({ o, j }) => <option key={j} value={j}>Fold into “{o.title}” ({o.date ? readsAs(o.date, o.datePrecision) : "no date"})</option>)}
          </select>
        </div>
      )}
    </div>
  );
}
