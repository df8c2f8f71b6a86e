// Quotes as people read them. The extraction keeps a remark interrupted by its attribution as
// separate statements (“We will respond,” he said, “and decisively.”), and a short quote inside a
// paraphrase as its own statement; a list shows each such group once, as one remark.

export type Fragment = {
  id: string;
  text: string;
  direct: boolean;
  part: string;
  spanStart: number;
  spanEnd: number;
  speaker: { slug: string };
  article: { slug: string };
};

export type Remark<T extends Fragment> = {
  /** The statement that stands for the remark in the list (its earliest fragment, or the one containing the rest). */
  lead: T;
  /** Every statement of the remark in text order (the lead included). */
  fragments: T[];
  /** The words as one remark: fragments not inside another, joined with an ellipsis. */
  text: string;
};

/** Fragments of one remark are at most this many characters apart (an attribution: ,” he said, “). */
export const MAX_GAP = 80;

const contains = (a: Fragment, b: Fragment) => a.spanStart <= b.spanStart && b.spanEnd <= a.spanEnd;

function belongTogether(a: Fragment, b: Fragment): boolean {
  if (a.article.slug !== b.article.slug || a.speaker.slug !== b.speaker.slug || a.part !== b.part) return false;
  if (contains(a, b) || contains(b, a)) return true;
  const gap = a.spanStart < b.spanStart ? b.spanStart - a.spanEnd : a.spanStart - b.spanEnd;
  return a.direct === b.direct && gap >= 0 && gap <= MAX_GAP;
}

/**
 * The words without a pair of quotation marks around them, keeping every mark that belongs to the
 * words: “by force.” inside a paraphrase keeps its closing mark, a stray unmatched one goes.
 */
export function quoteBody(text: string): string {
  let t = text.trim();
  const count = (re: RegExp) => (t.match(re) ?? []).length;
  if (t.length >= 2 && /^["“]/.test(t) && /["”]$/.test(t) && count(/[“]/g) === count(/[”]/g) && !/[”"]/.test(t.slice(1, -1).replace(/“[^”]*”/g, ""))) {
    t = t.slice(1, -1).trim();
  }
  if (/^[“]/.test(t) && count(/“/g) > count(/”/g)) t = t.slice(1).trim();
  if (/[”]$/.test(t) && count(/”/g) > count(/“/g)) t = t.slice(0, -1).trim();
  if (/^"/.test(t) && count(/"/g) % 2 === 1) t = t.slice(1).trim();
  else if (/"$/.test(t) && count(/"/g) % 2 === 1) t = t.slice(0, -1).trim();
  return t;
}

/** Groups a list's statements into remarks, each at the place of its first statement in the list. */
export function groupRemarks<T extends Fragment>(rows: T[]): Remark<T>[] {
  const groups: T[][] = [];
  for (const row of rows) {
    const group = groups.find((g) => g.some((member) => belongTogether(member, row)));
    if (group) group.push(row);
    else groups.push([row]);
  }
  return groups.map((members) => {
    const fragments = [...members].sort((a, b) => a.spanStart - b.spanStart || b.spanEnd - a.spanEnd);
    const outer = fragments.filter((f) => !fragments.some((o) => o !== f && contains(o, f) && !(contains(f, o) && o.id > f.id)));
    const lead = outer[0];
    return { lead, fragments, text: outer.map((f) => quoteBody(f.text)).join(" … ") };
  });
}
