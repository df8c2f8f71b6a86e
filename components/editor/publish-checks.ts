import type { Review } from "@/lib/editor/schemas";
import type { HeldDate } from "./review-model";

// What holds Publish back that the review can tell by itself, before asking the server: events told twice,
// likely stored duplicates left undecided, dates typed and refused. Pure, for the editor and its unit test.

export const TOLD_TWICE = "This event looks like another of this article (see above it): fold it in, or say it is not the same.";
export const STORED_TWICE = "This event may already be in Faultline (see its line): merge it into the stored event, or say it is not the same.";

export type Checks = {
  /** Events told twice: repeat → first telling (draftDuplicates). */
  repeats: ReadonlyMap<number, number>;
  /** Events with a likely stored duplicate left undecided → that stored event (undecidedStored). */
  stored: ReadonlyMap<number, { title: string }>;
  /** Dates typed and refused, by field key (dateField). */
  held: Record<string, HeldDate>;
};

/** The statement or event a field key ("review.events.3.date") belongs to, if it is still kept for publishing. */
function keptItem(review: Review, field: string): { kind: "events" | "statements"; item: Review["events"][number] | Review["statements"][number] } | null {
  const [, kind, index] = field.split(".") as [string, "events" | "statements", string];
  const item = review[kind]?.[Number(index)];
  return item?.accepted ? { kind, item } : null;
}

/**
 * What the review tells by itself, kept up to date as the editor works: events told twice, likely stored
 * duplicates left undecided, dates typed and refused. Publish waits until none is left.
 */
export function liveProblems(review: Review, { repeats, stored, held }: Checks): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const i of repeats.keys()) problems[`review.events.${i}.title`] = TOLD_TWICE;
  for (const i of stored.keys()) problems[`review.events.${i}.mergeInto`] = STORED_TWICE;
  for (const [field, { message }] of Object.entries(held)) if (keptItem(review, field)) problems[field] = message;
  return problems;
}

/** How a message names an item: an event by its title, a statement by its first words. */
function itemName(review: Review, field: string): string {
  const kept = keptItem(review, field);
  if (!kept) return "";
  if (kept.kind === "events") return `“${(kept.item as Review["events"][number]).title}”`;
  const words = (kept.item as Review["statements"][number]).text;
  return `the statement “${words.length > 40 ? `${words.slice(0, 41).replace(/\s*\S*$/, "")}…` : words}”`;
}

/** Why Publish did nothing, naming what waits for the editor. */
export function blockedMessage(review: Review, { repeats, stored, held }: Checks): string {
  const told = repeats.size;
  const twice = told ? ` ${told === 1 ? "One event seems" : `${told} events seem`} told twice in this article: fold or keep each (marked below).` : "";
  const [first] = [...stored.entries()];
  const inFaultline = !first ? ""
    : stored.size === 1 ? ` ${itemName(review, `review.events.${first[0]}.title`)} may already be in Faultline as “${first[1].title}”: merge it into that event, or say it is not the same.`
    : ` ${stored.size} events may already be in Faultline: merge each into the stored event, or say it is not the same (marked below).`;
  const refused = Object.entries(held)
    .filter(([field]) => keptItem(review, field))
    .map(([field, { typed }]) => ` The date typed for ${itemName(review, field)}, “${typed}”, cannot be read: fix it or reset it.`)
    .join("");
  return `Some items need attention (marked in red below).${twice}${inFaultline}${refused} Nothing was published.`;
}
