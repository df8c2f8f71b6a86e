/**
 * The dateline that opens the body: a line of its own above the lead ("Sofia, November 6 (BTA correspondent …)"), or
 * the head of the first paragraph ("KYIV, Ukraine (AP) —", "MOSCOW, Sept 3 (Reuters) -", "(ANSA) - ROME, MAR 17 -",
 * "KYIV: …"). Each form has a reader; the first that matches says what the dateline tells and how long it is.
 */
import type { ParsedArticle } from "./parse-article";
import { KICKER_WORDS_RE, titleCase } from "./parse-article-byline";
import { creditedDatelineLine, extraDateline, isOrdinaryWords, wireDateline, wireDay } from "./parse-article-dateline";
import { isMediaName, isWireAgency, WIRE_AGENCY_SHORT } from "./parse-article-outlet";
import { isStateName } from "./gazetteer";
import { DATE_RE, MONTH_RE, parseDateString } from "./page-dates";

type Meta = Omit<ParsedArticle, "body">;

/** "May 12", "12 May", "12 MAY 2026": the day of a wire dateline, month or day first, maybe with its year. */
const WIRE_DAY = `(?:(?:${MONTH_RE}|${MONTH_RE.toUpperCase()})\\s+\\d{1,2}|\\d{1,2}\\s+(?:${MONTH_RE}|${MONTH_RE.toUpperCase()}))(?:,?\\s+\\d{4})?`;
const WIRE_DAY_RE = new RegExp(WIRE_DAY, "u");
/** "KYIV, Ukraine (AP) —", "BRUSSELS, Dec 18 (Reuters) -", "NEW DELHI, Aug 22 (PTI):", "Kyiv (AFP) –". */
const AGENCY_PREFIX_RE = new RegExp(
  `^([\\p{Lu}][\\p{L} .'/-]{1,40}?)(?:,\\s+[\\p{Lu}][\\p{L} .'-]{1,30}?)?(?:[.,]?\\s+${WIRE_DAY})?\\s+\\(([^)]{2,40})\\)\\.?\\s*(?:--|[-–—:])\\s*`,
  "u",
);
/** "NEW DELHI, Aug 22 (PTI) India on Friday…": Indian agencies print no dash after a wire agency's name. */
const UNDASHED_AGENCY_RE = new RegExp(`^([\\p{Lu}][\\p{Lu} .'-]{1,30}?)(?:,\\s+${WIRE_DAY})?\\s+\\((${WIRE_AGENCY_SHORT})\\)\\s+(?=[\\p{Lu}"“])`, "u");
/** "New Delhi, Aug 22 (PTI) India on Friday…": the place in mixed case, so the day must follow it. */
const UNDASHED_MIXED_CASE_RE = new RegExp(`^([\\p{Lu}][\\p{Ll}]+(?:\\s[\\p{Lu}][\\p{Ll}]+)?),\\s+${WIRE_DAY}\\s+\\((${WIRE_AGENCY_SHORT})\\)\\s+(?=[\\p{Lu}"“])`, "u");
/** "(ANSA) - ROME, MAR 17 - ": the agency first, then the place and a day without a year. */
const AGENCY_FIRST_RE = new RegExp(`^\\(([\\p{Lu}][\\p{L}&/-]{1,20})\\)\\s*(?:--|[-–—])\\s*([\\p{Lu}][\\p{Lu} .'-]{1,30}?),\\s+(?:${MONTH_RE}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_RE})\\s*(?:--|[-–—])\\s+`, "iu");
/** "MOSCOW, November 27. /TASS/.", "Kyiv, 12 May 2026 /Ukrinform/.", "Bucharest, Nov 6 /Agerpres/ - " */
const SLASH_AGENCY_RE = new RegExp(`^([\\p{Lu}][\\p{L} .'-]{1,40}),\\s+${WIRE_DAY}\\.?\\s+/([^/]{2,30})/\\.?\\s*(?:(?:--|[-–—])\\s+)?`, "u");
/** "ANKARA - ", "KYIV (Ukrinform) — ", "ROME, 12 MAY - " */
const PLAIN_DATELINE_RE = new RegExp(`^([\\p{Lu}][\\p{Lu}'-]{2,}(?:\\s[\\p{Lu}][\\p{Lu}'-]+)?)(?:,\\s+${WIRE_DAY})?\\s*(?:\\(([^)]{2,40})\\))?\\s*(?:--|[-–—])\\s+`, "u");
/** "(CNN) — ": the outlet alone opens the first paragraph. */
const OUTLET_DATELINE_RE = /^\(([\p{Lu}][\p{L}&/-]{1,20}(?:\s[\p{Lu}][\p{L}-]+)?)\)\s*(?:--|[-–—])\s+/u;
/** "KYIV: A Russian missile…", "New Delhi: External affairs minister…" (not "Exclusive:", "Analysis:"). */
const COLON_DATELINE_RE = /^([\p{Lu}][\p{Lu}'-]{2,}(?:\s[\p{Lu}][\p{Lu}'-]+)?|[\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+)?):\s+(?=[\p{Lu}"“])/u;
/** "Vilnius, 3 March 2026 — ", "Baku, 12 May 2026, 14:05 – ": a place and the date (and time) before a dash. */
const CITY_DATE_RE = new RegExp(`^([\\p{Lu}][\\p{L}.'-]+(?:\\s[\\p{Lu}][\\p{L}.'-]+)?),\\s+(${DATE_RE.source})(?:,?\\s+\\d{1,2}[:.]\\d{2})?\\s*(?:--|[—–-])\\s+`, "iu");
/** "Kyiv, Ukraine — ", "Kyiv, Ukraine: ": a city and its country, mixed case, before a dash or a colon. */
const CITY_COUNTRY_RE = /^([\p{Lu}][\p{L}.'-]+(?:\s[\p{Lu}][\p{L}.'-]+)?),\s+([\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?)(?:\s+(?:--|[—–-])|:)\s+/u;

/** "KYIV: A Russian missile…", not "Commodity: Agriculture, Shipping" (no sentence follows) or "Analysis: …". */
function colonDateline(first: string): RegExpExecArray | null {
  const colon = COLON_DATELINE_RE.exec(first);
  if (!colon || KICKER_WORDS_RE.test(colon[1]) || isMediaName(colon[1]) || isOrdinaryWords(colon[1])) return null;
  const rest = first.slice(colon[0].length).split(/\s+/).slice(0, 6);
  return rest.some((w) => /^\p{Ll}{3,}/u.test(w)) ? colon : null;
}

/** Any dateline form stripDateline reads. */
export const opensWithAnyDateline = (line: string) =>
  opensWithDateline(line) || PLAIN_DATELINE_RE.test(line) || !!colonDateline(line) || !!extraDateline(line) || (CITY_COUNTRY_RE.exec(line)?.[2] ?? "") !== "" && isStateName(titleCase(CITY_COUNTRY_RE.exec(line)![2]), true);

export const opensWithDateline = (line: string) => [AGENCY_FIRST_RE, AGENCY_PREFIX_RE, UNDASHED_AGENCY_RE, UNDASHED_MIXED_CASE_RE, SLASH_AGENCY_RE, CITY_DATE_RE, OUTLET_DATELINE_RE].some((re) => re.test(line));

/** "Sofia, November 6 (BTA correspondent Anna Koval)" alone above the lead: place, day, agency and author, then the line goes. */
export function takeDatelineLine(body: string[], meta: Meta): string[] {
  const line = creditedDatelineLine(body[0]);
  if (!line) return body;
  meta.dateline ??= line.dateline;
  meta.datelineDay ??= line.day;
  meta.publication ??= line.publication;
  if (line.author) meta.author ??= line.author;
  return body.slice(1);
}


/** What a dateline says, and how many characters of the paragraph it takes. Only the fields it names are set. */
export interface Dateline {
  length: number;
  dateline?: string | null;
  datelineDay?: string | null;
  publishedOn?: string | null;
  publication?: string | null;
  /** An agency only the loosest grammar reads (./parse-article-dateline.ts's wireDateline): the weakest sign of the outlet. */
  weakPublication?: string;
}

/** "(ANSA) - ROME, MAR 17 - ". */
function agencyFirst(first: string): Dateline | null {
  const m = AGENCY_FIRST_RE.exec(first);
  return m && { length: m[0].length, datelineDay: wireDay(m[0]), dateline: titleCase(m[2].trim()), publication: m[1] };
}

/**
 * "KYIV, Ukraine (AP) —": a place in capitals, or a bracketed name that is an outlet, an agency or an acronym;
 * "Tashkent, Uzbekistan (HarbourDaily.com) --", "Tbilisi, May 12, 2026 (Harbour Wire) —": a web host or a day before the
 * bracketed name makes it a wire dateline too.
 */
function agencyPrefix(first: string): Dateline | null {
  const m = AGENCY_PREFIX_RE.exec(first);
  const wireShaped = (x: RegExpExecArray) => /\.(?:com|org|net|[a-z]{2})$/.test(x[2]) || WIRE_DAY_RE.test(x[0]);
  if (!m || !(/^[\p{Lu}\s.'-]+$/u.test(m[1]) || isMediaName(m[2]) || /^[\p{Lu}]{2,6}$/u.test(m[2]) || isWireAgency(m[2]) || wireShaped(m))) return null;
  return { length: m[0].length, datelineDay: wireDay(m[0]), publishedOn: parseDateString(m[0]), dateline: titleCase(m[1].trim().replace(/[.,]$/, "")), publication: m[2].trim() };
}

/** "NEW DELHI, Aug 22 (PTI) India on Friday…", "New Delhi, Aug 22 (PTI) India on Friday…". */
function undashedAgency(first: string): Dateline | null {
  const m = UNDASHED_AGENCY_RE.exec(first);
  if (m) return { length: m[0].length, datelineDay: wireDay(m[0]), dateline: titleCase(m[1].trim()), publication: m[2] };
  // "New Delhi, Aug 22 (PTI)" under a paper's masthead: the agency is the outlet only when nothing else names one.
  const mixed = UNDASHED_MIXED_CASE_RE.exec(first);
  return mixed && { length: mixed[0].length, datelineDay: wireDay(mixed[0]), dateline: mixed[1], weakPublication: mixed[2] };
}

/** "MOSCOW, November 27. /TASS/.". */
function slashAgency(first: string): Dateline | null {
  const m = SLASH_AGENCY_RE.exec(first);
  return m && { length: m[0].length, datelineDay: wireDay(m[0]), publishedOn: parseDateString(m[0]), dateline: titleCase(m[1].trim()), publication: m[2].trim() };
}

/** "Vilnius, 3 March 2026 — ". */
function cityDate(first: string): Dateline | null {
  const m = CITY_DATE_RE.exec(first);
  return m && { length: m[0].length, dateline: m[1], publishedOn: parseDateString(m[2]) };
}

/** "Kyiv, Ukraine — ", "Near Pokrovsk, Ukraine: ": a city and a state. */
function cityCountry(first: string): Dateline | null {
  const m = CITY_COUNTRY_RE.exec(first);
  return m && isStateName(titleCase(m[2]), true) ? { length: m[0].length, dateline: titleCase(m[1]).replace(/^Near\s+/, "") } : null;
}

/** "ANKARA - ", "KYIV (Ukrinform) — ", "ROME, 12 MAY - ". */
function plainDateline(first: string): Dateline | null {
  const m = PLAIN_DATELINE_RE.exec(first);
  if (!m) return null;
  return { length: m[0].length, datelineDay: wireDay(m[0]), publishedOn: parseDateString(m[0]), dateline: titleCase(m[1].trim()), ...(m[2] ? { publication: m[2].trim() } : {}) };
}

/** "(CNN) — ". */
function outletDateline(first: string): Dateline | null {
  const m = OUTLET_DATELINE_RE.exec(first);
  return m && { length: m[0].length, publication: m[1] };
}

/** The forms ./parse-article-dateline.ts reads ("Baku, November 6, HARBOURPRESS"). */
function extraForm(first: string): Dateline | null {
  const m = extraDateline(first);
  return m && { length: m.length, dateline: m.dateline, ...(m.publication ? { publication: m.publication } : {}) };
}

/** The looser wire grammar of ./parse-article-dateline.ts. */
function wireForm(first: string): Dateline | null {
  const m = wireDateline(first);
  if (!m) return null;
  return { length: m.length, dateline: m.dateline, datelineDay: m.day, ...(m.dayText ? { publishedOn: parseDateString(m.dayText) } : {}), ...(m.publication ? { weakPublication: m.publication } : {}) };
}

/** "KYIV: A Russian missile…". */
function colonForm(first: string): Dateline | null {
  const m = colonDateline(first);
  return m && { length: m[0].length, dateline: titleCase(m[1]) };
}

/** The dateline readers, strongest first. */
const READERS = [agencyFirst, agencyPrefix, undashedAgency, slashAgency, cityDate, cityCountry, plainDateline, outletDateline, extraForm, wireForm, colonForm];

/** The dateline the first paragraph opens with, read by the first reader that matches; null when it opens with none. */
export function leadDateline(first: string): Dateline | null {
  for (const read of READERS) {
    const d = read(first);
    if (d) return d;
  }
  return null;
}

const FIELDS = ["dateline", "datelineDay", "publishedOn", "publication"] as const;

/** Strips the dateline from the first paragraph, recording what it says where the head has not said it already. */
export function stripDateline(first: string, meta: Meta, weak: { publication?: string }): string {
  const d = leadDateline(first);
  if (!d) return first;
  for (const f of FIELDS) if (f in d) meta[f] ??= d[f] ?? null;
  if (d.weakPublication) weak.publication ??= d.weakPublication;
  return first.slice(d.length);
}
