import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import { Prisma, type DatePrecision, type EventRole, type EventType } from "@/lib/generated/prisma/client";
import { cursorIn, encodeCursor, type Cursor } from "@/lib/pagination/cursor";
import { readerStat } from "@/lib/pagination/count";
import { EXPORT_LIMIT, type Db } from "@/lib/search/full-text";
import { listStatements } from "@/lib/statements/queries";
import { listedActorSql, liveActorSql, visibleActorSql } from "@/lib/visibility";
import type { StatementFilters } from "@/lib/statements/filters";
import { monthlyActivity } from "./activity";
import { actorCursor, listsUnnamed, type ActorFilters } from "./filters";

// Actor reads. Per-actor numbers (statements, events, mentions, articles, activity by day) come from
// ActorStat / ActorDay, which PostgreSQL keeps exact on every write (reader_stats migration), so a
// profile costs the same for an actor quoted once as for one quoted 100,000 times. Reads of one actor
// are wrapped in React cache(): layout, metadata and page share one read per request.

/** The words as a literal LIKE pattern piece: Prisma's `contains` leaves % and _ as wildcards. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Ids of the actors whose name or one of whose aliases contains the words, case-insensitively (literal
 * words: % and _ match themselves). Name and alias are matched apart and united, so each uses its trigram
 * index (migration actor_name_trigrams); one OR of the name ILIKE and an alias EXISTS read and case-folded
 * every actor's name instead. The one name match of the directory, its count and export, and search.
 */
export function actorsNamedSql(words: string): Prisma.Sql {
  return Prisma.sql`
    SELECT x.id FROM "Actor" x WHERE x.name ILIKE ${`%${likeLiteral(words)}%`} ESCAPE '\\'
    UNION SELECT al."actorId" FROM "ActorAlias" al WHERE al.normalized LIKE ${`%${likeLiteral(words.toLowerCase())}%`} ESCAPE '\\'`;
}

const actorListQuery = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  role: true,
  country: true,
  verified: true,
  unnamed: true,
  aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
  parent: { select: { slug: true, name: true } },
  stat: { select: { statements: true, events: true, articles: true } },
} satisfies Prisma.ActorSelect;

type ActorListQueryRow = Prisma.ActorGetPayload<{ select: typeof actorListQuery }>;

/** A directory row; `_count.mentions` is the number of articles that mention the actor. */
export type ActorListRow = Omit<ActorListQueryRow, "stat"> & { _count: { statements: number; events: number; mentions: number } };

function withCounts({ stat, ...actor }: ActorListQueryRow): ActorListRow {
  return { ...actor, _count: { statements: stat?.statements ?? 0, events: stat?.events ?? 0, mentions: stat?.articles ?? 0 } };
}

/** Reads directory rows with their maintained counts. */
export async function findActorRows(args: Omit<Prisma.ActorFindManyArgs, "select" | "include">, db: Db = prisma): Promise<ActorListRow[]> {
  return (await db.actor.findMany({ ...args, select: actorListQuery })).map(withCounts);
}

const order: Prisma.ActorOrderByWithRelationInput[] = [{ name: "asc" }, { id: "asc" }];

/** Directory rows of these actors by name, then id (as PostgreSQL sorts them, capitals first): the rows a name match picked. */
export async function actorRowsByName(ids: string[], db: Db = prisma): Promise<ActorListRow[]> {
  return ids.length ? findActorRows({ where: { id: { in: ids } }, orderBy: order }, db) : [];
}

export const ACTORS_PER_PAGE = 30;

/** The ReaderStat key of the maintained total of named actors or of unnamed sources (migration actor_named_totals), `:<kind>` for one kind. */
function totalKey(f: Pick<ActorFilters, "sources">): string {
  return listsUnnamed(f) ? "unnamed-actors" : "actors";
}

/** Visible actors matching the filters: the maintained totals unless words narrow it (then counted: a few thousand rows at most). */
async function countActors(filters: ActorFilters, db: Db): Promise<number> {
  if (filters.q) {
    const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Actor" a WHERE ${actorWhereSql(filters)}`;
    return row.n;
  }
  if (!filters.kind.length) return readerStat(db, totalKey(filters));
  const rows = await db.readerStat.findMany({ where: { key: { in: filters.kind.map((k) => `${totalKey(filters)}:${k}`) } } });
  return rows.reduce((sum, r) => sum + r.n, 0);
}

/** The directory's WHERE over "Actor" a: listed (named, unless the unnamed sources are asked for), of one of the kinds, named by the words. */
function actorWhereSql(f: Omit<ActorFilters, "cursor">): Prisma.Sql {
  const and: Prisma.Sql[] = [listsUnnamed(f) ? Prisma.sql`${visibleActorSql("a")} AND a.unnamed` : listedActorSql("a")];
  if (f.kind.length) and.push(Prisma.sql`a.kind::text IN (${Prisma.join(f.kind)})`);
  if (f.q) and.push(Prisma.sql`a.id IN (${actorsNamedSql(f.q)})`);
  return Prisma.join(and, " AND ");
}

type SortedId = { id: string; key: string | number };

/**
 * One page of ids in the chosen order, by keyset, each on an index: name A–Z ignoring case
 * ((lower(name), id) on Actor); activity, most first, or last active, latest first (ActorStat's
 * maintained columns, indexed with actorId; every actor has an ActorStat row).
 */
async function sortedActorIds(filters: ActorFilters, cursor: Cursor | null, take: number, db: Db): Promise<SortedId[]> {
  const where = actorWhereSql(filters);
  if (filters.sort === "activity") {
    const after = cursor ? Prisma.sql`AND (s.activity, s."actorId") < (${cursor.key}::int, ${cursor.id})` : Prisma.empty;
    return db.$queryRaw<SortedId[]>`
      SELECT a.id, s.activity AS key FROM "ActorStat" s JOIN "Actor" a ON a.id = s."actorId"
      WHERE ${where} ${after} ORDER BY s.activity DESC, s."actorId" DESC LIMIT ${take}`;
  }
  if (filters.sort === "last-active") {
    const after = cursor ? Prisma.sql`AND (s."lastActive", s."actorId") < (${cursor.key}::date, ${cursor.id})` : Prisma.empty;
    return db.$queryRaw<SortedId[]>`
      SELECT a.id, to_char(s."lastActive", 'YYYY-MM-DD') AS key FROM "ActorStat" s JOIN "Actor" a ON a.id = s."actorId"
      WHERE ${where} ${after} ORDER BY s."lastActive" DESC, s."actorId" DESC LIMIT ${take}`;
  }
  const after = cursor ? Prisma.sql`AND (lower(a.name), a.id) > (${cursor.key}, ${cursor.id})` : Prisma.empty;
  return db.$queryRaw<SortedId[]>`
    SELECT a.id, lower(a.name) AS key FROM "Actor" a
    WHERE ${where} ${after} ORDER BY lower(a.name), a.id LIMIT ${take}`;
}

/** The last day each actor said something or took part in a dated event (maintained rollups, newest row per actor). */
async function lastActive(ids: string[], db: Db): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.$queryRaw<{ id: string; day: string | null }[]>`
    SELECT x.id, to_char(greatest(
      (SELECT d.day FROM "ActorDay" d WHERE d."actorId" = x.id AND d.statements > 0 ORDER BY d.day DESC LIMIT 1),
      (SELECT r.day FROM "ActorEventDay" r WHERE r."actorId" = x.id AND r.n > 0 AND r.day > DATE '0001-01-01' ORDER BY r.day DESC LIMIT 1)), 'YYYY-MM-DD') AS day
    FROM unnest(${ids}::text[]) AS x(id)`;
  return new Map(rows.flatMap((r) => (r.day ? [[r.id, r.day] as [string, string]] : [])));
}

export type ActorDirectoryRow = ActorListRow & { lastActive: string | null };

/** One page of the directory in the chosen order, with each actor's counts and last active day. */
export async function listActors(filters: ActorFilters, { take = ACTORS_PER_PAGE } = {}, db: Db = prisma) {
  const cursor = cursorIn(actorCursor, filters);
  const [sorted, total] = await Promise.all([sortedActorIds(filters, cursor, take + 1, db), countActors(filters, db)]);
  const ids = sorted.slice(0, take).map((r) => r.id);
  const [rows, active] = await Promise.all([actorRowsInOrder(ids, db), lastActive(ids, db)]);
  const items: ActorDirectoryRow[] = rows.map((r) => ({ ...r, lastActive: active.get(r.id) ?? null }));
  const last = sorted[take - 1];
  const nextCursor = sorted.length > take && last ? encodeCursor({ key: last.key, id: last.id }) : null;
  return { items, nextCursor, isFirstPage: !cursor, total };
}

/**
 * Every matching actor in the directory's order (its `sort`: name, activity or last active), batch by batch on
 * the same keyset as the page's query, so an export lists what the pages list, in the order they list it.
 */
export async function* iterateActors(filters: ActorFilters, { batch = 1000, cap = EXPORT_LIMIT } = {}, db: Db = prisma): AsyncGenerator<ActorListRow[]> {
  let after: Cursor | null = null;
  for (let sent = 0; sent < cap; ) {
    const page = await sortedActorIds(filters, after, Math.min(batch, cap - sent), db);
    if (!page.length) return;
    sent += page.length;
    yield await actorRowsInOrder(page.map((r) => r.id), db);
    const last = page[page.length - 1];
    after = { key: last.key, id: last.id };
  }
}

/** Directory rows of these actors in the order the ids are given. */
async function actorRowsInOrder(ids: string[], db: Db): Promise<ActorListRow[]> {
  const byId = new Map((await findActorRows({ where: { id: { in: ids } } }, db)).map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function actorRecord(a: ActorListRow) {
  return {
    slug: a.slug,
    name: a.name,
    kind: a.kind,
    role: a.role,
    country: a.country,
    affiliation: a.parent?.name ?? null,
    aliases: a.aliases.map((x) => x.alias),
    verified: a.verified,
    unnamed: a.unnamed,
    statements: a._count.statements,
    events: a._count.events,
    mentions: a._count.mentions,
  };
}

export type ActorLookup = { status: "missing" } | { status: "merged"; slug: string } | { status: "found"; id: string };

/** What a profile URL points at: the actor, the actor it was merged into (followed to the end), or nothing. */
export const resolveActor = cache(async (slug: string, db: Db = prisma): Promise<ActorLookup> => {
  let actor = await db.actor.findUnique({ where: { slug }, select: { id: true, slug: true, deletedAt: true, mergedIntoId: true } });
  if (!actor || actor.deletedAt) return { status: "missing" };
  if (!actor.mergedIntoId) return { status: "found", id: actor.id };
  const seen = new Set([actor.id]);
  while (actor?.mergedIntoId && !seen.has(actor.mergedIntoId)) {
    seen.add(actor.mergedIntoId);
    actor = await db.actor.findUnique({ where: { id: actor.mergedIntoId }, select: { id: true, slug: true, deletedAt: true, mergedIntoId: true } });
  }
  return actor && !actor.deletedAt && !actor.mergedIntoId ? { status: "merged", slug: actor.slug } : { status: "missing" };
});

type ActorKind = Prisma.ActorGetPayload<object>["kind"];
type ActorMember = { slug: string; name: string; kind: ActorKind; role: string | null; verified: boolean };
type ActorParent = { slug: string; name: string; kind: ActorKind; mergedInto: { slug: string; name: string } | null };

type ActorHeaderRow = {
  id: string; slug: string; name: string; kind: ActorKind; role: string | null; country: string | null; wikidataId: string | null; verified: boolean;
  unnamed: boolean; source: { slug: string; title: string } | null; aliases: string[]; parent: ActorParent | null; members: ActorMember[]; mergedFrom: { id: string; name: string }[];
  statements: number; events: number; mentions: number; articles: number; first: Date | null; last: Date | null;
};

/**
 * The actor's header facts: aliases, affiliation, members, first/last appearance and counts (read once per
 * request). One statement: Prisma's select with four relations, then the numbers of the actor and the actors
 * merged into it, were two round trips and most of the profile's Prisma work in Node.
 */
export const getActor = cache(async (slug: string, db: Db = prisma) => {
  const [row] = await db.$queryRaw<ActorHeaderRow[]>`
    WITH a AS (SELECT * FROM "Actor" a WHERE a.slug = ${slug} AND ${visibleActorSql("a")}),
    merged AS (SELECT f.id, f.name FROM "Actor" f JOIN a ON f."mergedIntoId" = a.id WHERE ${liveActorSql("f")}),
    ids AS (SELECT id FROM a UNION ALL SELECT id FROM merged)
    SELECT a.id, a.slug, a.name, a.kind::text AS kind, a.role, a.country, a."wikidataId", a.verified, a.unnamed,
      -- An unnamed source's article (the one that describes it): the earliest published one naming or quoting it.
      CASE WHEN a.unnamed THEN (
        SELECT json_build_object('slug', ar.slug, 'title', ar.title) FROM "Article" ar
        WHERE ar.id IN (SELECT m."articleId" FROM "ActorMention" m WHERE m."actorId" = a.id AND m.visible
                        UNION SELECT s."articleId" FROM "Statement" s WHERE s."speakerId" = a.id AND s.visible)
        ORDER BY ar."publishedOn", ar.id LIMIT 1) END AS source,
      ARRAY(SELECT al.alias FROM "ActorAlias" al WHERE al."actorId" = a.id ORDER BY al.alias) AS aliases,
      (SELECT json_build_object('slug', p.slug, 'name', p.name, 'kind', p.kind,
                                'mergedInto', CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object('slug', t.slug, 'name', t.name) END)
       FROM "Actor" p LEFT JOIN "Actor" t ON t.id = p."mergedIntoId" WHERE p.id = a."parentId") AS parent,
      coalesce((SELECT json_agg(json_build_object('slug', m.slug, 'name', m.name, 'kind', m.kind, 'role', m.role, 'verified', m.verified) ORDER BY m.name)
                FROM "Actor" m WHERE m."parentId" = a.id AND ${listedActorSql("m")}), '[]'::json) AS members,
      coalesce((SELECT json_agg(json_build_object('id', merged.id, 'name', merged.name)) FROM merged), '[]'::json) AS "mergedFrom",
      n.statements, n.events, n.mentions, n.articles,
      -- Per id, the first and last day on its (actorId, day) index: min() over "IN (SELECT …)" read every day.
      (SELECT min((SELECT d.day FROM "ActorDay" d WHERE d."actorId" = ids.id AND d.articles > 0 ORDER BY d.day LIMIT 1)) FROM ids) AS first,
      (SELECT max((SELECT d.day FROM "ActorDay" d WHERE d."actorId" = ids.id AND d.articles > 0 ORDER BY d.day DESC LIMIT 1)) FROM ids) AS last
    FROM a CROSS JOIN LATERAL (
      SELECT coalesce(sum(s.statements), 0)::int AS statements, coalesce(sum(s.events), 0)::int AS events,
             coalesce(sum(s.mentions), 0)::int AS mentions, coalesce(sum(s.articles), 0)::int AS articles
      FROM "ActorStat" s WHERE s."actorId" IN (SELECT id FROM ids)) n`;
  if (!row) return null;
  const { aliases, statements, events, mentions, articles, first, last, ...actor } = row;
  return {
    ...actor,
    aliases: aliases.map((alias) => ({ alias })),
    ids: [actor.id, ...actor.mergedFrom.map((m) => m.id)],
    firstSeen: first,
    lastSeen: last,
    counts: { articles, statements, events, mentions },
  };
});

export type ActorDetail = NonNullable<Awaited<ReturnType<typeof getActor>>>;

/** A date column's month as one number, year × 12 + month − 1 (cheaper for PostgreSQL than to_char). */
function monthNumberSql(column: string): Prisma.Sql {
  return Prisma.raw(`(date_part('year', ${column}) * 12 + date_part('month', ${column}) - 1)::int`);
}

/** monthNumberSql's number as "YYYY-MM". */
function monthOfNumber(n: number): string {
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
}

/**
 * Statements, mentions and events per month, from the ActorMonth rollup: statements by the day said (else the
 * article's date) and mentions from ActorDay's months (month = monthEnd), events by the first and last month
 * of their ranges from ActorEventWeek's, statements dated only to a quarter or a year by the first and last
 * month they may fall in (the period's start; its end or the article's month, whichever is earlier:
 * Statement."latestSaidOn"). What is known only to a longer period — a statement dated "2024" or "Q3 2025", an
 * event whose range crosses months — is returned as a span, not as the period's first month.
 */
export async function actorActivity(ids: string[], db: Db = prisma) {
  return activityOf(await db.$queryRaw<ActivityRow[]>(activitySql(ids)));
}

type ActivityRow = { first: number; last: number; statements: number; mentions: number; events: number; coarse: number };

function activitySql(ids: string[]): Prisma.Sql {
  // A few dozen rows per actor, one index-only range. Months travel as numbers (year × 12 + month − 1):
  // to_char() cost PostgreSQL ~1.5 µs a value.
  return Prisma.sql`
    SELECT ${monthNumberSql("month")} AS first, ${monthNumberSql('"monthEnd"')} AS last, statements, mentions, events, coarse FROM (
      SELECT month, "monthEnd", sum(statements)::int AS statements, sum(mentions)::int AS mentions, sum(events)::int AS events,
             sum("coarseStatements")::int AS coarse
      FROM "ActorMonth" WHERE "actorId" IN (${Prisma.join(ids)})
      GROUP BY 1, 2) months`;
}

function activityOf(raw: ActivityRow[]) {
  const rows = raw.map((r) => ({ ...r, first: monthOfNumber(r.first), last: monthOfNumber(r.last) }));
  const days = rows.filter((r) => r.first === r.last);
  const coarse = rows.filter((r) => r.coarse !== 0).map((r) => ({ first: r.first, last: r.last, n: r.coarse }));
  const events = rows.filter((r) => r.events !== 0).map((r) => ({ first: r.first, last: r.last, n: r.events }));
  // Coarse statements sit in ActorDay at their period's first day: take them out of that month.
  const statements = new Map(days.map((r) => [r.first, r.statements]));
  for (const c of coarse) statements.set(c.first, (statements.get(c.first) ?? 0) - c.n);
  const eventMonths = new Map<string, number>();
  for (const e of events) if (e.first === e.last) eventMonths.set(e.first, (eventMonths.get(e.first) ?? 0) + e.n);
  return monthlyActivity(
    [...statements].filter(([, n]) => n > 0).map(([month, count]) => ({ month, count })),
    days.filter((r) => r.mentions > 0).map((r) => ({ month: r.first, count: r.mentions })),
    36,
    {
      events: [...eventMonths].map(([month, count]) => ({ month, count })),
      spans: [...coarse, ...events.filter((e) => e.first !== e.last)].map((c) => ({ first: c.first, last: c.last, count: c.n })),
    },
  );
}

/**
 * The actor's statements, newest first, keyset-paginated (the /statements query with this speaker), under the ids
 * and with the total getActor read: the profile reads the actor and its counts once.
 */
export function actorStatements(actor: Pick<ActorDetail, "slug" | "ids" | "counts">, cursor: string | undefined, take = 10, db: Db = prisma) {
  const filters: StatementFilters = { speaker: [actor.slug], topic: [], from: undefined, to: undefined, direct: undefined, q: undefined, article: undefined, sort: undefined, cursor };
  return listStatements(filters, { take, speaker: { ids: actor.ids, statements: actor.counts.statements } }, db);
}

export type ActorEventRow = {
  role: EventRole; id: string; title: string; type: EventType; startDate: Date | null; endDate: Date | null;
  datePrecision: DatePrecision; place: string | null; verified: boolean; reportedOn: Date | null;
};

/**
 * Events the actor took part in, with their role; newest placed first (EventActor's own index). The
 * profile lists the latest 20, as it does articles, and links to all of them on the timeline: fifty rows
 * were 21 KiB of its HTML and as much again of its RSC payload, the largest part of a cold render.
 * Flat rows in one statement: Prisma's nested relation rows (JSON built per row by PostgreSQL, parsed
 * twice in Node) cost both sides more than the rows themselves.
 */
export async function actorEvents(ids: string[], take = 20, db: Db = prisma): Promise<ActorEventRow[]> {
  return db.$queryRaw<ActorEventRow[]>(actorEventsSql(ids, take));
}

function actorEventsSql(ids: string[], take: number): Prisma.Sql {
  return Prisma.sql`
    SELECT ea.role::text AS role, e.id, e.title, e.type::text AS type, e."startDate", e."endDate",
           e."datePrecision"::text AS "datePrecision", e.place, e.verified, e."reportedOn"
    FROM (SELECT "eventId", role, "sortOn" FROM "EventActor" WHERE "actorId" IN (${Prisma.join(ids)}) AND visible
          ORDER BY "sortOn" DESC, "eventId" DESC LIMIT ${take}) ea
    JOIN "Event" e ON e.id = ea."eventId"
    ORDER BY ea."sortOn" DESC, ea."eventId" DESC`;
}

export type CoActor = { slug: string; name: string; kind: string; verified: boolean; articles: number; mentions: number };

/** How many of the actor's latest articles "often named with" looks at: bounded work for the busiest actors. */
export const CO_OCCURRENCE_WINDOW = 200;

/**
 * The actors named most often in the same articles (among the actor's latest CO_OCCURRENCE_WINDOW
 * published articles): number of shared articles, then how often they are mentioned there, then name.
 * An (article, actor) mention is one row and `mine` holds each article once, so count(*) counts the
 * shared articles (a hash aggregate; count(DISTINCT) sorted every row first).
 */
export async function coOccurringActors(ids: string[], take = 10, db: Db = prisma): Promise<CoActor[]> {
  return db.$queryRaw<CoActor[]>(coOccurringActorsSql(ids, take));
}

function coOccurringActorsSql(ids: string[], take: number): Prisma.Sql {
  const list = Prisma.join(ids);
  // Counted per actor id first, then walked most shared first, each looked up by key until `take` are
  // visible (ties broken by name): hashing the whole Actor table to join every candidate was most of its time.
  return Prisma.sql`
    WITH mine AS (
      SELECT DISTINCT "articleId" FROM (
        SELECT "articleId" FROM "ActorMention" WHERE "actorId" IN (${list}) AND visible
        ORDER BY day DESC, "articleId" DESC LIMIT ${CO_OCCURRENCE_WINDOW}) latest),
    shared AS (
      SELECT m."actorId", count(*)::int AS articles, sum(m.count)::int AS mentions
      FROM mine JOIN "ActorMention" m ON m."articleId" = mine."articleId" AND m."actorId" NOT IN (${list})
      GROUP BY 1)
    SELECT o.slug, o.name, o.kind::text AS kind, o.verified, shared.articles, shared.mentions
    FROM (SELECT * FROM shared ORDER BY articles DESC, mentions DESC) shared
    JOIN "Actor" o ON o.id = shared."actorId" AND ${listedActorSql("o")}
    ORDER BY shared.articles DESC, shared.mentions DESC, o.name ASC
    LIMIT ${take}`;
}

export type ActorArticle = { slug: string; title: string; publishedOn: Date; outlet: string | null; mentions: number };

/** Published articles that mention the actor, newest first, with how often (flat rows, as actorEvents). */
export async function actorArticles(ids: string[], take = 20, db: Db = prisma): Promise<ActorArticle[]> {
  return db.$queryRaw<ActorArticle[]>(actorArticlesSql(ids, take));
}

function actorArticlesSql(ids: string[], take: number): Prisma.Sql {
  return Prisma.sql`
    SELECT a.slug, a.title, a."publishedOn", p.name AS outlet, m.count AS mentions
    FROM (SELECT "articleId", count, day FROM "ActorMention" WHERE "actorId" IN (${Prisma.join(ids)}) AND visible
          ORDER BY day DESC, "articleId" DESC LIMIT ${take}) m
    JOIN "Article" a ON a.id = m."articleId"
    LEFT JOIN "Publication" p ON p.id = a."publicationId"
    ORDER BY m.day DESC, m."articleId" DESC`;
}

/** A JSON day ("2026-02-23") as the Date a date column reads as (UTC midnight). */
const jsonDay = (day: string | null) => (day === null ? null : new Date(`${day}T00:00:00Z`));

type Json<T, DateKeys extends keyof T> = Omit<T, DateKeys> & { [K in DateKeys]: string | null };

/**
 * The profile's panels that need only the actor's ids — activity band, latest events, "often named with",
 * latest articles — in one statement, each list a JSON array in its own order: as four statements they
 * were four round trips, each costing the server about as much CPU as its rows, and PostgreSQL its own
 * parse, plan and protocol work.
 */
export async function actorPanels(ids: string[], db: Db = prisma) {
  const [row] = await db.$queryRaw<{
    activity: ActivityRow[];
    events: Json<ActorEventRow, "startDate" | "endDate" | "reportedOn">[];
    coActors: CoActor[];
    articles: Json<ActorArticle, "publishedOn">[];
  }[]>`
    SELECT (SELECT coalesce(json_agg(r), '[]') FROM (${activitySql(ids)}) r) AS activity,
           (SELECT coalesce(json_agg(r), '[]') FROM (${actorEventsSql(ids, 20)}) r) AS events,
           (SELECT coalesce(json_agg(r), '[]') FROM (${coOccurringActorsSql(ids, 10)}) r) AS "coActors",
           (SELECT coalesce(json_agg(r), '[]') FROM (${actorArticlesSql(ids, 20)}) r) AS articles`;
  return {
    activity: activityOf(row.activity),
    events: row.events.map((e) => ({ ...e, startDate: jsonDay(e.startDate), endDate: jsonDay(e.endDate), reportedOn: jsonDay(e.reportedOn) })),
    coActors: row.coActors,
    articles: row.articles.map((a) => ({ ...a, publishedOn: jsonDay(a.publishedOn)! })),
  };
}

export type KindCounts = Map<ActorKind, number>;

/** Kinds present among the named actors and among the unnamed sources, for the directory's filters (maintained totals). */
export async function actorKindCounts(db: Db = prisma): Promise<{ named: KindCounts; unnamed: KindCounts }> {
  const rows = await db.readerStat.findMany({ where: { OR: [{ key: { startsWith: "actors:" } }, { key: { startsWith: "unnamed-actors:" } }] } });
  const kindsOf = (prefix: string): KindCounts =>
    new Map(rows.filter((r) => r.n > 0 && r.key.startsWith(prefix)).map((r) => [r.key.slice(prefix.length) as ActorKind, r.n]));
  return { named: kindsOf("actors:"), unnamed: kindsOf("unnamed-actors:") };
}
