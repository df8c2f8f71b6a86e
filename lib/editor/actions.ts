"use server";

// Server actions: public POST endpoints, each a thin shell over a service in lib/editor that
// checks the session's role itself. Expected failures come back as values; nothing else is exposed.
import { revalidatePath } from "next/cache";
import { AuthorizationError } from "@/lib/auth/permissions";
import { isDatabaseUnavailable } from "@/lib/db/availability";
import { getCurrentUser } from "@/lib/auth/session";
import { createAccount, setRole, updateProfile } from "./accounts";
import { analyseArticle } from "./analyse";
import { mergeActors, mergeEvents, restore, softDelete, updateActor, updateArticle, updateEvent, updateStatement } from "./corrections";
import { saveDraft } from "./drafts";
import { publishArticle } from "./publish";
import { DATABASE_UNAVAILABLE_FOR_EDITORS, type Result } from "./result";

/** Actions that change nothing: no page to refresh after them. */
const READS = new Set(["analyseArticle"]);

type Service<T extends object> = (user: Awaited<ReturnType<typeof getCurrentUser>>, input: unknown) => Promise<Result<T>>;

async function run<T extends object>(service: Service<T>, input: unknown, name: string): Promise<Result<T>> {
  try {
    const result = await service(await getCurrentUser(), input);
    // Reader pages are expired by tag inside each service (lib/cache); here only the editor's own pages.
    if (result.ok && !READS.has(name)) revalidatePath("/editor", "layout");
    return result;
  } catch (err) {
    if (err instanceof AuthorizationError) return { ok: false, error: err.message };
    if (isDatabaseUnavailable(err)) {
      console.error(`[editor] ${name}: database unavailable`, (err as Error).message);
      return { ok: false, error: DATABASE_UNAVAILABLE_FOR_EDITORS };
    }
    console.error(`[editor] ${name} failed`, err);
    return { ok: false, error: "Something went wrong on our side; nothing was saved. Try again, and tell an admin if it persists." };
  }
}

export async function analyseArticleAction(input: unknown) { return run(analyseArticle, input, "analyseArticle"); }
export async function publishArticleAction(input: unknown) { return run(publishArticle, input, "publishArticle"); }
export async function saveDraftAction(input: unknown) { return run(saveDraft, input, "saveDraft"); }
export async function updateArticleAction(input: unknown) { return run(updateArticle, input, "updateArticle"); }
export async function updateStatementAction(input: unknown) { return run(updateStatement, input, "updateStatement"); }
export async function updateEventAction(input: unknown) { return run(updateEvent, input, "updateEvent"); }
export async function updateActorAction(input: unknown) { return run(updateActor, input, "updateActor"); }
export async function softDeleteAction(input: unknown) { return run(softDelete, input, "softDelete"); }
export async function restoreAction(input: unknown) { return run(restore, input, "restore"); }
export async function mergeActorsAction(input: unknown) { return run(mergeActors, input, "mergeActors"); }
export async function mergeEventsAction(input: unknown) { return run(mergeEvents, input, "mergeEvents"); }
export async function createAccountAction(input: unknown) { return run(createAccount, input, "createAccount"); }
export async function setRoleAction(input: unknown) { return run(setRole, input, "setRole"); }
export async function updateProfileAction(input: unknown) { return run(updateProfile, input, "updateProfile"); }
