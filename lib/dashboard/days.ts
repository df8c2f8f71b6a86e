import { addDays, format } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import type { EventType } from "@/lib/generated/prisma/enums";
import { EVENT_TYPES, type EventCategory } from "@/lib/events/codebook";
import { toQueryString } from "@/lib/url/search-params";

// Pure shaping of the dashboard's per-day counts. An event whose own range is one day is a bar on that
// day; one known only to a week, month or longer is never put on a day it may not have happened on: it
// is counted once in the total and drawn as a band over the days of the window its range covers.

export type WindowDayCount = { day: string; dayEnd: string; type: EventType; n: number };

export type DashboardDay = {
  day: string;
  label: string;
  title: string;
  /** The timeline for that day: these bars plus the less precise events covering it. */
  href: string;
  /** Events dated to this very day. */
  total: number;
  /** Events known only to a longer period that includes this day (drawn as a band). */
  spread: number;
} & Record<EventCategory, number>;

export type DashboardDays = {
  from: string;
  to: string;
  days: DashboardDay[];
  /** Events in the window dated to a single day. */
  dayPrecise: number;
  /** Events whose range (a week, a month, a quarter …) overlaps the window without being one day. */
  lessPrecise: number;
  /** The timeline over the whole window. */
  href: string;
};

const utcDay = (iso: string) => new UTCDate(`${iso}T00:00:00Z`);
const iso = (d: Date) => format(new UTCDate(d), "yyyy-MM-dd");

/** The types of a category, for a link that narrows the timeline to it. */
export function typesOf(category: EventCategory): EventType[] {
  return (Object.keys(EVENT_TYPES) as EventType[]).filter((t) => EVENT_TYPES[t].category === category);
}

export function timelineHref(params: { from?: string; to?: string; type?: EventType[]; actor?: string[]; place?: string }): string {
  return `/timeline${toQueryString({ actor: params.actor ?? [], type: params.type ?? [], place: params.place, from: params.from, to: params.to })}`;
}

export function shapeDays(rows: WindowDayCount[], window: { from: string; to: string }): DashboardDays {
  const days: DashboardDay[] = [];
  for (let d = window.from; d <= window.to; d = iso(addDays(utcDay(d), 1))) {
    days.push({
      day: d,
      label: format(utcDay(d), "d MMM"),
      title: format(utcDay(d), "EEEE d MMMM yyyy"),
      href: timelineHref({ from: d, to: d }),
      total: 0,
      spread: 0,
      military: 0,
      diplomacy: 0,
      policy: 0,
      other: 0,
    });
  }
  const byDay = new Map(days.map((d) => [d.day, d]));
  let dayPrecise = 0;
  let lessPrecise = 0;
  for (const row of rows) {
    if (row.dayEnd < window.from || row.day > window.to) continue;
    if (row.day === row.dayEnd) {
      const bar = byDay.get(row.day)!;
      bar[EVENT_TYPES[row.type].category] += row.n;
      bar.total += row.n;
      dayPrecise += row.n;
      continue;
    }
    lessPrecise += row.n;
    for (const bar of days) if (bar.day >= row.day && bar.day <= row.dayEnd) bar.spread += row.n;
  }
  return { ...window, days, dayPrecise, lessPrecise, href: timelineHref(window) };
}
