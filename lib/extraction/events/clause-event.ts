/**
 * One clause → at most one event: find its trigger, drop modal and infinitive ones, date it, find its
 * subject and actors, type what has no trigger but is a dated past happening as "other".
 */
import type { Actor, Mention } from "../actors";
import type { DateMention } from "../dates";
import { isPastTense } from "../nlp";
import { maskQuotes, type Sentence } from "../sentences";
import { opensBackshifted, type Clause } from "./clauses";
import { commitmentTitle, reportedCommitment } from "./commitment";
import { type EventCtx, type EventRole, type EventType, type FoundEvent, inQuote } from "./context";
import { fatalitiesIn } from "./fatalities";
import { bareComplement, openingVerbGroup, pastPredicate } from "./finite-clause";
import { gappedEvent } from "./gapped";
import { locationIn } from "./location";
import { assignRoles, defenceAt, demonymAgent, reporterSpans, subjectOfInnerClause, SYMMETRIC } from "./roles";
import { LEAD_IN_DETERMINERS, LEAD_IN_PREPOSITIONS } from "./nominal-dated";
import { antecedentOf, antecedentVerbIndex, participleAntecedent } from "./relative";
import { firstPredicateDates, pickDate } from "./pick-date";
import { makeTitle } from "./title";
import { guardType } from "./type-guards";
import { predicatePos } from "./type-lexicon";
import { ADDRESS, aidDecision, bestTrigger, DREW_REACTION, REACTION, TIME_ADJUNCT, ENERGY_TARGET, GENERIC_SUBJECT, MODAL, hasPastVerb, REPORTED_PLUPERFECT, SAY_THAT, STRIKE_TYPES, type Trigger } from "./triggers";
import { capitalFirst } from "../capital-first";
import { allMatches } from "../all-matches";

/** The clause's first word, after an adverb ("then met …"). */
const OPENING_WORD = /^[\s,]*(?:(?:then|also|later|again|jointly|\p{Ll}+ly)\s+)?(\p{Ll}+)\b/u;
/** A regular past form ("invited"). */
const REGULAR_PAST = /^\p{Ll}{3,}ed$/u;

const PARTIES_BY_NUMBER = /^\s*(?:[Tt]he\s+two|[Bb]oth)\s+(?:sides|ministers|leaders|presidents|delegations|countries|governments|men|parties)\b/;

/** What a clause passes on to the next clause of its sentence. */
export interface ClauseState {
  prevDate: DateMention | null;
  prevSubject: Mention | undefined;
  /** The last actor named in the clauses so far: the antecedent of a relative clause ("… von der Leyen, who promised …"). */
  prevLast?: Mention;
  /** The date and subject of the last clause outside a relative clause, for the main clause resumed after one. */
  main?: { date: DateMention | null; subject: Mention | undefined };
  /** Date mentions already used by a nominal meeting. */
  consumed: Set<DateMention>;
  /** Spans covered by nominal meetings: masked out of clauses. */
  nominalSpans: [number, number][];
  /** Whether the previous sentence of the paragraph carries a date (a bare follow-on may inherit it). */
  prevSentenceDated: boolean;
  /** The event of the clause before, for a gapped second object of its verb (./gapped.ts). */
  prevEvent?: FoundEvent;
  /** Also propose undated past-tense clauses with an actor, for the learned happening gate to judge (events/happening.ts). */
  loose?: boolean;
}

/**
 * An undated clause that may still tell a happening ("The US has already imposed an extra duty", "it said it had
 * filed a new claim"): a past verb in the clause (in the reported complement for a report), no modal, an actor or a
 * date of its own ("Flights were briefly suspended on Sunday").
 */
export function looseCandidate(cm: string, complement: string, hasActor: boolean): boolean {
  const body = complement || cm;
  return hasActor && hasPastVerb(body) && !MODAL.test(body) && !/\?\s*$/.test(cm);
}

/** A relative clause read with its antecedent as its subject ("[the ban that] took effect" → "the ban took effect"). */
function withAntecedentSubject(text: string, c: Clause, cm: string, sentenceStart: number): string {
  const antecedent = antecedentOf(text, c.start, sentenceStart);
  return antecedent && antecedentVerbIndex(cm, antecedent) > 0 ? `${antecedent.phrase} ${cm.trimStart()}` : cm;
}

/** The actor named in a span, if any (not as a possessive: "Russia's drones" are not Russia). */
const mentionIn = (ctx: EventCtx, span: { start: number; end: number }) => ctx.index.mentions.find((m) => m.start >= span.start && m.end <= span.end && !m.possessive);

/** A verb-led clause read with the subject it shares ("[Drones that hit Odesa] killed two" → "Drones killed two"). */
function withSharedSubject(text: string, c: Clause, cm: string): string {
  return c.sharedSubject ? `${text.slice(c.sharedSubject.start, c.sharedSubject.end)} ${cm.trimStart()}` : cm;
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

const DEMONYM_SUBJECT = /^\s*(?:[Tt]he\s+)?(\p{Lu}\p{L}+)\s+(?:\p{Ll}+\s+)?\p{Ll}{3,}s\s+(?!of\b)/u;
/** The state behind a clause-opening demonym subject: "Indian refiners cut …" -> India (when the article names it as an actor). */
function demonymSubject(ctx: EventCtx, clause: string): Actor | null {
  const m = DEMONYM_SUBJECT.exec(clause);
  const state = m && ctx.index.stateOfDemonym.get(m[1]);
  const actor = state ? ctx.index.byForm.get(state) : undefined;
  return actor && actor.kind === "state" ? actor : null;
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

/** Whether the clause opens with a past verb ("dropped his objection …", "then met Lavrov"): its subject is the clause's before. */
function opensWithPastVerb(clause: string): boolean {
  const w = OPENING_WORD.exec(clause)?.[1];
  // The lexicon files some past forms under adjectives ("invited"): a regular -ed form opening the clause is its verb.
  return !!w && (isPastTense(w) || REGULAR_PAST.test(w));
}

/** "Farmers have been blocking the crossing since Monday": an activity going on since a date began on that date. */
const ONGOING_SINCE = /\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?been\s+\p{Ll}{3,}ing\b[^;]*?\bsince\s/u;

/** A clause opening with "it" or "they" as its subject ("In October they reached the river"), not an expletive ("It is the first …"). */
const PRONOUN_SUBJECT = /^[\s,]*(?:\p{L}[^,;]{0,24},\s+)?(?:(?:but|and|then|also|later|meanwhile|since\s+then|(?:in|on|by|last|this|early|late)\s+\p{L}+)[\s,]+){0,2}(?:(it)\s+(?!(?:is|was|seems|seemed|appears|appeared|remains|remained|would|will|could|may|might)\b)|(they)\s)/iu;

/**
 * The actor an opening "it"/"they" stands for: the subject of the sentence before, in the same paragraph ("Switzerland
 * … . A year later, it blocked …"), if that is no person. Returned as a pronoun mention, so the title names it.
 */
function pronounAntecedent(ctx: EventCtx, s: Sentence, clause: string): Mention | null {
  const m = PRONOUN_SUBJECT.exec(clause);
  const prev = m && ctx.sentences[ctx.sentences.indexOf(s) - 1];
  if (!m || !prev || prev.paragraph !== s.paragraph) return null;
  const first = ctx.index.mentions.find((x) => x.start >= prev.start && x.end <= prev.end && !x.pronoun && !x.possessive && !inQuote(ctx, x.start) && x.actor.kind !== "media");
  if (!first || first.actor.kind === "person") return null;
  // "Russia and Ukraine met … . They agreed …": "they" stands for both, which one name cannot say.
  if (m[2] && /^\s+and\s+\p{Lu}/u.test(ctx.text.slice(first.end, first.end + 8))) return null;
  return { actor: first.actor, start: s.start, end: s.start, surface: m[1] ?? m[2], pronoun: true, possessive: false };
}

function maskSpans(ctx: EventCtx, c: Clause, spans: [number, number][]): string {
  let cm = maskQuotes(ctx, c.start, c.end);
  for (const [a, b] of spans) {
    if (b <= c.start || a >= c.end) continue;
    const x = Math.max(a, c.start) - c.start, y = Math.min(b, c.end) - c.start;
    cm = cm.slice(0, x) + " ".repeat(y - x) + cm.slice(y);
  }
  return cm;
}

/**
 * The actors of a clause in text order, without those that only report it; a demonym before the trigger
 * ("Ukrainian drones attacked …") names the acting state; a subject named only by a demonym ("Indian refiners
 * cut …") involves that state.
 */
function actorsOf(ctx: EventCtx, c: Clause, cm: string, mentions: Mention[], subject: Mention | undefined, triggerPos: number | null) {
  const out: { actor: Actor; pos: number }[] = [];
  const reporters = reporterSpans(cm, triggerPos).map(([a, b]) => [c.start + a, c.start + b]);
  // "… in an area Russian troops entered": a name after the trigger that is the subject of a clause inside the object is not its target.
  const inner = (m: Mention) => triggerPos !== null && m.start > c.start + triggerPos && subjectOfInnerClause(cm, m.start - c.start, m.end - c.start, 0);
  const acting = mentions.filter((m) => !reporters.some(([a, b]) => m.start >= a && m.end <= b) && !inner(m));
  const stateOf = (d: string) => {
    const name = ctx.index.stateOfDemonym.get(d);
    const actor = name ? ctx.index.byForm.get(name) : undefined;
    return actor && actor.kind === "state" ? actor : null;
  };
  const agent = triggerPos !== null && !acting.some((m) => m.start < c.start + triggerPos) ? demonymAgent(cm, triggerPos, stateOf) : null;
  const byDemonym = agent ?? (!mentions.length ? demonymSubject(ctx, cm) : null);
  if (byDemonym) out.push({ actor: byDemonym, pos: c.start });
  for (const m of acting) if (!out.some((x) => x.actor === m.actor)) out.push({ actor: m.actor, pos: m.start });
  for (const d of demonymSides(cm, stateOf, triggerPos)) if (!out.some((x) => x.actor === d.actor)) out.push({ actor: d.actor, pos: c.start + d.pos });
  // A subject named before the clause (shared, relative or pronoun antecedent) is its agent too.
  if (subject && (!out.length || subject.start < c.start) && !out.some((x) => x.actor === subject.actor)) out.unshift({ actor: subject.actor, pos: c.start });
  return out;
}

/** A trigger that survives: not under a modal or conditional ("will send", "if Europe sends"), not an infinitive ("to attack"). */
function realTrigger(clause: string, mainEnd: number, reported: RegExpExecArray | null): Trigger | null {
  const cm = clause.replace(TIME_ADJUNCT, (m) => " ".repeat(m.length));
  const best = bestTrigger(cm, mainEnd);
  if (!best) return null;
  // A reaction verb before the trigger heads the clause: the reaction is the happening, of no codebook type.
  const reaction = REACTION.exec(cm);
  // A call in which thanks were given is still the call ("thanked Sánchez by phone").
  if (reaction && reaction.index < best.pos && best.type !== "threat_warning" && best.type !== "phone_call") return { ...best, type: "other", pos: reaction.index, len: reaction[0].length };
  const drew = DREW_REACTION.exec(cm);
  if (drew) return { ...best, type: "other", pos: drew.index, len: drew[0].length };
  // A reported pledge of aid or an offer is itself a happening: "Takaichi told Zelenskyy that Japan will provide …".
  const pledge = reported && !best.main && (best.type === "aid_arms_decision" || best.type === "proposal") && !/\b(?:if|unless)\b/i.test(cm);
  if (pledge) return best;
  const windowStart = !best.main && reported ? reported.index + reported[0].length : 0;
  const modalWindow = cm.slice(windowStart, Math.min(cm.length, best.pos + best.len + 25));
  if (MODAL.test(modalWindow) && best.type !== "threat_warning") return null;
  if (/\bto\s+$/.test(cm.slice(0, best.pos)) && best.type !== "aid_arms_decision") return null;
  return best;
}

/** The words before a happening named in passing ("… after the |strike on Reni"), left out of the clause's title with it. */
const LEAD_IN = new RegExp(String.raw`(?:\s+(?:${LEAD_IN_PREPOSITIONS}|${LEAD_IN_DETERMINERS}))+\s*$`);

/** Where the clause's title ends: before a happening named in passing at its end ("… after the strike on Reni on Monday"). */
function titleEnd(ctx: EventCtx, c: Clause, nominalSpans: [number, number][]): number {
  const tail = nominalSpans.find(([a, b]) => a > c.start && a < c.end && b >= c.end - 2);
  if (!tail) return c.end;
  const head = ctx.text.slice(c.start, tail[0]).replace(LEAD_IN, "");
  return head.trim().split(/\s+/).length >= 3 ? c.start + head.length : c.end;
}

/**
 * "The blast, which killed nine workers, sparked protests on Wednesday": an undated relative set off before its
 * antecedent's verb, told in the simple past or the passive, happened when the main clause after it did (its first date).
 * One in the perfect ("which had signed …") tells something earlier, and keeps no date.
 */
function mainClauseDate(ctx: EventCtx, c: Clause, cm: string, consumed: Set<DateMention>): DateMention | null {
  const aspect = c.beforeMainVerb ? openingVerbGroup(cm)?.aspect : undefined;
  if (aspect !== "past" && aspect !== "passive") return null;
  const s = ctx.sentences.find((x) => c.end > x.start && c.end <= x.end);
  return ctx.dates.find((d) => s && d.start >= c.end && d.end <= s.end && d.date && !consumed.has(d) && !inQuote(ctx, d.start)) ?? null;
}

/** The event of one clause; a gapped second object ("… and Zelensky in Kyiv four days later") repeats the one before. */
export function clauseEvent(ctx: EventCtx, s: Sentence, c: Clause, st: ClauseState): FoundEvent | null {
  const e = c.gapped ? gappedEvent(ctx, c, st.prevEvent) : ownClauseEvent(ctx, s, c, st);
  st.prevEvent = e ?? undefined;
  return e;
}

function ownClauseEvent(ctx: EventCtx, s: Sentence, c: Clause, st: ClauseState): FoundEvent | null {
  const { text } = ctx;
  const cm = maskSpans(ctx, c, st.nominalSpans);
  if (!cm.trim() || c.describes) return null;
  const reported = SAY_THAT.exec(cm);
  const mainEnd = reported ? reported.index + reported[0].length : cm.length;
  const best = realTrigger(cm, mainEnd, reported);

  // A commitment is dated when it is made, not by the time it promises ("would open a plant next year").
  const commitment = best ? null : reportedCommitment(cm, text.slice(c.start, c.end));
  const until = commitment ? c.start + commitment.pos : c.end;
  const own = ctx.dates.filter((d) => d.start >= c.start && d.end <= until && d.date && !st.consumed.has(d) && !inQuote(ctx, d.start));
  if (!own.length && c.when) own.push(c.when);
  const mainDate = own.length ? null : mainClauseDate(ctx, c, cm, st.consumed);
  if (mainDate) own.push(mainDate);
  let date = pickDate(firstPredicateDates(own, text, c.start, until), reported ? { from: c.start + mainEnd, complement: cm.slice(mainEnd), text } : undefined);
  // After a relative clause the main clause's date and subject are the ones shared, not the relative's.
  if (c.resumesMain && st.main) Object.assign(st, { prevDate: st.main.date, prevSubject: st.main.subject });
  if (!date && c.coord && st.prevDate) date = st.prevDate;
  const mentions = ctx.index.mentions.filter(
    (m) => m.start >= c.start && m.end <= c.end && !inQuote(ctx, m.start) && m.actor.kind !== "media" && !st.nominalSpans.some(([a, b]) => m.start >= a && m.end <= b),
  );
  // "It blocked Denmark from …": the pronoun is the subject, not the first name after it.
  const pronounLed = PRONOUN_SUBJECT.test(cm);
  // "…, and dropped his objection after a call with von der Leyen": a verb phrase sharing the subject before it.
  const sharedVerb = (c.coord || c.gerund) && !!st.prevSubject && opensWithPastVerb(cm);
  // "Fico met von der Leyen, who promised …": a "who" relative's subject is the last actor before it.
  const shared = c.relative ? st.prevLast ?? st.prevSubject : st.prevSubject;
  // "Reliance Industries, which signed a deal in 2024, …": a "which" relative on a named actor is that actor's act.
  const namedAntecedent = opensWithPastVerb(cm) ? ctx.index.mentions.find((m) => m.actor.kind !== "person" && text[m.end] === "," && /^,\s+which\s+$/.test(text.slice(m.end, c.start))) : undefined;
  let subject = pronounLed ? undefined : namedAntecedent ?? (sharedVerb ? shared : mentions.find((m) => !m.possessive) ?? mentions[0]);
  if (!subject && c.relative && st.prevLast) subject = st.prevLast;
  // "…, and a bulk carrier was hit near Odesa": a coordinated passive with a subject of its own is not done to the
  // subject before (the passive would make it the target); an active one may still be its doing ("…, and two died").
  const ownPredicate = c.coord ? pastPredicate(cm) : null;
  const ownPassiveSubject = ownPredicate?.aspect === "passive" && ownPredicate.subject !== "pronoun";
  if (!subject && (c.coord || c.gerund) && st.prevSubject && !ownPassiveSubject) subject = st.prevSubject;
  if (!subject && pronounLed) subject = pronounAntecedent(ctx, s, cm) ?? mentions.find((m) => !m.possessive) ?? mentions[0];
  // "Kyiv said drones that hit Odesa | carried Iranian parts": the main clause resumed after a relative is its noun's doing,
  // even when that noun names no actor (no fallback to the reporter found before: "Ukraine carries Iranian parts").
  if (c.resumesMain && c.sharedSubject) subject = mentionIn(ctx, c.sharedSubject);
  // "The judge said X had joined a unit and had fought …": the verb phrase shares the complement's subject, written before it.
  else if (sharedVerb && c.sharedSubject && opensBackshifted(cm)) subject = mentionIn(ctx, c.sharedSubject) ?? subject;
  if (mentions.length) st.prevLast = mentions[mentions.length - 1];
  if (own.length || !c.coord) st.prevDate = date;
  if (subject) st.prevSubject = subject;
  if (!c.nested) st.main = { date: st.prevDate, subject: st.prevSubject };

  let type: EventType | null = best?.type ?? null;
  let loose = false;
  // A dated report of a completed happening ("Syrskyi said last week that Ukrainian forces had cleared …") is an
  // event titled by what was reported, with the report's date.
  let titleFrom = c.start;
  // "Diplomats said the Commission had offered …": a report without "that" has a complement all the same.
  const complement = reported ? cm.slice(mainEnd) : bareComplement(cm) ?? "";
  const pluperfect = reported && own.length && date && !MODAL.test(complement) ? REPORTED_PLUPERFECT.exec(complement) : null;
  // Its subject must be an actor ("Ukrainian forces had cleared …", not "annual inflation had slowed …").
  const actorSubject = pluperfect && mentions.some((m) => m.start >= c.start + mainEnd && m.end <= c.start + mainEnd + pluperfect[0].length);
  // "… the seizure of a tanker by Estonian authorities, which took place on November 21": titled by its antecedent.
  if (/,\s+which\s+$/.test(text.slice(Math.max(s.start, c.start - 9), c.start)) && /^\s*(?:took place|happened|occurred)\b/.test(cm)) {
    const from = Math.max(s.start, c.start - 120);
    const head = /\b[Tt]he\s+\p{Ll}+(?:\s+[^\s,;]+){0,10}?,\s+which\s+$/u.exec(text.slice(from, c.start));
    if (head) titleFrom = from + head.index;
  }
  if (!type && actorSubject) {
    type = "other";
    titleFrom = c.start + mainEnd;
  }
  if (commitment) type = commitment.type;
  if (!type) {
    // A bare speech report ("Putin told India Today that …") is a statement, not an event.
    // "… began easing in June after holding the rate at 21% since October 2024": a dated gerund clause is its own happening.
    if (c.gerund && own.length && date && subject && !MODAL.test(cm)) type = "other";
    else if (
      (own.length || c.relative) && date && (hasPastVerb(cm) || ADDRESS.test(cm) || ONGOING_SINCE.test(cm)) &&
      (reported ? ADDRESS.test(cm) && !MODAL.test(cm.slice(0, mainEnd)) : !MODAL.test(cm)) &&
      (mentions.length || subject || c.when || /^\s*(?:it|they)\s/i.test(cm) || demonymSubject(ctx, cm) || GENERIC_SUBJECT.test(cm))
    )
      type = "other";
    else if (st.loose && (looseCandidate(cm, complement, mentions.length > 0 || !!subject || own.length > 0 || !!c.sharedSubject) || grammarCandidate(withSharedSubject(text, c, cm), complement))) {
      type = "other";
      loose = true;
    } else return null;
  }
  if (STRIKE_TYPES.has(type) && ENERGY_TARGET.test(cm)) type = "energy_infrastructure_attack";
  if (aidDecision(type, cm)) type = "aid_arms_decision";
  type = guardType(type, cm, text.slice(Math.max(s.start, c.start - 80), c.start), withAntecedentSubject(text, c, cm, s.start));
  // In a defence ("destroyed 41 Ukrainian drones") the sides divide at its verb, not at the weapon the trigger names.
  const pivot = best ? defenceAt(cm) ?? best.pos : null;
  const actorsOrdered = actorsOf(ctx, c, cm, mentions, subject, pivot !== null && !SYMMETRIC.has(type) ? pivot : null);
  const location = locationIn(ctx, c.start, c.end, ctx.quotes.map((q) => [q.start, q.end] as [number, number]));
  // A bare follow-on ("Air defence downed 71 drones.") is kept when the previous sentence of its paragraph is dated.
  // "The two ministers also signed a protocol": the parties named before, referred to by number.
  const parties = best && PARTIES_BY_NUMBER.test(cm);
  if (!actorsOrdered.length && !date && !location && !(best && st.prevSentenceDated) && !parties) {
    // With no one, no date and no place named, only the clause's grammar may still propose it, for the gate to judge.
    if (!st.loose || !grammarCandidate(withSharedSubject(text, c, cm), complement)) return null;
    loose = true;
  }
  const antecedent = titleFrom !== c.start ? null : c.participle ? participleAntecedent(text, c.start, s.start) : antecedentOf(text, c.start, s.start);
  const end = titleEnd(ctx, c, st.nominalSpans);
  let title = makeTitle(ctx, { start: titleFrom, end, date: date && date.start >= titleFrom ? date : null, subject, trigger: best ? c.start + best.pos : commitment && commitment.type !== "threat_warning" ? c.start + commitment.pos : null, antecedent, sharedSubject: c.sharedSubject });
  // "X said in a filing that it had bought cargoes": when the report leaves no title, the complement is the happening.
  if (!title && loose && complement) {
    const from = c.start + cm.length - complement.length;
    title = makeTitle(ctx, { start: from, end, date: date && date.start >= from ? date : null, subject: undefined, trigger: null, antecedent: null });
  }
  // Nothing left once the date phrase and the attribution are taken out: no happening to name.
  if (!title) return null;
  if (commitment) title = commitmentTitle(title, commitment);
  // With no trigger word, the clause's verb divides its subject (initiators) from the rest.
  const verbAt = pivot ?? predicatePos(cm) ?? 0;
  const actorRoles = hostRoles(cm, type, verbAt, actorsOrdered, c.start, passiveRoles(cm, verbAt, assignRoles(type, actorsOrdered, c.start + verbAt)));
  return {
    title,
    type,
    date: date?.date ?? null,
    datePrecision: date?.precision ?? "unknown",
    dateText: date?.text ?? null,
    actors: actorRoles.map((r) => r.name),
    actorRoles,
    location,
    fatalities: fatalitiesIn(text.slice(c.start, c.end)),
    start: c.start,
    end: c.end,
    ...(loose ? { loose } : {}),
  };
}
