"use client";

import type { EditorArticle } from "@/lib/editor/analyse";
import type { ReviewActor, ReviewStatement } from "@/lib/editor/schemas";
import { relocate, wordsMatchSpan } from "@/lib/editor/spans";
import { WhenInput } from "./WhenInput";

export const SPAN_DISAGREES = "These words are not in the article at the highlighted place. Select the passage in the article (then “Use as its passage”), or correct the words.";

/** One line: who said what. */
export function StatementSummary({ statement, actors }: { statement: ReviewStatement; actors: ReviewActor[] }) {
  const speaker = actors.find((a) => a.key === statement.speakerKey);
  return (
    <>
      <span className={`rv-kind ${statement.direct ? "rv-kind--quote" : "rv-kind--para"}`}>{statement.direct ? "Quote" : "Paraphrase"}</span>{" "}
      <strong>{speaker?.name || "(who?)"}</strong>: <span className={statement.direct ? undefined : "rv-para"}>{statement.direct ? `“${statement.text}”` : statement.text}</span>
    </>
  );
}

type Props = {
  index: number;
  statement: ReviewStatement;
  actors: ReviewActor[];
  article: EditorArticle;
  errors: Record<string, string>;
  /** Where to report a date the "Said on" field refuses (the statement keeps it, as refusedWhen, until fixed or reset). */
  onDateRefusal: (message: string | null, typed?: string) => void;
  onChange: (patch: Partial<ReviewStatement>) => void;
};

/** A statement opened for correction. Corrected words carry their highlight with them. */
export function StatementDetails({ index, statement: s, actors, article, errors, onDateRefusal, onChange }: Props) {
  const kept = actors.filter((a) => a.decision !== "reject");
  const err = (f: string) => errors[`review.statements.${index}.${f}`];
  const id = `st-${index}`;
  const agrees = wordsMatchSpan(article, s.text, s);
  // A disagreement reported by the last publish is gone once the words and the passage agree again.
  const textError = err("text") && !/highlighted place/.test(err("text")) ? err("text") : undefined;
  return (
    <div className="rv-details">
      <div className="grid-2">
        <div>
          <label htmlFor={`${id}-speaker`}>Speaker</label>
          <select id={`${id}-speaker`} value={s.speakerKey} aria-invalid={!!err("speakerKey")} onChange={(e) => onChange({ speakerKey: e.target.value })}>
            {!kept.some((a) => a.key === s.speakerKey) && <option value={s.speakerKey}>(choose a kept actor)</option>}
            {kept.map((a) => <option key={a.key} value={a.key}>{a.name || "(unnamed)"}</option>)}
          </select>
          {err("speakerKey") && <p className="field-error">{err("speakerKey")}</p>}
        </div>
        <div>
          <label htmlFor={`${id}-venue`}>Where</label>
          <input id={`${id}-venue`} value={s.venue ?? ""} onChange={(e) => onChange({ venue: e.target.value })} />
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-text`}>Words, as in the article</label>
        <textarea
          id={`${id}-text`}
          rows={2}
          value={s.text}
          aria-invalid={!agrees || !!err("text")}
          aria-describedby={!agrees ? `${id}-span-error` : undefined}
          onChange={(e) => onChange({ text: e.target.value, ...(relocate(article, e.target.value, s) ?? {}) })}
        />
        {!agrees ? <p id={`${id}-span-error`} className="field-error">{SPAN_DISAGREES}</p> : textError && <p className="field-error">{textError}</p>}
      </div>
      <div className="row">
        <label className="check"><input type="checkbox" checked={s.direct} onChange={(e) => onChange({ direct: e.target.checked })} /> Direct quote</label>
        <WhenInput id={`${id}-said`} label="Said on" date={s.saidOn} precision={s.saidPrecision} error={err("saidOn")} held={s.refusedWhen} onRefusal={onDateRefusal} onChange={(saidOn, saidPrecision) => onChange({ saidOn, saidPrecision })} />
      </div>
    </div>
  );
}
