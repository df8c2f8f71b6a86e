"use client";

import type { EditorArticle } from "@/lib/editor/analyse";
import { Field } from "./Field";

type Props = {
  article: EditorArticle;
  errors: Record<string, string>;
  onChange: (article: EditorArticle) => void;
  bodyLocked: boolean;
};

export function ArticleFields({ article, errors, onChange, bodyLocked }: Props) {
  const set = <K extends keyof EditorArticle>(key: K, value: EditorArticle[K]) => onChange({ ...article, [key]: value });
  const text = (key: "sourceUrl" | "title" | "standfirst" | "publication" | "dateline", label: string, type = "text", hint?: string) => (
    <Field id={`article-${key}`} label={label} error={errors[`article.${key}`]} hint={hint}>
      {(p) => <input {...p} type={type} value={article[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );
  return (
    <fieldset className="card stack">
      <legend>Article</legend>
      <div className="grid-2">
        {text("title", "Headline")}
        {text("sourceUrl", "Source URL", "url", "Used to refuse the same article twice.")}
        {text("publication", "Publication")}
        <Field id="article-publishedOn" label="Published on" error={errors["article.publishedOn"]}>
          {(p) => <input {...p} type="date" value={article.publishedOn} onChange={(e) => set("publishedOn", e.target.value)} />}
        </Field>
        <Field id="article-authors" label="Author(s)" error={errors["article.authors"]} hint="Separate several with commas.">
          {(p) => (
            <input {...p} type="text" value={article.authors.join(", ")} onChange={(e) => set("authors", e.target.value.split(",").map((a) => a.trim()).filter(Boolean))} />
          )}
        </Field>
        {text("dateline", "Dateline (place)")}
      </div>
      {text("standfirst", "Standfirst")}
      <Field
        id="article-body"
        label="Body"
        error={errors["article.body"]}
        hint={bodyLocked ? "Locked after analysis: statements and events point into this text. Start over to change it." : undefined}
      >
        {(p) => <textarea {...p} rows={12} value={article.body} readOnly={bodyLocked} onChange={(e) => set("body", e.target.value)} />}
      </Field>
    </fieldset>
  );
}
