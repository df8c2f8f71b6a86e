/** The statements finders' context built from raw text, as extractArticle builds it: for the unit tests of this folder. */
import { findActors } from "../actors";
import { findQuotes, splitParagraphs, splitSentences } from "../sentences";
import type { Ctx, FoundStatement } from "./context";
import { withDashQuotes } from "./dash-quotes";

export function ctxOf(text: string): Ctx {
  const paragraphs = splitParagraphs(text);
  const quotes = withDashQuotes(text, paragraphs, findQuotes(text, paragraphs));
  const sentences = splitSentences(text, paragraphs, quotes);
  return { text, sentences, quotes, index: findActors(text, sentences, quotes), dates: [] };
}

/** Each statement as [speaker, words]. */
export const brief = (xs: FoundStatement[]) => xs.map((x) => [x.speaker.name, x.quote]);
