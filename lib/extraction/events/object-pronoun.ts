/**
 * An object pronoun after the happening's verb ("invited him to visit Kyiv", "awarded her the title", "thanked him for
 * the support") stands for the last person named before it in the paragraph who is not already a side of the event:
 * that person is acted upon (target), or takes part in a meeting, call or deal.
 */
import type { EventCtx, FoundEvent } from "./context";
import { inQuote } from "./context";
import { SYMMETRIC } from "./roles";

/** A verb done to a person, then "him" or "her" as its object. */
const VERB_THEN_OBJECT = /\b(?:invit|award|thank|congratulat|inform|receiv|urg|ask|told|tell|promis|assur|met|meet|call|phon|host|visit)\p{Ll}*\s+(?:him|her)\b/u;
/** How far back in the paragraph the person may be named. */
const LOOK_BACK = 400;

export function addObjectPronoun(ctx: EventCtx, e: FoundEvent): void {
  const clause = ctx.text.slice(e.start, e.end);
  if (!/\b(?:him|her)\b/.test(clause)) return;
  const m = VERB_THEN_OBJECT.exec(clause);
  if (!m) return;
  const pronounAt = e.start + m.index + m[0].length - 3;
  const paragraphStart = ctx.text.lastIndexOf("\n", pronounAt) + 1;
  const from = Math.max(paragraphStart, pronounAt - LOOK_BACK);
  const persons = ctx.index.mentions
    .filter((x) => x.actor.kind === "person" && x.start >= from && x.end <= pronounAt && !inQuote(ctx, x.start))
    .sort((a, b) => b.start - a.start);
  // The subject who does it ("Zelensky invited him") is not whom the pronoun stands for.
  const meant = persons.find((x) => e.actorRoles.find((r) => r.name === x.actor.name)?.role !== "initiator")?.actor;
  if (!meant || meant.unnamed || e.actorRoles.some((r) => r.name === meant.name)) return;
  e.actorRoles.push({ name: meant.name, role: SYMMETRIC.has(e.type) ? "participant" : "target" });
  e.actors.push(meant.name);
}
