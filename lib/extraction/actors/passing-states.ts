import { DISTANT_STATES } from "../gazetteer";
import { beforeVerb } from "./before-verb";
import type { Registry } from "./registry";
import type { Actor, Mention } from "./types";

/**
 * A state far from the war that the article names once, in passing ("oil from Iraq", "a venue such as Malta"): a place
 * in the story, not one of its actors. Named twice or more, by a possessive ("Mexico's tariffs"), acting ("Kenya
 * said") or as the other party of a deal or meeting ("signed a deal with Nigeria"), it stays.
 */
export function dropPassingStates(r: Registry, mentions: Mention[]): Mention[] {
  const byActor = new Map<Actor, Mention[]>();
  for (const m of mentions) if (m.actor.kind === "state" && DISTANT_STATES.has(m.actor.name)) byActor.set(m.actor, [...(byActor.get(m.actor) ?? []), m]);
  const passing = (ms: Mention[]) =>
    ms.length === 1 && !ms[0].pronoun && !ms[0].possessive && !acting(r.text.slice(ms[0].end, ms[0].end + 50)) && !partnerOf(r.text.slice(Math.max(0, ms[0].start - 30), ms[0].start));
  const dropped = new Set([...byActor].filter(([, ms]) => passing(ms)).map(([a]) => a));
  return dropped.size ? mentions.filter((m) => !dropped.has(m.actor)) : mentions;
}

/** " said", " and Peru met": the words after a name start its verb, or that of a pair of subjects it opens. */
function acting(after: string): boolean {
  const partner = /^\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?/u.exec(after);
  return beforeVerb(partner ? after.slice(partner[0].length) : after);
}

/** "a deal with ", "met with the ": the words before a name make it the partner of what is done (not "compared with"). */
function partnerOf(before: string): boolean {
  return /\bwith\s+(?:the\s+)?$/u.test(before) && !/\b(?:compared|comparison|along)\s+with\s+(?:the\s+)?$/u.test(before);
}
