/**
 * Parses a raw paste of a news page into headline, standfirst, byline and body.
 *
 * The body is the article text after the byline (or the whole text when there is no byline),
 * with headline, standfirst, photo caption, agency dateline prefix and trailing page junk removed;
 * paragraphs are trimmed and joined with "\n\n". All statement/event offsets point into it.
 */

export interface ParsedArticle {
  title: string | null;
  standfirst: string | null;
  author: string | null;
  dateline: string | null;
  publishedOn: string | null;
  publication: string | null;
  body: string;
}

const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];
const MONTH_RE = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const DATE_RE = new RegExp(`(${MONTH_RE})\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+(${MONTH_RE}),?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})`, "i");
const BYLINE_RE = new RegExp(`^By\\s+(.+?)(?:\\s+in\\s+([\\p{Lu}][\\p{L} .'-]+?))?(?:\\s*[,|–—-]?\\s*(${DATE_RE.source}))?\\s*$`, "iu");
const AGENCY_PREFIX_RE = /^([\p{Lu}][\p{Lu} .'-]{1,40}),?\s+(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s+)?\(([^)]{2,40})\)\s*[-–—:]\s*/u;
const PLAIN_DATELINE_RE = /^([\p{Lu}][\p{Lu}'-]{2,}(?:\s[\p{Lu}][\p{Lu}'-]+)?)\s*(?:\(([^)]{2,40})\))?\s*[-–—]\s+/u;
const JUNK_LINE_RE = /^(news|dismiss|share|advertisement|read more|related|subscribe|close|menu|comments?|print|email|tweet|follow us.*|sign up.*|cookies?.*|accept|more from .*|tags?:.*|\d+ min read)$/i;

export function monthIndex(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, "");
  return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3)));
}

/** "September 7, 2025" / "7 September 2025" / "2025-09-07" -> "2025-09-07" */
export function parseDateString(s: string): string | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  let y: number, mo: number, d: number;
  if (m[1]) [y, mo, d] = [+m[3], monthIndex(m[1]) + 1, +m[2]];
  else if (m[5]) [y, mo, d] = [+m[6], monthIndex(m[5]) + 1, +m[4]];
  else [y, mo, d] = [+m[7], +m[8], +m[9]];
  if (!isValidDay(y, mo, d)) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function isValidDay(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

const clean = (s: string) => s.replace(/\s+/g, " ").trim();
const endsLikeSentence = (s: string) => /[.!?:;]["”’»)]?$/.test(s.trim());

export function parseArticle(raw: string, opts: { title?: string | null } = {}): ParsedArticle {
  const lines = raw.replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ").split("\n").map((l) => l.trim());
  let title: string | null = opts.title ? clean(opts.title) : null;
  let standfirst: string | null = null;
  let author: string | null = null;
  let dateline: string | null = null;
  let publishedOn: string | null = null;
  let publication: string | null = null;

  const bylineIdx = lines.findIndex((l) => BYLINE_RE.test(l) && l.split(/\s+/).length <= 16);
  let bodyLines: string[];
  if (bylineIdx >= 0) {
    const m = BYLINE_RE.exec(lines[bylineIdx])!;
    author = clean(m[1]);
    dateline = m[2] ? clean(m[2]) : null;
    publishedOn = m[3] ? parseDateString(m[3]) : null;
    const header = lines.slice(0, bylineIdx).filter(Boolean);
    bodyLines = lines.slice(bylineIdx + 1);
    // Byline date on its own line right after the byline.
    const next = bodyLines.findIndex(Boolean);
    if (!publishedOn && next >= 0 && bodyLines[next].length < 40 && parseDateString(bodyLines[next])) {
      publishedOn = parseDateString(bodyLines[next]);
      bodyLines.splice(next, 1);
    }
    if (header.length) {
      const headline = clean(header.shift()!);
      if (!title) title = headline;
      // Pages often repeat the headline, sometimes truncated.
      const rest = header.filter((l) => !(headline.startsWith(l.replace(/[.…]+$/, "")) && l.length <= headline.length));
      if (rest.length) standfirst = clean(rest.join(" "));
    }
  } else {
    bodyLines = lines;
    const firstIdx = bodyLines.findIndex(Boolean);
    const first = firstIdx >= 0 ? bodyLines[firstIdx] : "";
    const hasMore = bodyLines.slice(firstIdx + 1).some(Boolean);
    if (first && title && clean(first) === title) bodyLines = bodyLines.slice(firstIdx + 1);
    else if (first && !title && hasMore && !endsLikeSentence(first) && first.split(/\s+/).length <= 25 && !/^["“]/.test(first)) {
      title = clean(first);
      bodyLines = bodyLines.slice(firstIdx + 1);
    }
  }

  // Photo caption credit "… / bne IntelliNews" names the publication.
  if (standfirst) {
    const m = /\s+\/\s+([^/]{2,60})$/.exec(standfirst);
    if (m) {
      publication = m[1].trim();
      standfirst = standfirst.slice(0, m.index).trim();
    }
  }

  let paras = bodyLines.filter(Boolean);
  while (paras.length && (JUNK_LINE_RE.test(paras[paras.length - 1]) || (paras[paras.length - 1].split(/\s+/).length <= 2 && !endsLikeSentence(paras[paras.length - 1])))) paras.pop();
  paras = paras.filter((p) => !JUNK_LINE_RE.test(p));

  if (paras.length) {
    const agency = AGENCY_PREFIX_RE.exec(paras[0]);
    const plain = agency ? null : PLAIN_DATELINE_RE.exec(paras[0]);
    if (agency) {
      dateline ??= titleCase(agency[1].trim());
      publication ??= agency[2].trim();
      paras[0] = paras[0].slice(agency[0].length);
    } else if (plain) {
      dateline ??= titleCase(plain[1].trim());
      if (plain[2]) publication ??= plain[2].trim();
      paras[0] = paras[0].slice(plain[0].length);
    }
  }

  return { title, standfirst, author, dateline, publishedOn, publication, body: paras.join("\n\n") };
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());
}
