import { randomUUID } from "node:crypto";
import type pg from "pg";
import { partialDateFromString } from "@/lib/dates/partial-date";
import { findMentions, summariseMentions } from "@/lib/text/mentions";
import { slugify } from "@/lib/text/slug";
import type { TransferLine } from "./schema";

// Writes one validated NDJSON line in one transaction: the actors it names (matched by slug, else
// created), the article, its statements and events (an event whose ref is stored gets this article
// as one more source), mentions and the audit trail, as the editor's publish does. A system
// operation: audit rows carry no user. An article whose URL is stored is skipped, not changed.

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

/** Actor name → stored id (by slug, following merges), creating the missing ones; and the aliases the line adds. */
async function resolveActors(client: pg.Client, line: TransferLine) {
  // Sorted by slug so that concurrent imports lock actors in one order (no deadlocks).
  const actors = line.actors.map((a) => ({ ...a, slug: a.slug ?? (slugify(a.name) || "actor") })).sort((x, y) => (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0));
  const created = await client.query(
    `INSERT INTO "Actor" (id, slug, name, kind, role, "updatedAt")
     SELECT x.id, x.slug, x.name, x.kind::"ActorKind", x.role, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x(id, slug, name, kind, role)
     ON CONFLICT DO NOTHING RETURNING id, slug`,
    [actors.map(() => id()), actors.map((a) => a.slug), actors.map((a) => a.name), actors.map((a) => a.kind), actors.map((a) => a.role)],
  );
  const stored = await client.query(`SELECT slug, name, COALESCE("mergedIntoId", id) AS id FROM "Actor" WHERE slug = ANY($1::text[])`, [actors.map((a) => a.slug)]);
  const bySlug = new Map(stored.rows.map((r) => [r.slug as string, r as { id: string; name: string }]));
  const byName = new Map<string, string>();
  const aliases: { actorId: string; alias: string }[] = [];
  for (const a of actors) {
    const hit = bySlug.get(a.slug);
    if (!hit) throw new Error(`actor ${a.slug} could not be stored`);
    byName.set(a.name, hit.id);
    // Every spelling but the stored name itself ("NATO" stays an alias of "Nato"); one per lower-case form.
    for (const alias of new Set([a.name, ...a.aliases])) if (alias !== hit.name) aliases.push({ actorId: hit.id, alias });
  }
  return { byName, aliases, created: created.rows as { id: string; slug: string }[], terms: actors.flatMap((a) => [a.name, ...a.aliases].map((term) => ({ key: byName.get(a.name)!, term }))) };
}

/** `base`, or the first of base-2 … base-20 that is free, or base with a random tail. */
async function freeSlug(client: pg.Client, base: string): Promise<string> {
  const candidates = [base, ...Array.from({ length: 19 }, (_, i) => `${base}-${i + 2}`)];
  const taken = new Set((await client.query(`SELECT slug FROM "Article" WHERE slug = ANY($1::text[])`, [candidates])).rows.map((r) => r.slug));
  return candidates.find((c) => !taken.has(c)) ?? `${base}-${randomUUID().slice(0, 8)}`;
}

const arr = <T,>(rows: T[], pick: (r: T) => unknown) => rows.map(pick);

/** The article and everything under it in one statement (data-modifying CTEs; keys checked at its end). */
const INSERT_ARTICLE = `
WITH article AS (
  INSERT INTO "Article" (id, slug, "publicationId", title, standfirst, authors, dateline, "publishedOn", "sourceUrl", body, status, "updatedAt")
  VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8::date, $9, $10, 'published', now()) RETURNING id
), st AS (
  INSERT INTO "Statement" (id, "articleId", "speakerId", "addresseeId", text, direct, "saidOn", "saidPrecision", venue, part, "spanStart", "spanEnd", verified, "updatedAt")
  SELECT x.id, $1, x.speaker, x.addressee, x.text, x.direct, x.said, x.precision::"DatePrecision", x.venue, x.part::"ArticlePart", x.s, x.e, x.verified, now()
  FROM unnest($11::text[], $12::text[], $13::text[], $14::text[], $15::bool[], $16::date[], $17::text[], $18::text[], $19::text[], $20::int[], $21::int[], $22::bool[])
    AS x(id, speaker, addressee, text, direct, said, precision, venue, part, s, e, verified)
), ev AS (
  INSERT INTO "Event" (id, title, description, type, "startDate", "endDate", "datePrecision", "dateText", place, fatalities, verified, "updatedAt")
  SELECT x.id, x.title, x.description, x.type::"EventType", x.start, x.finish, x.precision::"DatePrecision", x.text, x.place, x.fatalities, x.verified, now()
  FROM unnest($23::text[], $24::text[], $25::text[], $26::text[], $27::date[], $28::date[], $29::text[], $30::text[], $31::text[], $32::int[], $33::bool[])
    AS x(id, title, description, type, start, finish, precision, text, place, fatalities, verified)
  ON CONFLICT (id) DO NOTHING
), links AS (
  INSERT INTO "EventArticle" ("eventId", "articleId", part, "spanStart", "spanEnd")
  SELECT x.event, $1, x.part::"ArticlePart", x.s, x.e FROM unnest($34::text[], $35::text[], $36::int[], $37::int[]) AS x(event, part, s, e)
), roles AS (
  INSERT INTO "EventActor" ("eventId", "actorId", role)
  SELECT x.event, x.actor, x.role::"EventRole" FROM unnest($38::text[], $39::text[], $40::text[]) AS x(event, actor, role)
  ON CONFLICT DO NOTHING
), aliases AS (
  INSERT INTO "ActorAlias" (id, "actorId", alias, normalized)
  SELECT x.id, x.actor, x.alias, lower(x.alias) FROM unnest($49::text[], $50::text[], $51::text[]) AS x(id, actor, alias)
  ON CONFLICT DO NOTHING
), mentions AS (
  INSERT INTO "ActorMention" ("articleId", "actorId", count, "firstOffset")
  SELECT $1, x.actor, x.n, x.first FROM unnest($41::text[], $42::int[], $43::int[]) AS x(actor, n, first)
)
INSERT INTO "AuditLog" (id, action, "entityType", "entityId", after)
SELECT x.id, x.action, x.entity, x.entity_id, x.after::jsonb FROM unnest($44::text[], $45::text[], $46::text[], $47::text[], $48::text[]) AS x(id, action, entity, entity_id, after)`;

/** Imports one line; "skipped" when its URL is already stored. Throws (and rolls back) on anything else. */
export async function importLine(client: pg.Client, line: TransferLine): Promise<ImportOutcome> {
  // Checked before the transaction too, so a rerun over stored articles costs one query per line.
  if ((await client.query(`SELECT 1 FROM "Article" WHERE "sourceUrl" = $1`, [line.url])).rows.length) return "skipped";
  // Committed without waiting for the disk flush: a crash can lose the last few articles' commits, whole
  // (never half of one), and a rerun imports them again, since import is idempotent by URL.
  await client.query("BEGIN; SET LOCAL synchronous_commit = off");
  try {
    const outcome = await writeLine(client, line);
    await client.query(outcome === "imported" ? "COMMIT" : "ROLLBACK");
    return outcome;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    if ((err as { code?: string; constraint?: string }).code === "23505" && (err as { constraint?: string }).constraint === "Article_sourceUrl_key") return "skipped";
    throw err;
  }
}

async function writeLine(client: pg.Client, line: TransferLine): Promise<ImportOutcome> {
  if ((await client.query(`SELECT 1 FROM "Article" WHERE "sourceUrl" = $1`, [line.url])).rows.length) return "skipped";
  const a = line.article;
  const publication = await publicationId(client, a.publication);
  const { byName, aliases, created, terms } = await resolveActors(client, line);
  const slug = await freeSlug(client, slugify(`${a.publishedOn} ${a.title}`) || "article");
  const articleId = id();

  const statements = line.statements.map((s) => ({ ...s, id: id(), said: partialDateFromString(s.saidOn, s.saidPrecision) }));
  const events = line.events.map((e) => ({ ...e, id: e.ref ?? id(), date: partialDateFromString(e.date, e.datePrecision) }));
  const links = [...new Map(events.map((e) => [e.id, e])).values()].sort((x, y) => (x.id < y.id ? -1 : 1));
  const roles = new Map<string, { event: string; actor: string; role: string }>();
  for (const e of events) {
    const given = new Map((e.actorRoles ?? []).map((r) => [r.name, r.role]));
    for (const name of new Set([...e.actors, ...given.keys()])) {
      const actor = byName.get(name)!;
      roles.set(`${e.id} ${actor}`, { event: e.id, actor, role: given.get(name) ?? "participant" });
    }
  }
  const mentions = mentionsOf(line, terms, byName);
  const audit = [
    ...created.map((c) => ({ id: id(), action: "create", entity: "actor", entityId: c.id, after: { slug: c.slug, importedFrom: "ndjson" } })),
    { id: id(), action: "publish", entity: "article", entityId: articleId, after: { slug, url: line.url, statements: statements.length, events: events.length, importedFrom: "ndjson" } },
  ];
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  await client.query(INSERT_ARTICLE, [
    articleId, slug, publication, a.title, a.standfirst, a.authors ?? (a.author ? [a.author] : []), a.dateline, a.publishedOn, line.url, line.body,
    arr(statements, (s) => s.id), arr(statements, (s) => byName.get(s.speaker)), arr(statements, (s) => (s.addressee ? byName.get(s.addressee) : null)),
    arr(statements, (s) => s.quote), arr(statements, (s) => s.direct), arr(statements, (s) => day(s.said.start)), arr(statements, (s) => s.said.precision),
    arr(statements, (s) => s.saidAt), arr(statements, (s) => s.part), arr(statements, (s) => s.start), arr(statements, (s) => s.end), arr(statements, (s) => s.verified ?? false),
    arr(links, (e) => e.id), arr(links, (e) => e.title), arr(links, (e) => e.description ?? null), arr(links, (e) => e.type), arr(links, (e) => day(e.date.start)),
    arr(links, (e) => (e.dateEnd && e.date.start ? e.dateEnd : day(e.date.end))), arr(links, (e) => e.date.precision), arr(links, (e) => e.dateText), arr(links, (e) => e.location),
    arr(links, (e) => e.fatalities ?? null), arr(links, (e) => e.verified ?? false),
    arr(links, (e) => e.id), arr(links, (e) => e.part), arr(links, (e) => e.start), arr(links, (e) => e.end),
    [...roles.values()].map((r) => r.event), [...roles.values()].map((r) => r.actor), [...roles.values()].map((r) => r.role),
    [...mentions.keys()], [...mentions.values()].map((m) => m.count), [...mentions.values()].map((m) => m.firstOffset),
    arr(audit, (x) => x.id), arr(audit, (x) => x.action), arr(audit, (x) => x.entity), arr(audit, (x) => x.entityId), arr(audit, (x) => JSON.stringify(x.after)),
    arr(aliases, () => id()), arr(aliases, (x) => x.actorId), arr(aliases, (x) => x.alias),
  ]);
  return "imported";
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

