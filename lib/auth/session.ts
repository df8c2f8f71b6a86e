import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { getAuth } from "./auth";
import { ROLES, type Role, type SessionUser } from "./permissions";

/** The signed-in user of this request, or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  // headers() first: it marks the page dynamic before anything touches the database.
  const requestHeaders = await headers();
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const role = (ROLES as readonly string[]).includes(String(session.user.role)) ? (session.user.role as Role) : "reader";
  return { id: session.user.id, email: session.user.email, name: session.user.name, role };
});
