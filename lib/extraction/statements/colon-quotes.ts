/**
 * Quotations without marks after a reporting verb's colon, as agency rewrites and translated pages print them:
 *   "Zelensky said in his evening address: We will not leave Pokrovsk. The city is holding."
 * The words from the colon to the paragraph's end are the speaker's, as if quoted; the attribution steps then read
 * "Zelensky said …:" as they read 'Zelensky said: "…"'.
 */
import type { Paragraph, QuoteSpan } from "../sentences";
import { hasFiniteVerb, VERB_RE } from "./context";

/** A reporting verb and at most eight words of adjuncts ("told reporters in Brussels on Monday") before a colon. */
const VERB_THEN_COLON = new RegExp(`${VERB_RE.source}(?:[\\s,]+[\\p{L}\\p{N}’'.-]+){0,8}?\\s*:\\s+`, "gu");
/** What may open the quoted words: a capital or a digit; a quotation mark or a dash opens a marked quotation instead. */
const UNMARKED_OPENING = /^[\p{Lu}\p{N}]/u;

function colonQuoteIn(text: string, p: Paragraph): QuoteSpan | null {
  const para = text.slice(p.start, p.end);
  VERB_THEN_COLON.lastIndex = 0;
  for (let m = VERB_THEN_COLON.exec(para); m; m = VERB_THEN_COLON.exec(para)) {
    const lead = para.slice(m.index, m.index + m[0].length);
    // "said on Monday. Details: …": the colon must close the verb's own sentence.
    if (/[.!?;]\s/.test(lead)) continue;
    const words = para.slice(m.index + m[0].length);
    if (!UNMARKED_OPENING.test(words) || !/[.!?…]$/.test(words) || words.split(/\s+/).length < 4 || !hasFiniteVerb(words)) continue;
    const innerStart = p.start + m.index + m[0].length;
    return { start: innerStart, end: p.end, innerStart, innerEnd: p.end, paragraph: p.index };
  }
  return null;
}

/** `quotes` with the unmarked colon quotations added where no quotation mark or dash already quotes. */
export function withColonQuotes(text: string, paragraphs: Paragraph[], quotes: QuoteSpan[]): QuoteSpan[] {
  const added = paragraphs.map((p) => colonQuoteIn(text, p)).filter((c): c is QuoteSpan => !!c && !quotes.some((q) => q.start < c.end && c.start < q.end));
  return added.length ? [...quotes, ...added].sort((a, b) => a.start - b.start) : quotes;
}
