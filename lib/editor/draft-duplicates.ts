import type { Review, ReviewEvent } from "@/lib/editor/schemas";
import { sameHappening } from "@/lib/editor/matching";
import { textOrder } from "@/lib/editor/spans";

// Two proposals of one article that tell the same happening (the article says it twice, or the engine
// split it): found before publish so that one event with both sources' details is stored, not two.

/**
 * Each accepted event that repeats an earlier one (in text order), mapped to that earlier one's index;
 * pairs the editor said are different ("index:index") are left out.
 */
export function draftDuplicates(review: Pick<Review, "events">, different: ReadonlySet<string> = new Set()): Map<number, number> {
  const kept = textOrder(review.events)
    .map((i) => ({ e: review.events[i], i }))
    .filter(({ e }) => e.accepted && !e.mergeInto);
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
    // The repeat's date taken, so is a "When" the editor typed there and Faultline refused: it still holds Publish back.
    ...(known ? {} : { date: source.date, datePrecision: source.datePrecision, dateText: source.dateText ?? target.dateText, refusedWhen: target.refusedWhen ?? source.refusedWhen }),
    place: target.place?.trim() ? target.place : source.place,
    fatalities: target.fatalities ?? source.fatalities,
    // The editor had said the repeat is a stored event: the telling it folds into is that event too.
    mergeInto: target.mergeInto ?? source.mergeInto,
    accepted: true,
  };
  return { ...review, events: review.events.map((e, i) => (i === into ? merged : i === from ? { ...e, accepted: false, reviewed: true } : e)) };
}
