import { randomUUID } from "node:crypto";
import type pg from "pg";
import { partialDateFromString } from "@/lib/dates/partial-date";
import { findMentions, summariseMentions } from "@/lib/text/mentions";
import { slugify } from "@/lib/text/slug";
import type { TransferLine } from "./schema";

// Writes validated NDJSON lines, several in one transaction: the actors they name (matched by slug,
// else created), the articles, their statements and events (an event whose ref is stored gets the
// article as one more source), mentions and the audit trail, as the editor's publish does. A system
// operation: audit rows carry no user. An article whose URL is stored is skipped, not changed. The
// rollups: the INSERT tallies stand aside for the batch's transaction (SET LOCAL faultline.tallies) and
// faultline_tally_inserted() adds the batch's rows at its end, keys in a fixed order, so rollup rows are
// locked only from there to the commit and concurrent batches queue on them instead of deadlocking.

export type ImportOutcome = "imported" | "skipped";

const id = () => `c${randomUUID().replace(/-/g, "").slice(0, 24)}`;

async function publicationId(client: pg.Client, name: string): Promise<string> {
  const found = await client.query(`SELECT id FROM "Publication" WHERE name = $1`, [name]);
  if (found.rows.length) return found.rows[0].id;
  const base = slugify(name) || "publication";
  for (let n = 1; ; n++) {
    const inserted = await client.query(`INSERT INTO "Publication" (id, slug, name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id`, [id(), n === 1 ? base : `${base}-${n}`, name]);
    if (inserted.rows.length) return inserted.rows[0].id;
    const again = await client.query(`SELECT id FROM "Publication" WHERE name = $1`, [name]);
    if (again.rows.length) return again.rows[0].id;
  }
}

/** Each line's actor name → stored id (by slug, following merges), creating the missing ones; and the aliases each line adds. */
async function resolveActors(client: pg.Client, lines: TransferLine[]) {
  const slugged = lines.map((line) => line.actors.map((a) => ({ ...a, slug: a.slug ?? (slugify(a.name) || "actor") })));
  // One row per slug, the first line's (as line-by-line import would store it); sorted by slug so
  // that concurrent imports lock actors in one order (no deadlocks).
  const unique = [...new Map(slugged.flat().reverse().map((a) => [a.slug, a])).values()].sort((x, y) => (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0));
  const created = await client.query(
    `INSERT INTO "Actor" (id, slug, name, kind, role, unnamed, "updatedAt")
     SELECT x.id, x.slug, x.name, x.kind::"ActorKind", x.role, x.unnamed, now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[]) AS x(id, slug, name, kind, role, unnamed)
     ON CONFLICT DO NOTHING RETURNING id, slug`,
    [unique.map(() => id()), unique.map((a) => a.slug), unique.map((a) => a.name), unique.map((a) => a.kind), unique.map((a) => a.role), unique.map((a) => a.unnamed ?? false)],
  );
  const stored = await client.query(`SELECT slug, name, COALESCE("mergedIntoId", id) AS id FROM "Actor" WHERE slug = ANY($1::text[])`, [unique.map((a) => a.slug)]);
  const bySlug = new Map(stored.rows.map((r) => [r.slug as string, r as { id: string; name: string }]));
  const perLine = slugged.map((actors) => {
    const byName = new Map<string, string>();
    const aliases: { actorId: string; alias: string }[] = [];
    for (const a of actors) {
      const hit = bySlug.get(a.slug);
      if (!hit) throw new Error(`actor ${a.slug} could not be stored`);
      byName.set(a.name, hit.id);
      // Every spelling but the stored name itself ("NATO" stays an alias of "Nato"); one per lower-case form.
      for (const alias of new Set([a.name, ...a.aliases])) if (alias !== hit.name) aliases.push({ actorId: hit.id, alias });
    }
    return { byName, aliases, terms: actors.flatMap((a) => [a.name, ...a.aliases].map((term) => ({ key: byName.get(a.name)!, term }))) };
  });
  return { perLine, created: created.rows as { id: string; slug: string }[] };
}

/** For each base in order: `base`, or the first of base-2 … base-20 that is free (of the stored and those given before), or base with a random tail. */
async function freeSlugs(client: pg.Client, bases: string[]): Promise<string[]> {
  const candidates = bases.map((base) => [base, ...Array.from({ length: 19 }, (_, i) => `${base}-${i + 2}`)]);
  const taken = new Set((await client.query(`SELECT slug FROM "Article" WHERE slug = ANY($1::text[])`, [[...new Set(candidates.flat())]])).rows.map((r) => r.slug as string));
  return candidates.map((c, i) => {
    const slug = c.find((x) => !taken.has(x)) ?? `${bases[i]}-${randomUUID().slice(0, 8)}`;
    taken.add(slug);
    return slug;
  });
}

// A new event is stored already placed: reportedOn (the earliest of the batch's articles that report
// it, all published) and linked, which the EventArticle trigger would otherwise set by an UPDATE that
// cascades to its actor rows. An event already stored is left to that trigger (its UPDATE tallies run).
// Two statements: articles, events and their links first, then the rows that point at them. The
// BEFORE-row triggers that derive Statement/ActorMention/EventActor columns read the Article and Event
// rows, and a data-modifying CTE cannot see rows its sibling CTEs insert (they would all be derived as
// hidden); and an EventActor row inserted before a stored event's re-placing would be changed by it
// after it was (not) counted.
/** The articles, their new events (returned) and the links (keys checked at the statement's end). */
const INSERT_ARTICLES = `
WITH article AS (
  INSERT INTO "Article" (id, slug, "publicationId", title, standfirst, authors, dateline, "publishedOn", "sourceUrl", body, status, "updatedAt")
  SELECT x.id, x.slug, x.publication, x.title, x.standfirst, ARRAY(SELECT jsonb_array_elements_text(x.authors::jsonb)), x.dateline, x.published, x.url, x.body, 'published', now()
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::text[], $10::text[])
    AS x(id, slug, publication, title, standfirst, authors, dateline, published, url, body)
 ), links AS (
  INSERT INTO "EventArticle" ("eventId", "articleId", part, "spanStart", "spanEnd")
  SELECT x.event, x.article, x.part::"ArticlePart", x.s, x.e FROM unnest($23::text[], $24::text[], $25::int[], $26::int[], $27::text[]) AS x(event, part, s, e, article)
)
INSERT INTO "Event" (id, title, description, type, "startDate", "endDate", "datePrecision", "dateText", place, fatalities, verified, "reportedOn", linked, "updatedAt")
SELECT x.id, x.title, x.description, x.type::"EventType", x.start, x.finish, x.precision::"DatePrecision", x.text, x.place, x.fatalities, x.verified, x.reported, true, now()
FROM unnest($11::text[], $12::text[], $13::text[], $14::text[], $15::date[], $16::date[], $17::text[], $18::text[], $19::text[], $20::int[], $21::bool[], $22::date[])
  AS x(id, title, description, type, start, finish, precision, text, place, fatalities, verified, reported)
ON CONFLICT (id) DO NOTHING
RETURNING id`;

/** Everything under the articles: statements, event roles (the inserted pairs returned), aliases, mentions, audit rows. */
const INSERT_CHILDREN = `
WITH st AS (
  INSERT INTO "Statement" (id, "articleId", "speakerId", "addresseeId", text, direct, "saidOn", "saidPrecision", venue, part, "spanStart", "spanEnd", verified, "updatedAt")
  SELECT x.id, x.article, x.speaker, x.addressee, x.text, x.direct, x.said, x.precision::"DatePrecision", x.venue, x.part::"ArticlePart", x.s, x.e, x.verified, now()
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bool[], $6::date[], $7::text[], $8::text[], $9::text[], $10::int[], $11::int[], $12::bool[], $13::text[])
    AS x(id, speaker, addressee, text, direct, said, precision, venue, part, s, e, verified, article)
), roles AS (
  INSERT INTO "EventActor" ("eventId", "actorId", role)
  SELECT x.event, x.actor, x.role::"EventRole" FROM unnest($14::text[], $15::text[], $16::text[]) AS x(event, actor, role)
  ON CONFLICT DO NOTHING
  RETURNING "eventId", "actorId"
), aliases AS (
  INSERT INTO "ActorAlias" (id, "actorId", alias, normalized)
  SELECT x.id, x.actor, x.alias, lower(x.alias) FROM unnest($26::text[], $27::text[], $28::text[]) AS x(id, actor, alias)
  ON CONFLICT DO NOTHING
), mentions AS (
  INSERT INTO "ActorMention" ("articleId", "actorId", count, "firstOffset")
  SELECT x.article, x.actor, x.n, x.first FROM unnest($17::text[], $18::int[], $19::int[], $20::text[]) AS x(actor, n, first, article)
), audit AS (
  INSERT INTO "AuditLog" (id, action, "entityType", "entityId", after)
  SELECT x.id, x.action, x.entity, x.entity_id, x.after::jsonb FROM unnest($21::text[], $22::text[], $23::text[], $24::text[], $25::text[]) AS x(id, action, entity, entity_id, after)
)
SELECT "eventId", "actorId" FROM roles`;

/** Imports one line; "skipped" when its URL is already stored. Throws (and rolls back) on anything else. */
export async function importLine(client: pg.Client, line: TransferLine): Promise<ImportOutcome> {
  return (await importLines(client, [line]))[0];
}

/**
 * Imports several lines in one transaction (one statement for all their rows): each "imported", or
 * "skipped" when its URL is stored or repeats an earlier line's. Throws, having rolled back all of
 * them, when any line fails: the caller then imports them one by one to find the bad one.
 */
export async function importLines(client: pg.Client, lines: TransferLine[]): Promise<ImportOutcome[]> {
  // Checked before the transaction too, so a rerun over stored articles costs one query per batch.
  const stored = await storedUrls(client, lines);
  if (lines.every((l) => stored.has(l.url))) return lines.map(() => "skipped");
  // Committed without waiting for the disk flush: a crash can lose the last few batches' commits, whole
  // (never half of one), and a rerun imports them again, since import is idempotent by URL.
  await client.query("BEGIN; SET LOCAL synchronous_commit = off; SET LOCAL faultline.tallies = 'deferred'");
  try {
    const outcomes = await writeLines(client, lines);
    await client.query(outcomes.includes("imported") ? "COMMIT" : "ROLLBACK");
    return outcomes;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    const e = err as { code?: string; constraint?: string };
    if (lines.length === 1 && e.code === "23505" && e.constraint === "Article_sourceUrl_key") return ["skipped"];
    throw err;
  }
}

async function storedUrls(client: pg.Client, lines: TransferLine[]): Promise<Set<string>> {
  const { rows } = await client.query(`SELECT "sourceUrl" FROM "Article" WHERE "sourceUrl" = ANY($1::text[])`, [lines.map((l) => l.url)]);
  return new Set(rows.map((r) => r.sourceUrl as string));
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
/** As faultline_place_key() in SQL: the order in which an event insert creates Place rows. */
const placeKey = (place: string | null) => (place ?? "").replace(/\s+/g, " ").trim().toLowerCase();

async function writeLines(client: pg.Client, all: TransferLine[]): Promise<ImportOutcome[]> {
  const stored = await storedUrls(client, all);
  const seen = new Set<string>();
  const outcomes = all.map((l): ImportOutcome => (stored.has(l.url) || seen.has(l.url) ? "skipped" : (seen.add(l.url), "imported")));
  const lines = all.filter((_, i) => outcomes[i] === "imported");
  if (!lines.length) return outcomes;
  // Rows other imports may create too are written in one order (names, slugs, place keys): no deadlocks.
  const publications = new Map<string, string>();
  for (const name of [...new Set(lines.map((l) => l.article.publication))].sort()) publications.set(name, await publicationId(client, name));
  const { perLine, created } = await resolveActors(client, lines);
  const slugs = await freeSlugs(client, lines.map((l) => slugify(`${l.article.publishedOn} ${l.article.title}`) || "article"));

  const rows = { articles: [] as unknown[][], statements: [] as unknown[][], events: new Map<string, unknown[]>(), links: [] as unknown[][], roles: new Map<string, unknown[]>(), mentions: [] as unknown[][], audit: [] as unknown[][], aliases: [] as unknown[][] };
  for (const c of created) rows.audit.push([id(), "create", "actor", c.id, JSON.stringify({ slug: c.slug, importedFrom: "ndjson" })]);
  lines.forEach((line, i) => addLine(rows, line, slugs[i], publications.get(line.article.publication)!, perLine[i]));
  const columns = (table: unknown[][], n: number) => Array.from({ length: n }, (_, c) => table.map((r) => r[c]));
  const byPlace = [...rows.events.values()].sort((x, y) => compare(placeKey(x[8] as string | null), placeKey(y[8] as string | null)));
  const [articles, statements, events, links, roles, mentions, audit, aliases] = [
    columns(rows.articles, 10), columns(rows.statements, 13), columns(byPlace, 12), columns(rows.links, 5),
    columns([...rows.roles.values()], 3), columns(rows.mentions, 4), columns(rows.audit, 5), columns(rows.aliases, 3),
  ];
  const newEvents = await client.query(INSERT_ARTICLES, [...articles, ...events, ...links]);
  const newRoles = await client.query(INSERT_CHILDREN, [...statements, ...roles, ...mentions, ...audit, ...aliases]);
  await client.query(`SELECT faultline_tally_inserted($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])`, [
    articles[0], newEvents.rows.map((r) => r.id), created.map((c) => c.id), newRoles.rows.map((r) => r.eventId), newRoles.rows.map((r) => r.actorId),
  ]);
  return outcomes;
}

type Rows = { articles: unknown[][]; statements: unknown[][]; events: Map<string, unknown[]>; links: unknown[][]; roles: Map<string, unknown[]>; mentions: unknown[][]; audit: unknown[][]; aliases: unknown[][] };

/** One line's rows, added to the batch's: events and roles already given by an earlier line are kept as that line gave them. */
function addLine(rows: Rows, line: TransferLine, slug: string, publication: string, actors: Awaited<ReturnType<typeof resolveActors>>["perLine"][number]) {
  const { byName, aliases, terms } = actors;
  const a = line.article;
  const articleId = id();
  rows.articles.push([articleId, slug, publication, a.title, a.standfirst, JSON.stringify(a.authors ?? (a.author ? [a.author] : [])), a.dateline, a.publishedOn, line.url, line.body]);
  for (const s of line.statements) {
    const said = partialDateFromString(s.saidOn, s.saidPrecision);
    rows.statements.push([
      id(), byName.get(s.speaker), s.addressee ? byName.get(s.addressee) : null, s.quote, s.direct, day(said.start), said.precision, s.saidAt, s.part, s.start, s.end, s.verified ?? false, articleId,
    ]);
  }
  const events = line.events.map((e) => ({ ...e, id: e.ref ?? id(), date: partialDateFromString(e.date, e.datePrecision) }));
  const links = [...new Map(events.map((e) => [e.id, e])).values()].sort((x, y) => (x.id < y.id ? -1 : 1));
  for (const e of links) {
    const given = rows.events.get(e.id);
    if (!given) {
      rows.events.set(e.id, [
        e.id, e.title, e.description ?? null, e.type, day(e.date.start), e.dateEnd && e.date.start ? e.dateEnd : day(e.date.end), e.date.precision, e.dateText, e.location, e.fatalities ?? null, e.verified ?? false,
        a.publishedOn,
      ]);
    } else if (a.publishedOn < (given[11] as string)) given[11] = a.publishedOn;
    rows.links.push([e.id, e.part, e.start, e.end, articleId]);
  }
  for (const e of events) {
    const given = new Map((e.actorRoles ?? []).map((r) => [r.name, r.role]));
    for (const name of new Set([...e.actors, ...given.keys()])) {
      const actor = byName.get(name)!;
      const key = `${e.id} ${actor}`;
      // Within a line the last mention of a pair wins (as before); across lines the first line's stays.
      if (!rows.roles.has(key) || rows.roles.get(key)![3] === articleId) rows.roles.set(key, [e.id, actor, given.get(name) ?? "participant", articleId]);
    }
  }
  for (const [actorId, m] of mentionsOf(line, terms, byName)) rows.mentions.push([actorId, m.count, m.firstOffset, articleId]);
  rows.audit.push([id(), "publish", "article", articleId, JSON.stringify({ slug, url: line.url, statements: line.statements.length, events: events.length, importedFrom: "ndjson" })]);
  for (const x of aliases) rows.aliases.push([id(), x.actorId, x.alias]);
}

/** As publish counts them: names and aliases in the headline, standfirst and body; kept actors count once at least. */
function mentionsOf(line: TransferLine, terms: { key: string; term: string }[], byName: Map<string, string>) {
  const head = `${line.article.title}\n${line.article.standfirst ?? ""}\n`;
  const summary = summariseMentions(findMentions(head + line.body, terms));
  const out = new Map<string, { count: number; firstOffset: number | null }>();
  for (const [actorId, m] of summary) out.set(actorId, { count: m.count, firstOffset: m.firstOffset >= head.length ? m.firstOffset - head.length : null });
  for (const actorId of byName.values()) if (!out.has(actorId)) out.set(actorId, { count: 1, firstOffset: null });
  return out;
}

