/**
 * The codebook type of one clause's event, or no event: its trigger's type; with no trigger, "other" for a dated
 * past happening or a report of one, or a loose candidate for the happening gate; then the type corrections.
 */
import type { Precision } from "../dates";
import type { Sentence } from "../sentences";
import { demonymSubject } from "./clause-actors";
import type { ClauseReading, ClauseState } from "./clause-reading";
import type { Clause } from "./clauses";
import type { EventCtx, EventType } from "./context";
import { pastPredicate } from "./finite-clause";
import { antecedentOf, antecedentVerbIndex } from "./relative";
import { ADDRESS, aidDecision, ENERGY_TARGET, GENERIC_SUBJECT, hasPastVerb, MODAL, REPORTED_PLUPERFECT, STRIKE_TYPES } from "./triggers";
import { type GatheringSaid, gatheringSaid } from "./said-at-gathering";
import { guardType } from "./type-guards";

/**
 * An undated clause that may still tell a happening ("The US has already imposed an extra duty", "it said it had
 * filed a new claim"): a past verb in the clause (in the reported complement for a report), no modal, an actor or a
 * date of its own ("Flights were briefly suspended on Sunday").
 */
export function looseCandidate(cm: string, complement: string, hasActor: boolean): boolean {
  const body = complement || cm;
  return hasActor && hasPastVerb(body) && !MODAL.test(body) && !/\?\s*$/.test(cm);
}

/** Speech verbs: a report is a statement; its complement, not the report, may tell the happening. */
const REPORT_PREDICATE = /^(?:said|told|added|wrote|noted|stated|insisted|argued|claimed|explained|recalled|replied|answered)\b/;

/**
 * Any clause with a subject and a verb in the past, perfect or passive ("one driver died in his cab", "refiners have cut
 * purchases", "it had bought cargoes"), outside a modal or a question: a loose candidate the happening gate judges.
 */
export function grammarCandidate(cm: string, complement: string): boolean {
  const body = complement || cm;
  // A report's "would" is back-shifted: "said it would send …" tells the pledge made when it was said.
  const p = pastPredicate(body, { future: !!complement });
  if (!p || /\?\s*$/.test(cm) || REPORT_PREDICATE.test(body.slice(p.verbAt))) return false;
  // Only the predicate's own modality counts: "voted for a bill that would let …" still tells the vote.
  const predicate = body.slice(0, p.verbAt) + (/^\S+(?:\s+\S+)?/.exec(body.slice(p.verbAt))?.[0] ?? "");
  return p.aspect === "future" ? !/\b(?:if|unless)\b/i.test(body) : !MODAL.test(predicate);
}

/** A verb-led clause read with the subject it shares ("[Drones that hit Odesa] killed two" → "Drones killed two"). */
export function withSharedSubject(text: string, c: Clause, cm: string): string {
  return c.sharedSubject ? `${text.slice(c.sharedSubject.start, c.sharedSubject.end)} ${cm.trimStart()}` : cm;
}

/** A relative clause read with its antecedent as its subject ("[the ban that] took effect" → "the ban took effect"). */
function withAntecedentSubject(text: string, c: Clause, cm: string, sentenceStart: number): string {
  const antecedent = antecedentOf(text, c.start, sentenceStart);
  return antecedent && antecedentVerbIndex(cm, antecedent) > 0 ? `${antecedent.phrase} ${cm.trimStart()}` : cm;
}

/** "Farmers have been blocking the crossing since Monday": an activity going on since a date began on that date. */
const ONGOING_SINCE = /\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?been\s+\p{Ll}{3,}ing\b[^;]*?\bsince\s/u;

/**
 * A dated report of a completed happening by an actor ("Syrskyi said last week that Ukrainian forces had cleared …",
 * not "… that annual inflation had slowed"): the event is what was reported, titled from the complement. Returns
 * where that title starts, or null.
 */
function reportedHappeningAt(c: Clause, r: ClauseReading): number | null {
  if (!r.reported || !r.own.length || !r.date || MODAL.test(r.complement)) return null;
  const pluperfect = REPORTED_PLUPERFECT.exec(r.complement);
  if (!pluperfect) return null;
  const from = c.start + r.mainEnd;
  return r.mentions.some((m) => m.start >= from && m.end <= from + pluperfect[0].length) ? from : null;
}

/** A verb whose subject is a happening: "took place", "was carried out", "was completed in three stages". */
const OCCURRED = /^\s*(?:took\s+place|happened|occurred|(?:was|were)\s+(?:carried\s+out|completed|held))\b/;
/** "an agreement to | exchange 1,000 prisoners": what was agreed is the act carried out, not the agreement. */
const AGREED_ACT = /^\p{Ll}+\s+(?:agreement|deal|decision|plan)\s+to\s+(?=\p{Ll})/u;

/**
 * "… the seizure of a tanker by Estonian authorities, which took place on November 21", "… an agreement to exchange
 * 1,000 prisoners, which was carried out in May": the title starts at the antecedent (at the agreed act in the latter).
 */
export function tookPlaceAntecedentAt(text: string, s: Sentence, c: Clause, cm: string): number | null {
  if (!/,\s+which\s+$/.test(text.slice(Math.max(s.start, c.start - 9), c.start)) || !OCCURRED.test(cm)) return null;
  const from = Math.max(s.start, c.start - 120);
  // No past verb inside the noun phrase: "The talks ended with | an agreement …" starts at the second determiner.
  const head = /\b(?:[Tt]he|an?)\s+\p{Ll}+(?:\s+(?!\p{Ll}+ed\b)(?:\d{1,3}(?:,\d{3})+|[^\s,;]+)){0,10}?,\s+which\s+$/u.exec(text.slice(from, c.start));
  if (!head) return null;
  return from + head.index + (AGREED_ACT.exec(head[0])?.[0].length ?? 0);
}

/**
 * A clause with no trigger and no commitment still tells a happening ("other") when it is a dated gerund clause, or
 * a dated past clause with someone acting in it; else, with `st.loose`, when its grammar tells a past happening: a
 * loose candidate for the gate. Null: no event. A bare speech report ("Putin told India Today that …") is a statement.
 */
function untriggeredKind(ctx: EventCtx, c: Clause, r: ClauseReading, loose: boolean | undefined): "dated" | "loose" | null {
  const { cm, own, date, subject, mentions, reported, mainEnd, complement } = r;
  // "… began easing in June after holding the rate at 21% since October 2024": a dated gerund clause is its own happening.
  if (c.gerund && own.length && date && subject && !MODAL.test(cm)) return "dated";
  const datedPast = (own.length || c.relative) && date && (hasPastVerb(cm) || ADDRESS.test(cm) || ONGOING_SINCE.test(cm));
  const notModal = () => (reported ? ADDRESS.test(cm) && !MODAL.test(cm.slice(0, mainEnd)) : !MODAL.test(cm));
  if (datedPast && notModal() && (mentions.length || subject || c.when || /^\s*(?:it|they)\s/i.test(cm) || demonymSubject(ctx, cm) || GENERIC_SUBJECT.test(cm))) return "dated";
  const someone = mentions.length > 0 || !!subject || own.length > 0 || !!c.sharedSubject;
  if (loose && (looseCandidate(cm, complement, someone) || grammarCandidate(withSharedSubject(ctx.text, c, cm), complement))) return "loose";
  return null;
}

/** A toll told in the passive, the weapon only its agent: "31 civilians were killed …, most of them by drones". */
const TOLL_BY_WEAPON = /\b(?:were|have\s+been|had\s+been)\s+killed\b[^;]*?\bby\s+(?:\p{Ll}+\s+)?(?:drones?|missiles?|shelling|(?:air\s?)?strikes?|bombs?|artillery)\b/u;
const PERIOD = new Set<Precision>(["week", "month", "quarter", "year"]);

/**
 * The corrections every clause type goes through: a toll over a period is casualties, not one strike; a strike on
 * energy is an energy attack, a strike type on aid an aid decision, then the lexicon's and the guards' word
 * (./type-guards.ts), the antecedent of a relative or the subject shared with the clause before read as its subject.
 */
function refinedType(ctx: EventCtx, s: Sentence, c: Clause, r: ClauseReading, type: EventType): EventType {
  const { text } = ctx;
  const cm = r.cm;
  if (STRIKE_TYPES.has(type) && r.date && PERIOD.has(r.date.precision) && TOLL_BY_WEAPON.test(cm)) return "casualties";
  if (STRIKE_TYPES.has(type) && ENERGY_TARGET.test(cm)) type = "energy_infrastructure_attack";
  if (aidDecision(type, cm)) type = "aid_arms_decision";
  const antecedentLed = withAntecedentSubject(text, c, cm, s.start);
  return guardType(type, cm, text.slice(Math.max(s.start, c.start - 80), c.start), antecedentLed !== cm ? antecedentLed : withSharedSubject(text, c, cm));
}

export interface ClauseTyped {
  type: EventType;
  loose: boolean;
  titleFrom: number;
  /** The gathering a forecast was said at: the happening told, its type the gathering's (./said-at-gathering.ts). */
  gathering?: GatheringSaid;
}

/**
 * The clause's event type, whether it is only a loose candidate, and where its title starts (the antecedent of "which
 * took place", the complement of a report); null when the clause tells no happening. A forecast said at a gathering
 * tells the gathering, whatever the forecast's words would type.
 */
export function clauseType(ctx: EventCtx, s: Sentence, c: Clause, r: ClauseReading, st: Pick<ClauseState, "loose">): ClauseTyped | null {
  const typed = ruleType(ctx, s, c, r, st);
  const gathering = typed && gatheringSaid(r.cm);
  return gathering ? { ...typed, type: gathering.type, gathering } : typed;
}

function ruleType(ctx: EventCtx, s: Sentence, c: Clause, r: ClauseReading, st: Pick<ClauseState, "loose">): ClauseTyped | null {
  const tookPlace = tookPlaceAntecedentAt(ctx.text, s, c, r.cm);
  let titleFrom = tookPlace ?? c.start;
  let type: EventType | null = r.best?.type ?? null;
  let loose = false;
  const reportedAt = type ? null : reportedHappeningAt(c, r);
  if (reportedAt !== null) {
    type = "other";
    titleFrom = reportedAt;
  }
  if (r.commitment) type = r.commitment.type;
  if (!type) {
    const kind = untriggeredKind(ctx, c, r, st.loose);
    if (!kind) return null;
    type = "other";
    loose = kind === "loose";
  }
  return { type: refinedType(ctx, s, c, r, type), loose, titleFrom };
}
