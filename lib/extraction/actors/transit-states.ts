import type { Registry } from "./registry";
import type { Actor, Mention } from "./types";

/** "crossed Spain, France and Germany", "through Belarus", "via Turkey": a route, listed names included. */
const ROUTE_BEFORE = /\b(?:through|via|crossed|across)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:,\s+|\s+and\s+))*$/u;

/**
 * A state named only as a stretch of someone's route ("travelled to Russia via Belarus", "crossed Spain, France and
 * Germany") takes no part in what is told: it is dropped with its mentions. One mention of any other kind keeps it.
 */
export function dropRouteOnlyStates(r: Registry, mentions: Mention[]): Mention[] {
  const byActor = new Map<Actor, Mention[]>();
  for (const m of mentions) if (m.actor.kind === "state" && m.actor.slug === undefined) byActor.set(m.actor, [...(byActor.get(m.actor) ?? []), m]);
  const onRoute = (m: Mention) => !m.pronoun && !m.possessive && ROUTE_BEFORE.test(r.text.slice(Math.max(0, m.start - 60), m.start));
  const dropped = new Set([...byActor].filter(([, ms]) => ms.every(onRoute)).map(([a]) => a));
  return dropped.size ? mentions.filter((m) => !dropped.has(m.actor)) : mentions;
}
