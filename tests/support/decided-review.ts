import { reviewSchema, type PublishInput } from "@/lib/editor/schemas";
import { findSimilarEvents } from "@/lib/editor/similar-events";

/**
 * A publish input as the review screen lets it go: each event's likely stored duplicates called "Not the same"
 * (Publish refuses an event whose likely duplicates are left undecided), beside those the input already set aside.
 * For tests that publish alike events.
 */
export async function decidedReview<T extends PublishInput>(input: T): Promise<T> {
  const similar = await findSimilarEvents(reviewSchema.parse(input.review));
  const decided = (e: T["review"]["events"][number], i: number) => [...new Set([...(e.notSameAs ?? []), ...(similar[i] ?? []).map((s) => s.id)])];
  return { ...input, review: { ...input.review, events: input.review.events.map((e, i) => ({ ...e, notSameAs: decided(e, i) })) } };
}
