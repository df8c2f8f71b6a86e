import { createAccount, setRole, updateProfile } from "./accounts";
import { mergeActors, mergeEvents, restore, softDelete, updateActor, updateArticle, updateEvent, updateStatement } from "./corrections";
import { saveDraft } from "./drafts";
import { publishArticle } from "./publish";

/**
 * Every editorial write Faultline has. Server actions are thin shells over these; the
 * authorisation test calls each one as nobody and as a reader and expects nothing to change.
 */
export const MUTATIONS = {
  publishArticle,
  saveDraft,
  updateArticle,
  updateStatement,
  updateEvent,
  updateActor,
  softDelete,
  restore,
  mergeActors,
  mergeEvents,
  createAccount,
  setRole,
  updateProfile,
} as const;
