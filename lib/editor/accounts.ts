import { z } from "zod";
import { writeAudit } from "@/lib/audit/log";
import { requireRole, ROLES, type SessionUser } from "@/lib/auth/permissions";
import { createUser, DuplicateUserError, newUserSchema } from "@/lib/auth/users";
import { prisma } from "@/lib/db/client";
import { fail, type Result } from "./result";
import { fieldErrors, recordId } from "./schemas";

/** An admin creates an editor or admin account. */
export async function createAccount(user: SessionUser | null, input: unknown): Promise<Result<{ id: string }>> {
  const admin = requireRole(user, "admin");
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) return fail("Some fields need attention.", { fieldErrors: fieldErrors(parsed.error) });
  try {
    const created = await createUser(parsed.data);
    await prisma.$transaction((tx) => writeAudit(tx, { user: admin, action: "create", entityType: "user", entityId: created.id, after: created }));
    return { ok: true, id: created.id };
  } catch (err) {
    if (err instanceof DuplicateUserError) return fail(err.message, { fieldErrors: { email: "Already has an account." } });
    throw err;
  }
}

const setRoleSchema = z.object({ userId: recordId, role: z.enum(ROLES) });

/** An admin changes someone's role (reader = may sign in but change nothing). Not their own. */
export async function setRole(user: SessionUser | null, input: unknown): Promise<Result<{ id: string }>> {
  const admin = requireRole(user, "admin");
  const parsed = setRoleSchema.safeParse(input);
  if (!parsed.success) return fail("Choose a user and a role.", { fieldErrors: fieldErrors(parsed.error) });
  const { userId, role } = parsed.data;
  if (userId === admin.id) return fail("You cannot change your own role.");
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true } });
    if (!before) return fail("No such user.");
    await tx.user.update({ where: { id: userId }, data: { role } });
    if (role === "reader") await tx.session.deleteMany({ where: { userId } });
    await writeAudit(tx, { user: admin, action: "set_role", entityType: "user", entityId: userId, before, after: { role } });
    return { ok: true as const, id: userId };
  });
}

export async function listAccounts(user: SessionUser | null) {
  requireRole(user, "admin");
  return prisma.user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, email: true, name: true, role: true, createdAt: true } });
}
