/**
 * Datelines the agency patterns of parse-article.ts do not cover, and what stands between the head and the dateline:
 * "KHARKIV REGION. The minibus…", "Berlin. The government…", "Vienna – The court…" (a known city in mixed case), "NEAR KOSTIANTYNIVKA, Ukraine –",
 * and a photo caption printed above the dateline paragraph ("… in Riyadh on Tuesday. (SPA)", "… (Sean Gallup/Getty
 * Images)", "… on Wednesday. — AFP").
 */
import { datelineDay } from "./dateline-date";
import { GAZETTEER } from "./gazetteer";
import { lexiconTag } from "./nlp";
import { MONTH_RE } from "./page-dates";
import { titleCase } from "./parse-article-byline";

const STATE_NAMES = new Set(GAZETTEER.filter((e) => e.kind === "state").flatMap((e) => e.forms.map((f) => f.toLowerCase())));
const CAPITALS = new Set(GAZETTEER.flatMap((e) => (e.kind === "state" ? (e.metonyms ?? []).map((m) => m.toLowerCase()) : [])));

/** A place name by what the page and the lexicon know: a state, a capital or a city (not "Global", "The Scoop"). */
export function isKnownPlace(name: string): boolean {
  const n = name.toLowerCase().replace(/^near\s+/, "");
  return STATE_NAMES.has(n) || CAPITALS.has(n) || /^(?:City|Country|Place|Region)$/.test(lexiconTag(n) ?? "");
}

/** "Belgrade", "Kyiv": a capital or a city the lexicon knows (a country alone on a line is usually a section). */
export const isCityName = (name: string) => CAPITALS.has(name.toLowerCase()) || lexiconTag(name.toLowerCase()) === "City";

/** "GLOBAL", "THE SCOOP", "Commodity": a line of ordinary words the lexicon knows as such, not a place. */
export function isOrdinaryWords(line: string): boolean {
  const ws = line.toLowerCase().replace(/:$/, "").split(/\s+/);
  if (isKnownPlace(ws.join(" "))) return false;
  const tag = (w: string) => lexiconTag(w) ?? "";
  return /^(?:Determiner|Preposition|Conjunction)$/.test(tag(ws[0])) || (ws.length === 1 && tag(ws[0]) !== "" && !/City|Country|Place/.test(tag(ws[0])));
}

/** "KHARKIV REGION. ", "Vienna – ", "NEAR KOSTIANTYNIVKA, Ukraine – ": the place and the length of the dateline. */
export function extraDateline(first: string): { dateline: string; length: number } | null {
  const capsPeriod = /^([\p{Lu}][\p{Lu}'-]{2,}(?:\s[\p{Lu}][\p{Lu}'-]+){0,2})\.\s+(?=[\p{Lu}"“])/u.exec(first);
  if (capsPeriod && !isOrdinaryWords(capsPeriod[1])) return { dateline: titleCase(capsPeriod[1]), length: capsPeriod[0].length };
  // "Berlin. The government …": German and Austrian papers print the city in mixed case before a full stop.
  const cityPeriod = /^([\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+)?)\.\s+(?=[\p{Lu}"“„])/u.exec(first);
  if (cityPeriod && isCityName(cityPeriod[1])) return { dateline: cityPeriod[1], length: cityPeriod[0].length };
  const near = /^NEAR\s+([\p{Lu}][\p{Lu}'-]{2,}(?:\s[\p{Lu}][\p{Lu}'-]+)?)(?:,\s+[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?)?\s*(?:--|[—–-])\s+/u.exec(first);
  if (near) return { dateline: titleCase(near[1]), length: near[0].length };
  const city = /^([\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+)?)\s+(?:--|[—–])\s+(?=[\p{Lu}"“])/u.exec(first);
  if (city && isKnownPlace(city[1])) return { dateline: city[1], length: city[0].length };
  return null;
}

/** "… (SPA)", "… in Kyiv. (Harbour Drones)", "… on Monday. Anna Koval/Harbour Wire", "… (Sean Gallup/Getty Images)", "… on Wednesday. — AFP", "… Photo: BIRN": a photo credit closes the line. */
const PHOTO_CREDIT_RE = /\.\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\s*\/\s*\p{Lu}[^/.]{1,40}$|\.\s+\(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\)\s*$|\((?:[^()]{2,60}\/[^()]{2,60}|\p{Lu}{2,6}|[^()]{0,40}\b(?:for|via)\s+[^()]{2,40})\)\s*$|\s[—–-]\s*(?:AFP|AP|Reuters|EPA|AA|PTI|ANI|Xinhua|TASS|Anadolu|Getty Images)\s*$|\b(?:Photo|Image|Credit|Photograph|Illustration|Source)s?:\s/u;

/** A caption above the dateline paragraph: a line ending in a photo credit. */
export const isCreditedCaption = (line: string) => PHOTO_CREDIT_RE.test(line);

const DAY_FIRST_RE = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_RE})`, "i");

/** "KYIV, 12 May (AFP)" -> "05-12": a wire dateline's day, printed month or day first. */
export function wireDay(dateline: string): string | null {
  const dayFirst = DAY_FIRST_RE.exec(dateline);
  return datelineDay(dayFirst ? `${dayFirst[2]} ${dayFirst[1]}` : dateline);
}
