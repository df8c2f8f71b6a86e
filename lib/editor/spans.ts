// Where a statement or event sits in the article, kept in agreement with its words. Pure: the review
// screen, the publish check and the unit tests share it.

export type Part = "title" | "standfirst" | "body";
export type Span = { part: Part; start: number; end: number };
export type ArticleText = { title: string; standfirst?: string; body: string };

export function partText(article: ArticleText, part: Part): string {
  return part === "title" ? article.title : part === "standfirst" ? (article.standfirst ?? "") : article.body;
}

const PART_ORDER: Record<Part, number> = { title: 0, standfirst: 1, body: 2 };

/** The indices of spanned items in the order a reader meets them: headline, standfirst, body; ties in list order. */
export function textOrder(items: { part: Part; start: number }[]): number[] {
  return items.map((x, i) => ({ x, i })).sort((p, q) => PART_ORDER[p.x.part] - PART_ORDER[q.x.part] || p.x.start - q.x.start || p.i - q.i).map(({ i }) => i);
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** True when the words are exactly what the span highlights (spacing aside). */
export function wordsMatchSpan(article: ArticleText, words: string, span: Span): boolean {
  const text = partText(article, span.part);
  if (span.start < 0 || span.end > text.length || span.start >= span.end) return false;
  return squash(text.slice(span.start, span.end)) === squash(words);
}

/**
 * The span for corrected words: the occurrence nearest the old span, in the same part first, then in
 * the others. Null when the words are not in the article (the editor must select a passage).
 */
export function relocate(article: ArticleText, words: string, near: Span): Span | null {
  const wanted = words.trim();
  if (!wanted) return null;
  const parts: Part[] = [near.part, ...(["body", "title", "standfirst"] as const).filter((p) => p !== near.part)];
  for (const part of parts) {
    const text = partText(article, part);
    let best = -1;
    for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
      if (best < 0 || Math.abs(at - near.start) < Math.abs(best - near.start)) best = at;
    }
    if (best >= 0) return { part, start: best, end: best + wanted.length };
  }
  return null;
}

/** A highlighted range of one review item. */
export type Mark = { id: string; start: number; end: number };
/** A run of text and the items that cover all of it. */
export type Segment = { start: number; end: number; ids: string[] };

/** Cuts a text at every mark's edges, so overlapping marks render as flat runs. */
export function segments(length: number, marks: Mark[]): Segment[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= length && m.start < m.end);
  const cuts = [...new Set([0, length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    out.push({ start, end, ids: valid.filter((m) => m.start <= start && m.end >= end).map((m) => m.id) });
  }
  return out;
}

/** Where a span of `old` lands in `next` (one edit apart); `words` are what it must still cover. Null when they are gone. */
export function shiftSpan(old: string, next: string, span: { start: number; end: number }, words: string): { start: number; end: number } | null {
  const limit = Math.min(old.length, next.length);
  let prefix = 0;
  while (prefix < limit && old[prefix] === next[prefix]) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && old[old.length - 1 - suffix] === next[next.length - 1 - suffix]) suffix++;
  if (span.end <= prefix) return span;
  const delta = next.length - old.length;
  if (span.start >= old.length - suffix) return { start: span.start + delta, end: span.end + delta };
  // The edit touched the span: its words, wherever they now are nearest.
  const wanted = words.trim();
  if (!wanted) return null;
  let best = -1;
  for (let at = next.indexOf(wanted); at >= 0; at = next.indexOf(wanted, at + 1)) {
    if (best < 0 || Math.abs(at - span.start) < Math.abs(best - span.start)) best = at;
  }
  return best < 0 ? null : { start: best, end: best + wanted.length };
}

type Spanned = Span & { text?: string };

/**
 * Keeps spans on their words when the editor edits the headline or standfirst after analysis: spans
 * before the edit stay, spans after it move with the text, spans it touched are looked for again
 * (a statement by its words, an event by what it highlighted). A statement whose words are gone keeps
 * its place and is flagged (publishing refuses it); an event's span is kept inside the text.
 */
export function followEdit<R extends { statements: (Spanned & { text: string })[]; events: Spanned[] }>(before: ArticleText, after: ArticleText, review: R): R {
  const changed = (["title", "standfirst", "body"] as const).filter((p) => partText(before, p) !== partText(after, p));
  if (!changed.length) return review;
  const move = <T extends Spanned>(item: T, words: string | undefined): T => {
    if (!changed.includes(item.part)) return item;
    const [old, next] = [partText(before, item.part), partText(after, item.part)];
    const moved = shiftSpan(old, next, item, words ?? old.slice(item.start, item.end));
    if (moved) return { ...item, ...moved };
    return words !== undefined ? item : { ...item, start: Math.min(item.start, next.length), end: Math.min(item.end, next.length) };
  };
  return {
    ...review,
    statements: review.statements.map((s) => move(s, s.text)),
    events: review.events.map((e) => move(e, undefined)),
  };
}
