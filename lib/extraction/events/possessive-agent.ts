/**
 * "The war began with Russia's full-scale invasion of Ukraine", "after Moldova's strike on the depot": the owner of an
 * attack noun is its agent, wherever the clause's verb stands, so it is the initiator of a happening that is an attack.
 */
import type { EventRole } from "./context";

const ATTACK_NOUN = String.raw`(?:invasion|attacks?|strikes?|offensive|assault|bombardment|shelling|incursion|aggression)`;
/** What stands between the owner's name and the noun: "'s", then up to three lower-case modifiers ("full-scale", "drone"). */
const OWNS_ATTACK = new RegExp(String.raw`^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}?${ATTACK_NOUN}\b`, "u");

export function possessiveAgents(clause: string, roles: { name: string; role: EventRole }[], spanOf: (name: string) => [number, number] | null): { name: string; role: EventRole }[] {
  return roles.map((r) => {
    const span = spanOf(r.name);
    return span && r.role === "target" && OWNS_ATTACK.test(clause.slice(span[1])) ? { ...r, role: "initiator" } : r;
  });
}
