import { reviewSchema, type PublishInput } from "@/lib/editor/schemas";
import { findSimilarEvents } from "@/lib/editor/similar-events";

/**
 * A publish input as the review screen lets it go: each event's likely stored duplicates called "Not the same"
 * (Publish refuses an event whose likely duplicates are left undecided). For tests that publish alike events.
 */
export async function decidedReview<T extends PublishInput>(input: T): Promise<T> {
  const similar = await findSimilarEvents(reviewSchema.parse(input.review));
  return { ...input, review: { ...input.review, events: input.review.events.map((e, i) => ({ ...e, notSameAs: similar[i]?.map((s) => s.id) })) } };
}
