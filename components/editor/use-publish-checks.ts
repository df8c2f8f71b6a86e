"use client";

import { useMemo } from "react";
import { liveProblems, reviewChecks, type Checks } from "@/lib/editor/publish-checks";
import type { Review } from "@/lib/editor/schemas";
import type { SimilarEvent } from "@/lib/editor/similar-events";

const NO_CHECKS: Checks = { repeats: new Map(), stored: new Map() };

/**
 * The review's own checks before Publish (told twice, stored duplicates undecided, dates typed and refused), the
 * server's own (reviewChecks), run once per change of what they read, for Publish and the board alike.
 */
export function usePublishChecks(review: Review | null, similar: Record<number, SimilarEvent[]>) {
  const events = review?.events;
  const notSame = review?.notSame;
  const checks = useMemo(() => (events ? reviewChecks({ events, notSame }, similar) : NO_CHECKS), [events, notSame, similar]);
  const live = useMemo(() => (review ? liveProblems(review, checks) : {}), [review, checks]);
  return { checks, live };
}
