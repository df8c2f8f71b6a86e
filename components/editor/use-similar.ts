"use client";

import { useEffect } from "react";
import { recheckSimilarEventsAction } from "@/lib/editor/review-actions";
import type { Review } from "@/lib/editor/schemas";
import type { SimilarEvent } from "@/lib/editor/similar-events";
import { callAction } from "./call-action";

const RECHECK_DELAY_MS = 600;

/** What the duplicate check depends on: each event's type, date and actors, and which stored actor each actor is. */
function signature(review: Review | null): string {
  if (!review) return "";
  return JSON.stringify({
    actors: review.actors.map((a) => [a.key, a.decision, a.actorId]),
    events: review.events.map((e) => [e.type, e.date, e.datePrecision, e.place, e.actors.map((a) => a.key)]),
  });
}

/**
 * Asks again which stored events each proposed one may duplicate, whenever the editor changes what that depends on;
 * `recheck` asks at once (Publish refused for a stored event the screen had not been told of yet).
 */
export function useSimilarRecheck(review: Review | null, onFound: (similar: Record<number, SimilarEvent[]>) => void) {
  const key = signature(review);
  const ask = async (current: Review, stillWanted: () => boolean) => {
    const result = await callAction(recheckSimilarEventsAction, { actors: current.actors, events: current.events });
    if (stillWanted() && result.ok) onFound(result.similar);
  };
  useEffect(() => {
    if (!review) return;
    let cancelled = false;
    const timer = setTimeout(() => void ask(review, () => !cancelled), RECHECK_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-run only when the signature changes
  }, [key]);
  return { recheck: (current: Review) => ask(current, () => true) };
}
