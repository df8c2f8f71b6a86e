/** Dates an event takes from its surroundings when its own clause names none, or names only the day it was reported. */
import { isReportDate, type DateMention, type Precision } from "../dates";
import type { Sentence } from "../sentences";
import { type EventCtx, type FoundEvent, inQuote, sentenceAt } from "./context";
import { isPastTense } from "../nlp";
import { LOWER_WORDS } from "../word-shapes";
import { hasPastVerb, PAST_VERB } from "./triggers";

const PRESENT_PERFECT = /\b(?:has|have)\s+(?:\p{L}+ly\s+)?\p{Ll}+(?:ed|en|wn|ne)\b/u;
/**
 * An undated event takes a date the text gives it indirectly: the only date of its own sentence
 * ("Repair work began two days later, after both sides agreed to a ceasefire") unless a later clause of
 * the sentence owns it ("X has called for a deal, after two tankers were hit earlier this month"); a relation phrase
 * right before its clause ("The talks came a day after Indian Oil and Rosneft signed …"); the date
 * of an earlier event of the same type at the same place within five paragraphs, which it goes on to describe
 * ("In Kharkiv, the enemy struck …" after "Russian troops attacked Kharkiv and Zaporizhzhia overnight"); the date of the
 * previous sentence of its paragraph, which it continues ("On Monday night, Kyiv was attacked again.
 * Emergency services said one person was killed"); or, for a lead in the perfect ("Erdoğan has called on …"),
 * the day on which the next sentence has the same actor act ("Erdoğan told reporters on Wednesday"). A main clause
 * whose subject's set-off relative is dated to the day takes that day when both are in the simple past (the same trip).
 */
export function inheritDates(ctx: EventCtx, events: FoundEvent[]) {
  contentDates(ctx, events);
  const datedOwn = new Set(events.filter((e) => e.date));
  for (const e of events) {
    if (e.date) continue;
    const si = sentenceAt(ctx, e.start);
    if (!ctx.sentences[si]) continue;
    const from =
      settingOf(ctx, e, events) ??
      onlyDateOfSentence(ctx, e, si, events, datedOwn) ??
      subjectsRelativeDay(ctx, e, si, events, datedOwn) ??
      relationRightBefore(ctx, e, si) ??
      sameHappeningBefore(ctx, e, si, events) ??
      previousSentenceDate(ctx, e, si, events) ??
      nextSentenceDayOfPerfect(ctx, e, si);
    if (!from) continue;
    e.date = from.date;
    e.datePrecision = from.datePrecision;
    e.dateText = from.dateText;
  }
}

/** A date an event takes from elsewhere: the date, its precision, and the phrase that gives it (null: none of its own). */
type Inherited = Pick<FoundEvent, "date" | "datePrecision" | "dateText">;

/** The resolved dates of a sentence, but a pledge's date or one quoted. */
const datesIn = (ctx: EventCtx, s: Sentence) => ctx.dates.filter((d) => d.start >= s.start && d.end <= s.end && d.date && !d.promised && !inQuote(ctx, d.start));

const inherited = (d: DateMention, dateText: string | null = d.text): Inherited => ({ date: d.date, datePrecision: d.precision, dateText });

/** The only date of the event's sentence, unless an event with its own date holds it later in the sentence or before it with a relation. */
function onlyDateOfSentence(ctx: EventCtx, e: FoundEvent, si: number, events: FoundEvent[], datedOwn: Set<FoundEvent>): Inherited | null {
  const inSentence = datesIn(ctx, ctx.sentences[si]);
  if (inSentence.length !== 1) return null;
  const d = inSentence[0];
  const owner = events.find((x) => x !== e && datedOwn.has(x) && d.start >= x.start && d.end <= x.end);
  if (owner && isSubjectOf(ctx, owner, e)) return inherited(d);
  return owner && (owner.start > e.start || relativeBefore(ctx, owner, e)) ? null : inherited(d);
}

/** "The November 1 strike | damaged a substation": a dated happening that opens the clause as its subject; what the clause tells, it did then. */
const isSubjectOf = (ctx: EventCtx, owner: FoundEvent, e: FoundEvent) =>
  owner.start >= e.start && owner.end <= e.end && /^\s*(?:the|this|that)?\s*$/i.test(ctx.text.slice(e.start, owner.start));

/** The verb a clause with no subject of its own opens with: "visited a hospital", "and then laid a wreath". */
const OPENING_VERB = /^[\s,]*(?:(?:and|then|later|also)\s+)*(\p{Ll}+)\b/u;
const PAST_WORD = new RegExp(`^${PAST_VERB.source}$`, "u");
const simplePast = (word: string | undefined) => !!word && word !== "had" && (PAST_WORD.test(word) || isPastTense(word));
/** The opening words of a sentence up to a set-off relative hold a noun phrase only, no verb: the relative is its subject's. */
const subjectOnly = (words: string) => !(words.match(LOWER_WORDS) ?? []).some(simplePast);

/**
 * "The minister, who arrived in Kyiv on Monday, visited a hospital and met the mayor": a main clause in the simple
 * past, with no subject or date of its own, whose subject's set-off relative (also in the simple past) is dated to the
 * day, tells the same trip and takes that day. Not "The firm, which signed a deal on Monday, has been invited", nor a
 * relative's month or year ("who took office in 2019") — background, not the trip.
 */
function subjectsRelativeDay(ctx: EventCtx, e: FoundEvent, si: number, events: FoundEvent[], datedOwn: Set<FoundEvent>): Inherited | null {
  const s = ctx.sentences[si];
  const relative = events.find((x) => datedOwn.has(x) && x.datePrecision === "day" && x.start > s.start && x.end <= e.start && relativeBefore(ctx, x, e));
  if (!relative || !subjectOnly(ctx.text.slice(s.start, relative.start))) return null;
  const verbOf = (x: FoundEvent) => OPENING_VERB.exec(ctx.text.slice(x.start, x.end))?.[1];
  if (!simplePast(verbOf(relative)) || !simplePast(verbOf(e))) return null;
  return { date: relative.date, datePrecision: relative.datePrecision, dateText: null };
}

/** "… came a day after Indian Oil and Rosneft signed a deal": a relation phrase right before the clause dates it. */
function relationRightBefore(ctx: EventCtx, e: FoundEvent, si: number): Inherited | null {
  const adjacent = datesIn(ctx, ctx.sentences[si]).find((d) => d.source === "anchor" && /^[\s,]*$/.test(ctx.text.slice(d.end, e.start)));
  return adjacent ? inherited(adjacent) : null;
}

/** An earlier dated event of the same type at the same place, which this one goes on to describe. */
function sameHappeningBefore(ctx: EventCtx, e: FoundEvent, si: number, events: FoundEvent[]): Inherited | null {
  if (!e.location) return null;
  const paragraph = ctx.sentences[si].paragraph;
  // What goes on to describe a happening follows it within a few paragraphs, not after six or more on other things.
  const near = (x: FoundEvent) => paragraph - (ctx.sentences[sentenceAt(ctx, x.start)]?.paragraph ?? 0) <= 5;
  return events.findLast((x) => x !== e && x.start < e.start && x.date && x.type === e.type && x.location === e.location && near(x)) ?? null;
}

/** For an event in a sentence without dates: the date of the previous sentence of its paragraph, which it continues. */
function previousSentenceDate(ctx: EventCtx, e: FoundEvent, si: number, events: FoundEvent[]): Inherited | null {
  const s = ctx.sentences[si], prev = ctx.sentences[si - 1];
  if (!prev || datesIn(ctx, s).length) return null;
  // A paragraph that opens with a quote continues the attribution paragraph before it.
  const quoteOpens = ctx.quotes.some((q) => q.start <= s.start + 1 && q.end > s.start) && prev.paragraph === s.paragraph - 1;
  if (prev.paragraph !== s.paragraph && !quoteOpens) return null;
  // The last dated event of the previous sentence, its date as given there (not re-inherited text).
  const before = events.filter((x) => x !== e && x.date && x.start >= prev.start && x.start < prev.end);
  const last = before[before.length - 1];
  if (last) return { date: last.date, datePrecision: last.datePrecision, dateText: null };
  // Else the only date of that sentence, e.g. of a bare speech report ("X told a news conference on Thursday …").
  const only = datesIn(ctx, prev);
  return only.length === 1 ? inherited(only[0], null) : null;
}

/** A lead in the perfect ("X has called on …") takes the day on which the next sentence has the same actor act. */
function nextSentenceDayOfPerfect(ctx: EventCtx, e: FoundEvent, si: number): Inherited | null {
  const next = ctx.sentences[si + 1];
  const lead = ctx.text.slice(e.start, e.end);
  if (!next || !PRESENT_PERFECT.test(lead) || /\b(?:has|have)\s+(?:long|always|never|repeatedly|often)\b/.test(lead)) return null;
  const subject = ctx.index.mentions.find((m) => m.start >= e.start && m.end <= e.end && !inQuote(ctx, m.start));
  const again = subject && ctx.index.mentions.some((m) => m.actor === subject.actor && m.start >= next.start && m.end <= next.end && !inQuote(ctx, m.start));
  const day = datesIn(ctx, next).filter((d) => d.precision === "day");
  return again && day.length === 1 ? inherited(day[0]) : null;
}

/** "The firm, which signed a deal in 2024, | has been invited": the date of a relative set off before a clause is the relative's own. */
const relativeBefore = (ctx: EventCtx, owner: FoundEvent, e: FoundEvent) =>
  owner.end <= e.start && /,\s+wh(?:o|ich)\s+$/.test(ctx.text.slice(Math.max(0, owner.start - 8), owner.start));

/** What places a clause at a happening it names: "demanded |at| the talks …", "halted processing |after| an attack …". */
const SETTING = /\b(?:at|during|after|following|amid|on\s+the\s+sidelines\s+of|in\s+the\s+wake\s+of)\s+(?:(?:the|an?|his|her|its|their)\s+)?$/i;

const SPEECH = /\b(?:said|says|told|tells|speaking|spoke|added|wrote)\b/i;

/**
 * "Moscow demanded at the talks in Istanbul on July 7", "the refinery halted processing after an attack on 24 August":
 * a clause that names, as its setting, a dated happening inside it happened then.
 */
function settingOf(ctx: EventCtx, e: FoundEvent, events: FoundEvent[]): Pick<FoundEvent, "date" | "datePrecision" | "dateText"> | null {
  const inner = events.find((x) => x !== e && x.date && x.dateText && x.start > e.start && x.end <= e.end);
  if (!inner || !SETTING.test(ctx.text.slice(Math.max(e.start, inner.start - 40), inner.start))) return null;
  // A speech report left for the happening gate ("X said the ministers discussed …", "Speaking at a meeting, …") is
  // not dated by what it talks about.
  if (e.loose && SPEECH.test(ctx.text.slice(e.start, inner.start))) return null;
  return LEADING_SEQUENCE.test(ctx.text.slice(e.start, inner.start)) ? noFinerThanMonth(inner) : inner;
}

/** "Following the Alaska summit on August 15, Trump promised …": an adjunct opening the clause names what came before it. */
const LEADING_SEQUENCE = /^[\s,]*(?:(?:but|and|then)\s+)?(?:after|following)\s+(?:(?:the|an?|his|her|its|their)\s+)?$/i;

/**
 * The day of a happening the clause follows is not the clause's own day (its own happening is proposed apart): the
 * clause keeps that date no finer than its month, as nothing more precise than the text is given.
 */
function noFinerThanMonth(inner: FoundEvent): Pick<FoundEvent, "date" | "datePrecision" | "dateText"> {
  if (inner.datePrecision !== "day" && inner.datePrecision !== "week") return inner;
  return { date: inner.date!.slice(0, 7), datePrecision: "month", dateText: null };
}

/** "…, the minister announced on Friday": an announcement set off after what it tells is its attribution. */
const TRAILING_ANNOUNCEMENT = /,\s+(?:[^,;]{1,100}\s)?(?:announced|confirmed)\s*$/;

const PERFECT_RESULT = /\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?(?:been\s+)?\p{Ll}{3,}/u;

/**
 * "North Korea has sent 3,000 engineers since August, the ministry said on Tuesday": a result the clause counts in the
 * perfect is dated by the start of its span, when both open the clause (not "Merz, who has championed the loan since
 * September, told …", nor "…, bringing the total it has sent since 2024 to …").
 */
const perfectSince = (text: string, from: number, d: DateMention) => !/[,;]\s/.test(text.slice(from, d.start)) && PERFECT_RESULT.test(text.slice(from, d.start));

/** "up 6% from August", "than in May", "compared with last year": the period a figure is compared with, not when anything happened. */
const isBaseline = (text: string, d: DateMention) =>
  /^from\b/i.test(d.text) || /\b(?:than|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:in\s+|the\s+same\s+\w+\s+(?:of|in)\s+)?$/i.test(text.slice(Math.max(0, d.start - 40), d.start));

/**
 * "Ukraine's seaports handled 9.8 million tonnes in September, the ports authority said on Monday": a clause dated
 * only by its trailing attribution's day ("said", "announced"), while what it reports carries a date of its own,
 * happened then. The other date must be the only one before the attribution, not a span's start ("since January")
 * unless it opens a perfect, and not a happening named inside the clause.
 */
function contentDates(ctx: EventCtx, events: FoundEvent[]) {
  for (const e of events) {
    const report = ctx.dates.find((d) => d.text === e.dateText && d.start >= e.start && d.end <= e.end);
    if (!report || !(isReportDate(ctx.text, report.start) || TRAILING_ANNOUNCEMENT.test(ctx.text.slice(Math.max(e.start, report.start - 120), report.start)))) continue;
    const named = events.filter((x) => x !== e && x.start >= e.start && x.end <= e.end);
    const content = ctx.dates.filter(
      (d) => d !== report && d.date && d.start >= e.start && d.end <= report.start && !inQuote(ctx, d.start) && (!/^since\b/i.test(d.text) || perfectSince(ctx.text, e.start, d)) && !isBaseline(ctx.text, d) && !named.some((x) => d.start >= x.start && d.end <= x.end),
    );
    // "between April and June" is one date already (dates.ts reads a range as its start).
    if (content.length !== 1) continue;
    const [only] = content;
    Object.assign(e, { date: only.date, datePrecision: only.precision, dateText: only.text });
  }
}

/** "withdrew from |the talks at the end of May", "had hosted |the conference in June 2024": a past verb whose object is the happening. */
const GOVERNED = /(?:^|\s)(\p{Ll}{3,})\s+(?:(?:from|out\s+of|into|in|to|with)\s+)?(?:(?:the|an?|his|her|its|their)\s+)?$/u;
const governedBy = (lead: string) => {
  const verb = GOVERNED.exec(lead)?.[1];
  return !!verb && hasPastVerb(verb) && !SPEECH.test(verb);
};

/**
 * "A consortium withdrew from the talks at the end of May", "Oslo had hosted the conference in June 2024": a kept event
 * with no date phrase of its own whose past verb takes a dated happening named inside it as its object happened then,
 * not on the day it was reported. `candidates`: every event proposed before the gate (the named happening may not be
 * kept). Run after the gate, which weighs the date phrases the clause itself gives.
 */
export function dateByHappeningObject(ctx: EventCtx, kept: FoundEvent[], candidates: FoundEvent[]) {
  for (const e of kept) {
    if (e.dateText) continue;
    // "discussed a plan modeled on the accord signed in 2021": a thing done at its own time is no happening the verb joined.
    const inner = candidates.find((x) => x.dateText && !x.relativeDated && x.start > e.start && x.end <= e.end);
    if (!inner || !governedBy(ctx.text.slice(Math.max(e.start, inner.start - 40), inner.start))) continue;
    Object.assign(e, { date: inner.date, datePrecision: inner.datePrecision, dateText: inner.dateText });
  }
}
