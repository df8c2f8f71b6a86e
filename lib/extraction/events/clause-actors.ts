/**
 * Who acts in a clause, and in which role: the actors in text order (./clause-event.ts) and the passive and host
 * corrections to the roles ./roles.ts gives them around the verb.
 */
import type { Actor, Mention } from "../actors";
import { allMatches } from "../all-matches";
import { capitalFirst } from "../capital-first";
import type { Clause } from "./clauses";
import type { EventCtx, EventRole, EventType } from "./context";
import { assignRoles, demonymAgent, reporterSpans, subjectOfInnerClause } from "./roles";
import { predicatePos } from "./type-lexicon";

/** The state a demonym names ("Indian" → India), when the article names that state as an actor. */
export function stateOfDemonym(ctx: EventCtx, demonym: string): Actor | null {
  const name = ctx.index.stateOfDemonym.get(demonym);
  const actor = name ? ctx.index.byForm.get(name) : undefined;
  return actor && actor.kind === "state" ? actor : null;
}

const DEMONYM_SUBJECT = /^\s*(?:[Tt]he\s+)?(\p{Lu}\p{L}+)\s+(?:\p{Ll}+\s+)?\p{Ll}{3,}s\s+(?!of\b)/u;
/** The state behind a clause-opening demonym subject: "Indian refiners cut …" -> India (when the article names it as an actor). */
export function demonymSubject(ctx: EventCtx, clause: string): Actor | null {
  const m = DEMONYM_SUBJECT.exec(clause);
  return m ? stateOfDemonym(ctx, m[1]) : null;
}

/** Sides named by a demonym: "Russian and Ukrainian delegations met", "repelled 61 Russian assaults". */
const SIDE_NOUN = String.raw`(?:delegations?|negotiators|officials|forces|troops|soldiers|units|army|drones?|missiles?|strikes?|attacks?|assaults?|shelling|aircraft|jets|warplanes|warships|navy|authorities|government|side)`;
const DEMONYM_SIDE = capitalFirst(new RegExp(String.raw`\b(\p{Lu}\p{Ll}+(?:an|ian|ish|ese|i))(?=(?:\s+and\s+\p{Lu}\p{L}+)?\s+(?:[\p{Ll}-]+\s+){0,2}?${SIDE_NOUN}\b)`, "gu"));
function demonymSides(clause: string, stateOf: (demonym: string) => Actor | null, verbAt: number | null): { actor: Actor; pos: number }[] {
  return allMatches(DEMONYM_SIDE, clause).flatMap((m) => {
    // "the town Russian troops retook": the subject of a clause inside the object is not the one acted upon.
    const inner = verbAt !== null && m.index > verbAt && subjectOfInnerClause(clause, m.index, m.index + m[1].length);
    const actor = inner ? null : stateOf(m[1]);
    return actor ? [{ actor, pos: m.index }] : [];
  });
}

/** "… in an area Russian troops entered": a name after the trigger that is the subject of a clause inside the object is not its target. */
function innerSubject(cm: string, start: number, triggerPos: number | null, m: Mention): boolean {
  return triggerPos !== null && m.start > start + triggerPos && subjectOfInnerClause(cm, m.start - start, m.end - start, 0);
}

/**
 * The actors of a clause in text order, without those that only report it; a demonym before the trigger
 * ("Ukrainian drones attacked …") names the acting state; a subject named only by a demonym ("Indian refiners
 * cut …") involves that state.
 */
export function actorsOf(ctx: EventCtx, c: Clause, cm: string, mentions: Mention[], subject: Mention | undefined, triggerPos: number | null) {
  const out: { actor: Actor; pos: number }[] = [];
  const reporters = reporterSpans(cm, triggerPos).map(([a, b]) => [c.start + a, c.start + b]);
  const acting = mentions.filter((m) => !reporters.some(([a, b]) => m.start >= a && m.end <= b) && !innerSubject(cm, c.start, triggerPos, m));
  // No named closure per clause here: under tsx (esbuild's keepNames) each costs a property definition.
  const agent = triggerPos !== null && !acting.some((m) => m.start < c.start + triggerPos) ? demonymAgent(cm, triggerPos, (d) => stateOfDemonym(ctx, d)) : null;
  const byDemonym = agent ?? (!mentions.length ? demonymSubject(ctx, cm) : null);
  if (byDemonym) out.push({ actor: byDemonym, pos: c.start });
  for (const m of acting) if (!out.some((x) => x.actor === m.actor)) out.push({ actor: m.actor, pos: m.start });
  for (const d of demonymSides(cm, (d) => stateOfDemonym(ctx, d), triggerPos)) if (!out.some((x) => x.actor === d.actor)) out.push({ actor: d.actor, pos: c.start + d.pos });
  // A subject named before the clause (shared, relative or pronoun antecedent) is its agent too.
  if (subject && (!out.length || subject.start < c.start) && !out.some((x) => x.actor === subject.actor)) out.unshift({ actor: subject.actor, pos: c.start });
  return out;
}

/**
 * "Kyiv was hit by Russian missiles", "was wounded near Robotyne": in the passive the subject is the target, the agent
 * after "by" the initiator. "Its troops were advancing", "drones were hitting the grid": a progressive is active.
 */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|get|got)\s+(?:\p{Ll}+ly\s+)?$/u;
const PROGRESSIVE = /^\p{Ll}+ing\b/u;
function passiveRoles(clause: string, verbAt: number, roles: { name: string; role: EventRole }[]) {
  if (!PASSIVE_BEFORE.test(clause.slice(0, verbAt)) || PROGRESSIVE.test(clause.slice(verbAt))) return roles;
  const flip: Record<EventRole, EventRole> = { initiator: "target", target: "initiator", participant: "participant" };
  return roles.map((r) => ({ ...r, role: flip[r.role] }));
}

/** A meeting someone hosts, convenes or travels to: "Fidan hosted delegations from …", "Merz visited Kyiv". Not "X and Y met". */
const HOST_VERB = /^(?:host\p{Ll}*|visit\p{Ll}*|conven\p{Ll}*|gather\p{Ll}*|le(?:d|ads?)\s+(?:an?|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:delegation|mission)|open(?:ed|s)|travel\p{Ll}*|invit\p{Ll}*|held\s+(?:an?\s+)?(?:\p{Ll}+\s+)?meeting\s+with)\b/u;
/** Who hosts, convenes or visits a meeting (named before its verb) is its initiator; the others take part. */
function hostRoles(clause: string, type: EventType, verbAt: number, actors: { pos: number }[], start: number, roles: { name: string; role: EventRole }[]) {
  if (type !== "summit_talks" || !HOST_VERB.test(clause.slice(verbAt))) return roles;
  return roles.map((r, i) => (actors[i].pos < start + verbAt ? { ...r, role: "initiator" as const } : r));
}

/**
 * The roles of the clause's actors: initiator and target either side of the verb (./roles.ts), swapped in the
 * passive, the host of a meeting its initiator. `pivot`: the trigger or defence verb; without one, the clause's verb.
 */
export function clauseRoles(cm: string, type: EventType, pivot: number | null, actors: { actor: Actor; pos: number }[], start: number) {
  const verbAt = pivot ?? predicatePos(cm) ?? 0;
  return hostRoles(cm, type, verbAt, actors, start, passiveRoles(cm, verbAt, assignRoles(type, actors, start + verbAt)));
}
