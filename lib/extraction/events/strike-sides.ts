/**
 * Strikes told without their sides ("In Kremenchuk, a strike on a bridge cut road traffic") are most often more of
 * the same war's strikes told before: a strike that names no initiator takes the initiator of the last strike before
 * it that names one, and one that names no target its target, unless that actor already has another role in it.
 */
import type { EventRole, EventType, FoundEvent } from "./context";

const STRIKES = new Set<EventType>(["missile_drone_strike", "energy_infrastructure_attack"]);

function inherit(e: FoundEvent, before: FoundEvent[], role: EventRole): void {
  if (e.actorRoles.some((r) => r.role === role)) return;
  const source = [...before].reverse().find((x) => x.actorRoles.some((r) => r.role === role));
  for (const r of source?.actorRoles ?? []) {
    if (r.role !== role || e.actorRoles.some((x) => x.name === r.name)) continue;
    e.actorRoles.push({ name: r.name, role });
    e.actors.push(r.name);
  }
}

/** Gives each strike with no initiator or no target the sides of the strike told last before it. */
export function inheritStrikeSides(events: FoundEvent[]): void {
  const strikes = events.filter((e) => STRIKES.has(e.type)).sort((a, b) => a.start - b.start);
  strikes.forEach((e, i) => {
    const before = strikes.slice(0, i);
    inherit(e, before, "initiator");
    inherit(e, before, "target");
  });
}
