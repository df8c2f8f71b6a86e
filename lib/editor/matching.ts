import { partialDateFromString } from "@/lib/dates/partial-date";
import type { ReviewEvent } from "./schemas";

// How alike a proposed record and a stored one are, or two events of one article: pure functions (no
// database), shared by the similar-event and similar-actor checks, the review's "told twice" check and their tests.

const STOPWORDS = new Set(
  "a an and as at after before between by for from in into is its of on over says said the to with was were will against amid".split(" "),
);

/** Lower-cased, accent-free words of a title or name, stopwords dropped, plural/verb endings trimmed. */
export function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map((w) => (w.length > 4 ? w.replace(/(ies|es|s|ed|ing)$/, "") : w));
}

/** Two words name the same thing: equal, or one transliteration of the other (Zelensky, Zelenskiy). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  return n >= 5 && a.slice(0, n - 1) === b.slice(0, n - 1);
}

/** Dice coefficient over title words (0 to 1): 2 × shared / (words of both). */
export function titleSimilarity(a: string, b: string): number {
  return wordSimilarity([...new Set(words(a))], [...new Set(words(b))]);
}

/** titleSimilarity over words already split by words() and de-duplicated (to split a long list once). */
export function wordSimilarity(x: string[], y: string[]): number {
  if (!x.length || !y.length) return 0;
  // Each word pairs with at most one on the other side ("vladimir" may not count for "vladimirovich" too).
  const free = [...y];
  let shared = 0;
  for (const w of x) {
    const i = free.findIndex((v) => v === w);
    const j = i >= 0 ? i : free.findIndex((v) => sameWord(w, v));
    if (j >= 0) {
      free.splice(j, 1);
      shared++;
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** A title this alike names the same happening by itself (dates fitting): the bar of eventMatch and sameHappening. */
export const SAME_TITLE = 0.5;

export type PlaceComparison = "same" | "overlapping" | "different" | "unknown";

/**
 * How two places' names compare: the same words (case, accents and stopwords aside), some words in common
 * ("Kyiv" and "Kyiv region"), none; unknown when either is not named. The one definition of "same place".
 */
export function comparePlaces(a: string | null | undefined, b: string | null | undefined): PlaceComparison {
  if (!a?.trim() || !b?.trim()) return "unknown";
  if (words(a).join(" ") === words(b).join(" ")) return "same";
  return titleSimilarity(a, b) === 0 ? "different" : "overlapping";
}

export type EventLike = { title: string; type: string; place?: string | null; actorIds: string[] };
export type EventMatch = { score: number; reasons: string[]; sharedActorIds: string[] };

/**
 * How likely a stored event (already inside the proposal's date window) is the proposed happening.
 * Title words, shared actors and the place decide; the type only breaks ties, since two articles often
 * type one happening differently (a summit, a phone call, a proposal). Null when it is not a candidate:
 * it needs a very similar title, or two of: a similar title, an actor in common, the same place.
 */
export function eventMatch(proposed: EventLike, stored: EventLike): EventMatch | null {
  const title = titleSimilarity(proposed.title, stored.title);
  const sharedActorIds = proposed.actorIds.filter((id) => stored.actorIds.includes(id));
  const actorShare = sharedActorIds.length ? sharedActorIds.length / Math.max(1, Math.min(proposed.actorIds.length, stored.actorIds.length)) : 0;
  const place = comparePlaces(proposed.place, stored.place) === "same";
  const signals = [title >= 0.25, sharedActorIds.length > 0, place].filter(Boolean).length;
  if (title < SAME_TITLE && signals < 2) return null;
  const reasons = ["date within 3 days"];
  if (title >= 0.25) reasons.push("similar title");
  if (sharedActorIds.length) reasons.push(sharedActorIds.length === 1 ? "1 actor in common" : `${sharedActorIds.length} actors in common`);
  if (place) reasons.push("same place");
  if (proposed.type === stored.type) reasons.push("same type");
  const score = 0.5 * title + 0.3 * Math.min(1, actorShare) + 0.15 * (place ? 1 : 0) + 0.05 * (proposed.type === stored.type ? 1 : 0);
  return { score: Math.round(score * 100) / 100, reasons, sharedActorIds };
}

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
const sharesActor = (a: ReviewEvent, b: ReviewEvent) => a.actors.some((x) => b.actors.some((y) => y.key === x.key));

/**
 * Two events of one article tell the same happening: fitting dates and no two places, and a title as alike as
 * eventMatch's bar, or the same type, a shared actor and a known day. Stricter than eventMatch, which only offers
 * stored candidates: an article telling two strikes of one side in a month usually means two strikes.
 */
export function sameHappening(a: ReviewEvent, b: ReviewEvent): boolean {
  if (comparePlaces(a.place, b.place) === "different" || !datesFit(a, b)) return false;
  if (titleSimilarity(a.title, b.title) >= SAME_TITLE) return true;
  return a.type === b.type && sharesActor(a, b) && onADay(a) && onADay(b);
}

/** A name split once into its words and, for "Russia's Northern Command", its owner's words. */
export type NameWords = { words: string[]; owner: string[] | null };

export function nameWords(name: string): NameWords {
  // Not "X of Y": "Republic of Moldova" is Moldova. An "of" owner of another kind (an armed force "… of Russia") is
  // kept apart by kindsFit instead.
  const owner = /^(.+?)['’]s\s+\S/u.exec(name)?.[1];
  return { words: [...new Set(words(name))], owner: owner ? [...new Set(words(owner))] : null };
}

/**
 * Two actor kinds can be one actor: the same kind, or either not known ("other"). A state is never its
 * armed forces or government, however alike the names ("Northern Command of Russia" is not "Russia").
 */
export function kindsFit(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || a === b || a === "other" || b === "other";
}

/** How alike two names are (0 to 1); "Russia's Northern Command" is never alike its own owner, "Russia". */
export function namesAlike(x: NameWords, y: NameWords): number {
  const score = wordSimilarity(x.words, y.words);
  if (score === 0) return 0;
  const owns = (a: NameWords, b: NameWords) => a.owner !== null && wordSimilarity(a.owner, b.words) === 1;
  return owns(x, y) || owns(y, x) ? 0 : score;
}
