/**
 * A region's authorities printed as a state's authorities placed in a region ("Russian authorities in the Krasnodar
 * region said", "authorities in Belgorod oblast") or as "regional authorities" in a sentence that names the region
 * before them ("… in the Krasnodar region, according to regional authorities"): one government body, the "Krasnodar
 * regional authorities", not the state. "Regional authorities" with no region in their sentence may be several
 * regions' and are left alone.
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

export function regionalAuthorities(r: Registry): void {
  if (!/authorities/.test(r.text)) return;
  for (const m of r.text.matchAll(AUTHORITIES_IN_REGION)) {
    // "Kyiv authorities in the Sumy region": only a state's demonym or nothing before "authorities".
    if (m[1] && !r.stateOfDemonym.has(m[1]) && !/^The$/.test(m[1])) continue;
    if (isRegionName(r, m[2])) regionAuthorities(r, m[2], m[0].replace(/^The\s+/, ""));
  }
  for (const m of r.text.matchAll(BARE_REGIONAL_AUTHORITIES)) {
    const sentenceStart = Math.max(r.text.lastIndexOf(". ", m.index) + 2, r.text.lastIndexOf("\n", m.index) + 1);
    const regions = [...r.text.slice(sentenceStart, m.index).matchAll(REGION_NAMED)].filter((x) => isRegionName(r, x[1]));
    const region = regions.pop()?.[1];
    if (region) regionAuthorities(r, region, m[0].replace(/^(?:[Tt]he|[Aa]ccording to)\s+/, ""));
  }
}
