import { partialDateFromString } from "@/lib/dates/partial-date";
import type { Review, ReviewEvent } from "@/lib/editor/schemas";
import { titleSimilarity } from "@/lib/editor/matching";

// Two proposals of one article that tell the same happening (the article says it twice, or the engine
// split it): found before publish so that one event with both sources' details is stored, not two.

const PART_ORDER = { title: 0, standfirst: 1, body: 2 };
const SIMILAR_TITLE = 0.5;

/** The days an event's date covers, or null when it is unknown (an unknown date fits any other). */
function daysOf(e: ReviewEvent): [number, number] | null {
  try {
    const { start, end } = partialDateFromString(e.date ?? null, e.datePrecision);
    return start && end ? [start.getTime(), end.getTime()] : null;
  } catch {
    return null;
  }
}

function datesFit(a: ReviewEvent, b: ReviewEvent): boolean {
  const [x, y] = [daysOf(a), daysOf(b)];
  return !x || !y || (x[0] <= y[1] && y[0] <= x[1]);
}

// Two strikes by one side in the same month are often two strikes; on the same day, one told twice.
const onADay = (e: ReviewEvent) => e.datePrecision === "day" && !!daysOf(e);
const placesDiffer = (a: ReviewEvent, b: ReviewEvent) => !!a.place?.trim() && !!b.place?.trim() && titleSimilarity(a.place, b.place) === 0;
const sharesActor = (a: ReviewEvent, b: ReviewEvent) => a.actors.some((x) => b.actors.some((y) => y.key === x.key));

/** Same happening: fitting dates and places, and a similar title, or the same type, a shared actor and a known day. */
export function sameHappening(a: ReviewEvent, b: ReviewEvent): boolean {
  if (placesDiffer(a, b) || !datesFit(a, b)) return false;
  if (titleSimilarity(a.title, b.title) >= SIMILAR_TITLE) return true;
  return a.type === b.type && sharesActor(a, b) && onADay(a) && onADay(b);
}

/**
 * Each accepted event that repeats an earlier one (in text order), mapped to that earlier one's index;
 * pairs the editor said are different ("index:index") are left out.
 */
export function draftDuplicates(review: Review, different: ReadonlySet<string> = new Set()): Map<number, number> {
  const kept = review.events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.accepted && !e.mergeInto)
    .sort((p, q) => PART_ORDER[p.e.part] - PART_ORDER[q.e.part] || p.e.start - q.e.start || p.i - q.i);
  const repeats = new Map<number, number>();
  kept.forEach(({ e, i }, at) => {
    const earlier = kept.slice(0, at).find((k) => !repeats.has(k.i) && !different.has(pairKey(k.i, i)) && sameHappening(k.e, e));
    if (earlier) repeats.set(i, earlier.i);
  });
  return repeats;
}

/** The key of a pair of events the editor marked as different, in either order. */
export const pairKey = (a: number, b: number) => `${Math.min(a, b)}:${Math.max(a, b)}`;

/**
 * Folds event `from` into event `into`: `into` keeps its own words and gains what only `from` knew
 * (its actors, a date, a place, fatalities); `from` is rejected, so it is not published twice.
 */
export function foldEvent(review: Review, from: number, into: number): Review {
  const source = review.events[from];
  const target = review.events[into];
  if (!source || !target || from === into) return review;
  const known = !!target.date && target.datePrecision !== "unknown";
  const merged: ReviewEvent = {
    ...target,
    actors: [...target.actors, ...source.actors.filter((a) => !target.actors.some((t) => t.key === a.key))],
    ...(known ? {} : { date: source.date, datePrecision: source.datePrecision, dateText: source.dateText ?? target.dateText }),
    place: target.place?.trim() ? target.place : source.place,
    fatalities: target.fatalities ?? source.fatalities,
    // The editor had said the repeat is a stored event: the telling it folds into is that event too.
    mergeInto: target.mergeInto ?? source.mergeInto,
    accepted: true,
  };
  return { ...review, events: review.events.map((e, i) => (i === into ? merged : i === from ? { ...e, accepted: false, reviewed: true } : e)) };
}
