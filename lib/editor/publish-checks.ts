import { refusedDateMessage } from "@/lib/dates/typed-date";
import { draftDuplicates } from "./draft-duplicates";
import type { Review, ReviewEvent, ReviewStatement } from "./schemas";

// What holds Publish back that the review tells by itself, given the stored events offered as likely duplicates:
// events told twice, likely stored duplicates left undecided, dates typed and refused. Pure: the editor runs it
// as the editor works, the server again on Publish (with the stored events it finds then), with the same words.

export const TOLD_TWICE = "This event looks like another of this article (see above it): fold it in, or say it is not the same.";
export const STORED_TWICE = "This event may already be in Faultline (see its line): merge it into the stored event, or say it is not the same.";

/** The stored events offered as likely duplicates of an event, less those the editor said it is not. */
export function offeredStored<S extends { id: string }>(event: ReviewEvent, similar: S[] | undefined): S[] {
  return similar?.filter((s) => !event.notSameAs?.includes(s.id)) ?? [];
}

/**
 * Accepted events, not merged, with a likely stored duplicate the editor has not called different: by event
 * index, the likeliest such stored event. Publishing waits until each is merged or called "Not the same".
 */
export function undecidedStored<S extends { id: string }>(review: Pick<Review, "events">, similar: Record<number, S[]>): Map<number, S> {
  const undecided = new Map<number, S>();
  review.events.forEach((e, i) => {
    const left = e.accepted && !e.mergeInto ? offeredStored(e, similar[i])[0] : undefined;
    if (left) undecided.set(i, left);
  });
  return undecided;
}

export type Checks = {
  /** Events told twice: repeat → first telling (draftDuplicates). */
  repeats: ReadonlyMap<number, number>;
  /** Events with a likely stored duplicate left undecided → that stored event (undecidedStored). */
  stored: ReadonlyMap<number, { title: string }>;
};

/** The review's checks against the stored events offered for its events (by event index), on the screen and the server alike. */
export function reviewChecks(review: Pick<Review, "events" | "notSame">, similar: Record<number, { id: string; title: string }[]>): Checks {
  return { repeats: draftDuplicates(review, new Set(review.notSame ?? [])), stored: undecidedStored(review, similar) };
}

/** How a message names an item: an event by its title, a statement by its first words. */
function eventName(event: ReviewEvent): string {
  return `“${event.title}”`;
}
function statementName(statement: ReviewStatement): string {
  const words = statement.text;
  return `the statement “${words.length > 40 ? `${words.slice(0, 41).replace(/\s*\S*$/, "")}…` : words}”`;
}

type RefusedDate = { field: string; typed: string; name: string };
/** Kept statements and events whose "When" text was refused, each with the error key of its date field, in screen order. */
function refusedDates(review: Review): RefusedDate[] {
  const statements = review.statements.flatMap((s, i) =>
    s.accepted && s.refusedWhen !== undefined ? [{ field: `review.statements.${i}.saidOn`, typed: s.refusedWhen, name: statementName(s) }] : [],
  );
  const events = review.events.flatMap((e, i) =>
    e.accepted && e.refusedWhen !== undefined ? [{ field: `review.events.${i}.date`, typed: e.refusedWhen, name: eventName(e) }] : [],
  );
  return [...statements, ...events];
}

/** What holds Publish back, by the field each problem is marked on. None left: Publish may go on. */
export function liveProblems(review: Review, { repeats, stored }: Checks): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const i of repeats.keys()) problems[`review.events.${i}.title`] = TOLD_TWICE;
  for (const i of stored.keys()) problems[`review.events.${i}.mergeInto`] = STORED_TWICE;
  for (const { field, typed } of refusedDates(review)) problems[field] = refusedDateMessage(typed);
  return problems;
}

/** Why Publish did nothing, naming what waits for the editor. */
export function blockedMessage(review: Review, { repeats, stored }: Checks): string {
  const told = repeats.size;
  const twice = told ? ` ${told === 1 ? "One event seems" : `${told} events seem`} told twice in this article: fold or keep each (marked below).` : "";
  const [first] = [...stored.entries()];
  const inFaultline = !first ? ""
    : stored.size === 1 ? ` ${eventName(review.events[first[0]])} may already be in Faultline as “${first[1].title}”: merge it into that event, or say it is not the same.`
    : ` ${stored.size} events may already be in Faultline: merge each into the stored event, or say it is not the same (marked below).`;
  const refused = refusedDates(review).map(({ typed, name }) => ` ${refusedDateMessage(typed, name)}`).join("");
  return `Some items need attention (marked in red below).${twice}${inFaultline}${refused} Nothing was published.`;
}
