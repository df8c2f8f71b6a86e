"use client";

import { updateArticleAction } from "@/lib/editor/actions";
import { articleEditSchema } from "@/lib/editor/correction-schemas";
import { Field } from "../Field";
import { listSuggestions } from "../ListInput";
import { ConflictPanel, FormMessage, text } from "./FormParts";
import { useCorrection } from "./useCorrection";
import styles from "./Corrections.module.css";

type Values = { title: string; standfirst: string; authors: string; topics: string; publication: string; publishedOn: string; dateline: string; sourceUrl: string };
type Key = keyof Values;

const authorList = (s: string) => s.split(",").map((a) => a.trim()).filter(Boolean);

export function ArticleMetaForm({
  id,
  version,
  initial,
  publications,
  topics = [],
  disabled,
}: {
  id: string;
  version: number;
  initial: Values;
  /** Publication names by id, to show a conflict's publication by name. */
  publications: Record<string, string>;
  /** Stored topics' names, offered while typing. */
  topics?: string[];
  disabled?: boolean;
}) {
  const f = useCorrection({
    id,
    version,
    initial,
    schema: articleEditSchema,
    action: updateArticleAction,
    toInput: (v: Values) => ({ fields: { ...v, authors: authorList(v.authors), topics: authorList(v.topics) } }),
  });
  const { values: v, set, errors } = f;
  const err = (k: Key) => errors[`fields.${k}`] ?? Object.entries(errors).find(([e]) => e.startsWith(`fields.${k}.`))?.[1];
  const input = (k: Key, label: string, type = "text", hint?: string) => (
    <Field id={`ar-${k}`} label={label} error={err(k)} hint={hint}>
      {(p) => <input {...p} type={type} value={v[k]} onChange={(e) => set(k, e.target.value)} />}
    </Field>
  );
  const c = f.conflict;

  return (
    <form className={`card stack ${styles.form}`} aria-labelledby="edit-article" noValidate onSubmit={(e) => { e.preventDefault(); f.save(); }}>
      <h2 id="edit-article">Article details</h2>
      <FormMessage message={f.message} />
      {c && (
        <ConflictPanel
          onApply={f.applyOnTop}
          rows={[
            { label: "Headline", theirs: text(c.title), yours: v.title },
            { label: "Standfirst", theirs: text(c.standfirst), yours: v.standfirst },
            { label: "Author(s)", theirs: Array.isArray(c.authors) ? c.authors.join(", ") : "", yours: authorList(v.authors).join(", ") },
            { label: "Publication", theirs: publications[text(c.publicationId)] ?? "", yours: v.publication },
            { label: "Published on", theirs: text(c.publishedOn).slice(0, 10), yours: v.publishedOn },
            { label: "Dateline", theirs: text(c.dateline), yours: v.dateline },
            { label: "Source URL", theirs: text(c.sourceUrl), yours: v.sourceUrl },
          ]}
        />
      )}
      <fieldset className="stack" disabled={disabled || f.pending}>
        {input("title", "Headline")}
        <Field id="ar-standfirst" label="Standfirst" error={err("standfirst")}>
          {(p) => <textarea {...p} rows={3} value={v.standfirst} onChange={(e) => set("standfirst", e.target.value)} />}
        </Field>
        <div className="grid-2">
          {input("authors", "Author(s)", "text", "Separate several with commas.")}
          {input("publication", "Publication")}
          {input("publishedOn", "Published on", "date")}
          {input("dateline", "Dateline (place)")}
        </div>
        <Field id="ar-topics" label="Topics" error={err("topics")} hint="Separate several with commas.">
          {(p) => <input {...p} type="text" list="ar-topics-suggestions" autoComplete="off" value={v.topics} onChange={(e) => set("topics", e.target.value)} />}
        </Field>
        <datalist id="ar-topics-suggestions">
          {listSuggestions(v.topics, topics).map((t) => <option key={t} value={t} />)}
        </datalist>
        {input("sourceUrl", "Source URL", "url")}
        <div className="row">
          <button type="submit">{f.pending ? "Saving…" : "Save"}</button>
        </div>
      </fieldset>
    </form>
  );
}
