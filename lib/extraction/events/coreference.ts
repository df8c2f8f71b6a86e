/**
 * Two mentions of one happening are one event. Mentions corefer when they are of the same class of happening
 * (a strike is a strike whether the clause says "attack", "missiles hit" or "strike"), their dates are
 * compatible (equal, one absent, or one inside the other: "2026-06" holds "2026-06-09"), their places do not
 * differ, and they are about the same participants or place (see `corefer`). The first mention stays the event; later ones lend it what
 * it lacks (a date, a finer date, a place, actors, a death toll) and stay on as provenance in `mentions`.
 * Only happenings that are told more than once in one article merge: strikes, calls, meetings, exchanges, sanctions, refusals.
 */
import { type EventCtx, type EventRole, type EventType, type FoundEvent, sentenceAt } from "./context";

const CLASS: Partial<Record<EventType, string>> = {
  missile_drone_strike: "strike",
  energy_infrastructure_attack: "strike",
  phone_call: "call",
  summit_talks: "meeting",
  agreement_ceasefire: "agreement",
  sanctions: "sanctions",
  rejection: "rejection",
  threat_warning: "warning",
};

/** The class of happening a type tells (a strike whether typed a strike or an attack on the grid); a type of no class is its own. */
export const classOf = (type: EventType): string => CLASS[type] ?? type;

/** Equal, one absent, or one a coarser prefix of the other ("2026-06" and "2026-06-09"). */
export function compatibleDates(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

const nested = (a: string[], b: string[]) => a.length > 0 && b.length > 0 && (a.every((x) => b.includes(x)) || b.every((x) => a.includes(x)));

/**
 * A strike is one strike when it hit the same named place (a count of launches across the country, with no
 * place, is reported as its own happening). A call, meeting, exchange or sanctions decision is one when one
 * mention's participants are all among the other's ("Zelenskiy spoke with Trump" / "the two leaders' call"),
 * so a second meeting with another counterpart on the same day stays apart.
 */
export function corefer(a: FoundEvent, b: FoundEvent): boolean {
  const cls = CLASS[a.type];
  if (!cls || cls !== CLASS[b.type] || !compatibleDates(a.date, b.date)) return false;
  if (a.location && b.location && a.location !== b.location) return false;
  if (cls === "strike") return !!a.location && a.location === b.location;
  return nested(a.actors, b.actors);
}

/** The finer of two dates: `b` replaces `a`'s date when `a` has none or `b` is more precise inside it. */
function finer(a: FoundEvent, b: FoundEvent): boolean {
  if (!b.date) return false;
  return !a.date || (b.date.length > a.date.length && b.date.startsWith(a.date));
}

/** `later`'s date (if finer), place, toll, actors and spans join `first`. */
export function absorb(first: FoundEvent, later: FoundEvent) {
  if (finer(first, later)) Object.assign(first, { date: later.date, datePrecision: later.datePrecision, dateText: later.dateText });
  first.location ??= later.location;
  if (later.fatalities !== null && (first.fatalities === null || later.fatalities > first.fatalities)) first.fatalities = later.fatalities;
  const hasInitiator = first.actorRoles.some((r) => r.role === "initiator");
  for (const r of later.actorRoles) {
    if (first.actors.includes(r.name)) continue;
    // A second mention's own subject (often the reporter's side) does not displace the first mention's agent.
    const role: EventRole = r.role === "initiator" && hasInitiator ? "participant" : r.role;
    first.actors.push(r.name);
    first.actorRoles.push({ name: r.name, role });
  }
  first.mentions = [...(first.mentions ?? [{ start: first.start, end: first.end }]), ...(later.mentions ?? [{ start: later.start, end: later.end }])];
}

const INTERCEPTION = /\b(?:shot down|downed|intercepted|neutrali[sz]ed|destroyed)\b/;
/** A report of its own: its own time ("overnight", "on Monday") or a country-wide scope ("at the country"). */
const OWN_FRAME = /\b(?:overnight|yesterday|today|tonight|last\s+(?:night|week)|(?:on|in|since)\s+\p{Lu}\p{Ll}+|(?:across|at|over)\s+(?:the\s+)?(?:country|Ukraine|Russia)\b)/u;

/** A target hit: "damaged a substation", "two power plants were hit"; not a consequence ("left 40,000 homes without heating"). */
const TARGET_HIT = /\b(?:damaged|damages|hit|hits|struck|strikes|destroyed|destroys)\b/;
/**
 * "Missiles struck a block of flats … The attack also damaged a substation": the strike told again, with a target of the
 * energy system its first mention did not name — a happening of its own (an analyst times power cuts by it).
 */
export const newHarm = (ctx: EventCtx, first: FoundEvent, later: FoundEvent) =>
  later.type === "energy_infrastructure_attack" && first.type === "missile_drone_strike" && TARGET_HIT.test(ctx.text.slice(later.start, later.end));

/**
 * A detail of the strike just reported ("Two Iskander-M missiles hit a residential area", "A third missile struck
 * a hospital"): a strike mention with neither a date phrase nor a place of its own, or one that points back to it
 * (see `pointsBack`), within two paragraphs of the last strike. An interception count is reported as a happening of its own.
 */
function strikeDetail(ctx: EventCtx, last: FoundEvent | undefined, e: FoundEvent): last is FoundEvent {
  const clause = ctx.text.slice(e.start, e.end);
  if (!last || CLASS[e.type] !== "strike" || INTERCEPTION.test(clause) || newHarm(ctx, last, e)) return false;
  if (!pointsBack(clause, last, e) && (e.dateText || e.location || OWN_FRAME.test(clause))) return false;
  const paragraph = (x: FoundEvent) => ctx.sentences[sentenceAt(ctx, x.start)]?.paragraph ?? -1;
  return paragraph(e) - paragraph(last) <= 2;
}

/** "the attack", "the missiles": a definite strike noun opening the clause, after a reporting verb if any. */
const DEFINITE_STRIKE = /^(?:[^,.]*?\b(?:said|says?|reported|reports?|added|stated|told\s+\p{Ll}+)\s+(?:that\s+)?)?the\s+(?:[\p{L}-]+\s+)?(?:attacks?|strikes?|missiles?|drones?|barrage|bombardment|shelling)\b/iu;

/** "were wounded in the overnight attack", "the toll from the strike": the strike named inside the clause, as what caused its harm. */
const HARMED_BY_STRIKE = /\b(?:in|from|during)\s+the\s+(?:[\p{L}-]+\s+)?(?:attack|strike|barrage|bombardment|shelling)\b/iu;

/**
 * "Officials said the attack on Thursday left 300,000 homes without power": a definite strike noun is the strike just
 * told, even with a date phrase or a place of its own (often the damage's, or a misread source), if the dates agree.
 * Named inside the clause ("killed in the attack on Kherson") it is that strike only where no other place is named.
 */
function pointsBack(clause: string, last: FoundEvent, e: FoundEvent): boolean {
  if (!compatibleDates(last.date, e.date)) return false;
  if (DEFINITE_STRIKE.test(clause)) return true;
  return HARMED_BY_STRIKE.test(clause) && (!e.location || !last.location || e.location === last.location);
}

/**
 * Events in text order → one event per happening, each first mention carrying every mention as provenance.
 * `mayTakeIn`: which events a later mention may join (all by default).
 */
export function mergeCoreferent(ctx: EventCtx, events: FoundEvent[], mayTakeIn: (first: FoundEvent) => boolean = () => true): FoundEvent[] {
  const kept: FoundEvent[] = [];
  for (const e of events) {
    const hosts = kept.filter(mayTakeIn);
    const lastStrike = hosts.findLast((k) => CLASS[k.type] === "strike");
    const first = hosts.find((k) => corefer(k, e)) ?? (strikeDetail(ctx, lastStrike, e) ? lastStrike : undefined);
    if (first) absorb(first, e);
    else kept.push(e);
  }
  return kept;
}

/**
 * Folding again once the type model has spoken (./retype.ts): a mention the rules typed otherwise ("listed more than a
 * hundred tankers", `other`, now `sanctions`) may now be a second mention of an event told before it. It joins only an
 * event whose type the rules and the model agree on: one the model retyped is less sure to be that happening at all,
 * and a real later mention folded into it would be lost with it.
 */
export function mergeRetyped(ctx: EventCtx, events: FoundEvent[], ruleTypes: Map<FoundEvent, EventType>): FoundEvent[] {
  return mergeCoreferent(ctx, events, (first) => ruleTypes.get(first) === first.type);
}
