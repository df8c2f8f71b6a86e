/**
 * Datelines the agency patterns of parse-article.ts do not cover, and what stands between the head and the dateline:
 * "KHARKIV REGION. The minibus…", "ASTANA. KAZINFORM – The president…", "Berlin. The government…", "Vienna – The court…" (a known city in mixed case), "NEAR KOSTIANTYNIVKA, Ukraine –",
 * and a photo caption printed above the dateline paragraph ("… in Riyadh on Tuesday. (SPA)", "… (Sean Gallup/Getty
 * Images)", "… on Wednesday. — AFP").
 */
import { DATELINE_CITIES } from "./dateline-cities";
import { datelineDay } from "./dateline-date";
import { GAZETTEER, isStateName } from "./gazetteer";
import { lexiconTag } from "./nlp";
import { MONTH_RE } from "./page-dates";
import { titleCase } from "./parse-article-byline";

const CAPITALS = new Set(GAZETTEER.flatMap((e) => (e.kind === "state" ? (e.metonyms ?? []).map((m) => m.toLowerCase()) : [])));

/** A place name by what the page and the lexicon know: a state, a capital or a city (not "Global", "The Scoop"). */
export function isKnownPlace(name: string): boolean {
  const n = name.toLowerCase().replace(/^near\s+/, "");
  return isStateName(n) || CAPITALS.has(n) || DATELINE_CITIES.has(n) || /^(?:City|Country|Place|Region)$/.test(lexiconTag(n) ?? "");
}

/** "Belgrade", "Kyiv", "Abuja": a capital, a dateline city (./dateline-cities.ts) or a city the lexicon knows (a country alone on a line is usually a section). */
export const isCityName = (name: string) => CAPITALS.has(name.toLowerCase()) || DATELINE_CITIES.has(name.toLowerCase()) || lexiconTag(name.toLowerCase()) === "City";

/** "GLOBAL", "THE SCOOP", "Commodity": a line of ordinary words the lexicon knows as such, not a place. */
export function isOrdinaryWords(line: string): boolean {
  const ws = line.toLowerCase().replace(/:$/, "").split(/\s+/);
  if (isKnownPlace(ws.join(" "))) return false;
  const tag = (w: string) => lexiconTag(w) ?? "";
  return /^(?:Determiner|Preposition|Conjunction)$/.test(tag(ws[0])) || (ws.length === 1 && tag(ws[0]) !== "" && !/City|Country|Place/.test(tag(ws[0])));
}

/** "KHARKIV REGION. ", "Vienna – ", "NEAR KOSTIANTYNIVKA, Ukraine – ": the place and the length of the dateline. */
export function extraDateline(first: string): { dateline: string; length: number; publication?: string } | null {
  // "ASTANA. HARBOURINFORM – ": the place, a full stop and the agency's name in capitals before the dash.
  const capsAgency = /^([\p{Lu}][\p{Lu}'-]{2,}(?:\s[\p{Lu}][\p{Lu}'-]+){0,2})\.\s+(\p{Lu}[\p{Lu}\p{N}-]{1,19})\s*(?:--|[—–-])\s+/u.exec(first);
  if (capsAgency && !isOrdinaryWords(capsAgency[1])) return { dateline: titleCase(capsAgency[1]), length: capsAgency[0].length, publication: capsAgency[2] };
  // "DRUZHKIVKA (Donetsk region). ": the region in brackets after the place; "HARBOURTOWN.– ": a dash after the full stop.
  const capsPeriod = /^([\p{Lu}][\p{Lu}'-]{2,}(?:\s[\p{Lu}][\p{Lu}'-]+){0,2})(?:\s\([\p{L} -]{2,40}\))?\.(?:\s*(?:--|[—–-]))?\s+(?=[\p{Lu}"“])/u.exec(first);
  if (capsPeriod && !isOrdinaryWords(capsPeriod[1])) return { dateline: titleCase(capsPeriod[1]), length: capsPeriod[0].length };
  // "Berlin. The government …": German and Austrian papers print the city in mixed case before a full stop; East
  // African papers too, with a particle inside the name ("Dar es Salaam. Tanzania has …").
  const cityPeriod = /^([\p{Lu}][\p{Ll}]+(?:\s(?:(?:es|de|da|do|al|el)\s)?[\p{Lu}][\p{Ll}]+)?)\.\s+(?=[\p{Lu}"“„])/u.exec(first);
  if (cityPeriod && isCityName(cityPeriod[1])) return { dateline: cityPeriod[1], length: cityPeriod[0].length };
  const near = /^NEAR\s+([\p{Lu}][\p{Lu}'-]{2,}(?:\s[\p{Lu}][\p{Lu}'-]+)?)(?:,\s+[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?)?\s*(?:--|[—–-])\s+/u.exec(first);
  if (near) return { dateline: titleCase(near[1]), length: near[0].length };
  // "Kyiv – ", "Kyiv - ": a known place in mixed case before a dash.
  const city = /^([\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+)?)\s+(?:--|[—–-])\s+(?=[\p{Lu}"“])/u.exec(first);
  if (city && isKnownPlace(city[1])) return { dateline: city[1], length: city[0].length };
  // "KUPIANSK, Kharkiv region – ", "Kupiansk, Kharkiv oblast: ": the place and its region.
  const regional = /^([\p{Lu}][\p{L}'-]+(?:\s[\p{Lu}][\p{L}'-]+)?),\s+\p{Lu}[\p{L}-]+\s+(?:region|oblast|province|district|county)\s*(?:--|[—–:-])\s+(?=[\p{Lu}"“])/u.exec(first);
  if (regional && !isOrdinaryWords(regional[1])) return { dateline: titleCase(regional[1]), length: regional[0].length };
  return null;
}

/** "… (SPA)", "… in Kyiv. (Harbour Drones)", "… on Monday. Anna Koval/Harbour Wire", "… (Sean Gallup/Getty Images)", "… on Wednesday. — AFP", "… Photo: BIRN": a photo credit closes the line. */
const PHOTO_CREDIT_RE = /\.\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\s*\/\s*\p{Lu}[^/.]{1,40}$|\.\s+\(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\)\s*$|\((?:[^()]{2,60}\/[^()]{2,60}|\p{Lu}{2,6}|[^()]{0,40}\b(?:for|via)\s+[^()]{2,40})\)\s*$|\s[—–-]\s*(?:AFP|AP|Reuters|EPA|AA|PTI|ANI|Xinhua|TASS|Anadolu|Getty Images)\s*$|\b(?:Photo|Pic|Image|Credit|Photograph|Illustration|Source)s?:\s/u;

/** A caption above the dateline paragraph: a line ending in a photo credit. */
export const isCreditedCaption = (line: string) => PHOTO_CREDIT_RE.test(line);

const DAY_FIRST_RE = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_RE})`, "i");

/** "KYIV, 12 May (AFP)" -> "05-12": a wire dateline's day, printed month or day first. */
export function wireDay(dateline: string): string | null {
  const dayFirst = DAY_FIRST_RE.exec(dateline);
  return datelineDay(dayFirst ? `${dayFirst[2]} ${dayFirst[1]}` : dateline);
}

/** "Sofia, November 6 (BTA)", "Varna, 6 November (BTA correspondent Anna Koval)": a dateline printed as a line of its own. */
const CREDITED_DATELINE_RE = new RegExp(
  `^([\\p{Lu}][\\p{L}.'-]+(?:\\s[\\p{Lu}][\\p{L}.'-]+)?),\\s+((?:${MONTH_RE})\\s+\\d{1,2}|\\d{1,2}\\s+(?:${MONTH_RE}))\\s+\\((\\p{Lu}[\\p{L}&/-]{1,20})(?:\\s+(?:special\\s+)?(?:correspondent|reporter)\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}))?\\)$`,
  "iu",
);

/** The place, day, agency and reporter of a dateline line, or null for any other line. */
export function creditedDatelineLine(line: string): { dateline: string; day: string | null; publication: string; author: string | null } | null {
  const m = CREDITED_DATELINE_RE.exec(line.trim());
  if (!m) return null;
  return { dateline: m[1], day: wireDay(m[2]), publication: m[3], author: m[4] ?? null };
}

/** "November 6", "6th November", "NOVEMBER 6", "Nov. 06, 2026": the day of a wire dateline, maybe with its year. */
const ANY_MONTH = `${MONTH_RE}|${MONTH_RE.toUpperCase()}`;
const ANY_DAY = `(?:(?:${ANY_MONTH})\\s+\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${ANY_MONTH}))(?:,?\\s+\\d{4})?`;
/**
 * The wire dateline's grammar, for the agencies the fixed patterns of parse-article.ts miss: a place ("BAKU", "New
 * Delhi [India]", "Tehran"), maybe its country, maybe the day, maybe the agency ("(ANI)", ", SPA", " /Agerpres/"),
 * then a dash, colon or full stop ("BAKU, Azerbaijan, November 6. ", "New Delhi [India], November 6 (ANI): ",
 * "Riyadh, November 06, 2026, SPA -- ", "Tehran, IRNA – "). A day or an agency must be printed.
 */
const WIRE_GRAMMAR_RE = new RegExp(
  "^([\\p{Lu}][\\p{L}.'-]+(?:\\s[\\p{Lu}][\\p{L}.'-]+){0,2})(?:\\s*\\[[^\\]]{2,30}\\])?" +
    "(?:,\\s+([\\p{Lu}][\\p{L}]+(?:\\s[\\p{Lu}][\\p{L}]+)?))?" +
    `(?:,?\\s+(${ANY_DAY}))?` +
    "(?:\\s+\\(([\\p{Lu}][\\p{L}&-]{1,20})\\)|,\\s+(\\p{Lu}[\\p{Lu}&-]{1,19})|\\s+/([\\p{Lu}][\\p{L}&-]{1,20})/)?" +
    // "New Delhi, Nov 6 (IANS) India on Thursday …": Indian agencies print no dash after the agency's name.
    "(\\s*(?:--|[-–—:.])\\s+(?=[\\p{Lu}\"“„])|(?<=\\))\\s+(?=[\\p{Lu}\"“])|\\s*$)",
  "u",
);

export interface WireDateline {
  dateline: string;
  length: number;
  day: string | null;
  /** The dateline's date as printed, ordinals dropped ("November 6th, 2026"): a full date when it prints its year. */
  dayText: string | null;
  publication: string | null;
}

/** The wire dateline opening `first` (or standing as the whole line, as "Baku, November 6, AZERTAC" does), or null. */
export function wireDateline(first: string): WireDateline | null {
  const m = WIRE_GRAMMAR_RE.exec(first);
  if (!m) return null;
  const [, place, country, day, paren, caps, slash, end] = m;
  // "KYIV, UKRAINE —": a country in capitals is no agency.
  // "Tehran, IRNA –": a word in capitals after the place that names no country is the agency.
  const capsAfterPlace = country && /^\p{Lu}{2,}$/u.test(country) && !isKnownPlace(country) ? country : undefined;
  const agency = paren ?? slash ?? (caps && !isKnownPlace(caps) ? caps : undefined) ?? (day ? undefined : capsAfterPlace);
  if (!day && !agency) return null;
  // Without a dash only an agency's acronym ("(IANS)") closes the dateline: "MUMBAI (Harbour) Officials met" is a sentence.
  const undashed = !/[-–—:.]/.test(end) && m[0].length < first.length;
  if (undashed && !(paren && /^\p{Lu}{2,}$/u.test(paren))) return null;
  if (capsAfterPlace && agency !== capsAfterPlace) return null;
  // "Kyiv, November 6." ending the line is a date line, not a dateline; a full stop ends a dateline only before the lead.
  if (!end.trim() && !agency) return null;
  if (isOrdinaryWords(place) || (!/^\p{Lu}+(?:\s\p{Lu}+)*$/u.test(place) && !isKnownPlace(place) && !agency)) return null;
  const dayText = day ? day.replace(/(\d)(?:st|nd|rd|th)\b/, "$1") : null;
  return { dateline: titleCase(place), length: m[0].length, day: dayText ? wireDay(dayText) : null, dayText, publication: agency ?? null };
}
