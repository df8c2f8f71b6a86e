/**
 * A headline built from a happening told as a noun phrase: the deverbal noun becomes the verb, the possessor or
 * "by X" its agent, "of Y" / "to Y" / "on Y" its object ("Russia's seizure of the tanker" → "Russia seizes tanker",
 * "Wong's visit to Kyiv" → "Wong visits Kyiv", "the collapse of the grain deal" → "Grain deal collapses").
 * A noun without an agent keeps its noun title ("Strike on Reni"): who struck is not in the words.
 */
import type { Mention } from "../actors";
import { presentOf } from "../nlp";
import type { EventCtx } from "./context";
import { surname } from "./title";

/** How a noun is told as a verb: the verb (with its own object for "hold talks"), and which preposition brings its object. */
interface Deverbal {
  verb: string;
  /** The preposition whose complement is the verb's object ("seizure of" → "seizes"); "subject": "of" names who did it. */
  object?: RegExp | "subject";
}

const OF = /^of$/;
const ON = /^(?:on|against)$/;
const DEVERBALS: Record<string, Deverbal> = {
  visit: { verb: "visit", object: /^to$/ },
  trip: { verb: "travel" },
  talks: { verb: "hold talks" },
  negotiations: { verb: "hold negotiations" },
  meeting: { verb: "meet", object: /^with$/ },
  summit: { verb: "hold summit" },
  conference: { verb: "hold conference" },
  "phone call": { verb: "hold phone call" },
  call: { verb: "hold phone call" },
  strike: { verb: "strike", object: ON },
  strikes: { verb: "strike", object: ON },
  attack: { verb: "attack", object: ON },
  attacks: { verb: "attack", object: ON },
  assault: { verb: "assault", object: ON },
  offensive: { verb: "launch offensive" },
  counteroffensive: { verb: "launch counteroffensive" },
  exchange: { verb: "exchange", object: OF },
  swap: { verb: "swap", object: OF },
  withdrawal: { verb: "withdraw", object: OF },
  capture: { verb: "capture", object: OF },
  seizure: { verb: "seize", object: OF },
  blockade: { verb: "blockade", object: OF },
  annexation: { verb: "annex", object: OF },
  occupation: { verb: "occupy", object: OF },
  bombardment: { verb: "bombard", object: OF },
  shelling: { verb: "shell", object: OF },
  arrest: { verb: "arrest", object: OF },
  dismissal: { verb: "dismiss", object: OF },
  signing: { verb: "sign", object: OF },
  launch: { verb: "launch", object: OF },
  deployment: { verb: "deploy", object: OF },
  release: { verb: "release", object: OF },
  resignation: { verb: "resign" },
  collapse: { verb: "collapse", object: "subject" },
};
const NOUNS = Object.keys(DEVERBALS).sort((a, b) => b.length - a.length).join("|").replace(/ /g, String.raw`\s+`);
const HEAD = new RegExp(String.raw`^(?<mods>(?:[\p{L}\d’'-]+\s+){0,3}?)(?<noun>${NOUNS})\b(?<rest>.*)$`, "u");
/** One complement after the noun: "of the tanker", "to Kyiv", "in Miami". */
const COMPLEMENT = /\s+(of|on|in|into|against|at|with|between|over|near|to|by|from)\s+((?:(?!(?:of|on|in|into|against|at|with|between|over|near|to|by|from)\b)[^\s]+\s*)+)/gu;

/** Who did it, from a possessor ("Foreign Minister Penny Wong's") or a "by" complement: its short name. */
export function agentName(ctx: EventCtx, from: number, to: number, words: string): string {
  const m: Mention | undefined = ctx.index.mentions.find((x) => x.start >= from && x.end <= to && !x.pronoun);
  if (!m) return words.replace(/^the\s+/i, "").replace(/['’]s$/, "");
  return m.actor.kind === "person" ? surname(m.actor.name) : m.actor.name;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const bare = (words: string) => words.trim().replace(/^the\s+/i, "");
/** "Russian forces", "Kyiv and Moscow": the verb agrees with a plural agent. */
const isPlural = (agent: string) => /\band\b/.test(agent) || /^(?:\p{L}+\s+)*\p{Ll}+s$/u.test(agent);

/** The verb headline of a noun phrase ("seizure of the tanker"), given its agent if the text names one; null if none fits. */
export function nounHeadline(phrase: string, agent: string | null): string | null {
  const m = HEAD.exec(phrase);
  const how = m && DEVERBALS[m.groups!.noun.toLowerCase().replace(/\s+/g, " ")];
  if (!m || !how) return null;
  const complements = [...m.groups!.rest.matchAll(COMPLEMENT)].map((c) => ({ prep: c[1], words: c[2].trim() }));
  const ofSubject = how.object === "subject" ? complements.find((c) => c.prep === "of") : undefined;
  const doer = agent ?? (ofSubject ? capitalize(bare(ofSubject.words)) : null);
  if (!doer) return null;
  const object = how.object instanceof RegExp ? complements.find((c) => (how.object as RegExp).test(c.prep)) : undefined;
  const rest = complements.filter((c) => c !== object && c !== ofSubject).map((c) => `${c.prep} ${bare(c.words)}`);
  const [verb, ...own] = how.verb.split(" ");
  const title = [doer, presentOf(verb, { plural: isPlural(doer) }), ...own, ...(object ? [bare(object.words)] : []), ...rest].join(" ");
  return title.length <= 80 ? title : null;
}
