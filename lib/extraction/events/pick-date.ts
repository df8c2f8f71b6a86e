/** Which of a clause's date phrases dates its happening. */
import { precisionRank, type DateMention } from "../dates";
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
 * Thursday that Kim had inspected a factory the previous day").
 */
export function pickDate(dates: DateMention[], reported?: Reported): DateMention | null {
  // "Qatar has brokered the return of 200 children since 2023": a span's start alone dates no happening.
  // "pledged to deliver the jets by March": the pledge's time is not the one it sets.
  // "has struck the grid every winter since the invasion in February 2022, most heavily on Monday": the other date.
  const kept = dates.filter((d) => !d.promised);
  const ds = reported || kept.some((d) => !d.spanStart) ? kept.filter((d) => !d.spanStart) : kept;
  const from = reported?.from ?? Infinity;
  const reportDay = ds.filter((d) => d.start < from).pop();
  const past = !!reported && hasPastVerb(reported.complement) && !MODAL.test(reported.complement);
  const told = past ? ds.filter((d) => d.start >= from && (!reportDay || d.from <= reportDay.to)) : [];
  const pool = told.length ? told : ds;
  const inComplement = (d: DateMention) => (d.start >= from ? 0 : 1);
  return [...pool].sort((a, b) => precisionRank(a.precision) - precisionRank(b.precision) || inComplement(a) - inComplement(b) || a.start - b.start)[0] ?? null;
}
