// Where a statement or event sits in the article, kept in agreement with its words. Pure: the review
// screen, the publish check and the unit tests share it.

export type Part = "title" | "standfirst" | "body";
export type Span = { part: Part; start: number; end: number };
export type ArticleText = { title: string; standfirst?: string; body: string };

export function partText(article: ArticleText, part: Part): string {
  return part === "title" ? article.title : part === "standfirst" ? (article.standfirst ?? "") : article.body;
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
