import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireRole, type SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/client";
import { cursorIn, cursorInstant, cursorRule, pageOf } from "@/lib/pagination/cursor";
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

/** The cursor keys the audit log hands out: the moment of an entry. */
const auditCursor = cursorRule((key) => cursorInstant(key) !== null);

/** The audit log, newest first, keyset-paginated; admins only. */
export async function getAuditLog(user: SessionUser | null, filters: AuditFilters) {
  requireRole(user, "admin");
  const where = auditWhere(filters);
  const cursor = cursorIn(auditCursor, filters);
  const at = cursor && cursorInstant(cursor.key);
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
  const page = pageOf(rows, PAGE, (r) => r.at.toISOString());
  return { ...page, items: await named(page.items), total, users };
}

/** One record's history, newest first: shown on its edit page. */
export async function getHistory(user: SessionUser | null, entityType: string, entityId: string) {
  requireRole(user, "editor");
  const rows = await prisma.auditLog.findMany({
    where: { entityType, entityId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 100,
    include: { user: { select: { name: true } } },
  });
  return named(rows);
}

type Row = { entityType: string; entityId: string; userName: string | null; entityLabel: string | null; before: unknown; after: unknown; user: { name: string } | null };

/** Ids (and merged actors' slugs) an entry's before/after point at. */
function references(row: Row): { ids: string[]; slugs: string[] } {
  const ids: string[] = [];
  const slugs: string[] = [];
  for (const side of [row.before, row.after]) {
    if (!side || typeof side !== "object") continue;
    for (const [key, value] of Object.entries(side as Record<string, unknown>)) {
      if (key.endsWith("Id") && key !== "wikidataId" && typeof value === "string") ids.push(value);
      if ((key === "mergedInto" || key === "absorbed") && typeof value === "string") slugs.push(value);
      if (Array.isArray(value)) for (const v of value) if (v && typeof v === "object" && typeof (v as { actorId?: unknown }).actorId === "string") ids.push((v as { actorId: string }).actorId);
    }
  }
  return { ids, slugs };
}

/**
 * Entries as the audit log and history pages show them: the account's name when the change was made,
 * the record's name (stored with the entry, else its current one) and the names of the records its
 * fields point at, so nothing reads as a bare id.
 */
async function named<R extends Row>(rows: R[]): Promise<(R & { userName: string | null; entityLabel: string | null; names: Record<string, string> })[]> {
  const refs = rows.map(references);
  const ids = [...new Set(refs.flatMap((r) => r.ids))];
  const slugs = [...new Set(refs.flatMap((r) => r.slugs))];
  const unlabelled = (type: string) => [...new Set(rows.filter((r) => !r.entityLabel && r.entityType === type).map((r) => r.entityId))];
  const none = Promise.resolve([]);
  const [actors, publications, articles, statements, events, labelledActors, accounts] = await Promise.all([
    ids.length || slugs.length ? prisma.actor.findMany({ where: { OR: [{ id: { in: ids } }, { slug: { in: slugs } }] }, select: { id: true, slug: true, name: true } }) : none,
    ids.length ? prisma.publication.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : none,
    unlabelled("article").length ? prisma.article.findMany({ where: { id: { in: unlabelled("article") } }, select: { id: true, title: true } }) : none,
    unlabelled("statement").length ? prisma.statement.findMany({ where: { id: { in: unlabelled("statement") } }, select: { id: true, text: true } }) : none,
    unlabelled("event").length ? prisma.event.findMany({ where: { id: { in: unlabelled("event") } }, select: { id: true, title: true } }) : none,
    unlabelled("actor").length ? prisma.actor.findMany({ where: { id: { in: unlabelled("actor") } }, select: { id: true, name: true } }) : none,
    unlabelled("user").length ? prisma.user.findMany({ where: { id: { in: unlabelled("user") } }, select: { id: true, name: true } }) : none,
  ]);
  const names: Record<string, string> = {};
  for (const a of actors as { id: string; slug: string; name: string }[]) names[a.id] = names[a.slug] = a.name;
  for (const p of publications as { id: string; name: string }[]) names[p.id] = p.name;
  const labels = new Map<string, string>();
  for (const r of articles as { id: string; title: string }[]) labels.set(`article:${r.id}`, r.title);
  for (const r of statements as { id: string; text: string }[]) labels.set(`statement:${r.id}`, r.text.length > 120 ? `${r.text.slice(0, 119)}…` : r.text);
  for (const r of events as { id: string; title: string }[]) labels.set(`event:${r.id}`, r.title);
  for (const r of labelledActors as { id: string; name: string }[]) labels.set(`actor:${r.id}`, r.name);
  for (const r of accounts as { id: string; name: string }[]) labels.set(`user:${r.id}`, r.name);
  return rows.map((r, i) => ({
    ...r,
    userName: r.userName ?? r.user?.name ?? null,
    entityLabel: r.entityLabel ?? labels.get(`${r.entityType}:${r.entityId}`) ?? null,
    names: Object.fromEntries([...refs[i].ids, ...refs[i].slugs].filter((k) => names[k]).map((k) => [k, names[k]])),
  }));
}
