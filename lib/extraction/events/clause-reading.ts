/** What the steps of ./clause-event.ts know about one clause, and what a clause passes on to the next of its sentence. */
import type { Mention } from "../actors";
import type { DateMention } from "../dates";
import type { Commitment } from "./commitment";
import type { FoundEvent } from "./context";
import type { Trigger } from "./triggers";

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

/** A speech report in a clause ("Kyiv said on Monday that …"), and what it reports. */
export interface ClauseReport {
  /** The report up to its "that" ("said on Monday that"), if the clause has one. */
  reported: RegExpExecArray | null;
  /** Where the main clause ends in the masked clause: after the report's "that", else the clause's length. */
  mainEnd: number;
  /** What the report says happened: after "that", or after a bare "said" ("said the Commission had offered …"); else "". */
  complement: string;
}

/** One clause read so far: its masked text, report, trigger, dates and actors. Offsets in `cm` count from the clause's start. */
export interface ClauseReading extends ClauseReport {
  /** The clause with its quotations and the happenings named by noun phrases blanked out (same length as the clause). */
  cm: string;
  /** The codebook trigger that survives modals and infinitives (./real-trigger.ts). */
  best: Trigger | null;
  /** With no trigger: a commitment, refusal, offer or threat the clause reports (./commitment.ts). */
  commitment: Commitment | null;
  /** The dates written in the clause (before a commitment's promised time), or the date its "when" modifies. */
  own: DateMention[];
  /** The clause's date: one of `own`, or the date of the coordinated clause before. */
  date: DateMention | null;
  /** The actors named in the clause, outside quotations and nominal happenings, not the media. */
  mentions: Mention[];
  subject: Mention | undefined;
}
