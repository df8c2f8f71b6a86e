"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { analyseArticleAction, publishArticleAction } from "@/lib/editor/actions";
import type { EditorArticle } from "@/lib/editor/analyse";
import { fieldErrors, publishInputSchema, type Review } from "@/lib/editor/schemas";
import type { SimilarEvent } from "@/lib/editor/similar-events";
import { followEdit, wordsMatchSpan } from "@/lib/editor/spans";
import type { Failure } from "@/lib/editor/result";
import { findItem, withRefusedDate, type KnownActor } from "./review-model";
import { ArticleFields } from "./ArticleFields";
import { callAction } from "./call-action";
import { ReviewBoard } from "./ReviewBoard";
import { SPAN_DISAGREES } from "./ReviewStatements";
import { progress } from "./review-model";
import { blockedMessage } from "@/lib/editor/publish-checks";
import { useDraftAutosave, useLeaveGuard, type SaveStatus } from "./use-draft";
import { usePublishChecks } from "./use-publish-checks";
import { useSimilarRecheck } from "./use-similar";

const EMPTY: EditorArticle = { sourceUrl: "", title: "", standfirst: "", authors: [], topics: [], publication: "", publishedOn: "", dateline: "", body: "" };
const START_OVER = "Start over? The proposals and your decisions on them are discarded; the article's text goes back into the box. The saved draft stays on the desk until you save again.";

type Props = {
  known: KnownActor[];
  /** Stored topics' names, offered in the topics field. */
  topics: string[];
  draft?: { id: string; version: number; article: EditorArticle; review: Review | null };
};

function statusText(status: SaveStatus): string {
  switch (status.kind) {
    case "saving": return "Saving…";
    case "pending": return "Unsaved changes (saving shortly)";
    case "saved": return `Draft saved at ${status.at.toLocaleTimeString("en-GB")}`;
    case "invalid": case "failed": return status.text;
    default: return "";
  }
}

/** Statements whose words are no longer what their highlighted passage says. */
function spanProblems(article: EditorArticle, review: Review): Record<string, string> {
  const problems: Record<string, string> = {};
  review.statements.forEach((s, i) => {
    if (s.accepted && !wordsMatchSpan(article, s.text, s)) problems[`review.statements.${i}.text`] = SPAN_DISAGREES;
  });
  return problems;
}

/** Paste → analyse → review beside the text → publish; the draft saves itself along the way. */
export function ArticleEditor({ known, topics, draft }: Props) {
  const router = useRouter();
  const [raw, setRaw] = useState(draft && !draft.review ? draft.article.body : "");
  const [article, setArticleState] = useState<EditorArticle>(draft?.article ?? EMPTY);
  const [review, setReviewState] = useState<Review | null>(draft?.review ?? null);
  const [similar, setSimilar] = useState<Record<number, SimilarEvent[]>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string; existing?: Failure["existing"] } | null>(null);
  const [pending, start] = useTransition();

  const payload = (saved: { id: string; version: number } | null) => ({ draftId: saved?.id, draftVersion: saved?.version, article, review: review ?? { actors: [], statements: [], events: [] } });
  const autosave = useDraftAutosave({ payload, active: !!review && !pending, initial: draft ? { id: draft.id, version: draft.version } : undefined });
  useLeaveGuard(autosave.dirty || (!review && raw.trim() !== ""));
  const recheckFailed = useSimilarRecheck(review, setSimilar);
  const { checks, live } = usePublishChecks(review, similar);
  // Set by the first Publish that is held back: from then on, the marks follow what the editor decides.
  const [checked, setChecked] = useState(false);
  const shownErrors = useMemo(() => (checked ? { ...live, ...errors } : errors), [checked, live, errors]);

  const setArticle = (next: EditorArticle) => {
    // Statements and events placed in the headline or standfirst stay on their words as those are edited.
    if (review) {
      const moved = followEdit(article, next, review);
      if (moved !== review) setReviewState(moved);
    }
    setArticleState(next);
    autosave.touch();
  };
  const setReview = (next: Review | null) => { setReviewState(next); autosave.touch(); };
  /** Keeps a date a "When" field refused on its item ("e:3"), so in the draft, or forgets it (null). */
  const holdDate = (id: string, typed: string | null) => {
    const item = review && findItem(review, id);
    const held = item && "refusedWhen" in item ? item.refusedWhen : undefined;
    if ((held ?? null) === typed) return;
    // On top of whatever the same blur changed just before (the field's last good date): not from this render's review.
    setReviewState((current) => current && withRefusedDate(current, id, typed));
    autosave.touch();
  };

  const showFailure = (failure: Failure) => {
    setErrors(failure.fieldErrors ?? {});
    setMessage({ kind: "error", text: failure.error, existing: failure.existing });
  };

  const analyse = () =>
    start(async () => {
      setMessage(null);
      const result = await callAction(analyseArticleAction, { raw, article: { ...article, body: "" } });
      if (!result.ok) return showFailure(result);
      setErrors({});
      setChecked(false);
      setArticle(result.article);
      setReview(result.review);
      setSimilar(result.similar);
      setMessage({ kind: "ok", text: `Faultline proposes ${result.review.actors.length} actors, ${result.review.statements.length} statements and ${result.review.events.length} events.` });
    });

  const publish = () =>
    start(async () => {
      setMessage(null);
      const input = payload(await autosave.settled());
      const valid = publishInputSchema.safeParse(input);
      const problems = { ...(valid.success ? {} : fieldErrors(valid.error)), ...spanProblems(article, input.review) };
      if (Object.keys(problems).length || Object.keys(live).length) {
        setErrors(problems);
        setChecked(true);
        setMessage({ kind: "error", text: blockedMessage(input.review, checks) });
        return;
      }
      const result = await callAction(publishArticleAction, input);
      if (!result.ok) {
        if (!result.similar) return showFailure(result);
        // Held back for a stored event the screen had not been told of yet: shown on its line, with its merge and
        // "Not the same"; marked by the screen's own check (the server's marks are that check) and cleared as the editor decides.
        const found = result.similar;
        setSimilar((current) => ({ ...current, ...found }));
        showFailure({ ...result, fieldErrors: {} });
        return setChecked(true);
      }
      autosave.settle();
      router.push(`/articles/${result.slug}`);
    });

  const startOver = () => {
    if (!window.confirm(START_OVER)) return;
    setRaw((r) => r || [article.title, article.standfirst, article.body].filter(Boolean).join("\n\n"));
    setReviewState(null);
    setSimilar({});
    setErrors({});
    setChecked(false);
    setMessage(null);
    autosave.settle();
  };

  const count = review ? progress(review) : null;
  return (
    <form className="stack editor-form" onSubmit={(e) => e.preventDefault()} aria-label="New article" noValidate>
      {message && !(message.kind === "ok" && review) && (
        <div className={message.kind === "error" ? "form-error" : "form-ok"} role={message.kind === "error" ? "alert" : "status"}>
          {message.text}
          {message.existing && <> <Link href={`/articles/${message.existing.slug}`}>Open “{message.existing.title}”</Link></>}
        </div>
      )}
      {!review ? (
        <>
          <div className="field">
            <label htmlFor="raw">The article</label>
            <textarea id="raw" rows={14} value={raw} onChange={(e) => setRaw(e.target.value)} placeholder="Paste the whole article as copied from the page: headline, standfirst, “By NAME in PLACE Month D, YYYY”, then the text…" />
            <p className="small muted">Faultline reads the headline, byline and date from the paste; anything you fill in below wins over it.</p>
          </div>
          <details className="card" open>
            <summary>Headline, publication, date, authors (optional: read from the paste)</summary>
            <ArticleFields article={article} errors={errors} onChange={setArticleState} topicSuggestions={topics} />
          </details>
          <div className="row">
            <button type="button" onClick={analyse} disabled={pending}>{pending ? "Analysing…" : "Analyse"}</button>
          </div>
        </>
      ) : (
        <>
          <div className="review-bar">
            <strong className="rv-progress" aria-live="polite">{count!.reviewed} of {count!.total} reviewed</strong>
            {message?.kind === "ok" && <span className="small muted" role="status">{message.text}</span>}
            {recheckFailed && <span className="small save-failed" role="alert">{recheckFailed}</span>}
            <span className={`small save-status ${autosave.status.kind === "failed" ? "save-failed" : "muted"}`} role={autosave.status.kind === "failed" ? "alert" : "status"}>
              {statusText(autosave.status)}
              {autosave.status.kind === "failed" && autosave.saved && <> <a href={`/editor/articles/new?draft=${autosave.saved.id}`}>Reload the draft</a></>}
            </span>
            <span className="row review-bar__buttons">
              <button type="button" onClick={publish} disabled={pending}>{pending ? "Working…" : "Publish"}</button>
              <button type="button" className="secondary" disabled={pending} onClick={() => void autosave.save()}>Save now</button>
              <button type="button" className="secondary" disabled={pending} onClick={startOver}>Start over</button>
            </span>
          </div>
          <details className="card article-details" open={Object.keys(errors).some((k) => k.startsWith("article."))}>
            <summary>
              <strong>{article.title || "(no headline)"}</strong>
              <span className="muted small"> · {article.publication || "no publication"} · {article.publishedOn || "no date"}{article.authors.length ? ` · ${article.authors.join(", ")}` : ""}{article.topics.length ? ` · topics: ${article.topics.join(", ")}` : ""}</span>
            </summary>
            <ArticleFields article={article} errors={errors} onChange={setArticle} topicSuggestions={topics} />
          </details>
          <ReviewBoard article={article} review={review} onReview={setReview} similar={similar} known={known} errors={shownErrors} repeats={checks.repeats} onHeldDate={holdDate} onDifferent={(pair) => setReview({ ...review, notSame: [...(review.notSame ?? []), pair] })} />
        </>
      )}
    </form>
  );
}
