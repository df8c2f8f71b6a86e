/** Which of a clause's date phrases dates its happening. */
import { precisionRank, type DateMention } from "../dates";
import { VERBS as REPORTING_VERBS } from "../statements/context";
import { hasPastVerb, MODAL } from "./triggers";

/** Where a report's complement starts ("X said on Monday that |…"), its words, and the article's text. */
export interface Reported {
  from: number;
  complement: string;
  text: string;
}

/**
 * A clause's date: the most precise, then the earliest. In a report whose complement tells a past happening, that
 * happening's own date wins however coarse ("said on Monday that its troops had taken the village last month"),
 * unless it lies after the report's day (a plan); otherwise the complement's date wins a tie ("KCNA reported
 * Thursday that Kim had inspected a factory the previous day"). A date of the plan a report tells dates nothing.
 */
export function pickDate(dates: DateMention[], reported?: Reported): DateMention | null {
  // "Qatar has brokered the return of 200 children since 2023": a span's start alone dates no happening.
  // "pledged to deliver the jets by March": the pledge's time is not the one it sets.
  // "has struck the grid every winter since the invasion in February 2022, most heavily on Monday": the other date.
  const kept = dates.filter((d) => !d.promised && !inPlanTold(d, reported));
  const ds = reported || kept.some((d) => !d.spanStart) ? kept.filter((d) => !d.spanStart) : kept;
  const from = reported?.from ?? Infinity;
  const reportDay = ds.filter((d) => d.start < from).pop();
  const past = !!reported && hasPastVerb(reported.complement) && !MODAL.test(reported.complement);
  const told = past ? ds.filter((d) => d.start >= from && (!reportDay || d.from <= reportDay.to)) : [];
  const pool = told.length ? told : ds;
  const inComplement = (d: DateMention) => (d.start >= from ? 0 : 1);
  return [...pool].sort((a, b) => precisionRank(a.precision) - precisionRank(b.precision) || inComplement(a) - inComplement(b) || a.start - b.start)[0] ?? null;
}

/** "said Ireland would provide €5 million this year": a date after the complement's modal is the plan's time, not the report's. */
function inPlanTold(d: DateMention, reported: Reported | undefined): boolean {
  if (!reported) return false;
  const modal = MODAL.exec(reported.complement);
  if (!modal) return false;
  const planStart = reported.from + modal.index;
  return d.start >= planStart;
}

/** "… and had returned", "… but was killed": a second predicate sharing the clause's subject (no subject of its own). */
const SECOND_PREDICATE = /\s(?:and|but)\s+(?:then\s+)?((?:had|has|have|was|were)\s+)?(?:been\s+)?(?:\p{Ll}+ly\s+)?(\p{Ll}{3,})\b/gu;

/**
 * "…, forcing the airport to close", "…, including the Kirishi plant": a participle set off by a comma, its own happening
 * or part. Not a reporting one ("said on Monday, adding that …, that …") nor one naming a source ("…, citing radar data,
 * that …"): neither is a predicate of the clause's own.
 */
const SET_OFF_HAPPENING_PARTICIPLE = new RegExp(String.raw`,\s+(?:\p{Ll}+ly\s+)?(?!(?:${REPORTING_VERBS}|citing|quoting|according)\b)\p{Ll}{3,}ing\b`, "u");
/** "…, according to customs data published on Wednesday": a source set off by a comma, up to the next; its dates are the source's. */
const SET_OFF_SOURCE = /,\s+(?:citing|quoting|according\s+to)\b[^,;]*/gu;

/** The dates outside the clause's set-off sources, if any are. */
function outsideSources(dates: DateMention[], clause: string, start: number): DateMention[] {
  const sources = [...clause.matchAll(SET_OFF_SOURCE)].map((m) => ({ from: start + m.index, to: start + m.index + m[0].length }));
  const own = dates.filter((d) => !sources.some((s) => d.start >= s.from && d.start < s.to));
  return own.length ? own : dates;
}

/**
 * "She moved to Haifa in 2019 and had returned to Odesa in June", "Balloons drifted over the base a year ago, forcing
 * the airport to close on 4 November": a date after a second predicate or a set-off participle is that one's time; the
 * clause's own happening keeps the dates told before it, when there are any.
 */
export function firstPredicateDates(dates: DateMention[], text: string, start: number, end: number): DateMention[] {
  if (dates.length < 2) return dates;
  const clause = text.slice(start, end);
  const own = outsideSources(dates, clause, start);
  const second = [...clause.matchAll(SECOND_PREDICATE)].find((m) => m[1] || hasPastVerb(m[2]));
  const cuts = [second?.index, SET_OFF_HAPPENING_PARTICIPLE.exec(clause)?.index].filter((i) => i !== undefined);
  if (!cuts.length) return own;
  const at = start + Math.min(...cuts);
  const before = own.filter((d) => d.end <= at);
  return before.length ? before : own;
}
