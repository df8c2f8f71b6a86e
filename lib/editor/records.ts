import "server-only";
import { hasRole, requireRole, type SessionUser } from "@/lib/auth/permissions";
import { fitToPrecision, isoDay } from "@/lib/dates/partial-date";
import type { DatePrecision } from "@/lib/dates/partial-date";
import { prisma } from "@/lib/db/client";
import { sentenceAt } from "@/lib/text/sentence-at";

// What the corrections pages load: one record with what its form needs. Editors see live records;
// admins also see soft-deleted ones (the page says so), so they can restore them from there.

type Part = "title" | "standfirst" | "body";

function partText(article: { title: string; standfirst: string | null; body: string }, part: Part): string {
  return part === "title" ? article.title : part === "standfirst" ? (article.standfirst ?? "") : article.body;
}

/** The date as the editor types it, as precise as its precision: the pair the schemas accept back unchanged. */
export function dateInputValue(date: Date | string | null | undefined, precision: DatePrecision): string {
  if (!date || precision === "unknown") return "";
  return fitToPrecision(typeof date === "string" ? date.slice(0, 10) : isoDay(date), precision).date ?? "";
}

function visible(user: SessionUser) {
  return hasRole(user, "admin") ? {} : { deletedAt: null };
}

/** Live, unmerged actors for the speaker, participant and affiliation selects. */
export async function actorOptions() {
  return prisma.actor.findMany({
    where: { deletedAt: null, mergedIntoId: null },
    select: { id: true, name: true, slug: true, kind: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
export type ActorOption = Awaited<ReturnType<typeof actorOptions>>[number];

export async function getStatementForEdit(user: SessionUser | null, id: string) {
  const editor = requireRole(user, "editor");
  const s = await prisma.statement.findFirst({
    where: { id, ...visible(editor) },
    include: {
      article: { select: { id: true, slug: true, title: true, standfirst: true, body: true, deletedAt: true } },
      speaker: { select: { id: true, name: true, slug: true } },
    },
  });
  if (!s) return null;
  return {
    id: s.id,
    version: s.version,
    deletedAt: s.deletedAt,
    article: { id: s.article.id, slug: s.article.slug, title: s.article.title, deleted: !!s.article.deletedAt },
    speaker: s.speaker,
    source: sentenceAt(partText(s.article, s.part), s.spanStart, s.spanEnd) || s.text,
    fields: {
      speakerId: s.speakerId,
      text: s.text,
      direct: s.direct,
      saidOn: dateInputValue(s.saidOn, s.saidPrecision),
      saidPrecision: s.saidPrecision as DatePrecision,
      venue: s.venue ?? "",
      verified: s.verified,
    },
  };
}
export type StatementForEdit = NonNullable<Awaited<ReturnType<typeof getStatementForEdit>>>;

export async function getEventForEdit(user: SessionUser | null, id: string) {
  const editor = requireRole(user, "editor");
  const e = await prisma.event.findFirst({
    where: { id, ...visible(editor) },
    include: {
      actors: { include: { actor: { select: { id: true, name: true } } } },
      articles: { include: { article: { select: { id: true, slug: true, title: true, standfirst: true, body: true, deletedAt: true } } } },
    },
  });
  if (!e) return null;
  return {
    id: e.id,
    version: e.version,
    deletedAt: e.deletedAt,
    mergedIntoId: e.mergedIntoId,
    sources: e.articles.map((link) => ({
      articleId: link.article.id,
      slug: link.article.slug,
      title: link.article.title,
      deleted: !!link.article.deletedAt,
      sentence: sentenceAt(partText(link.article, link.part), link.spanStart, link.spanEnd),
    })),
    fields: {
      title: e.title,
      description: e.description ?? "",
      type: e.type,
      date: dateInputValue(e.startDate, e.datePrecision),
      datePrecision: e.datePrecision as DatePrecision,
      dateText: e.dateText ?? "",
      place: e.place ?? "",
      fatalities: e.fatalities == null ? "" : String(e.fatalities),
      actors: e.actors
        .sort((a, b) => a.actor.name.localeCompare(b.actor.name))
        .map((a) => ({ actorId: a.actorId, role: a.role })),
      verified: e.verified,
    },
  };
}
export type EventForEdit = NonNullable<Awaited<ReturnType<typeof getEventForEdit>>>;

export async function getActorForEdit(user: SessionUser | null, id: string) {
  const editor = requireRole(user, "editor");
  const a = await prisma.actor.findFirst({
    where: { id, ...visible(editor) },
    include: {
      aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
      mergedInto: { select: { id: true, name: true, slug: true } },
      _count: { select: { statements: { where: { deletedAt: null } }, events: true, mentions: true } },
    },
  });
  if (!a) return null;
  return {
    id: a.id,
    slug: a.slug,
    version: a.version,
    deletedAt: a.deletedAt,
    mergedInto: a.mergedInto,
    counts: { statements: a._count.statements, events: a._count.events, mentions: a._count.mentions },
    fields: {
      name: a.name,
      kind: a.kind,
      role: a.role ?? "",
      country: a.country ?? "",
      parentId: a.parentId ?? "",
      wikidataId: a.wikidataId ?? "",
      aliases: a.aliases.map((x) => x.alias).join("\n"),
    },
  };
}
export type ActorForEdit = NonNullable<Awaited<ReturnType<typeof getActorForEdit>>>;

export async function getArticleForEdit(user: SessionUser | null, id: string) {
  const editor = requireRole(user, "editor");
  const a = await prisma.article.findFirst({
    where: { id, ...visible(editor) },
    include: {
      publication: { select: { name: true } },
      topics: { select: { topic: { select: { name: true } } }, orderBy: { topic: { name: "asc" } } },
      statements: {
        where: visible(editor),
        orderBy: [{ part: "asc" }, { spanStart: "asc" }],
        select: { id: true, text: true, direct: true, deletedAt: true, speaker: { select: { name: true } } },
      },
      events: {
        where: { event: visible(editor) },
        orderBy: { spanStart: "asc" },
        select: { event: { select: { id: true, title: true, deletedAt: true } } },
      },
    },
  });
  if (!a) return null;
  return {
    id: a.id,
    slug: a.slug,
    status: a.status,
    version: a.version,
    deletedAt: a.deletedAt,
    body: a.body,
    statements: a.statements.map((s) => ({ id: s.id, text: s.text, direct: s.direct, speaker: s.speaker.name, deleted: !!s.deletedAt })),
    events: a.events.map(({ event }) => ({ id: event.id, title: event.title, deleted: !!event.deletedAt })),
    fields: {
      title: a.title,
      standfirst: a.standfirst ?? "",
      authors: a.authors.join(", "),
      topics: a.topics.map((t) => t.topic.name).join(", "),
      publication: a.publication?.name ?? "",
      publishedOn: isoDay(a.publishedOn),
      dateline: a.dateline ?? "",
      sourceUrl: a.sourceUrl ?? "",
    },
  };
}
export type ArticleForEdit = NonNullable<Awaited<ReturnType<typeof getArticleForEdit>>>;

/** Every topic's name, for the topics field's suggestions. */
export async function topicNames(): Promise<string[]> {
  return (await prisma.topic.findMany({ select: { name: true }, orderBy: { name: "asc" }, take: 1000 })).map((t) => t.name);
}

/** Publication names by id: a conflict's `current` carries the id, the form shows the name. */
export async function publicationNames(): Promise<Record<string, string>> {
  const rows = await prisma.publication.findMany({ select: { id: true, name: true } });
  return Object.fromEntries(rows.map((p) => [p.id, p.name]));
}
