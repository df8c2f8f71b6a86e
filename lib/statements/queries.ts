import "server-only";
import { untilAborted } from "@/lib/db/cancel";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { cursorIn, pageOf, type Cursor } from "@/lib/pagination/cursor";
import { cappedCount, PROBE, readerStat, searchTotal, type Total } from "@/lib/pagination/count";
import type { SearchTotal } from "@/lib/search/total";
import { EXPORT_LIMIT, type Db } from "@/lib/search/full-text";
import { speakerKey, statementCursor, type StatementFilters } from "./filters";

import { listedActorSql, liveActorSql, visibleActorSql, visibleArticleSql, visibleRowSql } from "@/lib/visibility";
import { byName } from "@/lib/text/collate";

export { visibleStatement } from "@/lib/visibility";

// The /statements reads. Ids are chosen in SQL (filters, full-text match, keyset on the
// (visible, sortOn, id) indexes), then the page's rows are read by id: a fixed number of statements
// per page however many rows it shows. Totals come from the maintained counters when the filters
// allow (none, or speakers only), as /search counts them for words alone, else from a count capped at
// COUNT_CAP (countStatements).

const UNDATED = "0001-01-01";

/**
 * Ids of the live actors named by slug, and of the actors merged into them (whose statements now
 * belong to them). A deleted actor is an unknown one: it names nobody.
 */
export async function speakerIds(slugs: string[], db: Db = prisma): Promise<string[]> {
  if (!slugs.length) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "Actor" a WHERE a.slug IN (${Prisma.join(slugs)}) AND ${liveActorSql("a")}
    UNION
    SELECT m.id FROM "Actor" m JOIN "Actor" a ON a.id = m."mergedIntoId" WHERE a.slug IN (${Prisma.join(slugs)}) AND ${liveActorSql("a")}`;
  return rows.map((r) => r.id);
}

/** The one WHERE for /statements over "Statement" s (list, count, export, feeds); speakers already resolved to ids. */
export function statementConditions(f: Omit<StatementFilters, "cursor" | "speaker">, speakers: string[] | null): Prisma.Sql {
  const and: Prisma.Sql[] = [visibleRowSql("s")];
  if (speakers) and.push(speakers.length === 1 ? Prisma.sql`s."speakerId" = ${speakers[0]}` : speakers.length ? Prisma.sql`s."speakerId" IN (${Prisma.join(speakers)})` : Prisma.sql`false`);
  if (f.from) and.push(Prisma.sql`s."saidOn" >= ${f.from}::date`);
  if (f.to) and.push(Prisma.sql`s."saidOn" <= ${f.to}::date AND s."sortOn" <= ${f.to}::date`);
  if (f.direct !== undefined) and.push(Prisma.sql`s.direct = ${f.direct}`);
  if (f.topic.length) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "StatementTopic" st JOIN "Topic" t ON t.id = st."topicId" WHERE st."statementId" = s.id AND t.slug IN (${Prisma.join(f.topic)}))`);
  }
  if (f.article) and.push(Prisma.sql`s."articleId" = (SELECT id FROM "Article" WHERE slug = ${f.article})`);
  if (f.q) and.push(Prisma.sql`s.search @@ websearch_to_tsquery('english', ${f.q})`);
  return Prisma.join(and, " AND ");
}

async function conditionsFor(f: StatementFilters, db: Db) {
  const speakers = f.speaker.length ? await speakerIds(f.speaker, db) : null;
  return { speakers, where: statementConditions(f, speakers) };
}

export const statementSelect = {
  id: true,
  text: true,
  direct: true,
  saidOn: true,
  saidPrecision: true,
  venue: true,
  part: true,
  spanStart: true,
  spanEnd: true,
  verified: true,
  createdAt: true,
  updatedAt: true,
  speaker: { select: { slug: true, name: true, verified: true, unnamed: true } },
  addressee: { select: { slug: true, name: true } },
  article: { select: { slug: true, title: true, publishedOn: true, publication: { select: { name: true } } } },
  topics: { select: { topic: { select: { slug: true, name: true } } } },
} satisfies Prisma.StatementSelect;

export type StatementRow = Prisma.StatementGetPayload<{ select: typeof statementSelect }>;

/** The rows for these ids, in the ids' order (one query per relation, whatever the number of ids). */
export async function statementsById(ids: string[], db: Db = prisma): Promise<StatementRow[]> {
  if (!ids.length) return [];
  const rows = await db.statement.findMany({ where: { id: { in: ids } }, select: statementSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A page row: its id, the day said, and (speaker orders) the cursor key naming the speaker and sort day. */
type Row = { id: string; said: string | null; key?: string };

const keyOf = (r: Row) => (r.key !== undefined ? r.key : r.said);

/** Keyset after a cursor (said day or null, id): newest said first, undated last, id breaks ties. */
function after(cursor: Cursor | null): Prisma.Sql {
  if (!cursor) return Prisma.empty;
  const key = cursor.key === null ? UNDATED : cursor.key;
  return Prisma.sql`AND (s."sortOn", s.id) < (${key}::date, ${cursor.id})`;
}

/** One page of ids in the list's order, after `cursor` (one statementCursor lets through, or the last row of a batch). */
async function pageIds(where: Prisma.Sql, cursor: Cursor | null, take: number, db: Db, sort: StatementFilters["sort"] = "newest", speakers: string[] | null = null, window: number | null = null): Promise<Row[]> {
  if (sort === "oldest") return oldestFirstIds(where, cursor, take, db);
  if ((sort === "speaker" || sort === "speaker-activity") && window) return bySpeakerAmongNewest(sort, where, window, cursor, take, db);
  if (sort === "speaker" || sort === "speaker-activity") return bySpeakerIds(sort, where, speakers, cursor, take, db);
  return db.$queryRaw<Row[]>`
    SELECT s.id, to_char(s."saidOn", 'YYYY-MM-DD') AS said FROM "Statement" s
    WHERE ${where} ${after(cursor)}
    ORDER BY s."sortOn" DESC, s.id DESC
    LIMIT ${take}`;
}

/**
 * Oldest said first, undated still last: the dated rows after the cursor (the same indexes, read
 * backwards), then, once they run out, the undated ones by id.
 */
async function oldestFirstIds(where: Prisma.Sql, cursor: Cursor | null, take: number, db: Db): Promise<Row[]> {
  const key = cursor && cursor.key !== null ? cursor.key : null;
  const inUndated = cursor !== null && cursor.key === null;
  const dated = inUndated
    ? []
    : await db.$queryRaw<Row[]>`
        SELECT s.id, to_char(s."saidOn", 'YYYY-MM-DD') AS said FROM "Statement" s
        WHERE ${where} AND s."sortOn" > ${UNDATED}::date ${key ? Prisma.sql`AND (s."sortOn", s.id) > (${key}::date, ${cursor!.id})` : Prisma.empty}
        ORDER BY s."sortOn" ASC, s.id ASC
        LIMIT ${take}`;
  if (dated.length >= take) return dated;
  const undated = await db.$queryRaw<Row[]>`
    SELECT s.id, NULL::text AS said FROM "Statement" s
    WHERE ${where} AND s."sortOn" = ${UNDATED}::date ${inUndated ? Prisma.sql`AND s.id > ${cursor!.id}` : Prisma.empty}
    ORDER BY s.id ASC
    LIMIT ${take - dated.length}`;
  return [...dated, ...undated];
}

/** The (speaker, sort day, id) a speaker-order cursor names, or null (first page). */
function speakerAfter(cursor: Cursor | null) {
  const key = cursor && speakerKey(cursor.key);
  return key ? { ...key, id: cursor!.id } : null;
}

/**
 * Grouped by speaker: by name A–Z ignoring case (Actor's (lower(name), id) index) or most active first
 * (ActorStat's (activity, actorId) index), each speaker's statements newest said first (the
 * (speakerId, visible, sortOn, id) index). The rest of the cursor's speaker first, then the speakers
 * after it in order; the planner walks speakers in index order and stops at the page's end.
 */
async function bySpeakerIds(sort: "speaker" | "speaker-activity", where: Prisma.Sql, speakers: string[] | null, cursor: Cursor | null, take: number, db: Db): Promise<Row[]> {
  const at = speakerAfter(cursor);
  const columns = Prisma.sql`s.id, to_char(s."saidOn", 'YYYY-MM-DD') AS said, json_build_array(s."speakerId", to_char(s."sortOn", 'YYYY-MM-DD'))::text AS key`;
  const rest = at
    ? await db.$queryRaw<Row[]>`
        SELECT ${columns} FROM "Statement" s
        WHERE ${where} AND s."speakerId" = ${at.speaker} AND (s."sortOn", s.id) < (${at.day}::date, ${at.id})
        ORDER BY s."sortOn" DESC, s.id DESC LIMIT ${take}`
    : [];
  if (rest.length >= take) return rest;
  // Per speaker at most a page of statements (LATERAL … LIMIT on the per-speaker index): a speaker quoted
  // 100,000 times costs a page, not a sort of all their statements.
  const page = (speaker: Prisma.Sql) => Prisma.sql`CROSS JOIN LATERAL (
      SELECT ${columns}, s."sortOn" AS sort_on FROM "Statement" s WHERE ${where} AND s."speakerId" = ${speaker}
      ORDER BY s."sortOn" DESC, s.id DESC LIMIT ${take - rest.length}) x`;
  const only = (id: Prisma.Sql) => (speakers ? Prisma.sql`AND ${id} IN (${speakers.length ? Prisma.join(speakers) : null})` : Prisma.empty);
  const next =
    sort === "speaker"
      ? await db.$queryRaw<Row[]>`
          SELECT x.id, x.said, x.key FROM "Actor" sp ${page(Prisma.sql`sp.id`)}
          WHERE true ${only(Prisma.sql`sp.id`)} ${at ? Prisma.sql`AND (lower(sp.name), sp.id) > ((SELECT lower(name) FROM "Actor" WHERE id = ${at.speaker}), ${at.speaker})` : Prisma.empty}
          ORDER BY lower(sp.name), sp.id, x.sort_on DESC, x.id DESC LIMIT ${take - rest.length}`
      : await db.$queryRaw<Row[]>`
          SELECT x.id, x.said, x.key FROM "ActorStat" sp ${page(Prisma.sql`sp."actorId"`)}
          WHERE true ${only(Prisma.sql`sp."actorId"`)} ${at ? Prisma.sql`AND (sp.activity, sp."actorId") < ((SELECT activity FROM "ActorStat" WHERE "actorId" = ${at.speaker}), ${at.speaker})` : Prisma.empty}
          ORDER BY sp.activity DESC, sp."actorId" DESC, x.sort_on DESC, x.id DESC LIMIT ${take - rest.length}`;
  return [...rest, ...next];
}

/**
 * Statements filtered by words and grouped by speaker are sorted among the newest SPEAKER_SORT_WINDOW
 * matches only (the page says so). Walking speakers in order and searching each one's statements for
 * the words read most of a million statements for a rarer word (0.8–1.6 s); the newest matches come off
 * the (visible, sortOn, id) index, or the GIN index for a rare word, and a thousand sort in a few ms
 * (MATERIALIZED: a hash join with the speakers, not a loop over every speaker in name order).
 */
export const SPEAKER_SORT_WINDOW = 1_000;

/** The window a words filter with a speaker order sorts in (null: no window), `size` for the list. */
function speakerSortWindow(f: StatementFilters, size: number): number | null {
  return f.q && (f.sort === "speaker" || f.sort === "speaker-activity") ? size : null;
}

async function bySpeakerAmongNewest(sort: "speaker" | "speaker-activity", where: Prisma.Sql, window: number, cursor: Cursor | null, take: number, db: Db): Promise<Row[]> {
  const at = speakerAfter(cursor);
  const newest = Prisma.sql`SELECT s.id, s."speakerId", s."saidOn", s."sortOn" FROM "Statement" s WHERE ${where} ORDER BY s."sortOn" DESC, s.id DESC LIMIT ${window}`;
  const columns = Prisma.sql`c.id, to_char(c."saidOn", 'YYYY-MM-DD') AS said, json_build_array(c."speakerId", to_char(c."sortOn", 'YYYY-MM-DD'))::text AS key`;
  const sameSpeakerAfter = at ? Prisma.sql`(c."speakerId" = ${at.speaker} AND (c."sortOn", c.id) < (${at.day}::date, ${at.id}))` : Prisma.empty;
  if (sort === "speaker") {
    return db.$queryRaw<Row[]>`
      WITH c AS MATERIALIZED (${newest})
      SELECT ${columns} FROM c JOIN "Actor" sp ON sp.id = c."speakerId"
      ${at ? Prisma.sql`WHERE ${sameSpeakerAfter} OR (lower(sp.name), sp.id) > ((SELECT lower(name) FROM "Actor" WHERE id = ${at.speaker}), ${at.speaker})` : Prisma.empty}
      ORDER BY lower(sp.name), sp.id, c."sortOn" DESC, c.id DESC LIMIT ${take}`;
  }
  return db.$queryRaw<Row[]>`
    WITH c AS MATERIALIZED (${newest})
    SELECT ${columns} FROM c JOIN "ActorStat" sp ON sp."actorId" = c."speakerId"
    ${at ? Prisma.sql`WHERE ${sameSpeakerAfter} OR (sp.activity, sp."actorId") < ((SELECT activity FROM "ActorStat" WHERE "actorId" = ${at.speaker}), ${at.speaker})` : Prisma.empty}
    ORDER BY sp.activity DESC, sp."actorId" DESC, c."sortOn" DESC, c.id DESC LIMIT ${take}`;
}

/**
 * How many statements match: maintained counters for no filter or speakers only; for words alone, as
 * /search counts them (the planner's estimate, "about 81,000", when it expects more than COUNT_CAP: a
 * capped count of a common word read 1,001 matches among 13,000 rows at a million statements, the one
 * read that grew with the table); else a count capped at COUNT_CAP.
 */
async function countStatements(f: StatementFilters, speakers: string[] | null, where: Prisma.Sql, db: Db): Promise<Total & { totalKind?: SearchTotal["totalKind"] }> {
  const onlyWordsOrSpeakers = !f.from && !f.to && f.direct === undefined && !f.topic.length && !f.article;
  if (onlyWordsOrSpeakers && !f.q && !speakers) return { total: await readerStat(db, "statements"), totalCapped: false };
  if (onlyWordsOrSpeakers && !f.q && speakers) {
    const sum = await db.actorStat.aggregate({ where: { actorId: { in: speakers } }, _sum: { statements: true } });
    return { total: sum._sum.statements ?? 0, totalCapped: false };
  }
  if (onlyWordsOrSpeakers && f.q && !speakers) {
    return searchTotal(db, visibleStatementsMatching, f.q);
  }
  return cappedCount(db, Prisma.sql`SELECT 1 FROM "Statement" s WHERE ${where}`);
}

/** The visible statements whose words match `words` (an SQL websearch text), as counted by `searchTotal`. */
export const visibleStatementsMatching = (words: Prisma.Sql) =>
  Prisma.sql`SELECT 1 FROM "Statement" s WHERE s.search @@ websearch_to_tsquery('english', ${words}) AND ${visibleRowSql("s")}`;

export const STATEMENTS_PER_PAGE = 20;

/**
 * For a list filtered by one speaker alone (a profile): the ids its statements are under (the actor and those merged
 * into it) and their total, already read with the actor (getActor), so the list reads neither again.
 */
export type KnownSpeaker = { ids: string[]; statements: number };

/**
 * One page of statements (keyset), with the number of all that match (`totalCapped` when more than COUNT_CAP,
 * `totalKind: "estimate"` for words alone when the planner expects more).
 */
export async function listStatements(
  filters: StatementFilters,
  { take = STATEMENTS_PER_PAGE, speaker }: { take?: number; speaker?: KnownSpeaker } = {},
  db: Db = prisma,
) {
  const { speakers, where } = speaker ? { speakers: speaker.ids, where: statementConditions(filters, speaker.ids) } : await conditionsFor(filters, db);
  // `sortedAmong`: sorted by speaker among the newest SPEAKER_SORT_WINDOW matches only (the page says so).
  const sortedAmong = speakerSortWindow(filters, SPEAKER_SORT_WINDOW);
  const counted: ReturnType<typeof countStatements> = speaker ? Promise.resolve({ total: speaker.statements, totalCapped: false }) : countStatements(filters, speakers, where, db);
  const cursor = cursorIn(statementCursor, filters);
  const [ids, count] = await Promise.all([pageIds(where, cursor, take + 1, db, filters.sort, speakers, sortedAmong), counted]);
  const page = pageOf(ids, take, keyOf);
  // A first page that holds every match makes an estimated total exact (as /search settles its own).
  const allShown = !cursor && !page.nextCursor && "totalKind" in count && count.totalKind === "estimate";
  const total = allShown ? { total: page.items.length, totalCapped: false, totalKind: "exact" as const } : count;
  return { items: await statementsById(page.items.map((r) => r.id), db), nextCursor: page.nextCursor, isFirstPage: !cursor, sortedAmong, ...total };
}

/** Ids of every matching statement in list order, batch by batch on the keyset (capped at `cap`). */
async function* iterateIds(filters: StatementFilters, { batch = 1000, cap = EXPORT_LIMIT } = {}, db: Db = prisma): AsyncGenerator<string[]> {
  const { speakers, where } = await conditionsFor(filters, db);
  // Words with a speaker order: sorted among the newest `cap` matches (the list sorts among fewer).
  const window = speakerSortWindow(filters, Math.max(cap, SPEAKER_SORT_WINDOW));
  let cursor: Cursor | null = null;
  let sent = 0;
  while (sent < cap) {
    const ids = await pageIds(where, cursor, Math.min(batch, cap - sent), db, filters.sort, speakers, window);
    if (!ids.length) return;
    sent += ids.length;
    const last = ids[ids.length - 1];
    cursor = { key: keyOf(last), id: last.id };
    yield ids.map((r) => r.id);
  }
}

/** Every matching statement in list order, batch by batch on the keyset (never the whole set in memory). */
export async function* iterateStatements(filters: StatementFilters, options: { batch?: number; cap?: number } = {}, db: Db = prisma): AsyncGenerator<StatementRow[]> {
  for await (const ids of iterateIds(filters, options, db)) yield await statementsById(ids, db);
}

/**
 * Every matching statement as written out in CSV/JSON (statementRecord's fields), batch by batch: one
 * flat query per batch. Read through Prisma's nested select, parsing the related rows cost the export
 * 0.45 s of CPU per 10,000 statements, more than the database spent.
 */
export async function* iterateStatementRecords(filters: StatementFilters, options: { batch?: number; cap?: number } = {}, db: Db = prisma): AsyncGenerator<StatementRecord[]> {
  for await (const ids of iterateIds(filters, options, db)) yield await statementRecordsById(ids, db);
}

type FlatRecord = Omit<StatementRecord, "sourcePath">;

/** statementRecord of each id, in the ids' order (topics in the (statementId, topicId) key's order). */
async function statementRecordsById(ids: string[], db: Db): Promise<StatementRecord[]> {
  if (!ids.length) return [];
  const rows = await db.$queryRaw<FlatRecord[]>`
    SELECT s.id, s.text, s.direct, sp.name AS speaker, sp.slug AS "speakerSlug", sp.unnamed AS "speakerUnnamed", ad.name AS addressee,
      to_char(s."saidOn", 'YYYY-MM-DD') AS "saidOn", s."saidPrecision"::text AS "saidPrecision", s.venue, s.verified,
      ARRAY(SELECT t.slug FROM "StatementTopic" st JOIN "Topic" t ON t.id = st."topicId" WHERE st."statementId" = s.id ORDER BY st."topicId") AS topics,
      a.slug AS article, a.title AS "articleTitle", to_char(a."publishedOn", 'YYYY-MM-DD') AS "articlePublishedOn"
    FROM unnest(${ids}::text[]) WITH ORDINALITY AS i(id, n)
    JOIN "Statement" s ON s.id = i.id
    JOIN "Actor" sp ON sp.id = s."speakerId"
    LEFT JOIN "Actor" ad ON ad.id = s."addresseeId"
    JOIN "Article" a ON a.id = s."articleId"
    ORDER BY i.n`;
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    direct: r.direct,
    speaker: r.speaker,
    speakerSlug: r.speakerSlug,
    speakerUnnamed: r.speakerUnnamed,
    addressee: r.addressee,
    saidOn: r.saidOn,
    saidPrecision: r.saidPrecision,
    venue: r.venue,
    verified: r.verified,
    topics: r.topics,
    article: r.article,
    articleTitle: r.articleTitle,
    articlePublishedOn: r.articlePublishedOn,
    sourcePath: `/articles/${r.article}#s-${r.id}`,
  }));
}

/** Every matching statement (capped), in list order, for CSV/JSON. */
export async function exportStatements(filters: StatementFilters, db: Db = prisma): Promise<StatementRow[]> {
  const rows: StatementRow[] = [];
  for await (const batch of iterateStatements(filters, {}, db)) rows.push(...batch);
  return rows;
}

/**
 * The newest statements added to Faultline (by when they were recorded), for Atom feeds. When `signal`
 * aborts (the reader left) the running statement is cancelled and none follows: it rejects.
 */
export async function latestStatements(filters: StatementFilters, take = 50, db: Db = prisma, signal?: AbortSignal): Promise<StatementRow[]> {
  return untilAborted(signal, async () => {
    const { where } = await conditionsFor(filters, db);
    signal?.throwIfAborted();
    const ids = await db.$queryRaw<{ id: string }[]>`
      SELECT s.id FROM "Statement" s WHERE ${where} ORDER BY s."createdAt" DESC, s.id DESC LIMIT ${take}`;
    signal?.throwIfAborted();
    return statementsById(ids.map((r) => r.id), db);
  });
}

/**
 * Choices for the filter form: the `limit` most quoted named speakers (from the maintained counters) plus
 * any already chosen, topics and the latest articles that have statements (and the one chosen). Kept short: every option
 * is in the cached HTML and again in its RSC payload (others are reached from a speaker's or article's link).
 */
export async function statementFilterOptions(db: Db = prisma, { include = [] as string[], article = undefined as string | undefined, limit = 100, articles: articleLimit = 30 } = {}) {
  const named = include.length ? Prisma.sql`OR a.slug IN (${Prisma.join(include)})` : Prisma.empty;
  const [speakers, topics, articles] = await Promise.all([
    db.$queryRaw<{ slug: string; name: string; count: number }[]>`
      (SELECT a.slug, a.name, s.statements AS count FROM "ActorStat" s JOIN "Actor" a ON a.id = s."actorId"
       WHERE s.statements > 0 AND ${listedActorSql("a")} ORDER BY s.statements DESC, s."actorId" LIMIT ${limit})
      UNION
      (SELECT a.slug, a.name, coalesce(s.statements, 0) FROM "Actor" a LEFT JOIN "ActorStat" s ON s."actorId" = a.id
       WHERE ${visibleActorSql("a")} AND (false ${named}))`,
    db.$queryRaw<{ slug: string; name: string }[]>`
      SELECT t.slug, t.name FROM "Topic" t
      WHERE EXISTS (SELECT 1 FROM "StatementTopic" x JOIN "Statement" s ON s.id = x."statementId" WHERE x."topicId" = t.id AND ${visibleRowSql("s")} ${PROBE})`,
    db.$queryRaw<{ slug: string; title: string }[]>`
      (SELECT a.slug, a.title, a."publishedOn", a.id FROM "Article" a
       WHERE ${visibleArticleSql("a")} AND EXISTS (SELECT 1 FROM "Statement" s WHERE s."articleId" = a.id AND ${visibleRowSql("s")})
       ORDER BY a."publishedOn" DESC, a.id DESC LIMIT ${articleLimit})
      UNION
      (SELECT a.slug, a.title, a."publishedOn", a.id FROM "Article" a WHERE a.slug = ${article ?? null} AND ${visibleArticleSql("a")})
      ORDER BY 3 DESC, 4 DESC`,
  ]);
  return { speakers: byName(speakers), topics: byName(topics), articles: articles.map(({ slug, title }) => ({ slug, title })) };
}

export type StatementRecord = ReturnType<typeof statementRecord>;

/** How a statement is written out in CSV/JSON and feeds (iterateStatementRecords reads the same in SQL). */
export function statementRecord(s: StatementRow) {
  return {
    id: s.id,
    text: s.text,
    direct: s.direct,
    speaker: s.speaker.name,
    speakerSlug: s.speaker.slug,
    // An unnamed source ("a senior EU diplomat"), as the actors export's `unnamed` column marks it.
    speakerUnnamed: s.speaker.unnamed,
    addressee: s.addressee?.name ?? null,
    saidOn: s.saidOn ? s.saidOn.toISOString().slice(0, 10) : null,
    saidPrecision: s.saidPrecision,
    venue: s.venue,
    verified: s.verified,
    topics: s.topics.map((t) => t.topic.slug),
    article: s.article.slug,
    articleTitle: s.article.title,
    articlePublishedOn: s.article.publishedOn.toISOString().slice(0, 10),
    sourcePath: `/articles/${s.article.slug}#s-${s.id}`,
  };
}
