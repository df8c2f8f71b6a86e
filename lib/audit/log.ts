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

/** What a record is called, read from its snapshot: a title, a name, a statement's first words, an email. */
export function labelOf(...records: unknown[]): string | undefined {
  for (const record of records) {
    if (!record || typeof record !== "object") continue;
    const r = record as Record<string, unknown>;
    const label = [r.title, r.name, r.text, r.email].find((v): v is string => typeof v === "string" && v.trim() !== "");
    if (label) return label.length > 120 ? `${label.slice(0, 119)}…` : label;
  }
  return undefined;
}

/**
 * Records one editorial change; call it inside the transaction that makes the change. The account's
 * name and the record's label are stored as they are now, so a later rename does not rewrite history.
 */
export async function writeAudit(
  tx: Prisma.TransactionClient,
  entry: { user: SessionUser; action: AuditAction; entityType: AuditEntity; entityId: string; label?: string; before?: unknown; after?: unknown },
) {
  await tx.auditLog.create({
    data: {
      userId: entry.user.id,
      userName: entry.user.name,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      entityLabel: entry.label ?? labelOf(entry.after, entry.before) ?? null,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
    },
  });
}
