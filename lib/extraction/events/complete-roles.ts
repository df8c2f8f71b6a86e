/**
 * Roles read beyond the clause's subject and object, once the events are kept. Read as a recipe:
 *   0. a happening told in a leading adjunct of a report ("After the strike on Odesa, Zelensky said …") leaves out
 *      the actors named only in the report: they take no part in it                         (namedBefore);
 *      one that tells its own leaves out who is named only in the adjunct ("Despite objections from Hungary, …")
 *   1. the subject ends at the clause's finite verb: who is named after it is a target     roles.ts (objectsAfterVerb)
 *      who visits, hosts or receives a meeting leads it                                     roles.ts (meetingLeaders)
 *      who brokers or mediates a deal or talks leads it                                       brokers.ts
 *      the agent after "by" is the initiator, a passive's subject the target                 roles.ts (byAgents)
 *      with no agent named, a passive's subject is still the target                          acted-upon.ts
 *      in a happening of no codebook type, a counterpart named after "with" takes part      untyped-roles.ts
 *      and a place where a site stands ("a plant in Lithuania") is no side                    untyped-roles.ts
 *      in an aid decision, the one named as its recipient ("for Ukraine", "sent Kyiv") is its target  recipients.ts
 *      the subject of a reported complement ("announced that Spain would send") is an initiator complement-subject.ts
 *      the owner of an attack noun ("Russia's invasion of …") is the attack's initiator            possessive-agent.ts
 *   2. a subject named by description ("The company then imported …") is the last actor it fits  described-subject.ts
 *      the states behind the actors, and sides named by adjective, take part                state-roles.ts
 *      the state whose capital a meeting is held in or visits ("visited Kyiv") takes part    meeting-places.ts
 *      the person an object pronoun stands for ("invited him to visit") is acted upon         object-pronoun.ts
 *   3. in a defence against an attack ("repelled 61 assaults") the attacker is the initiator  roles.ts (defenceFlipped)
 *      who reports the happening in its clause says it (initiator) or takes part             reporter-roles.ts
 *   4. a strike that names no initiator or target has the sides of the strike told before  strike-sides.ts
 *      talks that name no party ("the two sides agreed …") have the parties of the talks before  talk-sides.ts
 *   5. a strike or advance naming one side's state has the state the article sets against it strike-sides.ts
 *      one naming no state has the article's main direction of strikes                       strike-sides.ts
 *   6. sanctions or aid aimed at no state are aimed where the article's others are          usual-targets.ts
 *   7. a person's office that reports an event gives its place to its holder                office-holders.ts
 */
import type { EventCtx, EventRole, EventType, FoundEvent } from "./context";
import { agentsAfterBy, byAgents, defenceFlipped, meetingLeaders, objectsAfterVerb, SYMMETRIC } from "./roles";
import { addStates } from "./state-roles";
import { addMainDirection, addWarOpponents, inheritStrikeSides } from "./strike-sides";
import { leadingAdjunct } from "./clauses";
import { addUsualTargets } from "./usual-targets";
import { holdersForOffices } from "./office-holders";
import { addReporters } from "./reporter-roles";
import { companionsTakePart, sitePlacesDropped } from "./untyped-roles";
import { recipientsAreTargets } from "./recipients";
import { complementSubjects } from "./complement-subject";
import { inheritTalkSides } from "./talk-sides";
import { addMeetingPlaces } from "./meeting-places";
import { addDescribedSubject } from "./described-subject";
import { addObjectPronoun } from "./object-pronoun";
import { passiveSubjects } from "./acted-upon";
import { brokersLead } from "./brokers";
import { possessiveAgents } from "./possessive-agent";
import { bestTrigger } from "./triggers";
import { predicatePos } from "./type-lexicon";

/** Happenings that are an attack, whose agent an owner names ("Russia's invasion"). */
const ATTACKS = new Set<EventType>(["missile_drone_strike", "energy_infrastructure_attack", "ground_advance", "ground_battle"]);

/** An actor's first mention inside an event's span, if it is named there. */
function firstMentionIn(ctx: EventCtx, e: FoundEvent, name: string) {
  return ctx.index.mentions.find((x) => x.actor.name === name && x.start >= e.start && x.end <= e.end);
}

/** Where an actor is first named inside an event's span (offset in it), or null if it is not. */
function mentionedAt(ctx: EventCtx, e: FoundEvent) {
  return (name: string) => {
    const m = firstMentionIn(ctx, e, name);
    return m ? m.start - e.start : null;
  };
}

/** Where an actor's first mention inside an event's span ends (offset in it), or null if it is not named there. */
function mentionEnd(ctx: EventCtx, e: FoundEvent) {
  return (name: string) => {
    const m = firstMentionIn(ctx, e, name);
    return m ? m.end - e.start : null;
  };
}

/** Where an actor's first mention inside an event's span starts and ends (offsets in it), or null if it is not named there. */
function spanIn(ctx: EventCtx, e: FoundEvent) {
  return (name: string): [number, number] | null => {
    const m = firstMentionIn(ctx, e, name);
    return m ? [m.start - e.start, m.end - e.start] : null;
  };
}

/**
 * Leaves out the actors a report names only after the happening's adjunct: they take no part. An actor not named in
 * the clause at all (its role came from outside it) is kept.
 */
export function namedBefore(e: FoundEvent, end: number, mentioned: (name: string) => number | null): void {
  e.actorRoles = e.actorRoles.filter((r) => (mentioned(r.name) ?? 0) < end);
  e.actors = e.actorRoles.map((r) => r.name);
}

/** Keeps only the actors named after a leading adjunct that is not the happening ("Despite objections from Hungary, …"). */
function namedAfterAdjunct(ctx: EventCtx, e: FoundEvent, end: number): void {
  const named = new Set(ctx.index.mentions.filter((m) => m.start >= e.start + end && m.end <= e.end).map((m) => m.actor.name));
  const inAdjunct = new Set(ctx.index.mentions.filter((m) => m.start >= e.start && m.start < e.start + end).map((m) => m.actor.name));
  e.actorRoles = e.actorRoles.filter((r) => named.has(r.name) || !inAdjunct.has(r.name));
  e.actors = e.actorRoles.map((r) => r.name);
}

/**
 * Roles fitted to a type the type model changed. A happening with sides whose actors all only take part (its rule type
 * was a meeting: "offered to host a summit …" is a proposal): who is named before its verb is the initiator, after it
 * the target. A meeting, call or agreement (its rule type had sides) has no target: the one acted upon takes part.
 * `triggerAt` is where the clause's trigger stands, when the caller has found it already.
 */
export function sidesOfRetyped(
  clause: string, type: EventType, roles: { name: string; role: EventRole }[], mentioned: (name: string) => number | null,
  triggerAt: number | null = bestTrigger(clause, clause.length)?.pos ?? null,
): { name: string; role: EventRole }[] {
  if (SYMMETRIC.has(type)) return roles.map((r) => (r.role === "target" ? { ...r, role: "participant" } : r));
  if (roles.length < 2 || roles.some((r) => r.role !== "participant")) return roles;
  const verbAt = triggerAt ?? predicatePos(clause);
  if (verbAt === null) return roles;
  return roles.map((r) => ({ ...r, role: (mentioned(r.name) ?? 0) <= verbAt ? "initiator" : "target" }));
}

export function completeRoles(ctx: EventCtx, events: FoundEvent[]): FoundEvent[] {
  for (const e of events) {
    const clause = ctx.text.slice(e.start, e.end);
    const triggerAt = bestTrigger(clause, clause.length)?.pos ?? null;
    const mentioned = mentionedAt(ctx, e);
    e.actorRoles = sidesOfRetyped(clause, e.type, e.actorRoles, mentioned, triggerAt);
    const lead = leadingAdjunct(clause, triggerAt);
    const held = lead?.holdsHappening ? lead.comma : null;
    if (held) namedBefore(e, held, mentioned);
    else if (lead) namedAfterAdjunct(ctx, e, lead.comma);
    if (e.type === "summit_talks") e.actorRoles = meetingLeaders(clause, e.actorRoles, mentioned);
    if (SYMMETRIC.has(e.type)) e.actorRoles = brokersLead(clause, e.actorRoles, mentioned);
    if (!SYMMETRIC.has(e.type)) e.actorRoles = byAgents(clause, objectsAfterVerb(clause, e.actorRoles, mentioned), mentioned);
    if (!SYMMETRIC.has(e.type) && !agentsAfterBy(clause, e.actorRoles, mentioned).length) e.actorRoles = passiveSubjects(clause, e.actorRoles, mentionEnd(ctx, e));
    e.actorRoles = sitePlacesDropped(e.type, clause, companionsTakePart(e.type, clause, e.actorRoles, mentioned), mentioned);
    e.actorRoles = recipientsAreTargets(e.type, clause, e.actorRoles, mentioned);
    if (!SYMMETRIC.has(e.type)) e.actorRoles = complementSubjects(clause, e.actorRoles, spanIn(ctx, e));
    if (ATTACKS.has(e.type)) e.actorRoles = possessiveAgents(clause, e.actorRoles, spanIn(ctx, e));
    if (!SYMMETRIC.has(e.type)) addDescribedSubject(ctx, e);
    addObjectPronoun(ctx, e);
    addStates(ctx, e, held ?? e.end - e.start);
    addMeetingPlaces(ctx, e);
    e.actorRoles = defenceFlipped(clause, e.actorRoles);
    if (!held) addReporters(ctx, e, triggerAt);
  }
  inheritStrikeSides(events);
  const listedStates = new Set(ctx.index.actors.filter((a) => a.kind === "state").map((a) => a.name));
  inheritTalkSides(events, ctx.text, (name) => listedStates.has(name));
  addWarOpponents(events, (name) => listedStates.has(name));
  addMainDirection(events, (name) => listedStates.has(name));
  addUsualTargets(events, (name) => listedStates.has(name));
  holdersForOffices(ctx.index, events);
  return events;
}
