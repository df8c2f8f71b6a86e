import "server-only";
import { requireRole, type SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/client";
import type { ENTITIES } from "./correction-schemas";

export type TrashEntity = (typeof ENTITIES)[number];
export type TrashItem = {
  entity: TrashEntity;
  id: string;
  label: string;
  /** Where the record belongs: the article of a statement, say. */
  context: string | null;
  deletedAt: Date;
  deletedBy: string | null;
};

const LIMIT = 200;
const deleted = { deletedAt: { not: null } };
const newest = [{ deletedAt: "desc" as const }, { id: "asc" as const }];

/** Soft-deleted articles, statements, events and actors, newest deletion first; admins only. */
export async function listTrash(user: SessionUser | null): Promise<Record<TrashEntity, TrashItem[]>> {
  requireRole(user, "admin");
  const [articles, statements, events, actors] = await Promise.all([
    prisma.article.findMany({ where: deleted, orderBy: newest, take: LIMIT, select: { id: true, title: true, status: true, deletedAt: true } }),
    prisma.statement.findMany({
      where: deleted,
      orderBy: newest,
      take: LIMIT,
      select: { id: true, text: true, deletedAt: true, speaker: { select: { name: true } }, article: { select: { title: true } } },
    }),
    prisma.event.findMany({ where: deleted, orderBy: newest, take: LIMIT, select: { id: true, title: true, type: true, deletedAt: true } }),
    prisma.actor.findMany({ where: deleted, orderBy: newest, take: LIMIT, select: { id: true, name: true, kind: true, deletedAt: true } }),
  ]);

  const ids = [...articles, ...statements, ...events, ...actors].map((r) => r.id);
  const deletions = ids.length
    ? await prisma.auditLog.findMany({
        where: { action: "delete", entityId: { in: ids } },
        orderBy: { at: "desc" },
        select: { entityType: true, entityId: true, userName: true, user: { select: { name: true } } },
      })
    : [];
  const by = new Map<string, string | null>();
  for (const d of deletions) {
    const key = `${d.entityType}:${d.entityId}`;
    if (!by.has(key)) by.set(key, d.userName ?? d.user?.name ?? null);
  }
  const item = (entity: TrashEntity, id: string, label: string, context: string | null, deletedAt: Date | null): TrashItem => ({
    entity,
    id,
    label,
    context,
    deletedAt: deletedAt!,
    deletedBy: by.get(`${entity}:${id}`) ?? null,
  });

  return {
    article: articles.map((a) => item("article", a.id, a.title, a.status === "draft" ? "draft" : null, a.deletedAt)),
    statement: statements.map((s) => item("statement", s.id, s.text, `${s.speaker.name} · ${s.article.title}`, s.deletedAt)),
    event: events.map((e) => item("event", e.id, e.title, null, e.deletedAt)),
    actor: actors.map((a) => item("actor", a.id, a.name, a.kind, a.deletedAt)),
  };
}
