/**
 * Talks told without their parties ("The last round in Istanbul ended after three hours", "the two sides agreed to
 * exchange 1,000 prisoners") are most often more of the talks told before: a meeting, call or agreement that names no
 * party, or names them only as a collective ("the two sides", "both delegations"), takes part between the states that
 * took part in the last such happening before it that names two or more. "The two sides" and "both" say how many: they
 * take them only from talks of two.
 */
import type { FoundEvent } from "./context";
import { SYMMETRIC } from "./roles";

/** "the two sides", "both countries", "delegations", "the parties": the parties referred to, not named. */
const COLLECTIVE_PARTIES = /\b(?:(?:the|both)\s+(?:two\s+)?(?:sides|countries|delegations|parties|nations|governments)|delegations|(?:on\s+)?each\s+side)\b/i;
/** A collective that counts its parties as two. */
const TWO_PARTIES = /\b(?:two|both|each)\b/i;

/** The states that take part in a meeting, call or agreement. */
const partiesOf = (e: FoundEvent, isState: (name: string) => boolean) => e.actorRoles.filter((r) => r.role === "participant" && isState(r.name)).map((r) => r.name);

/** Gives each meeting, call or agreement told without its parties the parties of the talks told last before it. */
export function inheritTalkSides(events: FoundEvent[], text: string, isState: (name: string) => boolean): void {
  const talks = events.filter((e) => SYMMETRIC.has(e.type)).sort((a, b) => a.start - b.start);
  talks.forEach((e, i) => {
    if (e.actorRoles.some((r) => isState(r.name))) return;
    const clause = text.slice(e.start, e.end);
    const collective = COLLECTIVE_PARTIES.exec(clause);
    if (e.actorRoles.length && !collective) return;
    const source = talks.slice(0, i).reverse().find((x) => partiesOf(x, isState).length >= 2);
    const parties = source ? partiesOf(source, isState) : [];
    if (collective && TWO_PARTIES.test(collective[0]) && parties.length !== 2) return;
    for (const name of parties) {
      e.actorRoles.push({ name, role: "participant" });
      e.actors.push(name);
    }
  });
}
