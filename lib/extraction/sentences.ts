/** Paragraph, quotation and sentence segmentation with character offsets into the source text. */

/** What may open a sentence: a capital, a digit, an opening quotation mark or bracket, a dash. */
const SENTENCE_OPENER = /[\p{Lu}\p{N}“"‘«(—–-]/u;
/** The word (or abbreviation) that a full stop ends. */
const WORD_BEFORE = /([\p{L}.]+)$/u;
/** A single capital letter (an initial). */
const SINGLE_CAPITAL = /^\p{Lu}$/u;

export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

export interface QuoteSpan {
  /** Offsets of the quotation marks themselves. */
  start: number;
  end: number;
  /** Offsets of the words inside the marks. */
  innerStart: number;
  innerEnd: number;
  paragraph: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
}

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ index: out.length, start, end });
  }
  return out;
}

const isLetter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/**
 * Closing marks of each opening mark: English, German („…“, »…«), French and Swiss («…», ‹…›) and Nordic (”…”) styles,
 * and the double prime (″…″) some pages print for quotation marks.
 */
const CLOSERS: Record<string, string> = { "“": "”", '"': '"', "«": "»", "„": "“”", "»": "«", "‹": "›", "”": "”", "″": "″”" };

/**
 * `c` at `i` opens a quotation: "»", "”" and "″" only before a word, so a closing mark, a "Home » News" arrow or the
 * inches of "a 12″ screen" open nothing.
 */
function opensQuote(text: string, i: number): boolean {
  const c = text[i];
  if (c === "»" || c === "‹" || c === "”" || c === "″") return isLetter(text[i + 1]) && ((c !== "”" && c !== "″") || !isLetter(text[i - 1]));
  return c in CLOSERS;
}

/** The double closing marks a quotation may be closed with when they are typed loosely. */
const DOUBLE_CLOSERS = '”"»“';

/**
 * Closing marks typed loosely: "“…“" (the opening mark again), "„…\"", "\"…”", "«…”", "“…»" (another style's closing
 * mark), as pages of Central European outlets and machine-converted pages print them. Such a mark closes only after a word
 * or punctuation and before no letter, so it opens no new quotation, and only when no proper closing mark follows in the
 * paragraph.
 */
function closesLoosely(text: string, i: number, mark: string, paraEnd: number): boolean {
  // A reversed guillemet (»…«) or a single one (‹…›) is closed only by its own mark.
  const closesWithDoubleMarks = mark !== "»" && mark !== "‹";
  if (!closesWithDoubleMarks || !DOUBLE_CLOSERS.includes(text[i]) || !/[\p{L}\p{N}.,!?…]/u.test(text[i - 1] ?? "") || isLetter(text[i + 1])) return false;
  // `“The “coalition of the willing“ is ready,” he said`: a proper closing mark later in the paragraph closes it, unless
  // it comes after the next opening mark ('“Nobody told us», he said. He said “we wait”'), which it closes instead.
  const rest = text.slice(i + 1, paraEnd);
  // A mark that closes itself (straight '"', "”") opens nothing later on: every later one may close this quotation.
  const nextOpening = CLOSERS[mark].includes(mark) ? -1 : rest.indexOf(mark);
  const ahead = nextOpening >= 0 ? rest.slice(0, nextOpening) : rest;
  return ![...CLOSERS[mark]].some((closer) => ahead.includes(closer));
}

/**
 * Single quotation marks: curly ‘…’, the German and Central European low ‚…‘, and with `straight` the British '…' ('more
 * than words'), which opens only after a space or bracket and closes only after a word or punctuation; between letters "'"
 * and "’" are apostrophes ("Russia's").
 */
function opensSingle(text: string, i: number, straight: boolean): boolean {
  const c = text[i];
  // Only a quotation mark opens one: every other character is passed before any slice is taken.
  if (c !== "‘" && c !== "'" && c !== "‚") return false;
  // "the '90s", "since '22": a decade or year cut short, not a quotation.
  if (/^\d\d(?:s\b|(?!\d))/.test(text.slice(i + 1, i + 4))) return false;
  return (c !== "'" || (straight && /^[\s(\[]?$/.test(text[i - 1] ?? ""))) && !isLetter(text[i - 1]) && isLetter(text[i + 1]);
}

/** The mark at `i` closes the single quotation opened with `opening`: "‘" closes only a low "‚". */
function closesSingle(text: string, i: number, straight: boolean, paraEnd: number, opening: string): boolean {
  const c = text[i];
  const closer = c === "’" || (c === "‘" && opening === "‚") || (straight && c === "'" && /\S/.test(text[i - 1] ?? ""));
  if (!closer || isLetter(text[i + 1])) return false;
  return !isPluralPossessive(text, i, paraEnd);
}

/**
 * "'The soldiers' pay is late,' she said": a mark after a plural's "s" and before a lower-case noun is an apostrophe
 * when a closing mark after punctuation follows later in the paragraph.
 */
function isPluralPossessive(text: string, i: number, paraEnd: number): boolean {
  if (text[i - 1] !== "s" || !/^ \p{Ll}/u.test(text.slice(i + 1, i + 3))) return false;
  return /[.,!?…]['’](?![\p{L}\p{N}])/u.test(text.slice(i + 1, paraEnd));
}

/**
 * Finds quotations: curly double, straight double (paired per paragraph), guillemets either way round, German and Nordic
 * marks, and single quotes used as quotation marks (not apostrophes); straight single ones only with `straightSingles`.
 */
export function findQuotes(text: string, paragraphs: Paragraph[], { straightSingles = false } = {}): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const p of paragraphs) {
    let open: { pos: number; mark: string } | null = null;
    let single: number | null = null;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (open) {
        if (CLOSERS[open.mark].includes(c) || closesLoosely(text, i, open.mark, p.end)) {
          spans.push({ start: open.pos, end: i + 1, innerStart: open.pos + 1, innerEnd: i, paragraph: p.index });
          open = null;
        }
        continue;
      }
      // Where the single quotation this mark closes was opened, if it closes one.
      const closedSingle = single !== null && i - single > 1 && closesSingle(text, i, straightSingles, p.end, text[single]) ? single : null;
      if (opensQuote(text, i)) open = { pos: i, mark: c };
      else if (closedSingle === null && (single === null || c === "‘") && opensSingle(text, i, straightSingles)) single = i;
      else if (closedSingle !== null) {
        spans.push({ start: closedSingle, end: i + 1, innerStart: closedSingle + 1, innerEnd: i, paragraph: p.index });
        single = null;
      }
    }
    // A quotation left open runs to the end of its paragraph (multi-paragraph quotes).
    if (open && p.end - open.pos > 2) {
      spans.push({ start: open.pos, end: p.end, innerStart: open.pos + 1, innerEnd: p.end, paragraph: p.index });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  // Drop quotations nested inside another.
  return spans.filter((s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && (o.start < s.start || o.end > s.end)));
}

const ABBREVIATIONS = new Set(
  "mr mrs ms dr st gen lt col maj sgt capt sen rep gov jan feb mar apr aug sep sept oct nov dec no vs etc jr sr prof adm brig cmdr approx est inc corp co ltd u.s u.k e.g i.e a.m p.m".split(" "),
);

/** Sentence split that never breaks inside a quotation unless the quotation itself ends the sentence. */
export function splitSentences(text: string, paragraphs: Paragraph[], quotes: QuoteSpan[], { quotationsOpen = false } = {}): Sentence[] {
  const out: Sentence[] = [];
  const inQuote = (i: number) => quotes.find((q) => i > q.start && i < q.end - 1);
  for (const p of paragraphs) {
    let start = p.start;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (c !== "." && c !== "!" && c !== "?" && c !== "…") continue;
      const q = inQuote(i);
      let j = i + 1;
      if (q) {
        // Only a terminal mark right before the closing quotation mark can end the sentence.
        if (q.end - 1 !== j && !(q.end - 1 === j + 1 && /[”"’»]/.test(text[j]))) continue;
        j = q.end;
      }
      while (j < p.end && /[”"’»)\]]/.test(text[j])) j++;
      if (j < p.end && !/\s/.test(text[j])) continue;
      let k = j;
      while (k < p.end && /\s/.test(text[k])) k++;
      // With `quotationsOpen`, any quotation opens the next sentence, whatever its mark ('We will win,' he said; „Wir …“).
      if (k < p.end && !SENTENCE_OPENER.test(text[k]) && !(quotationsOpen && quotes.some((q) => q.start === k))) continue;
      if (c === ".") {
        const word = WORD_BEFORE.exec(text.slice(Math.max(p.start, i - 12), i))?.[1] ?? "";
        if (ABBREVIATIONS.has(word.toLowerCase()) || SINGLE_CAPITAL.test(word)) continue;
      }
      out.push({ index: out.length, start, end: j, paragraph: p.index });
      start = k;
      i = k - 1;
    }
    if (start < p.end) out.push({ index: out.length, start, end: p.end, paragraph: p.index });
  }
  return out;
}

export function sentenceAt(sentences: Sentence[], pos: number): Sentence | undefined {
  return sentences.find((s) => pos >= s.start && pos < s.end) ?? sentences.find((s) => pos === s.end);
}

export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/** The text from `from` to `to` with quotations blanked (same length), so words inside quotes are not read as attributions. */
export function maskQuotes(ctx: { text: string; quotes: QuoteSpan[] }, from: number, to: number): string {
  let s = ctx.text.slice(from, to);
  for (const q of ctx.quotes) {
    if (q.end <= from || q.start >= to) continue;
    const a = Math.max(q.start, from) - from, b = Math.min(q.end, to) - from;
    s = s.slice(0, a) + " ".repeat(b - a) + s.slice(b);
  }
  return s;
}
