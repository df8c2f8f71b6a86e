/**
 * Quotations set off by dashes, the Polish (and Central European) press style:
 *   "– We will not give up – Tusk said. – This is our land."
 * A dash opens a quotation at the head of a paragraph or after a sentence or colon ("Tusk said: – …"); the next
 * spaced dash followed by a reporting verb closes it, otherwise it runs to the paragraph's end. The dashes are the
 * quotation's marks, so the attribution steps read "– Tusk said" as they read "…,” Tusk said".
 */
import type { Paragraph, QuoteSpan } from "../sentences";
import { VERB_TEST } from "./context";

const DASH = "–—";
const OPENING = new RegExp(`(?:^|[.!?…:]\\s+)([${DASH}])\\s+(?=\\S)`, "gu");
const SPACED_DASH = new RegExp(`\\s[${DASH}]\\s`, "gu");

/** Where the quotation opened at `from` closes: a spaced dash whose attribution has a reporting verb, else null. */
function closingDash(para: string, from: number): number | null {
  SPACED_DASH.lastIndex = from;
  for (let m = SPACED_DASH.exec(para); m; m = SPACED_DASH.exec(para)) {
    const attribution = /^[^.!?…–—]*/u.exec(para.slice(m.index + 3))![0];
    if (VERB_TEST.test(attribution) && attribution.split(/\s+/).length <= 12) return m.index + 1;
  }
  return null;
}

function dashQuotesIn(text: string, p: Paragraph): QuoteSpan[] {
  const para = text.slice(p.start, p.end);
  const out: QuoteSpan[] = [];
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(para); m; m = OPENING.exec(para)) {
    const open = m.index + m[0].indexOf(m[1]);
    const innerStart = m.index + m[0].length;
    const close = closingDash(para, innerStart);
    const end = close === null ? para.length : close + 1;
    const innerEnd = close === null ? para.length : para.slice(0, close).trimEnd().length;
    out.push({ start: p.start + open, end: p.start + end, innerStart: p.start + innerStart, innerEnd: p.start + innerEnd, paragraph: p.index });
    OPENING.lastIndex = end;
  }
  return out;
}

/**
 * `quotes` with the dash quotations added where no quotation mark already quotes. A quotation left open to its
 * paragraph's end counts only in a text that closes at least one dash quotation with an attribution, so list
 * items ("— With assistance from …") in other texts stay prose.
 */
export function withDashQuotes(text: string, paragraphs: Paragraph[], quotes: QuoteSpan[]): QuoteSpan[] {
  const dashed = paragraphs.flatMap((p) => dashQuotesIn(text, p)).filter((d) => !quotes.some((q) => q.start < d.end && d.start < q.end));
  const closed = dashed.filter((d) => DASH.includes(text[d.end - 1]));
  if (!closed.length) return quotes;
  return [...quotes, ...dashed].sort((a, b) => a.start - b.start);
}
