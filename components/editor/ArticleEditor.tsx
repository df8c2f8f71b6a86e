"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { analyseArticleAction, publishArticleAction, saveDraftAction } from "@/lib/editor/actions";
import type { EditorArticle } from "@/lib/editor/analyse";
import { fieldErrors, publishInputSchema, type Review } from "@/lib/editor/schemas";
import type { SimilarEvent } from "@/lib/editor/similar-events";
import type { Failure } from "@/lib/editor/result";
import { ArticleFields } from "./ArticleFields";
import { callAction } from "./call-action";
import { ReviewActors } from "./ReviewActors";
import { ReviewEvents } from "./ReviewEvents";
import { ReviewStatements } from "./ReviewStatements";

const EMPTY: EditorArticle = { sourceUrl: "", title: "", standfirst: "", authors: [], publication: "", publishedOn: "", dateline: "", body: "" };

type Props = {
  known: { id: string; name: string }[];
  draft?: { id: string; version: number; article: EditorArticle; review: Review | null };
};

/** Paste → analyse → review and correct → publish (or save a draft and resume later). */
export function ArticleEditor({ known, draft }: Props) {
  const router = useRouter();
  const [raw, setRaw] = useState("");
  const [article, setArticle] = useState<EditorArticle>(draft?.article ?? EMPTY);
  const [review, setReview] = useState<Review | null>(draft?.review ?? null);
  const [similar, setSimilar] = useState<Record<number, SimilarEvent[]>>({});
  const [saved, setSaved] = useState(draft ? { id: draft.id, version: draft.version } : null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string; existing?: Failure["existing"] } | null>(null);
  const [pending, start] = useTransition();

  const showFailure = (failure: Failure) => {
    setErrors(failure.fieldErrors ?? {});
    setMessage({ kind: "error", text: failure.error, existing: failure.existing });
  };

  const analyse = () =>
    start(async () => {
      setMessage(null);
      const result = await callAction(analyseArticleAction, { raw, article });
      if (!result.ok) return showFailure(result);
      setErrors({});
      setArticle(result.article);
      setReview(result.review);
      setSimilar(result.similar);
      setMessage({ kind: "ok", text: `Faultline proposes ${result.review.actors.length} actors, ${result.review.statements.length} statements and ${result.review.events.length} events. Check each one, then publish.` });
    });

  const payload = () => ({ draftId: saved?.id, draftVersion: saved?.version, article, review: review ?? { actors: [], statements: [], events: [] } });

  const submit = (kind: "publish" | "draft") =>
    start(async () => {
      setMessage(null);
      const checked = publishInputSchema.safeParse(payload());
      if (!checked.success) {
        setErrors(fieldErrors(checked.error));
        setMessage({ kind: "error", text: "Some fields need attention (marked below)." });
        return;
      }
      if (kind === "draft") {
        const result = await callAction(saveDraftAction, payload());
        if (!result.ok) return showFailure(result);
        setSaved({ id: result.id, version: result.version });
        setErrors({});
        setMessage({ kind: "ok", text: "Draft saved. Find it on the editor’s desk." });
        router.replace(`/editor/articles/new?draft=${result.id}`, { scroll: false });
        return;
      }
      const result = await callAction(publishArticleAction, payload());
      if (!result.ok) return showFailure(result);
      router.push(`/articles/${result.slug}`);
    });

  return (
    <form className="stack" onSubmit={(e) => e.preventDefault()} aria-label="New article" noValidate>
      {message && (
        <div className={message.kind === "error" ? "form-error" : "form-ok"} role={message.kind === "error" ? "alert" : "status"}>
          {message.text}
          {message.existing && <> <Link href={`/articles/${message.existing.slug}`}>Open “{message.existing.title}”</Link></>}
        </div>
      )}
      {!review && (
        <fieldset className="card stack">
          <legend>Paste</legend>
          <label htmlFor="raw">The whole article as copied from the page</label>
          <textarea id="raw" rows={10} value={raw} onChange={(e) => setRaw(e.target.value)} placeholder="Headline, standfirst, “By NAME in PLACE Month D, YYYY”, then the text…" />
          <p className="small muted">Faultline reads the headline, byline and date from the paste. Or leave this empty and fill in the fields below.</p>
        </fieldset>
      )}
      <ArticleFields article={article} errors={errors} onChange={setArticle} bodyLocked={!!review} />
      {!review ? (
        <div className="row">
          <button type="button" onClick={analyse} disabled={pending}>{pending ? "Analysing…" : "Analyse"}</button>
        </div>
      ) : (
        <>
          <ReviewActors actors={review.actors} known={known} errors={errors} onChange={(actors) => setReview({ ...review, actors })} />
          <ReviewStatements statements={review.statements} actors={review.actors} article={article} errors={errors} onChange={(statements) => setReview({ ...review, statements })} />
          <ReviewEvents events={review.events} actors={review.actors} article={article} similar={similar} errors={errors} onChange={(events) => setReview({ ...review, events })} />
          <div className="row sticky-actions">
            <button type="button" onClick={() => submit("publish")} disabled={pending}>{pending ? "Working…" : "Publish"}</button>
            <button type="button" className="secondary" onClick={() => submit("draft")} disabled={pending}>Save draft</button>
            <button type="button" className="secondary" disabled={pending} onClick={() => { setReview(null); setSimilar({}); setMessage(null); }}>Start over</button>
          </div>
        </>
      )}
    </form>
  );
}
