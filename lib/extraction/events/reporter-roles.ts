/**
 * Who reports a happening in its own clause ("…, the Air Force said", "Peskov said that …") is on the event: for a
 * happening made of words (a refusal, warning, offer, pledge or sanctions announced) the one who says it does it and
 * is the initiator; for any other happening the source takes part, on the side of its own state when that state is
 * one ("Ruritania's General Staff said its troops took the village": the General Staff is on the advancing side).
 */
import type { EventCtx, EventRole, EventType, FoundEvent } from "./context";
import { reporterSpans } from "./roles";
import { stateOfActor } from "./state-roles";

/** Happenings that are done by saying them. */
const SAID_INTO_BEING = new Set<EventType>(["rejection", "threat_warning", "proposal", "aid_arms_decision", "sanctions"]);

/** The role of a happening's reporter: the speaker of a speech act acts, any other source takes part. */
export function reporterRole(type: EventType): EventRole {
  return SAID_INTO_BEING.has(type) ? "initiator" : "participant";
}

/** Adds the actors named only in the clause's attribution, with their reporter role (`triggerAt`: the clause's trigger). */
export function addReporters(ctx: EventCtx, e: FoundEvent, triggerAt: number | null): void {
  if (inRelative(ctx.text, e.start)) return;
  const clause = ctx.text.slice(e.start, e.end);
  const spans = reporterSpans(clause, triggerAt).map(([a, b]) => [e.start + a, e.start + b]);
  if (!spans.length) return;
  const role = reporterRole(e.type);
  for (const m of ctx.index.mentions) {
    // A news outlet that carries the report, or is told it, takes no part.
    if (m.actor.kind === "media" || !spans.some(([a, b]) => m.start >= a && m.end <= b) || e.actors.includes(m.actor.name)) continue;
    // A source of a side's state speaks for that side.
    const side = e.actorRoles.find((r) => r.name === stateOfActor(m.actor))?.role;
    e.actorRoles.push({ name: m.actor.name, role: role === "participant" && side && side !== "participant" ? side : role });
    e.actors.push(m.actor.name);
  }
}

/** "…, which the enemy had entered on May 3, the General Staff said": the report after a relative is the sentence's, not the relative's. */
function inRelative(text: string, start: number): boolean {
  return /,\s*(?:which|who|whom|whose|where)\s+(?:\S+\s+)?$/u.test(text.slice(Math.max(0, start - 24), start)) || /^(?:which|who|whom|where)\b/u.test(text.slice(start, start + 6));
}
