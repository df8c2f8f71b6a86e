/** The event finders' context built from raw text, as extractArticle builds it: for the unit tests of this folder. */
import { findActors } from "../actors";
import { findDates } from "../dates";
import { findQuotes, maskQuotes, splitParagraphs, splitSentences } from "../sentences";
import type { ClauseState } from "./clause-reading";
import { type Clause, splitClauses } from "./clauses";
import { datesIn, type EventCtx } from "./context";

export function eventCtxOf(text: string, publishedOn = "2026-03-04"): EventCtx {
  const paragraphs = splitParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  const sentences = splitSentences(text, paragraphs, quotes);
  return { text, sentences, quotes, index: findActors(text, sentences, quotes), dates: findDates(text, publishedOn, sentences) };
}

/** The clauses of the sentence at index `i`, as the clause step receives them. */
export function clausesOf(ctx: EventCtx, i: number): Clause[] {
  const s = ctx.sentences[i];
  return splitClauses(maskQuotes(ctx, s.start, s.end), s.start, datesIn(ctx, s.start, s.end));
}

/** A sentence's clause state before its first clause, with no nominal happenings. */
export const freshState = (): ClauseState => ({ prevDate: null, prevSubject: undefined, consumed: new Set(), nominalSpans: [], prevSentenceDated: false, loose: true });
