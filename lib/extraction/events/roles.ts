/**
 * Roles of an event's actors: the agent of the happening is the initiator, the one it is done to the target.
 * The source that reports a happening ("…, the governor said", "according to the General Staff") takes no part
 * in it; a weapon or force named by a demonym ("Ukrainian drones attacked …") names its state as the agent.
 */
import type { Actor } from "../actors";
import type { EventRole, EventType } from "./context";

/** Meetings and agreements have no sides: every actor takes part. */
export const SYMMETRIC = new Set<EventType>(["summit_talks", "agreement_ceasefire", "phone_call"]);

/** Every actor named before the trigger (the subject: "China and Brazil launched", "Egypt's state buyer bought") is an initiator. */
export function assignRoles(type: EventType, actors: { actor: Actor; pos: number }[], triggerPos: number): { name: string; role: EventRole }[] {
  return actors.map(({ actor, pos }) => {
    let role: EventRole = "participant";
    if (!SYMMETRIC.has(type) && pos !== triggerPos) role = pos < triggerPos ? "initiator" : "target";
    return { name: actor.name, role };
  });
}

const REPORT = "(?:said|says|reported|announced|claimed|confirmed|wrote|stated|told\\s+(?:reporters|journalists|\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*))";
const LEADING_REPORT = new RegExp(`^[^,;]{2,90}?\\s${REPORT}(?:\\s+(?:on|in)\\s+[^,;]{2,30}?)?\\s+(?:that\\s+)?(?=\\S)`, "u");
const TRAILING_REPORT = new RegExp(`,\\s+[^,;]{2,90}?\\s${REPORT}\\b[^,;]*(?:[,;.]|$)|,?\\s+according\\s+to\\s+[^,;]+`, "gu");

/**
 * Spans of a clause (offsets within it) that only name who reports the happening: an attribution after it
 * (", Governor Oleh Synyehubov said") or before it when the happening comes after the report's verb
 * ("Regional Governor Oleh Synyehubov said two Iskander-M missiles hit …").
 */
export function reporterSpans(clause: string, triggerPos: number | null): [number, number][] {
  const spans: [number, number][] = [];
  const lead = LEADING_REPORT.exec(clause);
  // "HUR said its drones had struck …": a reporter the complement points back to is the agent.
  const selfReport = lead && /^(?:its|their|his|her|it|they|he|she)\b/i.test(clause.slice(lead[0].length));
  if (lead && !selfReport && triggerPos !== null && triggerPos >= lead[0].length) spans.push([0, lead[0].length]);
  TRAILING_REPORT.lastIndex = 0;
  for (let m = TRAILING_REPORT.exec(clause); m; m = TRAILING_REPORT.exec(clause)) if (triggerPos === null || m.index > triggerPos) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** "Ukrainian drones attacked …", "a Russian ballistic missile and drone attack": the demonym before the trigger. */
export function demonymAgent(clause: string, triggerPos: number, stateOf: (demonym: string) => Actor | null): Actor | null {
  const before = clause.slice(0, triggerPos + 1);
  const m = /(?:^|[\s,])(?:[Tt]he\s+|[Aa]n?\s+)?(\p{Lu}\p{Ll}+(?:an|ian|ish|ese|i))\s+(?:[\p{Ll}-]+\s+){0,4}$/u.exec(before.slice(0, triggerPos));
  return m ? stateOf(m[1]) : null;
}
