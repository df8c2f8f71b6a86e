/**
 * Regional and city authorities printed in lower case: "the Donetsk regional military administration", "Krasnodar region
 * authorities", "Hrubieszów county authorities",
 * "Krasnodar regional authorities", "the Sumy city council", "the Kharkiv regional prosecutor's office". Each is a government actor named as printed, so
 * "the regional administration said" finds it later. (Capitalised ones, "Kherson Oblast Military
 * Administration", are organisation names found by the capitalised-run steps.)
 */
import { DAY_NAMES, MONTH_NAMES, NON_NAME_WORDS } from "../gazetteer";
import { lexiconTag } from "../nlp";
import type { Registry } from "./registry";
import { capitalFirst } from "../capital-first";
import { BODY_NOT_ACTING_BEFORE } from "./local-bodies";

const REGIONAL = capitalFirst(/(?<![\p{L}-])(\p{Lu}[\p{L}-]+)\s+((?:regional|region|oblast|city|district|municipal|county)\s+(?:military\s+|state\s+)?(?:administration|authorities|council|government|prosecutor['’]s office|police|court))(?![\p{L}])/gu);

export function regionalBodies(r: Registry): void {
  if (!/\b(?:regional|region|oblast|city|district|municipal|county)\s/.test(r.text)) return;
  for (const m of r.text.matchAll(REGIONAL)) {
    // "Kovalenko city council" would be a person's surname, not a place.
    if (r.byForm.get(m[1])?.kind === "person" || NON_NAME_WORDS.has(m[1])) continue;
    const name = `${m[1]} ${m[2]}`;
    if (!r.byForm.has(name)) r.addForm(r.ensure(name, "government"), name);
  }
}

/**
 * "the regional military administration", "the regional government", "the regional prosecutor's office": one body, no
 * region printed ("regional authorities" may be any of several).
 */
const BARE_REGIONAL = /(?<![\p{L}-])(?:([Tt]he|[Aa]ccording to)\s+)?(regional\s+(?:(?:(?:military|state)\s+)?administration|government|police|health (?:department|ministry)|prosecutor['’]s office))(?![\p{L}-])/gu;
/** "the Sumy region", "Kharkiv Oblast", "Zaporizhzhia's regional": the region a regional body serves. */
const REGION_NAMED = capitalFirst(/(?<![\p{L}-])(\p{Lu}[\p{L}-]+)(?:['’]s)?\s+(?:region|oblast|Oblast|Region|regional)(?![\p{L}])/gu);
/** What every match of REGION_NAMED holds: a fast test that spares the slower scan an article naming no region. */
const MENTIONS_REGION = /[Rr]egion|[Oo]blast/;

/**
 * "according to the regional military administration", "the regional administration ordered": a regional body printed
 * without its region serves the region named last before it ("Sumy regional military administration"); the region's
 * body already named ("the Sumy regional military administration … the regional administration") is the same body.
 * With no region named before it, it is left alone, and so is "the head of the regional administration, X" (X speaks).
 */
export function bareRegionalBodies(r: Registry): void {
  if (!/\bregional\s/.test(r.text)) return;
  const regions = regionsNamed(r);
  const governments = [...r.actors.values()].filter((a) => a.kind === "government");
  for (const m of r.text.matchAll(BARE_REGIONAL)) {
    // "Lviv regional military administration": printed with its place, found by regionalBodies.
    if (!m[1] && /\p{Lu}[\p{L}-]*\s+$/u.test(r.text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (BODY_NOT_ACTING_BEFORE.test(r.text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const region = placeOpeningSentence(r, m.index) ?? lastRegionBefore(r, regions, m.index);
    if (!region) continue;
    // "the regional police" is not the region's administration: the same region's body of the same kind.
    const head = m[2].split(/\s+/).pop()!;
    const sameRegion = governments.find((a) => a.name.toLowerCase().startsWith(`${region.toLowerCase()} regional`) && a.name.endsWith(head));
    const name = `${region} ${m[2]}`;
    const a = sameRegion ?? r.byForm.get(name) ?? r.ensure(name, "government");
    if (a.kind === "government" && !governments.includes(a)) governments.push(a);
    r.addForm(a, a.name);
    // The words as printed find the body's mentions; they name it only in this article.
    r.addLocalForm(a, m[2]);
  }
}

/** "In Ternopil, " opening a sentence: the place it tells of. */
const OPENING_PLACE = /(?:^|[.!?]["”’]?\s+)In\s+(\p{Lu}[\p{Ll}-]+)(?:\s+(?:city|region|oblast))?,\s[^.!?]*$/u;

/**
 * "In Ternopil, an energy facility was damaged, according to the regional administration": the place a sentence opens
 * with is the region whose body reports on it; not a state ("In Ukraine, …") or a month ("In March, …").
 */
function placeOpeningSentence(r: Registry, at: number): string | null {
  const paragraph = r.text.lastIndexOf("\n", at) + 1;
  const place = OPENING_PLACE.exec(r.text.slice(paragraph, at))?.[1];
  if (!place || NON_NAME_WORDS.has(place) || MONTH_NAMES.test(place) || DAY_NAMES.test(place) || r.stateOfDemonym.has(place) || r.byForm.has(place) || r.gazForm.has(place)) return null;
  // A word the lexicon knows is a place's ("City", "Region") or nothing of its own ("In Addition," is no place).
  const tag = lexiconTag(place);
  return !tag || /^(?:City|Region|Place)$/.test(tag) ? place : null;
}

/** The regions the article names ("the Sumy region"): not a state, a person or another actor's name. */
function regionsNamed(r: Registry): RegExpExecArray[] {
  if (!MENTIONS_REGION.test(r.text)) return [];
  return [...r.text.matchAll(REGION_NAMED)].filter((m) => {
    const w = m[1];
    return !NON_NAME_WORDS.has(w) && !r.stateOfDemonym.has(w) && !r.byForm.has(w) && !r.gazForm.has(w);
  });
}

/**
 * The region named last before `at` in its paragraph, else the article's one region named anywhere: a live page's
 * regions change from paragraph to paragraph.
 */
function lastRegionBefore(r: Registry, regions: RegExpExecArray[], at: number): string | null {
  const paragraph = r.text.lastIndexOf("\n", at) + 1;
  const near = regions.filter((m) => m.index >= paragraph && m.index < at).pop();
  if (near) return near[1];
  const named = new Set(regions.map((m) => m[1]));
  return named.size === 1 ? [...named][0] : null;
}
