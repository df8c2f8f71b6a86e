/**
 * The last source of a date (issue 9: clause, noun modifier, sentence, paragraph, dateline, then the publication
 * date): a happening a news report tells in the simple past with no date anywhere around it happened on the day of
 * the report ("Grid operator Ukrenergo introduced emergency power cuts"). Not so a result in the present perfect
 * ("The US has already imposed an extra duty"), except in the lead, or a past before the past ("Moscow had rejected …"), which are
 * background; nor anything when the publication date is unknown. An interview's answer is dated so too: what it tells
 * in the simple past is the news it was held about (validation: the news day was right for half of them, none was
 * right undated).
 */
import { isReportDate } from "../dates";
import type { EventCtx, FoundEvent } from "./context";
import { entryLeads } from "./live-blog";

const PERFECT = /\b(?:has|have|'s|’s|'ve|’ve)\s+(?:not\s+|already\s+|\p{Ll}+ly\s+)?(?:been\s+)?\p{Ll}+(?:ed|en|wn|ne|ht|ck|ut|ld|(?<!i)ng|id)\b/u;
/** "had" + participle is a back-shifted simple past only inside a report ("said its air defences had intercepted …"). */
const PLUPERFECT = /\bhad\s+(?:not\s+|already\s+|\p{Ll}+ly\s+)?(?:been\s+)?\p{Ll}+/u;
const REPORT = /\b(?:said|says|told|reported|announced|claimed|added|wrote|stated|confirmed)\b/;
/** Words placing a happening before the day's news ("once", "previously"); not "the first …" nor "hours before …". */
const BACKGROUND = /\b(?:since|ago|previously|earlier|formerly|once|(?<!\bthe\s+)first|already|last|(?<!\b(?:hours|minutes|shortly|just|moments)\s+)before)\b/i;

/** "has been raging": a state over time, never the day's news. */
const PROGRESSIVE_PERFECT = /\b(?:has|have|had)\s+been\s+\p{Ll}+ing\b/u;

/** `lead`: the article's first happening, where a perfect is the "hot news" of the day ("Takaichi has told Zelenskyy that …"). */
export function isBackground(clause: string, lead = false): boolean {
  if ((PERFECT.test(clause) && !lead) || PROGRESSIVE_PERFECT.test(clause) || BACKGROUND.test(clause)) return true;
  const had = PLUPERFECT.exec(clause);
  return !!had && !REPORT.test(clause.slice(0, had.index));
}

const DAY = 86_400_000;

/** Happenings dated to a day within the three days before publication: the days a report's news may be on. */
function recentlyDated(events: FoundEvent[], publishedOn: string): FoundEvent[] {
  const lagOf = (date: string) => (Date.parse(publishedOn) - Date.parse(date)) / DAY;
  return events.filter((e) => e.datePrecision === "day" && e.date && lagOf(e.date) >= 0 && lagOf(e.date) <= 3);
}

/**
 * The day the report is about: its lead's day when that lies within the three days before publication (a news report
 * opens with its news: "The delegations met in Istanbul on Tuesday", though the minister spoke of it on Wednesday), else
 * the latest such day on which it tells a happening ("Russia launched 400 drones overnight into Monday" in a Tuesday
 * paper). What the report goes on to tell without a date happened then, not on the day it went to print.
 */
function newsDay(events: FoundEvent[], recent: FoundEvent[], publishedOn: string): { day: string; fromLead: boolean } {
  const lead = events.reduce<FoundEvent | null>((a, e) => (!a || e.start < a.start ? e : a), null);
  if (lead && recent.includes(lead)) return { day: lead.date!, fromLead: true };
  return { day: recent.length ? recent.map((e) => e.date!).sort().pop()! : publishedOn, fromLead: false };
}

/** Whether a happening's day is its own, told in its clause: not inherited, nor the day it was spoken of ("said on Wednesday that …"). */
function toldOwnDay(ctx: EventCtx, e: FoundEvent): boolean {
  const d = e.dateText ? ctx.dates.find((x) => x.start >= e.start && x.end <= e.end && x.text === e.dateText) : undefined;
  return !!d && !isReportDate(ctx.text, d.start);
}

/**
 * The day the story has moved on to when `e` is told: the lead's day, unless the nearest happening dated before it
 * happened later, on a day of its own ("On Wednesday, drones struck Izmail. ¶ The air force shot down 45 drones": Wednesday).
 */
function storyDayAt(ctx: EventCtx, e: FoundEvent, recent: FoundEvent[], leadDay: string): string {
  const last = recent.filter((x) => x.start < e.start).reduce<FoundEvent | null>((a, x) => (!a || x.start > a.start ? x : a), null);
  return last && last.date! > leadDay && toldOwnDay(ctx, last) ? last.date! : leadDay;
}

/** `all`: every event of the article, when `events` is a part of them (the news day and the lead are the article's). */
export function datePublished(ctx: EventCtx, events: FoundEvent[], publishedOn: string | null | undefined, all = events) {
  if (!publishedOn) return;
  const lead = all.reduce<FoundEvent | null>((a, e) => (!a || e.start < a.start ? e : a), null);
  const recent = recentlyDated(all, publishedOn);
  const news = newsDay(all, recent, publishedOn);
  const leads = entryLeads(ctx, all);
  for (const e of events) {
    if (e.date || isBackground(ctx.text.slice(e.start, e.end), e === lead || leads.has(e))) continue;
    e.date = news.fromLead ? storyDayAt(ctx, e, recent, news.day) : news.day;
    e.datePrecision = "day";
    e.dateText = null;
    e.onNewsDay = true;
  }
}

/** Whether a date (YYYY, YYYY-MM or YYYY-MM-DD) lies wholly after the publication day. */
export const isAfter = (date: string, publishedOn: string) => date.slice(0, publishedOn.length) > publishedOn.slice(0, date.length);

/**
 * "Rheinmetall announced it would open a plant next year": a date after publication is the plan's, not the
 * happening's, which is the announcement, dated as an undated clause is (the news day, unless background). Run after
 * the happening gate, which weighs the date phrase as the clause gave it.
 */
export function undatePlans(ctx: EventCtx, events: FoundEvent[], publishedOn: string | null | undefined) {
  if (!publishedOn) return;
  const planned = events.filter((e) => e.date && isAfter(e.date, publishedOn));
  for (const e of planned) Object.assign(e, { date: null, datePrecision: "unknown", dateText: null });
  datePublished(ctx, planned, publishedOn, events);
}
