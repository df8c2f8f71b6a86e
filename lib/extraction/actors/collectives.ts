import { lexiconTag } from "../nlp";
import { escapeRe } from "./lexicon";
import type { Registry } from "./registry";

const PORTFOLIO = "(?:(?:defen[cs]e|foreign|finance|energy|economy|interior|agriculture|trade|transport)\\s+)?";
const GROUP_NOUNS = `officials|allies|partners|leaders|diplomats|lawmakers|negotiators|governments|capitals|states|countries|nations|donors|members|${PORTFOLIO}ministers|` +
  "refiners|hauliers|truckers|carriers|owners|shipowners|operators|underwriters|brokers|commanders|analysts|farmers|producers|exporters|importers|investors|traders|lenders|insurers|buyers|engineers|prosecutors|investigators";
const REGIONS = ["European Union", "European", "Western", "EU", "Nato", "NATO", "G7", "Baltic", "Nordic", "Gulf", "Arab", "African", "Asian"];
/**
 * What a group says or does as a subject: reports, accuses, pledges ("European allies have pledged"), also after a
 * relative clause ("Greek owners, who carry most of the grain, warned").
 */
const ACTS = /^(?:,\s+(?:who|which)\s[^,.;]{1,80},)?\s+(?:(?:have|had|also|on \p{Lu}\p{Ll}+day|later|jointly)\s+)*(?:said|say|says|reported|report|accused|accuse|pledged|pledge|urged|urge|warned|warn|agreed|agree|called|told|announced|vowed|promised|insisted|claimed|condemned|demanded|demand|argue|fear|estimate|expect)\b/u;

/**
 * Collective actors ("European allies", "Ukrainian officials"): a demonym or region with a group noun,
 * only where the group itself speaks or acts as a subject, so "the assets of Russian officials" adds none.
 */
export function collectiveActors(r: Registry): void {
  const { text, stateOfDemonym, ensure } = r;
  const re = new RegExp((groupSource ??= groupPattern(stateOfDemonym)), "gu");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    // "Ukrainian and American officials": a pair of groups is no single actor.
    if (/\b(?:and|or)\s+$/.test(before)) continue;
    const tailAttribution = /,\s*$/.test(before) && /^\s+(?:said|say|reported)\b/.test(text.slice(end, end + 12));
    const acts = ACTS.test(text.slice(end, end + 130)) || tailAttribution;
    // Ministers' councils ("Nato foreign ministers meet") act with any verb; other groups but "officials" when met or cited.
    const council = /ministers$/.test(m[2]) && actsWithAnyVerb(text.slice(end, end + 30));
    const cited = m[2] !== "officials" && CITED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
    if (!acts && !council && !cited) continue;
    ensure(m[0], "other");
  }
}

let groupSource: string | undefined;

/** A demonym or a region, then a group noun: "European allies", "Greek shipowners". */
function groupPattern(stateOfDemonym: Map<string, string>): string {
  const lead = [...stateOfDemonym.keys(), ...REGIONS].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
  return `(?<![\\p{L}-])(${lead})\\s+(${GROUP_NOUNS})\\b`;
}

/** "… met European Union energy ministers", "according to two European diplomats", "called on Asian governments". */
const CITED_BEFORE = /\b(?:according to(?:\s+(?:two|three|several|some))?|met(?:\s+with)?|meeting of|meetings? with|called on|urged|thanked|pressed|by)\s+(?:the\s+)?$/;

/** A finite verb right after the group ("Indian refiners cut", "Nato foreign ministers meet"), adverbs aside. */
function actsWithAnyVerb(after: string): boolean {
  const words = after.trim().split(/\s+/).slice(0, 3).map((w) => w.replace(/[^\p{L}]/gu, "").toLowerCase());
  const first = words.find((w) => !/^(?:also|have|has|had|will|would|could|then|now|again|already|jointly)$/.test(w)) ?? "";
  return /^(?:PastTense|PresentTense|Infinitive)$/.test(lexiconTag(first) ?? "") || /^[a-z]{3,}ed$/.test(first);
}
