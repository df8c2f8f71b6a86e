export type Term = { key: string; term: string };
export type Mention = { key: string; start: number; end: number };

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Where each term (an actor's name or alias) occurs as a whole word. Longer terms win over the
 * shorter ones they contain: "Armed Forces of Russia" is not also a mention of "Russia".
 */
export function findMentions(text: string, terms: Term[]): Mention[] {
  const byLength = [...terms].filter((t) => t.term.trim()).sort((a, b) => b.term.length - a.term.length);
  const taken = new Uint8Array(text.length);
  const found: Mention[] = [];
  for (const { key, term } of byLength) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, "gu");
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.subarray(start, end).some((x) => x)) continue;
      taken.fill(1, start, end);
      found.push({ key, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Per key: how often it is mentioned and where first. */
export function summariseMentions(mentions: Mention[]): Map<string, { count: number; firstOffset: number }> {
  const summary = new Map<string, { count: number; firstOffset: number }>();
  for (const m of mentions) {
    const entry = summary.get(m.key);
    if (entry) entry.count++;
    else summary.set(m.key, { count: 1, firstOffset: m.start });
  }
  return summary;
}

/**
 * The span of a quotation in a text. A direct quote is looked for inside quotation marks first,
 * so that "other" finds “other”, not the "other" in "other options". Null when absent.
 */
export function findQuoteSpan(text: string, quote: string, direct: boolean): { start: number; end: number } | null {
  if (direct) {
    const pattern = new RegExp(`["“‘']\\s*(${escape(quote)})`, "u");
    const match = pattern.exec(text);
    if (match) {
      const start = match.index + match[0].length - match[1].length;
      return { start, end: start + quote.length };
    }
  }
  const start = text.indexOf(quote);
  return start < 0 ? null : { start, end: start + quote.length };
}
