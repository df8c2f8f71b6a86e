/**
 * Quotations set off by dashes, the Polish (and Central European) press style:
 *   "– We will not give up – Tusk said. – This is our land."
 * A dash opens a quotation at the head of a paragraph or after a sentence or colon ("Tusk said: – …"); the next
 * spaced dash followed by a reporting verb closes it, or the punctuation before a short attribution that ends its
 * sentence (the Nordic "– We will stay, says Anna."); otherwise it runs to the paragraph's end. The dashes are the
 * quotation's marks, so the attribution steps read "– Tusk said" as they read "…,” Tusk said".
 */
import type { Paragraph, QuoteSpan } from "../sentences";
import { VERB_TEST } from "./context";

const DASH = "–—";
const OPENING = new RegExp(`(?:^|[.!?…:]\\s+)([${DASH}])\\s+(?=\\S)`, "gu");
const SPACED_DASH = new RegExp(`\\s[${DASH}]\\s`, "gu");

type Close = { innerEnd: number; end: number };

/** Where the quotation opened at `from` closes: a spaced dash whose attribution has a reporting verb ("… – Tusk said."), else null. */
function closingDash(para: string, from: number): Close | null {
  SPACED_DASH.lastIndex = from;
  for (let m = SPACED_DASH.exec(para); m; m = SPACED_DASH.exec(para)) {
    const attribution = /^[^.!?…–—]*/u.exec(para.slice(m.index + 3))![0];
    if (VERB_TEST.test(attribution) && attribution.split(/\s+/).length <= 12) return { innerEnd: para.slice(0, m.index + 1).trimEnd().length, end: m.index + 2 };
  }
  return null;
}

/** "Why now? she asks.": a question or exclamation mark before a lower-case word ends no sentence. */
const SENTENCE_END = /[.!?…](?=\s+[^\p{Ll}\s]|\s*$)/gu;

/**
 * The Nordic and Russian style closes with the punctuation before a short attribution that ends its sentence:
 * "– We will stay, says Anna Berg." / "– Why now? she asks." The quotation keeps that punctuation.
 */
function closingAttribution(para: string, from: number): Close | null {
  SENTENCE_END.lastIndex = from;
  for (let e = SENTENCE_END.exec(para); e; e = SENTENCE_END.exec(para)) {
    const sentence = para.slice(from, e.index);
    for (const m of [...sentence.matchAll(/[,?!]\s+/g)].reverse()) {
      const tail = sentence.slice(m.index + m[0].length).split(/\s+/);
      const verbAt = tail.findIndex((w) => VERB_TEST.test(w));
      const short = tail.length <= 12 && verbAt <= 3;
      if (verbAt >= 0 && (short || isTitledName(tail.slice(0, verbAt))) && !/^(?:and|but|or|because|when|which|who|that|if|so)$/i.test(tail[0])) {
        return { innerEnd: from + m.index + 1, end: from + m.index + 1 };
      }
    }
    from = e.index + 1;
  }
  return null;
}

/**
 * "– We will stay, Minister for Development Cooperation Anna Berg said when she visited Kharkiv.": a name with its
 * title (capitalised words, joined by of/for/the/and) may be long, and the sentence may go on after the verb.
 */
function isTitledName(words: string[]): boolean {
  return words.length >= 2 && words.length <= 9 && /^\p{Lu}/u.test(words[0]) && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|the|and)$/.test(w));
}

function dashQuotesIn(text: string, p: Paragraph): { span: QuoteSpan; closed: boolean }[] {
  const para = text.slice(p.start, p.end);
  const out: { span: QuoteSpan; closed: boolean }[] = [];
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(para); m; m = OPENING.exec(para)) {
    const open = m.index + m[0].indexOf(m[1]);
    const innerStart = m.index + m[0].length;
    const close = closingDash(para, innerStart) ?? closingAttribution(para, innerStart);
    const end = close?.end ?? para.length;
    const innerEnd = close?.innerEnd ?? para.length;
    // "– Minister, are the talks dead?" alone in its paragraph: an interviewer's question, no one's statement.
    if (!close && para.slice(innerStart).trimEnd().endsWith("?") && !/[.!?…]\s/u.test(para.slice(innerStart).trimEnd().slice(0, -1))) break;
    out.push({ span: { start: p.start + open, end: p.start + end, innerStart: p.start + innerStart, innerEnd: p.start + innerEnd, paragraph: p.index }, closed: !!close });
    OPENING.lastIndex = end;
  }
  return out;
}

/**
 * 'Kovalenko told residents:⏎⏎— The water will be back by Friday.': a dash paragraph of whole sentences after a paragraph
 * that ends in a reporting verb and a colon is that speaker's quotation, though nothing closes it.
 */
function introducedByColon(text: string, paragraphs: Paragraph[], d: QuoteSpan): boolean {
  const before = paragraphs[d.paragraph - 1];
  if (!before || d.start !== paragraphs[d.paragraph].start) return false;
  const lead = text.slice(before.start, before.end);
  return /:$/.test(lead) && VERB_TEST.test(lead.slice(-60)) && /^\p{Lu}/u.test(text.slice(d.innerStart, d.innerEnd)) && /[.!?…]$/u.test(text.slice(d.innerStart, d.innerEnd));
}

/**
 * `quotes` with the dash quotations added where no quotation mark already quotes. A quotation left open to its
 * paragraph's end counts only in a text that closes at least one dash quotation with an attribution, or after a
 * reporting colon, so list items ("— With assistance from …") in other texts stay prose.
 */
export function withDashQuotes(text: string, paragraphs: Paragraph[], quotes: QuoteSpan[]): QuoteSpan[] {
  const dashed = paragraphs.flatMap((p) => dashQuotesIn(text, p)).filter(({ span: d }) => !quotes.some((q) => q.start < d.end && d.start < q.end));
  const kept = dashed.some((d) => d.closed) ? dashed : dashed.filter((d) => introducedByColon(text, paragraphs, d.span));
  if (!kept.length) return quotes;
  return [...quotes, ...kept.map((d) => d.span)].sort((a, b) => a.start - b.start);
}
