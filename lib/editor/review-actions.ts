"use server";

// Server actions the review screen calls while the editor works (no writes).
import { z } from "zod";
import { AuthorizationError, requireRole } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { DATE_PRECISIONS } from "@/lib/dates/partial-date";
import { isDatabaseUnavailable } from "@/lib/db/availability";
import { fail, DATABASE_UNAVAILABLE_FOR_EDITORS, type Result } from "./result";
import { EVENT_ROLES, EVENT_TYPE_VALUES, partialDate, recordId, type Review } from "./schemas";
import { findSimilarEvents, type SimilarEvent } from "./similar-events";
import { saveDraft } from "./drafts";

const key = z.string().min(1).max(100);
/** Only what the duplicate check reads: the rest of the review may be half-typed. */
const recheckSchema = z.object({
  actors: z.array(z.object({ key, decision: z.enum(["existing", "new", "reject"]), actorId: recordId.optional(), name: z.string().max(200).default("") })).max(500),
  events: z
    .array(
      z.object({
        title: z.string().max(300).default(""),
        type: z.enum(EVENT_TYPE_VALUES),
        date: partialDate.optional().catch(undefined),
        datePrecision: z.enum(DATE_PRECISIONS).default("unknown"),
        place: z.string().max(200).optional(),
        actors: z.array(z.object({ key, role: z.enum(EVENT_ROLES) })).max(50).default([]),
      }),
    )
    .max(500),
});

/** Stored events that may be the same happening as each proposed one, re-checked after an edit. */
export async function recheckSimilarEventsAction(input: unknown): Promise<Result<{ similar: Record<number, SimilarEvent[]> }>> {
  try {
    requireRole(await getCurrentUser(), "editor");
    const parsed = recheckSchema.safeParse(input);
    if (!parsed.success) return fail("The review could not be read.");
    const { actors, events } = parsed.data;
    // findSimilarEvents reads the fields above; the others a Review has are filled with neutral values.
    const review = {
      actors: actors.map((a) => ({ ...a, kind: "other", aliases: [] })),
      statements: [],
      events: events.map((e) => ({ ...e, accepted: true, part: "body", start: 0, end: 0 })),
    } as unknown as Review;
    return { ok: true, similar: await findSimilarEvents(review) };
  } catch (err) {
    if (err instanceof AuthorizationError) return fail(err.message);
    if (isDatabaseUnavailable(err)) return fail(DATABASE_UNAVAILABLE_FOR_EDITORS);
    console.error("[editor] recheckSimilarEvents failed", err);
    return fail("Something went wrong on our side. Look for this event on the timeline before publishing it as new.");
  }
}

/**
 * The review screen's autosave. Unlike saveDraftAction it does not revalidate the editor's pages: a
 * refreshed page would replace the review the editor is working on with the copy just saved.
 */
export async function autosaveDraftAction(input: unknown): Promise<Result<{ id: string; version: number }>> {
  try {
    return await saveDraft(await getCurrentUser(), input);
  } catch (err) {
    if (err instanceof AuthorizationError) return fail(err.message);
    if (isDatabaseUnavailable(err)) return fail(DATABASE_UNAVAILABLE_FOR_EDITORS);
    console.error("[editor] autosaveDraft failed", err);
    return fail("Something went wrong on our side; the draft was not saved. Your work is still on screen.");
  }
}
