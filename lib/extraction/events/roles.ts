/** Roles of an event's actors: the first actor before the trigger acts, those after it are acted upon. */
import type { Actor } from "../actors";
import type { EventRole, EventType } from "./context";

/** Meetings and agreements have no sides: every actor takes part. */
const SYMMETRIC = new Set<EventType>(["summit_talks", "agreement_ceasefire", "phone_call"]);

export function assignRoles(type: EventType, actors: { actor: Actor; pos: number }[], triggerPos: number): { name: string; role: EventRole }[] {
  let initiatorGiven = false;
  return actors.map(({ actor, pos }) => {
    let role: EventRole = "participant";
    if (!SYMMETRIC.has(type)) {
      if (pos < triggerPos && !initiatorGiven) {
        role = "initiator";
        initiatorGiven = true;
      } else if (pos > triggerPos) role = "target";
    }
    return { name: actor.name, role };
  });
}
