"use client";
import { authClient } from "@/lib/auth/client";
import { ROLES, type Role } from "@/lib/auth/permissions";

export type Viewer = { name: string; role: Role };

/**
 * Who is looking at this page, asked by the browser (/api/auth/get-session, one request a page load
 * shared by every caller). Reader pages are cached HTML shared by everyone, so anything that depends
 * on the signed-in person is decided here, never on the server.
 */
export function useViewer(): Viewer | null {
  const { data } = authClient.useSession();
  if (!data?.user) return null;
  const role = (data.user as { role?: unknown }).role;
  return { name: data.user.name, role: (ROLES as readonly unknown[]).includes(role) ? (role as Role) : "reader" };
}
