import type { EditorArticle } from "@/lib/editor/analyse";
import type { Review, ReviewActor, ReviewEvent } from "@/lib/editor/schemas";
import { givenNamesFit, kindsFit, namesAlike, nameWords, saysAsMuch, type NameWords } from "@/lib/editor/matching";
import { textOrder } from "@/lib/editor/spans";
import { findMentions } from "@/lib/text/mentions";
import { offeredStored } from "@/lib/editor/publish-checks";

// The review screen's items: "a:<key>" an actor, "s:<index>" a statement, "e:<index>" an event.
export type Group = "actors" | "statements" | "events";
export const GROUP_OF = { a: "actors", s: "statements", e: "events" } as const satisfies Record<string, Group>;
export const groupOf = (id: string): Group => GROUP_OF[id[0] as "a" | "s" | "e"];
const indexOf = (id: string) => Number(id.slice(2));

const headOf = (article: EditorArticle) => `${article.title}\n${article.standfirst}\n`;

/** Every place an actor's name or alias appears, as offsets in each part. */
export function actorMentions(article: EditorArticle, actors: ReviewActor[]) {
  const terms = actors.flatMap((a) => [a.name, ...a.aliases].filter((t) => t.trim().length > 1).map((term) => ({ key: a.key, term })));
  const title = findMentions(article.title, terms).map((m) => ({ ...m, part: "title" as const }));
  const standfirst = findMentions(article.standfirst, terms).map((m) => ({ ...m, part: "standfirst" as const }));
  const body = findMentions(article.body, terms).map((m) => ({ ...m, part: "body" as const }));
  return [...title, ...standfirst, ...body];
}

export type Mention = ReturnType<typeof actorMentions>[number];

/** Items in the order the screen shows them: actors by first mention, statements and events in text order. */
export function itemOrder(article: EditorArticle, review: Review, mentions: Mention[] = actorMentions(article, review.actors)): Record<Group, string[]> {
  const first = new Map<string, number>();
  const headLength = headOf(article).length;
  for (const m of mentions) {
    const at = m.part === "body" ? headLength + m.start : m.part === "title" ? m.start : article.title.length + 1 + m.start;
    if (!first.has(m.key) || first.get(m.key)! > at) first.set(m.key, at);
  }
  const actors = review.actors
    .map((a, i) => ({ a, i }))
    .sort((p, q) => (first.get(p.a.key) ?? Infinity) - (first.get(q.a.key) ?? Infinity) || p.i - q.i)
    .map(({ a }) => `a:${a.key}`);
  return { actors, statements: textOrder(review.statements).map((i) => `s:${i}`), events: textOrder(review.events).map((i) => `e:${i}`) };
}

/** The review keeping the text a statement's or an event's "When" field refused (on the item), or forgetting it (null). */
export function withRefusedDate(review: Review, id: string, typed: string | null): Review {
  const i = indexOf(id);
  const refusedWhen = typed ?? undefined;
  if (groupOf(id) === "statements") return { ...review, statements: review.statements.map((s, j) => (j === i ? { ...s, refusedWhen } : s)) };
  return { ...review, events: review.events.map((e, j) => (j === i ? { ...e, refusedWhen } : e)) };
}

/** "Not the same" on a stored suggestion: every stored event offered for it is set aside, and the line is decided. */
export function notStoredPatch(event: ReviewEvent, offered: { id: string }[]): Partial<ReviewEvent> {
  return { notSameAs: [...(event.notSameAs ?? []), ...offered.map((s) => s.id)], reviewed: true };
}

/**
 * "Publish as a new event" (the opened event's choice, or "Publish as new instead" after a merge): not merged, and
 * "Not the same" as every stored event offered for it, since the editor has decided as much as with `n`.
 */
export function publishAsNewPatch(event: ReviewEvent, similar: { id: string }[] | undefined): Partial<ReviewEvent> {
  return { mergeInto: undefined, ...notStoredPatch(event, offeredStored({ ...event, mergeInto: undefined }, similar)) };
}

/** The event is to be published as new by the editor's decision: not merged, and no stored suggestion left undecided. */
export function decidedNew(event: ReviewEvent, similar: { id: string }[] | undefined): boolean {
  return !event.mergeInto && offeredStored(event, similar).length === 0;
}

export function isReviewed(review: Review, id: string): boolean {
  return !!findItem(review, id)?.reviewed;
}

export function isRejected(review: Review, id: string): boolean {
  const group = groupOf(id);
  if (group === "actors") return review.actors.find((a) => a.key === id.slice(2))?.decision === "reject";
  return !review[group][indexOf(id)]?.accepted;
}

/** The actor, statement or event an item id ("a:key", "s:3", "e:0") names, if the review has it. */
export function findItem(review: Review, id: string) {
  const group = groupOf(id);
  return group === "actors" ? review.actors.find((a) => a.key === id.slice(2)) : review[group][indexOf(id)];
}

/** Accepts or rejects one item; an actor taken back from "drop" is matched again if it had a match. */
export function decide(review: Review, id: string, accept: boolean): Review {
  const group = groupOf(id);
  if (group === "actors") {
    return {
      ...review,
      actors: review.actors.map((a) => {
        if (a.key !== id.slice(2)) return a;
        const decision = !accept ? "reject" : a.decision !== "reject" ? a.decision : a.actorId ? "existing" : "new";
        return { ...a, decision, reviewed: true };
      }),
    };
  }
  const i = indexOf(id);
  if (group === "statements") return { ...review, statements: review.statements.map((s, j) => (j === i ? { ...s, accepted: accept, reviewed: true } : s)) };
  return { ...review, events: review.events.map((e, j) => (j === i ? { ...e, accepted: accept, reviewed: true } : e)) };
}

/** Accepts or rejects every item of a group the editor has not decided yet. */
export function decideRest(review: Review, ids: string[], accept: boolean): Review {
  return ids.filter((id) => !isReviewed(review, id)).reduce((r, id) => decide(r, id, accept), review);
}

export function progress(review: Review): { reviewed: number; total: number } {
  const all = [...review.actors, ...review.statements, ...review.events];
  return { reviewed: all.filter((x) => x.reviewed).length, total: all.length };
}

/** A stored actor as the review screen knows it: its name, kind and aliases (what a proposal is matched on). */
export type KnownActor = { id: string; name: string; kind: string; aliases: string[] };

/** Each known actor's names split into words once per list (the list stays the same while the page is open). */
const preparedWords = new WeakMap<KnownActor[], NameWords[][]>();
function namesOf(known: KnownActor[]): NameWords[][] {
  let prepared = preparedWords.get(known);
  if (!prepared) {
    prepared = known.map((k) => [k.name, ...k.aliases].map(nameWords));
    preparedWords.set(known, prepared);
  }
  return prepared;
}

/**
 * How alike a proposed actor's names are to a stored one's (0 to 1): the best pair of name or alias. `givenNamesMustFit`
 * for the one-click hint only: the dropdown keeps a stored person whose alias fits, so an editor who picked the wrong one
 * ("Dmitry Peskov" for the proposed Putin) can pick the first back.
 */
function nameScore(mine: NameWords[], theirs: NameWords[], persons: boolean, givenNamesMustFit: boolean): number {
  if (persons && givenNamesMustFit && !givenNamesFit(mine, theirs)) return 0;
  let best = 0;
  for (const x of mine) for (const y of theirs) best = Math.max(best, namesAlike(x, y, persons));
  return best;
}

/** A proposed actor's name is "already in Faultline" from this score on (the server's check uses the same). */
export const LIKELY_ACTOR = 0.5;

/**
 * Known actors worth offering for a proposed one, likeliest first, each with how alike it is: its names
 * and aliases against theirs, word by word, transliterations included ("Zelenskyy" finds "Volodymyr
 * Zelensky" stored with the alias "Zelenskyy", or by the word "Zelensky"). The chosen one leads, then stored actors
 * of a kind that fits (an armed force before a state of that name).
 */
export function actorCandidates(actor: Pick<ReviewActor, "name" | "aliases" | "actorId" | "kind">, known: KnownActor[], limit = 15, givenNamesMustFit = false): { actor: KnownActor; score: number }[] {
  const mine = [actor.name, ...actor.aliases].map(nameWords);
  const prepared = namesOf(known);
  const persons = (k: KnownActor) => actor.kind === "person" || k.kind === "person";
  // The chosen one first, then those of a kind that fits, then the rest; each group likeliest first.
  const rank = (k: KnownActor) => (k.id === actor.actorId ? 2 : kindsFit(actor.kind, k.kind) ? 1 : 0);
  return known
    .map((k, i) => ({ actor: k, score: k.id === actor.actorId ? 100 : nameScore(mine, prepared[i], persons(k), givenNamesMustFit) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => rank(b.actor) - rank(a.actor) || b.score - a.score || a.actor.name.localeCompare(b.actor.name))
    .slice(0, limit);
}

/**
 * The stored actor a proposed new actor (not yet matched or dropped) most likely is, or none: the likeliest by name or alias, from the server's
 * threshold, of a kind that fits ("Northern Command of Russia", an armed force, is never offered as "Russia"); none for a
 * described source ("a Western diplomat"), who is somebody of this article only.
 */
export function likelyStoredActor(actor: Pick<ReviewActor, "decision" | "name" | "aliases" | "actorId" | "kind" | "unnamed">, known: KnownActor[]): KnownActor | undefined {
  if (actor.decision !== "new" || actor.unnamed) return undefined;
  const [best] = actorCandidates(actor, known, 1, true);
  if (!best || best.score < LIKELY_ACTOR || !kindsFit(actor.kind, best.actor.kind)) return undefined;
  const kinds = [actor.kind, best.actor.kind];
  if (kinds.includes("person") || kinds.every((k) => k === "state")) return best.actor;
  // "Use" renames the actor to the stored name: a body is offered only where that name tells all the article's name
  // does ("Defence Ministry" may be another country's than the "Belarusian Defence Ministry"). A state has no offshoot
  // of its kind: "Republic of Moldova" is "Moldova".
  const theirs = namesOf(known)[known.indexOf(best.actor)];
  const name = nameWords(actor.name);
  return theirs.some((stored) => saysAsMuch(stored, name)) ? best.actor : undefined;
}
