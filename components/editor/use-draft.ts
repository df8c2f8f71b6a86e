"use client";

import { useEffect, useRef, useState } from "react";
import { autosaveDraftAction } from "@/lib/editor/review-actions";
import { fieldErrors, publishInputSchema } from "@/lib/editor/schemas";
import { callAction } from "./call-action";

export const AUTOSAVE_DELAY_MS = 1500;
export const LEAVE_WARNING = "Leave this page? Your unsaved changes to this article will be lost.";

export type SaveStatus =
  | { kind: "idle" | "saving" | "pending" }
  | { kind: "saved"; at: Date }
  | { kind: "invalid"; text: string }
  | { kind: "failed"; text: string };

type Saved = { id: string; version: number };

/**
 * Saves the draft a moment after the last change (and on demand). Each save carries the version it
 * was read at, so a second tab gets the stale-version message instead of overwriting silently; after
 * a failure nothing is retried until the editor changes something.
 */
export function useDraftAutosave({ payload, active, initial }: { payload: (saved: Saved | null) => unknown; active: boolean; initial?: Saved }) {
  const [saved, setSaved] = useState<Saved | null>(initial ?? null);
  const [revision, setRevision] = useState(0);
  const [savedRevision, setSavedRevision] = useState(0);
  const [failedRevision, setFailedRevision] = useState(-1);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const inflight = useRef<Promise<Saved | null> | null>(null);
  const latest = useRef<Saved | null>(saved);

  const save = (): Promise<Saved | null> => {
    if (inflight.current) return inflight.current;
    inflight.current = saveOnce().finally(() => (inflight.current = null));
    return inflight.current;
  };

  const saveOnce = async (): Promise<Saved | null> => {
    const input = payload(latest.current);
    const checked = publishInputSchema.safeParse(input);
    if (!checked.success) {
      const [field, message] = Object.entries(fieldErrors(checked.error))[0];
      setStatus({ kind: "invalid", text: `Not saved yet: ${message} (${field.replace(/^article\./, "").replace(/^review\./, "")})` });
      setFailedRevision(revision);
      return null;
    }
    setStatus({ kind: "saving" });
    const at = revision;
    const result = await callAction(autosaveDraftAction, input);
    if (!result.ok) {
      setStatus({ kind: "failed", text: result.error });
      setFailedRevision(at);
      return null;
    }
    const next = { id: result.id, version: result.version };
    latest.current = next;
    setSaved(next);
    setSavedRevision(at);
    setStatus({ kind: "saved", at: new Date() });
    if (new URLSearchParams(location.search).get("draft") !== next.id) {
      // The address names the draft (a reload resumes it) without re-rendering the page from the server.
      window.history.replaceState(null, "", `/editor/articles/new?draft=${next.id}`);
    }
    return next;
  };

  useEffect(() => {
    if (!active || revision === savedRevision || revision === failedRevision) return;
    setStatus((s) => (s.kind === "saving" ? s : { kind: "pending" }));
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- save reads this render's state
  }, [active, revision, savedRevision, failedRevision, saved]);

  return {
    saved,
    status,
    dirty: revision !== savedRevision,
    /** Marks a change: the next autosave will carry it. */
    touch: () => setRevision((r) => r + 1),
    save,
    /** The draft as last saved, once any save under way has finished (publishing needs its version). */
    settled: async () => {
      await inflight.current;
      return latest.current;
    },
    /** Forgets pending changes (after publishing or starting over). */
    settle: () => setSavedRevision(revision),
  };
}

/** Asks before the page is left with unsaved changes: closing or reloading the tab, or a link in the app. */
export function useLeaveGuard(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    const click = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.("a[href]");
      if (!link || (link as HTMLAnchorElement).target === "_blank" || e.defaultPrevented) return;
      if (!window.confirm(LEAVE_WARNING)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [dirty]);
}
