"use client";

import type { EditorArticle } from "@/lib/editor/analyse";
import { Field } from "./Field";
import { ListInput } from "./ListInput";

type Props = {
  article: EditorArticle;
  errors: Record<string, string>;
  onChange: (article: EditorArticle) => void;
  /** Stored topics' names, offered while typing. */
  topicSuggestions?: string[];
};

/** A list field's error: about the whole list, or the first about one of its items. */
export const listError = (errors: Record<string, string>, key: string) => errors[key] ?? Object.entries(errors).find(([k]) => k.startsWith(`${key}.`))?.[1];

/** The article's own fields (headline, byline, date…); its text is the paste box or the review's article pane. */
export function ArticleFields({ article, errors, onChange, topicSuggestions = [] }: Props) {
  const set = <K extends keyof EditorArticle>(key: K, value: EditorArticle[K]) => onChange({ ...article, [key]: value });
  const text = (key: "sourceUrl" | "publication" | "dateline", label: string, type = "text", hint?: string) => (
    <Field id={`article-${key}`} label={label} error={errors[`article.${key}`]} hint={hint}>
      {(p) => <input {...p} type={type} value={article[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );
  return (
    <div className="stack article-fields">
      <Field id="article-title" label="Headline" error={errors["article.title"]}>
        {(p) => <textarea {...p} rows={2} className="headline-input" value={article.title} onChange={(e) => set("title", e.target.value.replace(/\n/g, " "))} />}
      </Field>
      <div className="grid-3">
        {text("publication", "Publication")}
        <Field id="article-publishedOn" label="Published on" error={errors["article.publishedOn"]}>
          {(p) => <input {...p} type="date" value={article.publishedOn} onChange={(e) => set("publishedOn", e.target.value)} />}
        </Field>
        <Field id="article-authors" label="Author(s)" error={listError(errors, "article.authors")} hint="Separate several with commas.">
          {(p) => <ListInput {...p} value={article.authors} onChange={(authors) => set("authors", authors)} />}
        </Field>
        <Field id="article-topics" label="Topics" error={listError(errors, "article.topics")} hint="Separate several with commas.">
          {(p) => <ListInput {...p} value={article.topics} suggestions={topicSuggestions} onChange={(topics) => set("topics", topics)} />}
        </Field>
        {text("dateline", "Dateline (place)")}
        {text("sourceUrl", "Source URL", "url", "Used to refuse the same article twice.")}
      </div>
      <Field id="article-standfirst" label="Standfirst" error={errors["article.standfirst"]}>
        {(p) => <textarea {...p} rows={2} className="headline-input" value={article.standfirst} onChange={(e) => set("standfirst", e.target.value)} />}
      </Field>
    </div>
  );
}
