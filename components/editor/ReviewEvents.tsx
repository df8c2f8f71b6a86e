"use client";

import { useState } from "react";
import type { EditorArticle } from "@/lib/editor/analyse";
import { EVENT_TYPES } from "@/lib/events/codebook";
import { EVENT_ROLES, EVENT_TYPE_VALUES, type ReviewActor, type ReviewEvent } from "@/lib/editor/schemas";
import type { SimilarEvent } from "@/lib/editor/similar-events";
import { sentenceAt } from "@/lib/text/sentence-at";
import { DateInputs } from "./DateInputs";
import { partText } from "./ReviewStatements";

type Props = {
  events: ReviewEvent[];
  actors: ReviewActor[];
  article: EditorArticle;
  similar: Record<number, SimilarEvent[]>;
  errors: Record<string, string>;
  onChange: (events: ReviewEvent[]) => void;
};

export function ReviewEvents({ events, actors, article, similar, errors, onChange }: Props) {
  const kept = actors.filter((a) => a.decision !== "reject");
  const update = (i: number, patch: Partial<ReviewEvent>) => onChange(events.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  return (
    <fieldset className="card stack">
      <legend>Events ({events.filter((e) => e.accepted).length} of {events.length} kept)</legend>
      <ol className="review-list">
        {events.map((e, i) => {
          const err = (f: string) => errors[`review.events.${i}.${f}`];
          const id = `ev-${i}`;
          return (
            <li key={i} className={`review-item${e.accepted ? "" : " is-rejected"}`}>
              <label className="check"><input type="checkbox" checked={e.accepted} onChange={(x) => update(i, { accepted: x.target.checked })} /> Keep</label>
              <blockquote className="source-sentence">{sentenceAt(partText(article, e.part), e.start, e.end) || "(not found in the text)"}</blockquote>
              {similar[i] && (
                <div className="similar" role="group" aria-label="Similar events already in Faultline">
                  <p className="small"><strong>Looks like an event already in Faultline.</strong> Merge to add this article as a source instead of a duplicate.</p>
                  <label className="check"><input type="radio" name={`${id}-merge`} checked={!e.mergeInto} onChange={() => update(i, { mergeInto: undefined })} /> Publish as a new event</label>
                  {similar[i].map((s) => (
                    <label key={s.id} className="check">
                      <input type="radio" name={`${id}-merge`} checked={e.mergeInto === s.id} onChange={() => update(i, { mergeInto: s.id })} /> Merge into “{s.title}” ({s.date}{s.place ? `, ${s.place}` : ""})
                    </label>
                  ))}
                </div>
              )}
              <div className="grid-2">
                <div>
                  <label htmlFor={`${id}-title`}>Title</label>
                  <input id={`${id}-title`} value={e.title} aria-invalid={!!err("title")} onChange={(x) => update(i, { title: x.target.value })} />
                  {err("title") && <p className="field-error">{err("title")}</p>}
                </div>
                <div>
                  <label htmlFor={`${id}-type`}>Type</label>
                  <select id={`${id}-type`} value={e.type} onChange={(x) => update(i, { type: x.target.value as ReviewEvent["type"] })}>
                    {EVENT_TYPE_VALUES.map((t) => <option key={t} value={t}>{EVENT_TYPES[t].label}</option>)}
                  </select>
                </div>
                <div>
                  <label htmlFor={`${id}-place`}>Place</label>
                  <input id={`${id}-place`} value={e.place ?? ""} onChange={(x) => update(i, { place: x.target.value })} />
                </div>
                <div>
                  <label htmlFor={`${id}-fatalities`}>Fatalities</label>
                  <input id={`${id}-fatalities`} type="number" min={0} value={e.fatalities ?? ""} onChange={(x) => update(i, { fatalities: x.target.value === "" ? undefined : Math.max(0, Math.floor(Number(x.target.value))) })} />
                </div>
              </div>
              <div className="row">
                <DateInputs id={`${id}-when`} date={e.date} precision={e.datePrecision} error={err("date")} onChange={(date, datePrecision) => update(i, { date, datePrecision })} />
                <div>
                  <label htmlFor={`${id}-phrase`}>As written</label>
                  <input id={`${id}-phrase`} value={e.dateText ?? ""} onChange={(x) => update(i, { dateText: x.target.value })} />
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
                          onChange={(x) => update(i, { actors: x.target.checked ? [...e.actors, { key: a.key, role: "participant" }] : e.actors.filter((y) => y.key !== a.key) })}
                        />{" "}
                        {a.name}
                      </label>
                      {link && (
                        <select aria-label={`Role of ${a.name}`} value={link.role} onChange={(x) => update(i, { actors: e.actors.map((y) => (y.key === a.key ? { ...y, role: x.target.value as typeof y.role } : y)) })}>
                          {EVENT_ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
                        </select>
                      )}
                    </span>
                  );
                })}
                {Object.entries(errors).filter(([k]) => k.startsWith(`review.events.${i}.actors`)).slice(0, 1).map(([k, m]) => <p key={k} className="field-error">{m}</p>)}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <AddEvent article={article} onAdd={(e) => onChange([...events, e])} />
    </fieldset>
  );
}

function AddEvent({ article, onAdd }: { article: EditorArticle; onAdd: (e: ReviewEvent) => void }) {
  const [title, setTitle] = useState("");
  const [sentence, setSentence] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="add-box">
      <h3>Add an event the engine missed</h3>
      <label htmlFor="add-ev-title">Title</label>
      <input id="add-ev-title" value={title} onChange={(e) => setTitle(e.target.value)} />
      <label htmlFor="add-ev-sentence">The sentence that reports it, copied from the body</label>
      <textarea id="add-ev-sentence" rows={2} value={sentence} onChange={(e) => setSentence(e.target.value)} aria-describedby={error ? "add-ev-error" : undefined} />
      {error && <p id="add-ev-error" className="field-error">{error}</p>}
      <button
        type="button"
        className="secondary"
        onClick={() => {
          const text = sentence.trim();
          const start = article.body.indexOf(text);
          if (!title.trim()) return setError("Give the event a title.");
          if (!text || start < 0) return setError("That sentence is not in the article's body. Copy it exactly.");
          onAdd({ accepted: true, title: title.trim(), type: "other", date: undefined, datePrecision: "unknown", dateText: undefined, place: undefined, fatalities: undefined, actors: [], mergeInto: undefined, part: "body", start, end: start + text.length });
          setTitle("");
          setSentence("");
          setError(null);
        }}
      >
        Add event
      </button>
    </div>
  );
}
