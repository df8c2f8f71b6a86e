export const ROLES = ["reader", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];
export type SessionUser = { id: string; email: string; name: string; role: Role };

export class AuthorizationError extends Error {
  constructor(readonly status: 401 | 403, message: string) {
    super(message);
  }
}

const RANK: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };

export function hasRole(user: SessionUser | null, role: Role): boolean {
  return !!user && RANK[user.role] >= RANK[role];
}

/** Throws 401 for nobody, 403 for too low a role; returns the user otherwise. */
export function requireRole(user: SessionUser | null, role: Role): SessionUser {
  if (!user) throw new AuthorizationError(401, "Sign in to do this.");
  if (!hasRole(user, role)) throw new AuthorizationError(403, `Only ${role}s can do this.`);
  return user;
}
