"use client";

import { useEffect, useState } from "react";
import { recheckSimilarEventsAction } from "@/lib/editor/review-actions";
import type { Review } from "@/lib/editor/schemas";
import type { SimilarEvent } from "@/lib/editor/similar-events";
import { callAction } from "./call-action";

const RECHECK_DELAY_MS = 600;
/** Leads the reason a re-check failed, so the bar says what did not happen. */
const RECHECK_FAILED = "Could not look again for events already in Faultline:";

/** What the duplicate check depends on: each event's type, date and actors, and which stored actor each actor is. */
function signature(review: Review | null): string {
  if (!review) return "";
  return JSON.stringify({
    actors: review.actors.map((a) => [a.key, a.decision, a.actorId]),
    events: review.events.map((e) => [e.type, e.date, e.datePrecision, e.place, e.actors.map((a) => a.key)]),
  });
}

/**
 * Asks again which stored events each proposed one may duplicate, whenever the editor changes what that depends on.
 * Returns why the last ask failed (null when it did not): the editor is told, as the screen's duplicates may be stale.
 */
export function useSimilarRecheck(review: Review | null, onFound: (similar: Record<number, SimilarEvent[]>) => void): string | null {
  const key = signature(review);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (!review) return;
    let cancelled = false;
    const ask = async () => {
      const result = await callAction(recheckSimilarEventsAction, { actors: review.actors, events: review.events });
      if (cancelled) return;
      if (result.ok) onFound(result.similar);
      setFailed(result.ok ? null : `${RECHECK_FAILED} ${result.error}`);
    };
    const timer = setTimeout(() => void ask(), RECHECK_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-run only when the signature changes
  }, [key]);
  return review ? failed : null;
}
