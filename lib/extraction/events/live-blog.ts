/**
 * A live blog is a string of short reports, each under its own time stamp ("14:05", "Updated 9:58 pm"). Each entry
 * opens like a news lead, so a present perfect there ("The council has imposed sanctions on 56 firms") is the news of
 * the day, as in an article's lead.
 */
import type { EventCtx, FoundEvent } from "./context";

/** A line holding only a time of day, optionally after "Updated". */
const TIME_STAMP = /^[ \t]*(?:Updated:?\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?[ \t]*$/gim;

/** The ends of the time-stamp lines, when there are at least two (one alone is a byline's time). */
function stampEnds(text: string): number[] {
  const ends = [...text.matchAll(TIME_STAMP)].map((m) => m.index + m[0].length);
  return ends.length >= 2 ? ends : [];
}

/** The first happening of each live-blog entry. */
export function entryLeads(ctx: EventCtx, events: FoundEvent[]): Set<FoundEvent> {
  const byStart = [...events].sort((a, b) => a.start - b.start);
  const ends = stampEnds(ctx.text);
  const leads = ends.map((end, i) => byStart.find((e) => e.start >= end && e.start < (ends[i + 1] ?? Infinity)));
  return new Set(leads.filter((e): e is FoundEvent => !!e));
}
