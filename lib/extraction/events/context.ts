/** What every event step reads: the analysed text, and the shape of a found event. */
import type { ActorIndex } from "../actors";
import type { DateMention, Precision } from "../dates";
import type { QuoteSpan, Sentence } from "../sentences";

export const EVENT_TYPES = [
  "summit_talks", "phone_call", "proposal", "rejection", "agreement_ceasefire", "missile_drone_strike", "energy_infrastructure_attack",
  "ground_battle", "ground_advance", "aid_arms_decision", "sanctions", "threat_warning", "casualties", "political_change", "other",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export type EventRole = "initiator" | "target" | "participant";

export interface FoundEvent {
  title: string;
  type: EventType;
  date: string | null;
  datePrecision: Precision;
  dateText: string | null;
  actors: string[];
  actorRoles: { name: string; role: EventRole }[];
  location: string | null;
  fatalities: number | null;
  start: number;
  end: number;
  /** Every span that reports this happening, the first included, when more than one does (see coreference.ts). */
  mentions?: { start: number; end: number }[];
  /** Proposed by the loose candidate rule (no trigger, no date): kept only if the happening gate accepts it. */
  loose?: boolean;
  /** Dated by the publication-date step (the news day), not by a phrase of the text nor by inheritance. */
  onNewsDay?: boolean;
  /** Told by a reduced or contact relative on a noun ("the accord signed in 2021"): its date is the noun's, not the clause's around it. */
  relativeDated?: boolean;
  /** The happening gate's features, only when every candidate is asked for (training). */
  features?: string[];
  /** Why the non-event step would drop it (events/non-events.ts), only on the unfiltered candidates (to measure the cues). */
  nonEvent?: string;
}

export interface EventCtx {
  text: string;
  sentences: Sentence[];
  quotes: QuoteSpan[];
  index: ActorIndex;
  dates: DateMention[];
}

export const inQuote = (ctx: EventCtx, pos: number) => ctx.quotes.some((q) => pos >= q.innerStart && pos < q.innerEnd);

export const sentenceAt = (ctx: EventCtx, pos: number) => ctx.sentences.findIndex((s) => pos >= s.start && pos < s.end);

/** Dates resolved to a calendar value inside a span, outside quotations. */
export const datesIn = (ctx: EventCtx, start: number, end: number) =>
  ctx.dates.filter((d) => d.start >= start && d.end <= end && d.date && !inQuote(ctx, d.start));

/** The speaker label of an interview turn ("Meduza: ", "Stanovaya: "): one to three capitalised words and a colon. */
export const SPEAKER_LABEL = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}:\s+/u;

/** Whether the sentence holding `pos` asks a question: an interview question reports no happening. */
export function isQuestion(ctx: EventCtx, pos: number): boolean {
  const s = ctx.sentences[sentenceAt(ctx, pos)];
  return !!s && /\?["”’)]?\s*$/.test(ctx.text.slice(s.start, s.end));
}
