/**
 * A reported clause whose own verb tells what its subject holds, not what it did: an attitude ("Kyiv expected Beijing
 * to use its influence"), a reaction ("Canada condemned the targeting"), an obligation ("any scheme had to be lawful")
 * or a possession ("Europe had a duty to…"). Said of someone, it is a statement of position, not a happening.
 */
import { lexiconTag } from "../nlp";
import { EVENT_NOUN } from "./event-nouns";

/** Verbs of attitude and reaction, in every form: what a subject thinks of something, not a happening. */
const HELD_VERB =
  /^(?:expect|hope|want|wish|believe|fear|think|thought|doubt|value|regret|welcome|condemn|deplore|prefer|trust)(?:s|es|d|ed)?$/;
/** "regretted", "preferred": the past of a verb that doubles its last consonant, read as its stem's. */
const isHeldVerb = (w: string) => HELD_VERB.test(w.replace(/(\p{L})\1ed$/u, "$1ed"));
/** A verb that is finite on its own: a form of "be", "have" or "do", or a modal. */
const FINITE = /^(?:is|are|was|were|has|have|had|do|does|did|will|would|could|can|may|might|must|should|shall)$/;
/** "has a duty", "have no choice": possession after "have". */
const HAVE_HOLDS = /^(?:a|an|no|every|the|its|their|his|her|our|nothing)$/;
/** After "had to", a verb that tells a state, not an act: "had to be lawful", "had to remain closed". */
const STATE_AFTER_HAD_TO = /^(?:be|remain|stay|have|accept)$/;
/**
 * "told Ukraine's negotiator …", "told Putin …": a message given to someone named is a contact between them; one given
 * to a news outlet ("told Reuters that …") is the outlet's report of what the speaker holds.
 */
const NAMED_ADDRESSEE = /^\s*(?:The\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*)/u;
/** A happening named in the saying's setting, before "that" ("said on Monday after a meeting of ministers that …"). */
const HAPPENING_SETTING = new RegExp(String.raw`^[^"“]*?\b(?:after|during|at|following|before)\s+(?:\S+\s+){0,2}?${EVENT_NOUN}\b[^"“]*?\bthat\b`, "u");

/** The lexicon files some words under several tags ("dm": Abbreviation and Unit), most under one. */
const lexiconTags = (w: string): string[] => {
  const tag: string | string[] | undefined = lexiconTag(w);
  return Array.isArray(tag) ? tag : tag ? [tag] : [];
};
const isFiniteVerb = (w: string) => FINITE.test(w) || lexiconTags(w).some((t) => t === "PastTense" || t === "PresentTense");

/**
 * What "have" heads at words[at]: an obligation ("has to negotiate", "had to be fair") or a possession ("had a duty")
 * holds a position; "had to" and a verb of action ("had to withdraw") tells what the subject was forced to do.
 */
function haveHolds(words: string[], at: number): boolean {
  const next = words[at + 1] ?? "";
  if (next !== "to") return HAVE_HOLDS.test(next);
  return words[at] !== "had" || STATE_AFTER_HAD_TO.test(words[at + 2] ?? "") || isHeldVerb(words[at + 2] ?? "");
}

/** The saying is itself a happening: a message to someone named who is not a news outlet, or one given at a meeting the setting tells. */
export function sayingIsHappening(verb: string, complement: string, isOutlet: (name: string) => boolean = () => false): boolean {
  const addressee = verb === "told" ? NAMED_ADDRESSEE.exec(complement)?.[1] : undefined;
  return (!!addressee && !isOutlet(addressee.replace(/['’]s$/, ""))) || HAPPENING_SETTING.test(complement);
}

/**
 * Whether the clause reported after a verb of saying (" on Monday that Rome wanted a solution") holds a position:
 * its first finite verb is one of attitude or reaction, or "have" of obligation or possession. Not when the saying
 * is itself a happening: a message to someone named (`isOutlet` tells the news outlets, which are no one met), or one
 * given at a meeting the setting tells.
 */
export function holdsPosition(verb: string, complement: string, isOutlet: (name: string) => boolean = () => false): boolean {
  if (sayingIsHappening(verb, complement, isOutlet)) return false;
  const words = complement.toLowerCase().split(/[^\p{L}'-]+/u).filter(Boolean);
  const at = words.findIndex((w) => isHeldVerb(w) || isFiniteVerb(w));
  if (at < 0) return false;
  if (isHeldVerb(words[at])) return true;
  return /^(?:has|have|had)$/.test(words[at]) && haveHolds(words, at);
}
