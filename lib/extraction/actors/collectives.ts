import { escapeRe } from "./lexicon";
import type { Registry } from "./registry";

const GROUP_NOUNS = "officials|allies|partners|leaders|diplomats|lawmakers|negotiators|governments|capitals|states|countries|nations|donors|members";
const REGIONS = ["European", "Western", "EU", "Nato", "NATO", "G7", "Baltic", "Nordic", "Gulf", "Arab", "African"];
/** What a group says as a subject: reports, accuses, pledges ("European allies have pledged"). */
const ACTS = /^\s+(?:(?:have|had|also|on \p{Lu}\p{Ll}+day|later|jointly)\s+)*(?:said|say|says|reported|report|accused|accuse|pledged|pledge|urged|urge|warned|warn|agreed|agree|called|told|announced|vowed|promised|insisted|claimed|condemned|demanded)\b/u;

/**
 * Collective actors ("European allies", "Ukrainian officials"): a demonym or region with a group noun,
 * only where the group itself speaks or acts as a subject, so "the assets of Russian officials" adds none.
 */
export function collectiveActors(r: Registry): void {
  const { text, stateOfDemonym, ensure } = r;
  const lead = [...stateOfDemonym.keys(), ...REGIONS].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
  const re = new RegExp(`(?<![\\p{L}-])(${lead})\\s+(${GROUP_NOUNS})\\b`, "gu");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    // "Ukrainian and American officials": a pair of groups is no single actor.
    if (/\b(?:and|or)\s+$/.test(before)) continue;
    const tailAttribution = /,\s*$/.test(before) && /^\s+(?:said|say|reported)\b/.test(text.slice(end, end + 12));
    if (!ACTS.test(text.slice(end, end + 40)) && !tailAttribution) continue;
    ensure(m[0], "other");
  }
}
