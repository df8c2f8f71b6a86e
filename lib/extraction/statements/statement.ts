/** Builds one statement from a span: trims the clause, finds when and where it was said; tells scare quotes. */
import type { Actor } from "../actors";
import { precisionRank, type DateMention } from "../dates";
import { maskQuotes, wordCount, type QuoteSpan, type Sentence } from "../sentences";
import { inAnyQuote, VERB_TEST, type Ctx, type FoundStatement } from "./context";

function sayDate(ctx: Ctx, sentence: Sentence, exclude: [number, number]): DateMention | null {
  const sayable = (d: DateMention) => !!d.date && !(ctx.publishedOn && d.date > ctx.publishedOn);
  const ds = ctx.dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end && (d.end <= exclude[0] || d.start >= exclude[1]) && !inAnyQuote(ctx, d.start) && sayable(d));
  ds.sort((a, b) => precisionRank(a.precision) - precisionRank(b.precision));
  return ds[0] ?? null;
}

const VENUE_RE = /\b(?:at|during|on the sidelines of|in (?:comments|remarks|an interview|a speech) (?:at|to|during))\s+(?:the\s+|a\s+)?((?:[\p{Lu}][\p{L}’'-]*\s+){0,4}(?:Forum|Summit|Conference|Assembly|Congress|Council|Dialogue|forum|summit|conference|meeting|talks|briefing|press conference|news conference|session))(?:\s+in\s+(\p{Lu}[\p{L}-]+))?/u;
const PLACE_RE = /\bin\s+(\p{Lu}[\p{L}-]+)\b/u;

export function venueOf(ctx: Ctx, sentence: Sentence, exclude: [number, number]): string | null {
  const t = maskQuotes(ctx, sentence.start, sentence.end);
  const rel = [exclude[0] - sentence.start, exclude[1] - sentence.start];
  const outside = t.slice(0, Math.max(0, rel[0])) + " ".repeat(Math.max(0, rel[1] - rel[0])) + t.slice(Math.max(0, rel[1]));
  const v = VENUE_RE.exec(outside);
  if (v) return v[2] ? `${v[1].trim()}, ${v[2]}` : v[1].trim();
  const p = PLACE_RE.exec(outside);
  if (p && !/^(January|February|March|April|May|June|July|August|September|October|November|December|The)$/.test(p[1])) {
    const a = ctx.index.byForm.get(p[1]);
    if (!a || a.metonyms.has(p[1])) return p[1];
  }
  return null;
}

const CAPITAL_TO_STOP = /^\p{Lu}.*[.!?]$/u;
/** Quoted words too short to be a statement (issue 9): one word, or two that are no sentence ("too early"; "We won." is one). */
export function isFragment(quoted: string, words = wordCount(quoted)): boolean {
  return words <= 1 || (words === 2 && !CAPITAL_TO_STOP.test(quoted.trim()));
}

/**
 * Quoted words that are no statement: one or two words that are no sentence ("theft", "too early"), or a short phrase the writer
 * quotes as a name or label ("a promised “big announcement”", "the so-called “Victory Plan”").
 */
export function isScareQuote(text: string, q: QuoteSpan, innerWords: number): boolean {
  // '“We will not,” he said, “surrender anything.”': the second part of a split quotation is no fragment.
  const continuesSplit = innerWords > 1 && /,\s*$/.test(text.slice(Math.max(0, q.start - 2), q.start));
  if (isFragment(text.slice(q.innerStart, q.innerEnd), innerWords) && !continuesSplit && !opensSplit(text, q)) return true;
  if (isQuotedLabel(text, q, innerWords)) return true;
  if (innerWords > 3) return false;
  const before = text.slice(Math.max(0, q.start - 30), q.start);
  return /\b(?:so-called|dubbed|termed|labelled|labeled|branded|named|called|titled|known as)\s*$/i.test(before) || /(?:^|\s)(?:an?|an?\s+\p{Ll}+)\s*$/u.test(before) && !/\b(?:what\s+\p{Ll}+\s+called|as)\s+an?\s*$/u.test(before);
}

/** After a split quotation's first part: a short attribution, a comma, and the second part opening in lower case. */
const SPLIT_ATTRIBUTION = /^\s*[^,.;:!?"“”«»„]{1,50},\s*["“«„‘]\s*\p{Ll}/u;

/**
 * '“The metro,” Mayor Terekhov said, “is the safest shelter.”' / '«The metro», he said, «is …»': the first part of a split
 * quotation, closed by a comma and taken up after a short attribution by a part that opens in lower case, is no fragment.
 */
function opensSplit(text: string, q: QuoteSpan): boolean {
  const comma = /,\s*$/.test(text.slice(q.innerStart, q.innerEnd)) ? "" : ",";
  const after = text.slice(q.end, q.end + 60);
  return after.startsWith(comma) && SPLIT_ATTRIBUTION.test(after.slice(comma.length));
}

/** 'the "special military operation" continued': a short quoted noun phrase after a demonstrative or "the" that the sentence runs on from ("its …" usually reports the speaker's own words). */
function isQuotedLabel(text: string, q: QuoteSpan, innerWords: number): boolean {
  if (innerWords > 5 || /[.,!?;:…]$/.test(text.slice(q.innerStart, q.innerEnd).trim())) return false;
  const before = text.slice(Math.max(0, q.start - 20), q.start);
  const after = text.slice(q.end, q.end + 20);
  // 'said on Monday that "there is nothing to add" to …': "that" after a reporting verb opens a clause, it points at nothing.
  if (/\bthat\s*$/i.test(before) && VERB_TEST.test(text.slice(Math.max(0, q.start - 40), q.start).replace(/\bthat\s*$/i, ""))) return false;
  return /\b(?:the|this|that|these|those)\s*$/i.test(before) && /^\s+\p{Ll}/u.test(after) && !/^\s+(?:and|or|but|that|which|as)\b/.test(after);
}

export function trimClause(s: string): string {
  return s
    .replace(/,?\s+(?:in (?:comments|remarks|an interview|a statement|a speech|a post|a televised address)\b|according to\b|he said\b|she said\b|they said\b|adding\b).*$/s, "")
    // "… claimed that X, Russia's Foreign Ministry said": the outer attribution is not part of the clause.
    .replace(/,\s+(?:the\s+)?(?:[\p{L}’'.-]+\s+){0,5}(?:said|says|reported|added|stated|wrote|posted)(?:\s+(?:on|in)\s+[^,]{0,40})?[.!]?$/su, "")
    .replace(/[\s,;:—–-]+$/, "")
    .replace(/(?<![”"’.])\.$/, "")
    // 'the move was “unfair”.': the full stop after the closing mark is the sentence's, not the quotation's.
    .replace(/([”"’])\.$/, "$1")
    .replace(/^[\s,]+/, "");
}

export function makeStatement(ctx: Ctx, speaker: Actor, start: number, end: number, direct: boolean, sentence: Sentence, cue: string): FoundStatement {
  while (start < end && /\s/.test(ctx.text[start])) start++;
  while (end > start && /\s/.test(ctx.text[end - 1])) end--;
  const d = sayDate(ctx, sentence, [start, end]);
  return { speaker, quote: ctx.text.slice(start, end), direct, start, end, sentence, saidOn: d?.date ?? null, saidPrecision: d?.precision ?? null, saidAt: venueOf(ctx, sentence, [start, end]), cue };
}
