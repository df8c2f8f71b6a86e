import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";

export type AuditEntity = "article" | "statement" | "event" | "actor" | "user" | "place";
export type AuditAction = "publish" | "save_draft" | "update" | "delete" | "restore" | "merge" | "create" | "set_role";

type Json = Prisma.InputJsonValue;

/** JSON-safe copy of a record for the before/after columns (dates as ISO strings). */
export function snapshot(value: unknown): Json | undefined {
  if (value === null || value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v))) as Json;
}

/** Records one editorial change; call it inside the transaction that makes the change. */
export async function writeAudit(
  tx: Prisma.TransactionClient,
  entry: { user: SessionUser; action: AuditAction; entityType: AuditEntity; entityId: string; before?: unknown; after?: unknown },
) {
  await tx.auditLog.create({
    data: {
      userId: entry.user.id,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
    },
  });
}
