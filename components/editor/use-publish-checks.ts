"use client";

import { useMemo } from "react";
import { draftDuplicates } from "@/lib/editor/draft-duplicates";
import { liveProblems, undecidedStored, type Checks } from "@/lib/editor/publish-checks";
import type { Review } from "@/lib/editor/schemas";
import type { SimilarEvent } from "@/lib/editor/similar-events";

const NO_REPEATS: ReadonlyMap<number, number> = new Map();
const NO_STORED: ReadonlyMap<number, SimilarEvent> = new Map();

/**
 * The review's own checks before Publish (told twice, stored duplicates undecided, dates typed and refused),
 * each run once per change of what it reads, for Publish and the board alike. The server repeats them on Publish.
 */
export function usePublishChecks(review: Review | null, similar: Record<number, SimilarEvent[]>) {
  const notSame = review?.notSame;
  const events = review?.events;
  const different = useMemo<ReadonlySet<string>>(() => new Set(notSame ?? []), [notSame]);
  const repeats = useMemo(() => (events ? draftDuplicates({ events }, different) : NO_REPEATS), [events, different]);
  const stored = useMemo(() => (events ? undecidedStored({ events }, similar) : NO_STORED), [events, similar]);
  const checks: Checks = useMemo(() => ({ repeats, stored }), [repeats, stored]);
  const live = useMemo(() => (review ? liveProblems(review, checks) : {}), [review, checks]);
  return { checks, live };
}
