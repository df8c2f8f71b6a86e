import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { getAuth } from "./auth";
import { ROLES, type Role, type SessionUser } from "./permissions";

/** The signed-in user of this request, or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const role = (ROLES as readonly string[]).includes(String(session.user.role)) ? (session.user.role as Role) : "reader";
  return { id: session.user.id, email: session.user.email, name: session.user.name, role };
});
