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
  const shared = sharedWords(x, y, sameWord);
  return shared ? (2 * shared) / (x.length + y.length) : 0;
}

/** How many words of x pair with one of y: each with at most one ("vladimir" may not count for "vladimirovich" too). */
function sharedWords(x: string[], y: string[], same: (a: string, b: string) => boolean): number {
  const free = [...y];
  let shared = 0;
  for (const w of x) {
    const i = free.findIndex((v) => v === w);
    const j = i >= 0 ? i : free.findIndex((v) => same(w, v));
    if (j >= 0) {
      free.splice(j, 1);
      shared++;
    }
  }
  return shared;
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

/** A name split once into its words, for "Russia's Northern Command" its owner's words, and a person's two names. */
export type NameWords = { words: string[]; owner: string[] | null; given: string | null; surname: string | null };

export function nameWords(name: string): NameWords {
  // Not "X of Y": "Republic of Moldova" is Moldova. An "of" owner of another kind (an armed force "… of Russia") is
  // kept apart by kindsFit instead.
  const owner = /^(.+?)['’]s\s+\S/u.exec(name)?.[1];
  // "U.S." and "U.N." as one word each ("us", "un"), not two letters words() drops.
  const letters = name.replace(/\b(\p{L})\.(?=\p{L}\.)/gu, "$1");
  return { words: [...new Set(words(letters))], owner: owner ? [...new Set(words(owner))] : null, ...personNames(name) };
}

/**
 * A person's given name (the first word of several) and surname (the last), spelled as sounded; null where the name
 * has none or gives only an initial ("Ivan K." names no surname, "Ivan" may be a given name or a surname).
 */
function personNames(name: string): { given: string | null; surname: string | null } {
  const parts = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().split(/[\s-]+/).map((p) => p.replace(/[^a-z0-9]/g, "")).filter(Boolean);
  const full = (part: string | undefined) => (part && part.length > 1 ? sounded(part) : null);
  return { given: parts.length > 1 ? full(parts[0]) : null, surname: full(parts.at(-1)) };
}

/** A word as it sounds across transliterations: y read as i, ks as x, a doubled letter once (Zelenskyy, Zelenskiy: zelenski). */
function sounded(word: string): string {
  return word.replace(/y/g, "i").replace(/ks/g, "x").replace(/(.)\1+/g, "$1");
}

/**
 * Two words of names are one: sounded alike, or one the other's form as a people or adjective (Ukraine, Ukrainian;
 * Russia, Russian; Defence, Defense): a long common start and short endings. Not a word and a longer one built on
 * it (Kowal, Kowalczyk; Gazprom, Gazprombank; Nation, National), which name somebody or something else.
 */
function sameNameWord(a: string, b: string): boolean {
  const [x, y] = [sounded(a), sounded(b)].sort((p, q) => p.length - q.length);
  if (x === y) return true;
  let common = 0;
  while (common < x.length && x[common] === y[common]) common++;
  const [xEnd, yEnd] = [x.length - common, y.length - common];
  return common >= 5 && xEnd <= 2 && yEnd <= (xEnd === 0 ? 1 : 3);
}

/**
 * Two actor kinds can be one actor: the same kind, or either not known ("other"). A state is never its
 * armed forces or government, however alike the names ("Northern Command of Russia" is not "Russia").
 */
export function kindsFit(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || a === b || a === "other" || b === "other";
}

/**
 * How alike two names are (0 to 1), 0 when they cannot name one actor: two people of different surnames (however
 * alike the rest: "Donald Tusk" is not "Donald Trump") or different given names; two bodies each with a word the
 * other lacks ("Chilean Foreign Ministry", "Peruvian Foreign Ministry"); "Russia's Northern Command" and its owner.
 */
export function namesAlike(x: NameWords, y: NameWords, persons = false): number {
  if (persons ? !samePerson(x, y) : !x.words.length || !y.words.length) return 0;
  const shared = sharedWords(x.words, y.words, sameNameWord);
  if (shared < Math.min(x.words.length, y.words.length)) return 0;
  const owns = (a: NameWords, b: NameWords) => a.owner !== null && wordSimilarity(a.owner, b.words) === 1;
  return owns(x, y) || owns(y, x) ? 0 : (2 * shared) / (x.words.length + y.words.length);
}

/** One person by these two names: the same surname, sounded alike, and given names that are one where both are told. */
function samePerson(x: NameWords, y: NameWords): boolean {
  if (!x.surname || x.surname !== y.surname) return false;
  return !x.given || !y.given || sameNameWord(x.given, y.given);
}

/**
 * Two people's given names, from all their names and aliases, fit: one alike where both tell one ("Melania Trump" is not
 * "Donald Trump", stored with the alias "Trump"). Neither telling one says too little: "Iryna" of one article is
 * rarely "Irina" of another.
 */
export function givenNamesFit(mine: NameWords[], theirs: NameWords[]): boolean {
  const given = (names: NameWords[]) => names.flatMap((n) => (n.given ? [n.given] : []));
  const [x, y] = [given(mine), given(theirs)];
  if (!x.length || !y.length) return x.length + y.length > 0;
  return x.some((a) => y.some((b) => sameNameWord(a, b)));
}

/** Every word of the proposed name is in the stored one: a stored name saying less may be another body ("Defence Ministry" for "Belarusian Defence Ministry"). */
export function saysAsMuch(stored: NameWords, proposed: NameWords): boolean {
  return proposed.words.length > 0 && sharedWords(proposed.words, stored.words, sameNameWord) === proposed.words.length;
}
