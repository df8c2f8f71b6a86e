/**
 * "In March 2022, a few days after the invasion began, he joined the territorial defence": a sentence that sets its
 * telling in a time well before the news (a past date outside the happening's clause, not in a relative clause of its
 * own) tells the happening then, not on the news day. Undated happenings of such a sentence take that date, which the
 * publication-date step would otherwise replace with the day of the report.
 */
import type { DateMention } from "../dates";
import { type EventCtx, type FoundEvent, datesIn, sentenceAt } from "./context";

const DAY = 86_400_000;
/** A date this many days or more before publication is the past of the story, not its news. */
const NEWS_WEEK = 7;
/** A relative clause opened before the date and not closed by a comma: the date is that clause's noun's ("a plant that missiles hit in July"). */
const OPEN_RELATIVE = /\b(?:which|who|whom|whose|where|that)\b[^,;:—–]*$/i;

/** Whether a date (YYYY, YYYY-MM or YYYY-MM-DD) ends before a day. */
const whollyBefore = (date: string, day: string) => date < day.slice(0, date.length);

function inOwnRelative(ctx: EventCtx, e: FoundEvent, d: DateMention, sentenceStart: number): boolean {
  // A date after the happening belongs to another clause only if that clause opens after the happening begins.
  const from = d.start > e.start ? e.start : sentenceStart;
  return OPEN_RELATIVE.test(ctx.text.slice(from, d.start));
}

/**
 * Undated happenings, and those given the news day, take the past date their sentence is told in. Run after the
 * happening gate, which weighs the date as the clause and the news day gave it.
 */
export function dateBySentenceFrame(ctx: EventCtx, events: FoundEvent[], publishedOn: string | null | undefined) {
  if (!publishedOn) return;
  for (const e of events) {
    if (e.dateText || (e.date && !e.onNewsDay)) continue;
    const frame = sentenceFrameDate(ctx, e, publishedOn);
    if (frame) Object.assign(e, { date: frame.date, datePrecision: frame.precision, dateText: frame.text, onNewsDay: false });
  }
}

/** The past date the sentence of `e` is told in: the last before its clause, else the first after it; null if none. */
function sentenceFrameDate(ctx: EventCtx, e: FoundEvent, publishedOn: string): DateMention | null {
  const s = ctx.sentences[sentenceAt(ctx, e.start)];
  if (!s) return null;
  const weekBefore = new Date(Date.parse(publishedOn) - NEWS_WEEK * DAY).toISOString().slice(0, 10);
  const frames = datesIn(ctx, s.start, s.end).filter(
    (d) => (d.end <= e.start || d.start >= e.end) && !d.spanStart && !d.promised && whollyBefore(d.date!, weekBefore) && !inOwnRelative(ctx, e, d, s.start),
  );
  return frames.findLast((d) => d.end <= e.start) ?? frames.find((d) => d.start >= e.end) ?? null;
}
