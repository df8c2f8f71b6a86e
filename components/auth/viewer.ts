"use client";
import { useEffect, useState } from "react";
import { authClient } from "@/lib/auth/client";
import { ROLES, type Role } from "@/lib/auth/permissions";

export type Viewer = { name: string; role: Role };

/**
 * Who is looking at this page, asked by the browser (/api/auth/get-session, one request a page load
 * shared by every caller). Reader pages are cached HTML shared by everyone, so anything that depends
 * on the signed-in person is decided here, never on the server.
 */
export function useViewer(): Viewer | null {
  return useViewerState().viewer;
}

/**
 * The viewer, and whether the browser has heard back about the session yet. Until it has (the cached HTML,
 * then the first moments after a page load) the viewer is unknown, not absent: nothing may be shown as if
 * no one were signed in. Once known it stays known while later checks (window focus, sign-in) run.
 */
export function useViewerState(): { viewer: Viewer | null; known: boolean } {
  const { data, isPending } = authClient.useSession();
  const [answered, setAnswered] = useState(false);
  useEffect(() => {
    if (!isPending) setAnswered(true);
  }, [isPending]);
  return { viewer: data?.user ? viewerOf(data.user) : null, known: answered || !isPending };
}

function viewerOf(user: { name: string; role?: unknown }): Viewer {
  return { name: user.name, role: (ROLES as readonly unknown[]).includes(user.role) ? (user.role as Role) : "reader" };
}
