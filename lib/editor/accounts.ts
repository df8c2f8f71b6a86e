import { z } from "zod";
import { writeAudit } from "@/lib/audit/log";
import { requireRole, ROLES, type SessionUser } from "@/lib/auth/permissions";
import { createUser, DuplicateUserError, newUserSchema } from "@/lib/auth/users";
import { prisma } from "@/lib/db/client";
import { ExpectedFailure, fail, type Result } from "./result";
import { fieldErrors, profileSchema, recordId } from "./schemas";
import { editorTransaction } from "./transaction";

/** An admin creates an editor or admin account. */
export async function createAccount(user: SessionUser | null, input: unknown): Promise<Result<{ id: string }>> {
  const admin = requireRole(user, "admin");
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) return fail("Some fields need attention.", { fieldErrors: fieldErrors(parsed.error) });
  try {
    const created = await createUser(parsed.data);
    await editorTransaction(async (tx) => {
      await writeAudit(tx, { user: admin, action: "create", entityType: "user", entityId: created.id, after: created });
      return {};
    });
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
  return editorTransaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true } });
    if (!before) throw new ExpectedFailure(fail("No such user."));
    await tx.user.update({ where: { id: userId }, data: { role } });
    if (role === "reader") await tx.session.deleteMany({ where: { userId } });
    await writeAudit(tx, { user: admin, action: "set_role", entityType: "user", entityId: userId, label: before.name, before: { role: before.role }, after: { role } });
    return { id: userId };
  });
}

export async function listAccounts(user: SessionUser | null) {
  requireRole(user, "admin");
  return prisma.user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, email: true, name: true, role: true, createdAt: true } });
}

// profileSchema: the one thing an account changes about itself (better-auth's own profile endpoints are off).

/** An editor renames their own account; the audit log keeps the old name beside the entries made under it. */
export async function updateProfile(user: SessionUser | null, input: unknown): Promise<Result<{ name: string }>> {
  const editor = requireRole(user, "editor");
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return fail("Some fields need attention.", { fieldErrors: fieldErrors(parsed.error) });
  const { name } = parsed.data;
  return editorTransaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: editor.id }, select: { name: true } });
    if (!before) throw new ExpectedFailure(fail("Your account no longer exists."));
    if (before.name === name) return { name };
    // Another account's name would make this one's changes read as theirs.
    if (await tx.user.findFirst({ where: { name: { equals: name, mode: "insensitive" }, NOT: { id: editor.id } }, select: { id: true } })) {
      throw new ExpectedFailure(fail("Another account already has this name.", { fieldErrors: { name: "Choose a name no other account has." } }));
    }
    await tx.user.update({ where: { id: editor.id }, data: { name } });
    await writeAudit(tx, { user: editor, action: "update", entityType: "user", entityId: editor.id, label: name, before, after: { name } });
    return { name };
  });
}
