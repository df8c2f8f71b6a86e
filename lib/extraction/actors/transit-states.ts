import type { Registry } from "./registry";
import type { Actor, Mention } from "./types";

/**
 * "crossed Spain, France and Germany", "via Turkey", "travelled through Belarus": a route, listed names included.
 * "through" and "across" only after a verb of movement ("talks mediated through Qatar", "strikes across Ukraine" are
 * no routes).
 */
const MOVED = String.raw`(?:travel(?:l)?ed|moved|passed|transited|smuggled|shipped|routed|flew|drove|fled|went|walked|sailed|flowed|pumped|sent|trucked)`;
const ROUTE_BEFORE = new RegExp(
  String.raw`\b(?:via|crossed|${MOVED}\b[^.;]{0,40}?\b(?:through|across))\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:,\s+|\s+and\s+))*$`,
  "u",
);

/**
 * A state named only as a stretch of someone's route ("travelled to Russia via Belarus", "crossed Spain, France and
 * Germany") takes no part in what is told: it is dropped with its mentions. One mention of any other kind keeps it.
 */
export function dropRouteOnlyStates(r: Registry, mentions: Mention[]): Mention[] {
  const byActor = new Map<Actor, Mention[]>();
  for (const m of mentions) if (m.actor.kind === "state") byActor.set(m.actor, [...(byActor.get(m.actor) ?? []), m]);
  const onRoute = (m: Mention) => !m.pronoun && !m.possessive && ROUTE_BEFORE.test(r.text.slice(Math.max(0, m.start - 60), m.start));
  const dropped = new Set([...byActor].filter(([, ms]) => ms.every(onRoute)).map(([a]) => a));
  return dropped.size ? mentions.filter((m) => !dropped.has(m.actor)) : mentions;
}
