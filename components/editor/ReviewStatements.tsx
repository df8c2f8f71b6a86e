"use client";

import { useState } from "react";
import type { EditorArticle } from "@/lib/editor/analyse";
import type { ReviewActor, ReviewStatement } from "@/lib/editor/schemas";
import { sentenceAt } from "@/lib/text/sentence-at";
import { DateInputs } from "./DateInputs";

type Props = {
  statements: ReviewStatement[];
  actors: ReviewActor[];
  article: EditorArticle;
  errors: Record<string, string>;
  onChange: (statements: ReviewStatement[]) => void;
};

export function partText(article: EditorArticle, part: "title" | "standfirst" | "body"): string {
  return part === "title" ? article.title : part === "standfirst" ? article.standfirst : article.body;
}

export function ReviewStatements({ statements, actors, article, errors, onChange }: Props) {
  const kept = actors.filter((a) => a.decision !== "reject");
  const update = (i: number, patch: Partial<ReviewStatement>) => onChange(statements.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset className="card stack">
      <legend>Statements ({statements.filter((s) => s.accepted).length} of {statements.length} kept)</legend>
      {statements.length === 0 && <p className="muted">No statements proposed. Add any the engine missed below.</p>}
      <ol className="review-list">
        {statements.map((s, i) => {
          const err = (f: string) => errors[`review.statements.${i}.${f}`];
          const id = `st-${i}`;
          return (
            <li key={i} className={`review-item${s.accepted ? "" : " is-rejected"}`}>
              <div className="row" style={{ justifyContent: "space-between" }}>
                <label className="check"><input type="checkbox" checked={s.accepted} onChange={(e) => update(i, { accepted: e.target.checked })} /> Keep</label>
                <span className="small muted">{s.direct ? "Direct quote" : "Paraphrase"} · from the {s.part}</span>
              </div>
              <blockquote className="source-sentence">{sentenceAt(partText(article, s.part), s.start, s.end) || "(not found in the text)"}</blockquote>
              <div className="grid-2">
                <div>
                  <label htmlFor={`${id}-speaker`}>Speaker</label>
                  <select id={`${id}-speaker`} value={s.speakerKey} aria-invalid={!!err("speakerKey")} onChange={(e) => update(i, { speakerKey: e.target.value })}>
                    {!kept.some((a) => a.key === s.speakerKey) && <option value={s.speakerKey}>(choose a kept actor)</option>}
                    {kept.map((a) => <option key={a.key} value={a.key}>{a.name || "(unnamed)"}</option>)}
                  </select>
                  {err("speakerKey") && <p className="field-error">{err("speakerKey")}</p>}
                </div>
                <div>
                  <label htmlFor={`${id}-venue`}>Where</label>
                  <input id={`${id}-venue`} value={s.venue ?? ""} onChange={(e) => update(i, { venue: e.target.value })} />
                </div>
              </div>
              <div>
                <label htmlFor={`${id}-text`}>Words</label>
                <textarea id={`${id}-text`} rows={2} value={s.text} aria-invalid={!!err("text")} onChange={(e) => update(i, { text: e.target.value })} />
                {err("text") && <p className="field-error">{err("text")}</p>}
              </div>
              <div className="row">
                <label className="check"><input type="checkbox" checked={s.direct} onChange={(e) => update(i, { direct: e.target.checked })} /> Direct quote</label>
                <DateInputs id={`${id}-said`} date={s.saidOn} precision={s.saidPrecision} error={err("saidOn")} onChange={(saidOn, saidPrecision) => update(i, { saidOn, saidPrecision })} />
              </div>
            </li>
          );
        })}
      </ol>
      <AddStatement article={article} actors={kept} onAdd={(s) => onChange([...statements, s])} />
    </fieldset>
  );
}

function AddStatement({ article, actors, onAdd }: { article: EditorArticle; actors: ReviewActor[]; onAdd: (s: ReviewStatement) => void }) {
  const [words, setWords] = useState("");
  const [speaker, setSpeaker] = useState("");
  const [direct, setDirect] = useState(true);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="add-box">
      <h3>Add a statement the engine missed</h3>
      <div className="grid-2">
        <div>
          <label htmlFor="add-st-speaker">Speaker</label>
          <select id="add-st-speaker" value={speaker} onChange={(e) => setSpeaker(e.target.value)}>
            <option value="">Choose…</option>
            {actors.map((a) => <option key={a.key} value={a.key}>{a.name}</option>)}
          </select>
        </div>
        <label className="check" style={{ alignSelf: "end" }}><input type="checkbox" checked={direct} onChange={(e) => setDirect(e.target.checked)} /> Direct quote</label>
      </div>
      <label htmlFor="add-st-words">Words, exactly as in the article</label>
      <textarea id="add-st-words" rows={2} value={words} onChange={(e) => setWords(e.target.value)} aria-describedby={error ? "add-st-error" : undefined} />
      {error && <p id="add-st-error" className="field-error">{error}</p>}
      <button
        type="button"
        className="secondary"
        onClick={() => {
          const text = words.trim();
          if (!speaker) return setError("Choose who said it.");
          const start = article.body.indexOf(text);
          if (!text || start < 0) return setError("Those words are not in the article's body. Copy them from it exactly.");
          onAdd({ accepted: true, speakerKey: speaker, text, direct, saidOn: undefined, saidPrecision: "unknown", venue: undefined, part: "body", start, end: start + text.length });
          setWords("");
          setError(null);
        }}
      >
        Add statement
      </button>
    </div>
  );
}
