/**
 * The statements' reading of quotations: British straight single marks ('We need air defence, not promises') quote too,
 * and a quotation after a sentence's end opens the next sentence whatever its mark („Wir bleiben“, ”Vi stannar”). The actor
 * and event steps keep the plain reading: with these spans masked and these sentences, validation events lost two and
 * type accuracy one (round 15), so only the statement steps read them.
 */
import { findQuotes, splitParagraphs, splitSentences } from "../sentences";
import type { Ctx } from "./context";
import { withDashQuotes } from "./dash-quotes";

export function statementReading(ctx: Ctx): Ctx {
  const paragraphs = splitParagraphs(ctx.text);
  const quotes = withDashQuotes(ctx.text, paragraphs, findQuotes(ctx.text, paragraphs, { straightSingles: true }));
  return { ...ctx, quotes, sentences: splitSentences(ctx.text, paragraphs, quotes, { quotationsOpen: true }) };
}
