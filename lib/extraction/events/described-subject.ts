/**
 * A subject named by description, not by name ("The company then imported …", "The president also announced …", "the
 * court sentenced him …"): it stands for the last actor named before the clause that the description fits, by its
 * office, its name or its kind. An event with no initiator takes that actor as its initiator.
 */
import type { Actor } from "../actors";
import type { EventCtx, FoundEvent } from "./context";
import { inQuote } from "./context";

/** Offices a person holds: the description fits a person whose role names it. */
const OFFICE = "president|prime minister|premier|chancellor|minister|ambassador|envoy|spokesman|spokeswoman|governor|mayor";
/** Descriptions of a business: the description fits an organisation. */
const BUSINESS = "company|firm|group|refiner|operator|producer|exporter|insurer|manufacturer";
/** Bodies whose name holds the head noun ("the court" → "Regional Court in Brno"). */
const BODY = "court|ministry|government|council|commission|parliament|agency|bank|embassy|prosecutor's office|bloc|alliance";

/** The clause opens (after at most one set-off adjunct) with "the", up to two modifiers and one of these heads, then its verb. */
const DESCRIBED = new RegExp(`^\\s*(?:[^,;]{0,40},\\s+)?[Tt]he\\s+(?:[\\p{L}.-]+\\s+){0,2}?(${OFFICE}|${BUSINESS}|${BODY})\\s+(?!(?:of|in|for|at|on|and|or|that|which|who|said|says|told)\\b)\\p{Ll}`, "u");

const IS_OFFICE = new RegExp(`^(?:${OFFICE})$`);
const IS_BUSINESS = new RegExp(`^(?:${BUSINESS})$`);

/** Whether an actor is one the head noun of a description can stand for. */
export function fitsDescription(head: string, actor: Pick<Actor, "name" | "kind" | "role">): boolean {
  const h = head.toLowerCase();
  if (IS_OFFICE.test(h)) return actor.kind === "person" && new RegExp(`\\b${h}\\b`, "i").test(actor.role ?? "");
  if (IS_BUSINESS.test(h)) return actor.kind === "organization";
  if (h === "bloc" || h === "alliance") return actor.kind === "alliance";
  return actor.kind !== "person" && actor.kind !== "state" && new RegExp(`\\b${h.replace("'", "['’]")}\\b`, "i").test(actor.name);
}

/** The head noun of a clause's described subject ("company" in "The company then imported …"), if it opens with one. */
export function describedSubject(clause: string): string | null {
  return DESCRIBED.exec(clause)?.[1] ?? null;
}

/** Gives an event with no initiator, whose clause opens with a described subject, the actor the description stands for. */
export function addDescribedSubject(ctx: EventCtx, e: FoundEvent): void {
  if (e.actorRoles.some((r) => r.role === "initiator")) return;
  const head = describedSubject(ctx.text.slice(e.start, e.end));
  if (!head) return;
  const before = ctx.index.mentions.filter((m) => m.end <= e.start && !m.pronoun && !inQuote(ctx, m.start) && fitsDescription(head, m.actor));
  const actor = before.sort((a, b) => a.start - b.start).pop()?.actor;
  if (!actor || actor.unnamed) return;
  const known = e.actorRoles.find((r) => r.name === actor.name);
  if (known) known.role = "initiator";
  else {
    e.actorRoles.unshift({ name: actor.name, role: "initiator" });
    e.actors.unshift(actor.name);
  }
}
