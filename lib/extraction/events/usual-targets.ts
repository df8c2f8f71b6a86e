/**
 * Sanctions and aid told without the state they are aimed at ("The EU adopted its 20th package", "Tokyo pledged a
 * further $300 million for the repair of power plants") are aimed where the article's others of that kind are: the
 * state they name most often as target, else the war's usual one (sanctions on Russia, aid to Ukraine), when the
 * article names it.
 */
import type { EventType, FoundEvent } from "./context";

const USUAL_TARGET = new Map<EventType, string>([["sanctions", "Russia"], ["aid_arms_decision", "Ukraine"]]);

/** The state an article's events of a type name most often as their target, if any. */
export function commonTarget(events: FoundEvent[], type: EventType, isState: (name: string) => boolean): string | null {
  const counts = new Map<string, number>();
  for (const e of events) if (e.type === type) for (const r of e.actorRoles) if (r.role === "target" && isState(r.name)) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Gives each sanction or aid decision with no state as its target the state such decisions in the article are aimed at. */
export function addUsualTargets(events: FoundEvent[], isState: (name: string) => boolean): void {
  for (const [type, usual] of USUAL_TARGET) {
    const target = commonTarget(events, type, isState) ?? (isState(usual) ? usual : null);
    if (!target) continue;
    for (const e of events) {
      if (e.type !== type || e.actorRoles.some((r) => r.name === target || (r.role === "target" && isState(r.name)))) continue;
      e.actorRoles.push({ name: target, role: "target" });
      e.actors.push(target);
    }
  }
}
