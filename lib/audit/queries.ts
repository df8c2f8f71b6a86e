import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireRole, type SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/client";
import { cursorDate, decodeCursor, pageOf } from "@/lib/pagination/cursor";
import { isoDay, single } from "@/lib/url/search-params";

export const auditFiltersSchema = z.object({
  entity: single.pipe(z.enum(["article", "statement", "event", "actor", "user"]).optional()).catch(undefined),
  action: single.pipe(z.enum(["publish", "save_draft", "update", "delete", "restore", "merge", "create", "set_role"]).optional()).catch(undefined),
  user: single.pipe(z.string().max(100).optional()).catch(undefined),
  id: single.pipe(z.string().max(100).optional()).catch(undefined),
  from: isoDay,
  to: isoDay,
  cursor: single.catch(undefined),
});
export type AuditFilters = z.infer<typeof auditFiltersSchema>;

function auditWhere(f: AuditFilters): Prisma.AuditLogWhereInput {
  return {
    entityType: f.entity,
    action: f.action,
    userId: f.user,
    entityId: f.id,
    at: { gte: f.from ? new Date(`${f.from}T00:00:00Z`) : undefined, lt: f.to ? new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000) : undefined },
  };
}

const PAGE = 50;

/** The audit log, newest first, keyset-paginated; admins only. */
export async function getAuditLog(user: SessionUser | null, filters: AuditFilters) {
  requireRole(user, "admin");
  const where = auditWhere(filters);
  const cursor = decodeCursor(filters.cursor);
  const at = cursor && cursorDate(cursor.key);
  const after: Prisma.AuditLogWhereInput = cursor && at ? { OR: [{ at: { lt: at } }, { at, id: { lt: cursor.id } }] } : {};
  const rows = await prisma.auditLog.findMany({
    where: { AND: [where, after] },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    include: { user: { select: { name: true, email: true } } },
  });
  const [total, users] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { ...pageOf(rows, PAGE, (r) => r.at.toISOString()), total, users };
}

/** One record's history, newest first: shown on its edit page. */
export async function getHistory(user: SessionUser | null, entityType: string, entityId: string) {
  requireRole(user, "editor");
  return prisma.auditLog.findMany({
    where: { entityType, entityId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 100,
    include: { user: { select: { name: true } } },
  });
}
