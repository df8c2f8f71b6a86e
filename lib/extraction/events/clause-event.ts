/**
 * One clause → at most one event, in steps: read the clause (its report, trigger, dates, actors and subject), pass
 * on what the next clause may share, type it (./clause-type.ts), check it is anchored to someone, a date or a place,
 * title it (./clause-title.ts) and give its actors their roles (./clause-actors.ts).
 */
import type { Mention } from "../actors";
import type { DateMention } from "../dates";
import { maskQuotes, type Sentence } from "../sentences";
import { actorsOf, clauseRoles } from "./clause-actors";
import type { ClauseReading, ClauseReport, ClauseState } from "./clause-reading";
import { clauseSubject } from "./clause-subject";
import { clauseTitle, titledWhenRead } from "./clause-title";
import { clauseType, grammarCandidate, withSharedSubject } from "./clause-type";
import type { Clause } from "./clauses";
import { type Commitment, reportedCommitment } from "./commitment";
import { type EventCtx, type FoundEvent, inQuote } from "./context";
import { fatalitiesIn } from "./fatalities";
import { bareComplement, openingVerbGroup } from "./finite-clause";
import { gappedEvent } from "./gapped";
import { locationIn } from "./location";
import { firstPredicateDates, pickDate } from "./pick-date";
import { realTrigger } from "./real-trigger";
import { defenceAt, SYMMETRIC } from "./roles";
import { SAY_THAT } from "./triggers";

export type { ClauseState } from "./clause-reading";

/** The clause with its quotations and the given spans (happenings named by noun phrases) blanked out. */
function maskSpans(ctx: EventCtx, c: Clause, spans: [number, number][]): string {
  let cm = maskQuotes(ctx, c.start, c.end);
  for (const [a, b] of spans) {
    if (b <= c.start || a >= c.end) continue;
    const x = Math.max(a, c.start) - c.start, y = Math.min(b, c.end) - c.start;
    cm = cm.slice(0, x) + " ".repeat(y - x) + cm.slice(y);
  }
  return cm;
}

/** The speech report in a masked clause ("Kyiv said on Monday that …") and the complement it reports. */
export function reportIn(cm: string): ClauseReport {
  const reported = SAY_THAT.exec(cm);
  const mainEnd = reported ? reported.index + reported[0].length : cm.length;
  // "Diplomats said the Commission had offered …": a report without "that" has a complement all the same.
  return { reported, mainEnd, complement: reported ? cm.slice(mainEnd) : bareComplement(cm) ?? "" };
}

/**
 * The dates written in the clause and the one it is dated by: a report takes its complement's date, a commitment the
 * date it is made ("would open a plant next year" is not dated next year); a coordinated clause with none shares
 * the date of the clause before. Dates a nominal happening of the sentence has taken (`st.consumed`) are not the clause's.
 */
function clauseDates(ctx: EventCtx, c: Clause, cm: string, report: ClauseReport, commitment: Commitment | null, st: ClauseState) {
  const until = commitment ? c.start + commitment.pos : c.end;
  const own = ctx.dates.filter((d) => d.start >= c.start && d.end <= until && d.date && !st.consumed.has(d) && !inQuote(ctx, d.start));
  if (!own.length && c.when) own.push(c.when);
  const mainDate = own.length ? null : mainClauseDate(ctx, c, cm, st.consumed);
  if (mainDate) own.push(mainDate);
  const reported = report.reported ? { from: c.start + report.mainEnd, complement: cm.slice(report.mainEnd), text: ctx.text } : undefined;
  const date = pickDate(firstPredicateDates(own, ctx.text, c.start, until), reported) ?? (c.coord ? st.prevDate : null);
  return { own, date };
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

/** The actors named in the clause, outside quotations and happenings named by noun phrases; not the media. */
function clauseMentions(ctx: EventCtx, c: Clause, nominalSpans: [number, number][]): Mention[] {
  return ctx.index.mentions.filter(
    (m) => m.start >= c.start && m.end <= c.end && !inQuote(ctx, m.start) && m.actor.kind !== "media" && !nominalSpans.some(([a, b]) => m.start >= a && m.end <= b),
  );
}

/** Read one clause: its report, trigger or commitment, dates, actors and subject (`st`: what the clauses before share). */
export function readClause(ctx: EventCtx, s: Sentence, c: Clause, cm: string, st: ClauseState): ClauseReading {
  const report = reportIn(cm);
  const best = realTrigger(cm, report.mainEnd, report.reported);
  const commitment = best ? null : reportedCommitment(cm, ctx.text.slice(c.start, c.end));
  const { own, date } = clauseDates(ctx, c, cm, report, commitment, st);
  const mentions = clauseMentions(ctx, c, st.nominalSpans);
  const subject = clauseSubject(ctx, s, c, cm, st, mentions);
  return { cm, ...report, best, commitment, own, date, mentions, subject };
}

/** What the next clause of the sentence may share: its last actor, date and subject, and the main clause's. */
export function passOn(st: ClauseState, c: Clause, r: ClauseReading): void {
  if (r.mentions.length) st.prevLast = r.mentions[r.mentions.length - 1];
  if (r.own.length || !c.coord) st.prevDate = r.date;
  if (r.subject) st.prevSubject = r.subject;
  if (!c.nested) st.main = { date: st.prevDate, subject: st.prevSubject };
}

const PARTIES_BY_NUMBER = /^\s*(?:[Tt]he\s+two|[Bb]oth)\s+(?:sides|ministers|leaders|presidents|delegations|countries|governments|men|parties)\b/;

/**
 * Whether the clause is anchored: it names someone, a date or a place, has a trigger and follows a dated sentence of
 * its paragraph ("Air defence downed 71 drones."), or refers to parties named before by number ("The two ministers
 * also signed a protocol"). Unanchored, only its grammar may still propose it, as a loose candidate for the gate.
 */
function anchoring(ctx: EventCtx, c: Clause, r: ClauseReading, st: ClauseState, named: boolean): "anchored" | "loose" | null {
  if (named || r.date || (r.best && (st.prevSentenceDated || PARTIES_BY_NUMBER.test(r.cm)))) return "anchored";
  return st.loose && grammarCandidate(withSharedSubject(ctx.text, c, r.cm), r.complement) ? "loose" : null;
}

/** The event of one clause; a gapped second object ("… and Zelensky in Kyiv four days later") repeats the one before. */
export function clauseEvent(ctx: EventCtx, s: Sentence, c: Clause, st: ClauseState): FoundEvent | null {
  const e = c.gapped ? gappedEvent(ctx, c, st.prevEvent) : ownClauseEvent(ctx, s, c, st);
  st.prevEvent = e ?? undefined;
  return e;
}

/** "Months ahead of the summit", "after the vote": a date phrase placing the clause beside a happening it names, not one it tells. */
const SEQUENCE_PHRASE = /^(?:[\p{L}\d]+\s+){0,2}?(?:before|after|following|ahead\s+of)\s+(?:the|that|this)\s/iu;
const sequencePhrases = (ctx: EventCtx): [number, number][] =>
  ctx.dates.filter((d) => d.source === "anchor" && SEQUENCE_PHRASE.test(d.text)).map((d) => [d.start, d.end]);
/** An article's sequence phrases and quotation spans, found once per article (by its dates and quotes) rather than once per clause. */
const sequencePhrasesOf = new WeakMap<EventCtx["dates"], [number, number][]>();
const quoteSpansOf = new WeakMap<EventCtx["quotes"], [number, number][]>();
function articleSpans<K extends object>(cache: WeakMap<K, [number, number][]>, key: K, find: () => [number, number][]): [number, number][] {
  let spans = cache.get(key);
  if (!spans) cache.set(key, (spans = find()));
  return spans;
}

function ownClauseEvent(ctx: EventCtx, s: Sentence, c: Clause, st: ClauseState): FoundEvent | null {
  const cm = maskSpans(ctx, c, [...st.nominalSpans, ...articleSpans(sequencePhrasesOf, ctx.dates, () => sequencePhrases(ctx))]);
  if (!cm.trim() || c.describes) return null;
  // After a relative clause the main clause's date and subject are the ones shared, not the relative's.
  if (c.resumesMain && st.main) Object.assign(st, { prevDate: st.main.date, prevSubject: st.main.subject });
  const r = readClause(ctx, s, c, cm, st);
  passOn(st, c, r);
  const typed = clauseType(ctx, s, c, r, st);
  if (!typed) return null;
  // In a defence ("destroyed 41 Ukrainian drones") the sides divide at its verb, not at the weapon the trigger names.
  const pivot = typed.gathering ? null : r.best ? defenceAt(cm) ?? r.best.pos : null;
  // At a gathering, those named in the forecast said there are not its participants.
  const gatheringEnd = typed.gathering ? c.start + typed.gathering.end : c.end;
  const mentions = r.mentions.filter((m) => m.end <= gatheringEnd);
  const actors = actorsOf(ctx, c, cm, mentions, r.subject, pivot !== null && !SYMMETRIC.has(typed.type) ? pivot : null);
  const location = locationIn(ctx, c.start, c.end, articleSpans(quoteSpansOf, ctx.quotes, () => ctx.quotes.map((q) => [q.start, q.end])));
  const anchor = anchoring(ctx, c, r, st, actors.length > 0 || !!location);
  if (!anchor) return null;
  const loose = typed.loose || anchor === "loose";
  const actorRoles = clauseRoles(cm, typed.type, pivot, actors, c.start);
  const event: FoundEvent = {
    title: "",
    type: typed.type,
    date: r.date?.date ?? null,
    datePrecision: r.date?.precision ?? "unknown",
    dateText: r.date?.text ?? null,
    actors: actorRoles.map((a) => a.name),
    actorRoles,
    location,
    fatalities: fatalitiesIn(ctx.text.slice(c.start, c.end)),
    start: c.start,
    end: c.end,
    ...(loose ? { loose } : {}),
  };
  // An empty title (nothing left once the date phrase and the attribution go) is dropped after the gate (./non-events.ts).
  const { nominalSpans } = st;
  return titledWhenRead(event, () => clauseTitle(ctx, s, c, r, { loose, titleFrom: typed.titleFrom }, nominalSpans) ?? "");
}
