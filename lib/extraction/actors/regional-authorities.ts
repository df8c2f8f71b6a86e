/**
 * A region's authorities printed as a state's authorities placed in a region ("Russian authorities in the Krasnodar
 * region said", "authorities in Belgorod oblast") or as "regional authorities" in a sentence that names the region
 * before them ("… in the Krasnodar region, according to regional authorities"): one government body, the "Krasnodar
 * regional authorities", not the state. "Regional authorities" with no region, or two, in their sentence may be several
 * regions' and are left alone; so are two sides' authorities in one occupied region (each stays its state's).
 */
import { NON_NAME_WORDS } from "../gazetteer";
import { capitalFirst } from "../capital-first";
import type { Registry } from "./registry";

const REGION_WORD = "(?:region|oblast|Oblast|Region|province|krai|Krai)";
/** "Russian authorities in the Krasnodar region", "authorities in Belgorod oblast": the demonym, if any, in m[1], the region in m[2]. */
const AUTHORITIES_IN_REGION = new RegExp(
  `(?<![\\p{L}-])(?:(\\p{Lu}[\\p{L}-]+)\\s+)?authorities\\s+in\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}-]+)\\s+${REGION_WORD}(?![\\p{L}-])`,
  "gu",
);
/** "regional authorities", with "the" or "according to" before it. */
const BARE_REGIONAL_AUTHORITIES = /(?<![\p{L}-])(?:(?:[Tt]he|[Aa]ccording to)\s+)?regional authorities(?![\p{L}-])/gu;
/** "the Krasnodar region", "Belgorod oblast": a region named, its name in m[1]. */
const REGION_NAMED = capitalFirst(new RegExp(`(?<![\\p{L}-])(\\p{Lu}[\\p{L}-]+)\\s+${REGION_WORD}(?![\\p{L}-])`, "gu"));

/** A region's name is no state, demonym, person or other actor's name, and no sentence-opening word ("The"). */
function isRegionName(r: Registry, word: string): boolean {
  return !NON_NAME_WORDS.has(word) && !r.stateOfDemonym.has(word) && r.gazForm.get(word)?.entry.kind !== "state" && !r.byForm.has(word);
}

function regionAuthorities(r: Registry, region: string, printed: string): void {
  const a = r.ensure(`${region} regional authorities`, "government");
  r.addForm(a, a.name);
  r.addLocalForm(a, printed);
}

/** "Russian-installed authorities", "occupation authorities": the text sets two sides' authorities in one region. */
const OCCUPATION_AUTHORITIES = /\b(?:\p{Lu}\p{L}+-installed|occupation|occupying)\s+authorities\b/u;

export function regionalAuthorities(r: Registry): void {
  if (!/authorities/.test(r.text)) return;
  const found = [...r.text.matchAll(AUTHORITIES_IN_REGION)].filter((m) => isRegionName(r, m[2]));
  for (const m of found) {
    // "Kyiv authorities in the Sumy region": only a state's demonym or nothing before "authorities".
    if (m[1] && !r.stateOfDemonym.has(m[1]) && !/^The$/.test(m[1])) continue;
    if (m[1] && r.stateOfDemonym.has(m[1]) && twoSides(r, found, m[2])) continue;
    regionAuthorities(r, m[2], m[0].replace(/^The\s+/, ""));
  }
  for (const m of r.text.matchAll(BARE_REGIONAL_AUTHORITIES)) {
    const sentenceStart = Math.max(r.text.lastIndexOf(". ", m.index) + 2, r.text.lastIndexOf("\n", m.index) + 1);
    const regions = new Set([...r.text.slice(sentenceStart, m.index).matchAll(REGION_NAMED)].filter((x) => isRegionName(r, x[1])).map((x) => x[1]));
    // "Drones struck the Belgorod region and the Kursk region, regional authorities said": whose, is not said.
    if (regions.size === 1) regionAuthorities(r, [...regions][0], m[0].replace(/^(?:[Tt]he|[Aa]ccording to)\s+/, ""));
  }
}

/**
 * "Russian authorities in the Zaporizhzhia region … Ukrainian authorities in the Zaporizhzhia region": an occupied
 * region has two sides' authorities, so each stays with its state rather than merging into one regional body.
 */
function twoSides(r: Registry, found: RegExpExecArray[], region: string): boolean {
  const states = new Set(found.filter((m) => m[2] === region && m[1] && r.stateOfDemonym.has(m[1])).map((m) => r.stateOfDemonym.get(m[1])));
  return states.size > 1 || OCCUPATION_AUTHORITIES.test(r.text);
}
