import type { EventRole, EventType } from "@/lib/generated/prisma/enums";
import { formatPartialDate, isoDay, type DatePrecision } from "@/lib/dates/partial-date";
import { byLocale } from "@/lib/text/collate";
import { EVENT_TYPES, type EventCategory } from "./codebook";

// How an event row reads on every page (timeline, table, event page, related events, place pages):
// its type in words, its date at its real precision, and where the timeline places it.

/** The columns of "Event" every shape needs. */
export type EventRowBase = {
  id: string; title: string; description: string | null; type: EventType; startDate: Date | null; endDate: Date | null;
  datePrecision: DatePrecision; dateText: string | null; place: string | null; fatalities: number | null; verified: boolean;
};

export type EventBase = {
  id: string;
  title: string;
  description: string | null;
  type: EventType;
  typeLabel: string;
  category: EventCategory;
  startDate: string | null;
  endDate: string | null;
  precision: DatePrecision;
  /** The date as the first article wrote it ("last Friday", "in July"). */
  dateText: string | null;
  /** "5 Sep 2025", "week of 1 Sep 2025", "Apr 2025", "date unknown, reported 7 Sep 2025". */
  dateLabel: string;
  /** Where the timeline places it: its start, or for an undated event the day it was first reported. */
  placedOn: string | null;
  reportedOn: string | null;
  place: string | null;
  fatalities: number | null;
  verified: boolean;
};

/** `reportedOn`: the day a published article first reported it (from its visible sources), if any. */
export function shapeEventBase(e: EventRowBase, reportedOn: Date | string | null): EventBase {
  const reported = reportedOn === null ? null : typeof reportedOn === "string" ? new Date(`${reportedOn}T00:00:00Z`) : reportedOn;
  const reportedIso = reported ? isoDay(reported) : null;
  const dated = e.startDate !== null && e.datePrecision !== "unknown";
  return {
    id: e.id,
    title: e.title,
    description: e.description,
    type: e.type,
    typeLabel: EVENT_TYPES[e.type].label,
    category: EVENT_TYPES[e.type].category,
    startDate: dated ? isoDay(e.startDate!) : null,
    endDate: dated && e.endDate ? isoDay(e.endDate) : null,
    precision: dated ? e.datePrecision : "unknown",
    dateText: e.dateText,
    dateLabel: formatPartialDate(dated ? e.startDate : null, dated ? e.datePrecision : "unknown", { end: e.endDate, reportedOn: reported }),
    placedOn: dated ? isoDay(e.startDate!) : reportedIso,
    reportedOn: reportedIso,
    place: e.place,
    fatalities: e.fatalities,
    verified: e.verified,
  };
}

export const ROLE_ORDER: Record<EventRole, number> = { initiator: 0, target: 1, participant: 2 };


/** Actors as every event lists them: initiators, then targets, then participants; by name within a role. */
export function byRole<A extends { role: EventRole; name: string }>(actors: A[]): A[] {
  return [...actors].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || byLocale(a.name, b.name));
}
