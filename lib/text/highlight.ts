export type Highlight = { id: string; start: number; end: number };
export type Segment = { start: number; end: number; text: string; ids: string[] };

/**
 * Cuts text into runs that are each covered by the same set of highlights (which may nest or
 * overlap), so a renderer can mark them without building a tree.
 */
export function segmentText(text: string, highlights: Highlight[]): Segment[] {
  const valid = highlights.filter((h) => h.start >= 0 && h.end <= text.length && h.start < h.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const ids = valid.filter((h) => h.start <= start && h.end >= end).map((h) => h.id);
    segments.push({ start, end, text: text.slice(start, end), ids });
  }
  return segments;
}

/** Paragraphs of a body with their offsets, split on blank lines. */
export function paragraphs(body: string): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  const pattern = /\n\s*\n/g;
  let start = 0;
  for (const match of body.matchAll(pattern)) {
    result.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  result.push({ start, end: body.length });
  return result.filter((p) => body.slice(p.start, p.end).trim());
}
