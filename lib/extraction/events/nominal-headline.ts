/**
 * A headline built from a happening told as a noun phrase: the deverbal noun becomes the verb, the possessor or
 * "by X" its agent, "of Y" / "to Y" / "on Y" its object ("Russia's seizure of the tanker" → "Russia seizes tanker",
 * "Wong's visit to Kyiv" → "Wong visits Kyiv", "the collapse of the grain deal" → "Grain deal collapses").
 * A noun without an agent keeps its noun title ("Strike on Reni"): who struck is not in the words.
 */
import type { Mention } from "../actors";
import { presentOf } from "../nlp";
import type { EventCtx } from "./context";
import { pluralSubject, surname } from "./title";
import { DEVERBALS } from "./event-nouns";
import { capitalize } from "../word-shapes";

const NOUNS = Object.keys(DEVERBALS).sort((a, b) => b.length - a.length).join("|").replace(/ /g, String.raw`\s+`);
const HEAD = new RegExp(String.raw`^(?<mods>(?:[\p{L}\d’'-]+\s+){0,3}?)(?<noun>${NOUNS})\b(?<rest>.*)$`, "u");
/** One complement after the noun: "of the tanker", "to Kyiv", "in Miami". */
const PREPOSITION = "of|on|in|into|against|at|with|between|over|near|to|by|from";
/** Its words run to the next preposition, the space before it left for the next complement ("with Lindqvist| in Oslo"). */
const COMPLEMENT = new RegExp(String.raw`\s+(${PREPOSITION})\s+((?!(?:${PREPOSITION})\b)[^\s]+(?:\s+(?!(?:${PREPOSITION})\b)[^\s]+)*)`, "gu");

/** Who did it, from a possessor ("Foreign Minister Penny Wong's") or a "by" complement: its short name. */
export function agentName(ctx: EventCtx, from: number, to: number, words: string): string {
  const m: Mention | undefined = ctx.index.mentions.find((x) => x.start >= from && x.end <= to && !x.pronoun);
  if (!m) return words.replace(/^the\s+/i, "").replace(/['’]s$/, "");
  return m.actor.kind === "person" ? surname(m.actor.name) : m.actor.name;
}

/** An "of" that sorts the noun, naming no one: "the first meeting of its kind", "a summit of this sort". */
const CLASSIFIER = /^(?:(?:its|their|his|her|this|that|the|any)\s+)?(?:kind|sort|type)\b/i;

const bare = (words: string) => words.trim().replace(/^(?:the|an?)\s+/i, "");

/** The verb headline of a noun phrase ("seizure of the tanker"), given its agent if the text names one; null if none fits. */
export function nounHeadline(phrase: string, agent: string | null): string | null {
  const m = HEAD.exec(phrase);
  const how = m && DEVERBALS[m.groups!.noun.toLowerCase().replace(/\s+/g, " ")];
  if (!m || !how) return null;
  const complements = [...m.groups!.rest.matchAll(COMPLEMENT)].map((c) => ({ prep: c[1], words: c[2].trim() })).filter((c) => !(c.prep === "of" && CLASSIFIER.test(c.words)));
  const ofSubject = how.object === "subject" || how.gathering ? complements.find((c) => c.prep === "of") : undefined;
  const ofDoer = ofSubject ? capitalize(bare(ofSubject.words)) : null;
  // "the call between Macron and Zelensky", "an exchange of prisoners between Kyiv and Moscow": both sides did it.
  const bothSides = complements.find((c) => c.prep === "between" && /\s(?:and|&)\s/.test(c.words));
  const doer = (how.gathering ? ofDoer ?? agent : agent ?? ofDoer) ?? (bothSides ? bare(bothSides.words) : null);
  if (!doer) return null;
  const object = how.object instanceof RegExp ? complements.find((c) => (how.object as RegExp).test(c.prep)) : undefined;
  const rest = complements.filter((c) => c !== object && c !== ofSubject && !(doer === bare(bothSides?.words ?? "") && c === bothSides)).map((c) => `${c.prep} ${bare(c.words)}`);
  const [verb, ...own] = how.verb.split(" ");
  const title = [doer, presentOf(verb, { plural: pluralSubject(doer.split(" ")) }), ...own, ...(object ? [bare(object.words)] : []), ...rest].join(" ");
  return title.length <= 80 ? title : null;
}
