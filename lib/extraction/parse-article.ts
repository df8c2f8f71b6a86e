/**
 * Parses a raw paste of a news page into headline, standfirst, byline, dateline, date, publication and body.
 *
 * The page head is the run of short lines before the first body paragraph: the headline, maybe a repeated
 * headline and a standfirst, then any of a byline ("By X", "X in Kyiv and Y", "DAILY SABAH WITH AA"), a
 * publication line ("The Moscow Times"), a date line ("Tue 25 Nov 2025 09.14 GMT", "12.11.2025 10:42",
 * "Published on 03/09/2025 - 15:20"), a place line ("ANKARA", "New Delhi:") and photo captions.
 * The body loses captions, agency datelines ("KYIV, Ukraine (AP) —", "MOSCOW, November 27. /TASS/.")
 * and trailers ("(Reporting by …)", "… contributed to this report."); paragraphs are trimmed and joined
 * with "\n\n". All statement/event offsets point into the body.
 */
import { GAZETTEER } from "./gazetteer";
import { DATE_RE, MONTH_FIRST_OUTLETS, MONTH_RE, isAmbiguousNumeric, monthIndex, parseDateString } from "./page-dates";

export { isValidDay, monthIndex, parseDateString } from "./page-dates";

export interface ParsedArticle {
  title: string | null;
  standfirst: string | null;
  author: string | null;
  dateline: string | null;
  publishedOn: string | null;
  publication: string | null;
  body: string;
}

const BYLINE_RE = new RegExp(`^(?:Interview\\s+)?(?:conducted\\s+)?By:?\\s+(.+?)(?:\\s+in\\s+([\\p{Lu}][\\p{L} .'-]+?))?(?:\\s*[,|–—-]?\\s*(${DATE_RE.source}))?\\s*$`, "iu");
/** "KYIV, Ukraine (AP) —", "BRUSSELS, Dec 18 (Reuters) -", "NEW DELHI, Aug 22 (PTI):", "Kyiv (AFP) –". */
const AGENCY_PREFIX_RE = new RegExp(
  `^([\\p{Lu}][\\p{L} .'-]{1,40}?)(?:,\\s+[\\p{Lu}][\\p{L} .'-]{1,30}?)?(?:,?\\s+${MONTH_RE}\\s+\\d{1,2})?\\s+\\(([^)]{2,40})\\)\\s*[-–—:]\\s*`,
  "u",
);
/** "MOSCOW, November 27. /TASS/." */
const SLASH_AGENCY_RE = new RegExp(`^([\\p{Lu}][\\p{Lu} .'-]{1,40}),\\s+${MONTH_RE}\\s+\\d{1,2}\\.\\s+/([^/]{2,30})/\\.?\\s*`, "u");
/** "ANKARA - ", "KYIV (Ukrinform) — " */
const PLAIN_DATELINE_RE = /^([\p{Lu}][\p{Lu}'-]{2,}(?:\s[\p{Lu}][\p{Lu}'-]+)?)\s*(?:\(([^)]{2,40})\))?\s*[-–—]\s+/u;
const JUNK_LINE_RE = /^(news|dismiss|share|advertisement|read more|related|(?:read|see) also:.*|read more:.*|also read:.*|related:.*|subscribe|close|menu|comments?|print|email|tweet|follow us.*|sign up.*|cookies?.*|accept|more from .*|tags?:.*|\d+ min(?:ute)?s?(?: reading time| read)|reading time:?.*|edited by:?.*|skip to (?:main )?content|live|keywords|related (?:articles|stories|news|content)|more on this(?: story)?|most read|discussion|daily newsletter|.*all rights reserved\.?|this article was originally published in .*|comments are closed.*|(?:published|updated|posted|modified):?\s+\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago|[\p{Lu}&]+(?:\s*\/\s*[\p{Lu}&]+)+)$/iu;
/** A "Related" or "Keywords" line introduces a list of headlines or tags, which are not article text. */
const LIST_INTRO_RE = /^(?:related(?: articles| stories| news| content)?|read more|more on this(?: story)?|see also|keywords|tags|most read)$/i;
const TRAILER_RE = /^\((?:reporting|writing|editing|with inputs|additional reporting)\b.*\)$|contributed (?:reporting )?to this report\.?$/i;
const CAPTION_RE = /^(?:photo(?: caption)?|image|picture|caption|illustration)\s*:|\bcopyright\b|©|\((?:[\w\s-]*photo[\w\s/-]*|file(?: photo| image)?)\)\s*$|\b(?:AP|AFP|Reuters|Getty Images|EPA)\s+Photo\b|[\/|]\s*(?:AFP|Reuters|AP|EPA|Getty Images|Kyodo|Bloomberg|Jiji)\s*$/i;
const MEDIA_HEAD = /^(?:The\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:News|Times|Post|Journal|Gazette|Herald|Telegraph|Tribune|Pravda|Agency|Daily)$/u;
/** "Kyiv, Ukraine — ": a city and its country, mixed case, before a dash. */
const CITY_COUNTRY_RE = /^([\p{Lu}][\p{L}.'-]+(?:\s[\p{Lu}][\p{L}.'-]+)?),\s+([\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?)\s+[—–-]\s+/u;
const STATE_NAMES = new Set(GAZETTEER.filter((e) => e.kind === "state").flatMap((e) => e.forms));
const MEDIA_NAMES = new Set(GAZETTEER.filter((e) => e.kind === "media").flatMap((e) => e.forms.map((f) => f.toLowerCase())));
const PLACE_LINE_RE = /^(?:[\p{Lu}][\p{Lu}'-]{2,}(?:\s[\p{Lu}][\p{Lu}'-]+)?|[\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+)?:)$/u;
const NAME = "[\\p{Lu}][\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]+){1,2}";
/** Byline without "By": "Shaun Walker in Kyiv and Patrick Wintour". */
const NAME_LIST_RE = new RegExp(`^${NAME}(?:\\s+in\\s+[\\p{Lu}][\\p{L}-]+)?(?:(?:,\\s+|\\s+and\\s+|\\s+with\\s+)${NAME}(?:\\s+in\\s+[\\p{Lu}][\\p{L}-]+)?)+$`, "u");

const clean = (s: string) => s.replace(/\s+/g, " ").trim();
const endsLikeSentence = (s: string) => /[.!?:;]["”’»)]?$/.test(s.trim());
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const isKnownMedia = (s: string) => MEDIA_NAMES.has(s.toLowerCase()) || MEDIA_NAMES.has(s.toLowerCase().replace(/^the\s+/, ""));
/** "Novaya Gazeta Europe", "NHK World": a known outlet with an edition word. */
const isMediaName = (s: string) => isKnownMedia(s.trim()) || isKnownMedia(s.trim().replace(/\s+(?:Europe|World(?:-Japan)?|International|Online|English|Global|Digital|UK|US)$/i, "")) || MEDIA_HEAD.test(s.trim());

/** What a line of the page head says about the article; null when it is ordinary text (headline, standfirst, body). */
type HeadLine =
  | { kind: "byline"; author: string; dateline?: string; publishedOn?: string | null; publication?: string }
  | { kind: "date"; publishedOn: string; dateline?: string; publication?: string }
  | { kind: "publication"; publication: string }
  | { kind: "place"; dateline: string }
  | { kind: "caption" }
  | { kind: "junk" };

export function classifyHeadLine(line: string): HeadLine | null {
  if (JUNK_LINE_RE.test(line)) return { kind: "junk" };
  if (CAPTION_RE.test(line)) return { kind: "caption" };
  if (words(line) <= 16) {
    const by = BYLINE_RE.exec(line);
    if (by) return bylineOf(by[1], by[2], by[3] ? parseDateString(by[3]) : null);
    if (NAME_LIST_RE.test(line) && !/\bwith\b/.test(line.split(/\s+/)[0])) return bylineOf(line);
    const withAgency = /^(.+?)\s+with\s+(.+)$/i.exec(line);
    if (withAgency && isMediaName(titleCaseCaps(withAgency[1]))) return bylineOf(line);
  }
  if (words(line) <= 5 && isMediaName(line) && !endsLikeSentence(line)) return { kind: "publication", publication: line };
  if (PLACE_LINE_RE.test(line)) return { kind: "place", dateline: titleCase(line.replace(/:$/, "")) };
  const date = words(line) <= 16 ? parseDateString(line) : null;
  if (date && lineParts(line).every((part) => words(dateResidue(part)) <= 3 || isMediaName(part) || JUNK_LINE_RE.test(part))) return dateLine(line, date);
  return null;
}

/** "Mar 5th 2026|BERLIN|4 min read", "TOI Desk / Updated: Sep 03, 2025": the fields of a date line. */
const lineParts = (line: string) => line.split(/\s*\|\s*|\s+\/\s+/).map((p) => p.trim()).filter(Boolean);

/** What is left of a date line without its date, times, zones and labels: a place at most. */
function dateResidue(s: string): string {
  return s
    .replace(new RegExp(DATE_RE.source, "gi"), " ")
    .replace(/\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?/gi, " ")
    .replace(/\b(?:GMT|UTC|IST|CET|CEST|EET|EEST|MSK|BST|EST|EDT|PST|PDT|CST|CDT|TRT|JST|KST|HKT)(?:[+-]\d{1,2})?/g, " ")
    .replace(/\b(?:published|updated|last|posted|issued|modified|on|at|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?/gi, " ")
    .replace(/T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g, " ")
    .replace(/[|•,:\-–—]/g, " ");
}

function bylineOf(raw: string, place?: string, publishedOn?: string | null): HeadLine {
  // "Aurélie Pugnet | Euractiv", "Svitlana Vlasova and Christian Edwards, CNN": the outlet closes the byline.
  const outlet = /^(.+?)\s*(?:\||,)\s*([^,|]+)$/.exec(clean(raw));
  if (outlet && isMediaName(outlet[2]) && !/\bwith\b/i.test(outlet[1])) {
    const inner = bylineOf(outlet[1], place, publishedOn);
    return inner.kind === "byline" ? { ...inner, publication: outlet[2] } : inner;
  }
  let author = titleCaseCaps(clean(raw));
  let dateline = place ? clean(place) : undefined;
  // With several authors a trailing "in Kyiv" says where the last one is; with one it is the dateline.
  if (dateline && /,|\band\b|\bwith\b/i.test(author)) {
    author = `${author} in ${dateline}`;
    dateline = undefined;
  }
  const agency = /^(.+?)\s+with\s+/i.exec(author);
  const publication = agency && isMediaName(agency[1]) ? agency[1] : undefined;
  return { kind: "byline", author, dateline, publishedOn, publication };
}

/** "World News | Press Trust of India | Updated: …", "New Delhi, December 5, 2025". */
function dateLine(line: string, publishedOn: string): HeadLine {
  const named = lineParts(line).filter((p) => !parseDateString(p));
  const publication = named.find((p) => MEDIA_NAMES.has(p.toLowerCase())) ?? named.find(isMediaName);
  const place = /^([\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?),\s/u.exec(line)?.[1] ?? named.find((p) => /^[\p{Lu}][\p{Lu}'-]{2,}(?:\s[\p{Lu}][\p{Lu}'-]+)?$/u.test(p) && !isMediaName(p));
  const dateline = place && monthIndex(place) < 0 && !/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Published|Updated|Issued)/i.test(place) ? titleCase(place) : undefined;
  return { kind: "date", publishedOn, dateline, publication };
}

/** Index of the first body line: after the last line of the page head (byline, date, publication, place, caption). */
function headEnd(kinds: (HeadLine | null)[], lines: string[]): number {
  const strong = lastStrongHeadLine(kinds, lines);
  if (strong >= 0) {
    let end = strong + 1;
    while (end < kinds.length && kinds[end] && kinds[end]!.kind !== "byline" && kinds[end]!.kind !== "date") end++;
    return end;
  }
  let end = 0;
  let plain = 0;
  let meta = false;
  for (const [i, k] of kinds.entries()) {
    if (k) {
      end = i + 1;
      meta ||= k.kind !== "caption" && k.kind !== "junk";
      continue;
    }
    // Headline, repeated headline and standfirst come before the byline and date; the body after them.
    if (meta || ++plain > 3) break;
  }
  return end;
}

/**
 * The last byline or date line of the head, when navigation, kickers, a headline, a standfirst and captions
 * come before it ("Skip to main content / FRANCE 24 / Europe / headline / standfirst / Issued on: … / By: …").
 * More than two paragraphs of prose before it mean it sits in the body.
 */
function lastStrongHeadLine(kinds: (HeadLine | null)[], lines: string[]): number {
  let last = -1;
  let prose = 0;
  for (const [i, k] of kinds.entries()) {
    if (!k && endsLikeSentence(lines[i]) && ++prose > 2) break;
    if (k && (k.kind === "byline" || k.kind === "date")) last = i;
  }
  return last;
}

/** Navigation and section words ("Live", "Europe", "War in Ukraine") above a longer headline line. */
function dropNavLines(plain: string[]): string[] {
  const isNav = (l: string) => words(l) <= 3 && !endsLikeSentence(l) && !/["“”]/.test(l);
  const headline = plain.findIndex((l) => !isNav(l) && !endsLikeSentence(l));
  return headline > 0 ? [...plain.slice(0, headline).filter((l) => !isNav(l)), ...plain.slice(headline)] : plain;
}

/** Headline lists under "Related" / tags under "Keywords": dropped up to the next sentence. */
function dropLinkLists(body: string[]): string[] {
  const out: string[] = [];
  let inList = false;
  for (const p of body) {
    if (LIST_INTRO_RE.test(p)) {
      inList = true;
      continue;
    }
    if (inList && !endsLikeSentence(p) && words(p) <= 16) continue;
    inList = false;
    out.push(p);
  }
  return out;
}

export function parseArticle(raw: string, opts: { title?: string | null } = {}): ParsedArticle {
  const lines = joinLabelLines(raw.replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ").split("\n").map((l) => l.trim()).filter(Boolean));
  const meta: Omit<ParsedArticle, "body"> = { title: opts.title ? clean(opts.title) : null, standfirst: null, author: null, dateline: null, publishedOn: null, publication: null };
  const kinds = lines.map((l, i) => (i < 14 ? classifyHeadLine(l) : null));
  const end = headEnd(kinds, lines);
  let body: string[];
  if (end > 0) {
    readHead(lines.slice(0, end), kinds.slice(0, end), meta);
    body = lines.slice(end);
  } else body = untitledHead(lines, meta);

  body = dropLinkLists(body).filter((p) => !JUNK_LINE_RE.test(p) && !CAPTION_RE.test(p) && !TRAILER_RE.test(p));
  if (!meta.publishedOn) body = takeStrayDateLine(body, meta);
  while (body.length && words(body[body.length - 1]) <= 2 && !endsLikeSentence(body[body.length - 1])) body.pop();
  if (body.length) body[0] = stripDateline(body[0], meta);
  const ambiguous = [...lines.slice(0, end), ...lines.slice(-4)].find((l) => parseDateString(l) === meta.publishedOn && isAmbiguousNumeric(l));
  if (ambiguous && meta.publication && MONTH_FIRST_OUTLETS.test(meta.publication)) meta.publishedOn = parseDateString(ambiguous, { monthFirst: true });
  return { ...meta, body: body.join("\n\n") };
}

/** "Issued on:" / "Published" alone on a line labels the date on the next one. */
function joinLabelLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && /^(?:issued|published|updated|posted|modified|last updated|date)(?:\s+on)?:?$/i.test(prev)) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

/** A date line that sits below a caption or a "Read also" line, or closes the page: the publication date. */
function takeStrayDateLine(body: string[], meta: Omit<ParsedArticle, "body">): string[] {
  const candidates = [...body.keys()].filter((i) => i < 6 || i >= body.length - 3);
  const at = candidates.find((i) => classifyHeadLine(body[i])?.kind === "date");
  if (at === undefined) return body;
  const k = classifyHeadLine(body[at]) as Extract<HeadLine, { kind: "date" }>;
  meta.publishedOn = k.publishedOn;
  if (k.publication) meta.publication ??= k.publication;
  return body.filter((_, i) => i !== at);
}

function readHead(head: string[], kinds: (HeadLine | null)[], meta: Omit<ParsedArticle, "body">) {
  const plain: string[] = [];
  head.forEach((line, i) => {
    const k = kinds[i];
    if (!k) return plain.push(clean(line));
    if (k.kind === "byline") {
      meta.author ??= k.author;
      if (k.dateline) meta.dateline ??= k.dateline;
      if (k.publishedOn) meta.publishedOn ??= k.publishedOn;
      if (k.publication) meta.publication ??= titleCaseCaps(k.publication);
    } else if (k.kind === "date") {
      meta.publishedOn ??= k.publishedOn;
      if (k.dateline) meta.dateline ??= k.dateline;
      if (k.publication) meta.publication ??= k.publication;
    } else if (k.kind === "publication") meta.publication ??= outletName(k.publication);
    else if (k.kind === "place") meta.dateline ??= k.dateline;
  });
  const texts = dropNavLines(plain);
  if (!texts.length) return;
  // A section kicker ("Europe | Arms for Ukraine") sits above the headline.
  if (texts.length > 1 && /\S\s*\|\s*\S/.test(texts[0]) && words(texts[0]) <= 8 && !endsLikeSentence(texts[0])) texts.shift();
  // The headline is the line right above the standfirst; kickers ("Interview with …") come before it.
  const standfirstAt = texts.findIndex((l, i) => i > 0 && words(l) >= 12 && endsLikeSentence(l));
  if (standfirstAt > 1) texts.splice(0, standfirstAt - 1);
  const headline = texts.shift()!;
  meta.title ??= headline;
  // Pages often repeat the headline, sometimes truncated.
  const rest = texts.filter((l) => !(headline.startsWith(l.replace(/[.…]+$/, "")) && l.length <= headline.length));
  if (!rest.length) return;
  let standfirst = rest.join(" ");
  // Photo credit "… / bne IntelliNews" names the publication.
  const credit = /\s+\/\s+([^/]{2,60})$/.exec(standfirst);
  if (credit) {
    meta.publication ??= credit[1].trim();
    standfirst = standfirst.slice(0, credit.index).trim();
  }
  meta.standfirst = standfirst;
}

/** No page head: the first line is the headline when it does not read as a body sentence. */
function untitledHead(lines: string[], meta: Omit<ParsedArticle, "body">): string[] {
  const first = lines[0] ?? "";
  if (first && meta.title && clean(first) === meta.title) return lines.slice(1);
  if (first && !meta.title && lines.length > 1 && !endsLikeSentence(first) && words(first) <= 25) {
    meta.title = clean(first);
    return lines.slice(1);
  }
  return lines;
}

/** Strips an agency dateline from the first paragraph, recording place and agency. */
function stripDateline(first: string, meta: Omit<ParsedArticle, "body">): string {
  const agency = AGENCY_PREFIX_RE.exec(first);
  if (agency && (/^[\p{Lu}\s.'-]+$/u.test(agency[1]) || isMediaName(agency[2]) || /^[\p{Lu}]{2,6}$/u.test(agency[2]))) {
    meta.dateline ??= titleCase(agency[1].trim());
    meta.publication ??= agency[2].trim();
    return first.slice(agency[0].length);
  }
  const slash = SLASH_AGENCY_RE.exec(first);
  if (slash) {
    meta.dateline ??= titleCase(slash[1].trim());
    meta.publication ??= slash[2].trim();
    return first.slice(slash[0].length);
  }
  const city = CITY_COUNTRY_RE.exec(first);
  if (city && STATE_NAMES.has(city[2])) {
    meta.dateline ??= city[1];
    return first.slice(city[0].length);
  }
  const plain = PLAIN_DATELINE_RE.exec(first);
  if (plain) {
    meta.dateline ??= titleCase(plain[1].trim());
    if (plain[2]) meta.publication ??= plain[2].trim();
    return first.slice(plain[0].length);
  }
  return first;
}

/** "DER SPIEGEL International" -> "DER SPIEGEL": a known outlet without its edition word. */
function outletName(s: string): string {
  const base = s.trim().replace(/\s+(?:Europe|World(?:-Japan)?|International|Online|English|Global|Digital|UK|US)$/i, "");
  return base !== s.trim() && isKnownMedia(base) && !isKnownMedia(s.trim()) ? base : s.trim();
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());
}

/** "Marc JOURDIER" -> "Marc Jourdier", "DAILY SABAH WITH AA" -> "Daily Sabah with AA": capitals-only words longer than an acronym. */
function titleCaseCaps(s: string): string {
  return s.replace(/\p{L}[\p{L}'’-]*/gu, (w) => {
    if (w === "WITH" || w === "AND" || w === "IN") return w.toLowerCase();
    if (w === w.toUpperCase() && w.length > 3) return titleCase(w);
    return w;
  });
}
