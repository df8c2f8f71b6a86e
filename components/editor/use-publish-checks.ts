"use client";

import { useMemo } from "react";
import type { Review } from "@/lib/editor/schemas";
import type { SimilarEvent } from "@/lib/editor/similar-events";
import { draftDuplicates } from "./draft-duplicates";
import { liveProblems, type Checks } from "./publish-checks";
import { heldDatesOf, undecidedStored } from "./review-model";

const NO_REPEATS: ReadonlyMap<number, number> = new Map();
const NO_STORED: ReadonlyMap<number, SimilarEvent> = new Map();

/**
 * The review's own checks before Publish (told twice, stored duplicates undecided, dates typed and refused),
 * each run once per change of what it reads, for Publish and the board alike.
 */
export function usePublishChecks(review: Review | null, similar: Record<number, SimilarEvent[]>) {
  const refusedDates = review?.refusedDates;
  // The review keeps them (and its draft with it), so a reload shows them again and Publish still waits.
  const heldDates = useMemo(() => heldDatesOf(refusedDates), [refusedDates]);
  const notSame = review?.notSame;
  const events = review?.events;
  const different = useMemo<ReadonlySet<string>>(() => new Set(notSame ?? []), [notSame]);
  const repeats = useMemo(() => (events ? draftDuplicates({ events }, different) : NO_REPEATS), [events, different]);
  const stored = useMemo(() => (events ? undecidedStored({ events }, similar) : NO_STORED), [events, similar]);
  const checks: Checks = useMemo(() => ({ repeats, stored, held: heldDates }), [repeats, stored, heldDates]);
  const live = useMemo(() => (review ? liveProblems(review, checks) : {}), [review, checks]);
  return { checks, live };
}
