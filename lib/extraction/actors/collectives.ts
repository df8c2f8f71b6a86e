import { lexiconTag } from "../nlp";
import { escapeRe } from "./lexicon";
import type { Registry } from "./registry";

const PORTFOLIO = "(?:(?:defen[cs]e|foreign|finance|energy|economy|interior|agriculture|trade|transport)\\s+)?";
const GROUP_NOUNS = `officials|allies|partners|leaders|diplomats|ambassadors|envoys|lawmakers|politicians|experts|negotiators|governments|capitals|states|countries|nations|donors|members|${PORTFOLIO}ministers|` +
  "refiners|hauliers|truckers|carriers|owners|shipowners|operators|underwriters|brokers|commanders|analysts|farmers|producers|exporters|importers|investors|traders|lenders|insurers|buyers|engineers|prosecutors|investigators";
const REGIONS = ["European Union", "European", "Western", "EU", "Nato", "NATO", "G7", "Baltic", "Nordic", "Gulf", "Arab", "African", "Asian"];
/**
 * What a group says or does as a subject: reports, accuses, pledges ("European allies have pledged"), also after a
 * relative clause ("Greek owners, who carry most of the grain, warned").
 */
const ACTS = /^(?:,\s+(?:who|which)\s[^,.;]{1,80},)?\s+(?:(?:have|had|will|also|on \p{Lu}\p{Ll}+day|later|jointly|\p{Ll}{3,}ly)\s+)*(?:said|met|meet|failed|say|says|reported|report|accused|accuse|pledged|pledge|urged|urge|warned|warn|agreed|agree|called|told|announced|vowed|promised|insisted|claimed|condemned|demanded|demand|argue|fear|estimate|expect)\b/u;

/**
 * Collective actors ("European allies", "Ukrainian officials", "Ukraine's partners"): a demonym or region with a group
 * noun, or a state's allies, only where the group itself speaks or acts as a subject, so "the assets of Russian
 * officials" adds none.
 */
export function collectiveActors(r: Registry): void {
  const { text, stateOfDemonym } = r;
  const re = new RegExp((groupSource ??= groupPattern(stateOfDemonym)), "gu");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "Ukrainian and American officials": a pair of groups is no single actor ("Kyiv and Western governments" are two actors).
    if (pairedLead(text.slice(Math.max(0, m.index - 30), m.index), stateOfDemonym)) continue;
    if (groupActs(text, m.index, m[0].length, m[2])) r.ensure(m[0], "other");
  }
  if (!/['’]s\s+(?:\p{L}+\s+)?(?:allies|partners)\b/u.test(text)) return;
  const possessed = new RegExp((statesAlliesSource ??= statesAlliesPattern(stateOfDemonym)), "gu");
  // Only as the subject: "sanctions listed by Ukraine's partners" describe, they cite nobody.
  for (const m of text.matchAll(possessed)) if (ACTS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 130))) r.ensure(m[0], "other");
}

/** Whether the group at `start` speaks or acts as the subject, or is met or cited. */
function groupActs(text: string, start: number, length: number, noun: string): boolean {
  const end = start + length;
  const tailAttribution = /,\s*$/.test(text.slice(Math.max(0, start - 12), start)) && /^\s+(?:said|say|reported)\b/.test(text.slice(end, end + 12));
  if (ACTS.test(text.slice(end, end + 130)) || tailAttribution) return true;
  // Ministers' councils ("Nato foreign ministers meet") act with any verb; other groups but "officials" when met or cited.
  if (/ministers$/.test(noun) && actsWithAnyVerb(text.slice(end, end + 30))) return true;
  return noun !== "officials" && CITED_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

let statesAlliesSource: string | undefined;

/** A state's allies named after it: "Ukraine's partners", "Russia’s allies", "Ukraine's Western partners". */
function statesAlliesPattern(stateOfDemonym: Map<string, string>): string {
  const states = [...new Set(stateOfDemonym.values())].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
  return `(?<![\\p{L}-])(${states})['’]s\\s+((?:Western\\s+|European\\s+|international\\s+)?(?:allies|partners))\\b`;
}

let groupSource: string | undefined;

/** "U.S. and Ukrainian negotiators", "UK and French officials": a state's initials paired with a demonym. */
const STATE_INITIALS = /^(?:\p{Lu}\.?){2,3}$/u;

/** A word shaped like a demonym ("Korean" of "South Korean", "Japanese", "Kuwaiti"). */
const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:an|ese|ish|ic|i)$/u;

/**
 * "Ukrainian and …", "South Korean or …": a demonym or region, then "and"/"or", right before the group; not a clause's
 * "and" (", and EU diplomats said") nor another actor's ("Kyiv and Western governments say").
 */
function pairedLead(before: string, stateOfDemonym: Map<string, string>): boolean {
  const lead = /([\p{L}.-]+)\s+(?:and|or)\s+$/u.exec(before)?.[1];
  return !!lead && (stateOfDemonym.has(lead) || REGIONS.includes(lead) || DEMONYM_SHAPE.test(lead) || STATE_INITIALS.test(lead));
}

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
