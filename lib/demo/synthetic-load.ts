import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { copyRows, TABLES, type TableSpec } from "./synthetic-copy";
import { deriveBundle, placeKey } from "./synthetic-derive";
import { planSynthetic, shapeFor, SyntheticError, syntheticArticles, type ArticleBundle, type SyntheticOptions, type SyntheticPlan } from "./synthetic";

// Loads the synthetic dataset in one transaction: all of it or nothing. Actors, topics and
// publications already stored under the same slug (the demo's Vladimir Putin, say) are reused, so the
// synthetic rows join what is there. A database that already holds synthetic rows (ids "syn…") is
// refused unless `replace` is set, in which case those rows are deleted first, in the same transaction.

type Row = Record<string, unknown>;
type Writer = {
  query(sql: string): Promise<Row[]>;
  /** Runs `fill` with the tables' secondary indexes set aside and rebuilt after, when that is faster. */
  bulk?(tables: string[], fill: () => Promise<void>): Promise<void>;
  /** Appends rows; with `skipDuplicates`, rows that clash with a unique key are left out. */
  insert(spec: TableSpec, rows: readonly Row[], skipDuplicates?: boolean): Promise<void>;
  /**
   * Set when the writer stores the derived columns itself (the COPY path): the tables' own triggers
   * are off between begin and end, and end rebuilds what they would have maintained.
   */
  derived?: {
    begin(tables: string[]): Promise<void>;
    end(tables: string[]): Promise<void>;
    /** [place key, Place id] for each place text, creating pending Places as the Event trigger would. */
    placeIds(texts: string[]): Promise<[string, string][]>;
  };
};

export type LoadOptions = SyntheticOptions & {
  replace?: boolean;
  /** Articles written so far, of the total; called after each chunk. */
  onProgress?: (done: number, total: number) => void;
  /** Called as each step after the articles starts (index rebuilds, rollups), so a long tail is named. */
  onStep?: (step: string) => void;
};
export type TableTiming = { table: string; rows: number; ms: number };
export type LoadReport = { seed: number; replaced: number; tables: TableTiming[]; ms: number; analyzeMs: number };

const CHUNK = 1000;
const FACT_TABLES = ["article", "event", "statement", "eventActor", "eventArticle", "mention", "articleTopic", "statementTopic"] as const;
type Fact = (typeof FACT_TABLES)[number];
const BUNDLE_KEY: Record<Fact, keyof ArticleBundle> = {
  article: "article", event: "events", statement: "statements", eventActor: "eventActors", eventArticle: "eventArticles",
  mention: "mentions", articleTopic: "articleTopics", statementTopic: "statementTopics",
};

/** How many articles of earlier synthetic loads the database holds. */
async function countSynthetic(db: Writer): Promise<number> {
  const [row] = await db.query(`SELECT count(*)::int AS n FROM "Article" WHERE id LIKE 'syn%'`);
  return Number(row.n);
}

/** Deletes earlier synthetic rows; actors that editors' records now point at are kept. */
async function deleteSynthetic(db: Writer) {
  await db.query(`DELETE FROM "Article" WHERE id LIKE 'syn%'`);
  await db.query(`DELETE FROM "Event" WHERE id LIKE 'syn%'`);
  await db.query(`DELETE FROM "Actor" a WHERE a.id LIKE 'syn%'
    AND NOT EXISTS (SELECT 1 FROM "Statement" s WHERE s."speakerId" = a.id)
    AND NOT EXISTS (SELECT 1 FROM "EventActor" x WHERE x."actorId" = a.id)
    AND NOT EXISTS (SELECT 1 FROM "ActorMention" m WHERE m."actorId" = a.id)`);
}

/** Actors, topics, publications: inserted unless their slug is taken; returns synthetic id → stored id where they differ. */
async function writeDimensions(db: Writer, plan: SyntheticPlan) {
  const moved = new Map<string, string>();
  const match = async (table: string, rows: { id: string; slug: string }[], target: string) => {
    const stored = new Map((await db.query(`SELECT id, slug, ${target} AS target FROM "${table}"`)).map((r) => [r.slug as string, r]));
    for (const row of rows) {
      const hit = stored.get(row.slug);
      if (!hit) throw new SyntheticError(`${table} ${row.slug} could not be stored (a name clashes with an existing one)`);
      if (hit.target !== row.id) moved.set(row.id, hit.target as string);
    }
  };
  await db.insert(TABLES.publication, plan.publications, true);
  await match("Publication", plan.publications, "id");
  await db.insert(TABLES.topic, plan.topics, true);
  await match("Topic", plan.topics, "id");
  await db.insert(TABLES.actor, plan.actors, true);
  // An actor merged into another stands for that one.
  await match("Actor", plan.actors, `COALESCE("mergedIntoId", id)`);
  await db.insert(TABLES.alias, plan.aliases.filter((a) => !moved.has(a.actorId)), true);
  return moved;
}

function remap(rows: Row[], columns: string[], moved: Map<string, string>) {
  if (moved.size === 0) return rows;
  for (const row of rows) for (const c of columns) if (typeof row[c] === "string" && moved.has(row[c] as string)) row[c] = moved.get(row[c] as string);
  return rows;
}

const REFERENCES: Partial<Record<Fact, string[]>> = {
  article: ["publicationId"], statement: ["speakerId", "addresseeId"], eventActor: ["actorId"], mention: ["actorId"],
  articleTopic: ["topicId"], statementTopic: ["topicId"],
};

/** Stored actors among the plan's (after slug matching) that are deleted: their statements are hidden. */
async function deadActorsOf(db: Writer, plan: SyntheticPlan, moved: Map<string, string>) {
  const dead = new Set((await db.query(`SELECT id FROM "Actor" WHERE "deletedAt" IS NOT NULL`)).map((r) => r.id as string));
  return new Set(plan.actors.map((a) => a.id).filter((id) => dead.has(moved.get(id) ?? id)));
}

async function load(db: Writer, options: LoadOptions): Promise<Omit<LoadReport, "analyzeMs">> {
  const started = performance.now();
  const plan = planSynthetic(options);
  const already = await countSynthetic(db);
  if (already && !options.replace) {
    throw new SyntheticError(`the database already holds ${already} synthetic articles; pass --replace to delete them and load this set`);
  }
  const timings = new Map<string, TableTiming>();
  const time = async <T,>(table: string, rows: number, run: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const out = await run();
    const entry = timings.get(table) ?? { table, rows: 0, ms: 0 };
    entry.rows += rows;
    entry.ms += performance.now() - t;
    timings.set(table, entry);
    return out;
  };
  const derive = db.derived;
  if (derive) await time("(triggers set aside)", 0, () => derive.begin(FACT_TABLES.map((f) => TABLES[f].table)));
  if (already) await time("(earlier synthetic rows deleted)", 0, () => deleteSynthetic(db));
  const moved = await time("Actor, ActorAlias, Topic, Publication", plan.actors.length + plan.aliases.length, () => writeDimensions(db, plan));
  const dead = derive ? await deadActorsOf(db, plan, moved) : new Set<string>();
  const placeIds = new Map<string, string>();

  let chunk: ArticleBundle[] = [];
  let done = 0;
  const flush = async () => {
    if (derive) {
      const missing = new Map<string, string>();
      for (const b of chunk) for (const e of b.events) {
        const key = placeKey(e.place);
        if (key !== null && !placeIds.has(key) && !missing.has(key)) missing.set(key, e.place!);
      }
      if (missing.size) for (const [key, id] of await derive.placeIds([...missing.values()])) placeIds.set(key, id);
      for (const b of chunk) deriveBundle(b, dead, placeIds);
    }
    for (const fact of FACT_TABLES) {
      const rows: Row[] = [];
      for (const b of chunk) {
        const part = b[BUNDLE_KEY[fact]];
        if (Array.isArray(part)) for (const row of part) rows.push(row);
        else rows.push(part as Row);
      }
      remap(rows, REFERENCES[fact] ?? [], moved);
      await time(TABLES[fact].table, rows.length, () => db.insert(TABLES[fact], rows));
    }
    done += chunk.length;
    chunk = [];
    options.onProgress?.(done, plan.shape.articles);
  };
  const fill = async () => {
    for (const bundle of syntheticArticles(plan)) {
      chunk.push(bundle);
      if (chunk.length === CHUNK) await flush();
    }
    if (chunk.length) await flush();
  };
  const tables = FACT_TABLES.map((f) => TABLES[f].table);
  if (db.bulk) {
    const t = performance.now();
    let fillMs = 0;
    await db.bulk(tables, async () => {
      await fill();
      fillMs = performance.now() - t;
    });
    timings.set("(rebuilt)", { table: "(indexes and foreign keys rebuilt)", rows: 0, ms: performance.now() - t - fillMs });
  } else await fill();
  if (derive) {
    options.onStep?.("rebuilding rollups (ReaderStat, EventDay, ActorStat, ActorDay, ActorEventDay)");
    await time("(triggers back, rollups rebuilt)", 0, () => derive.end(tables));
  }
  return { seed: plan.seed, replaced: already, tables: [...timings.values()], ms: performance.now() - started };
}

/**
 * Runs `fill` with the tables' secondary indexes and foreign keys set aside, then puts them back in
 * the same transaction: one index build and one join per key instead of a check per row. Re-adding a
 * foreign key checks every row, so the invariants hold at commit exactly as with per-row checks.
 */
async function setAside(sql: (text: string) => Promise<Row[]>, tables: string[], fill: () => Promise<void>, onStep?: (step: string) => void) {
  const regclasses = `ARRAY[${tables.map((t) => `'"${t}"'`).join(", ")}]::regclass[]`;
  const indexes = await sql(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
     WHERE i.indrelid = ANY(${regclasses}) AND NOT i.indisprimary AND NOT i.indisunique
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
  );
  const keys = await sql(`SELECT conrelid::regclass::text AS tbl, quote_ident(conname) AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY(${regclasses})`);
  for (const k of keys) await sql(`ALTER TABLE ${k.tbl} DROP CONSTRAINT ${k.name}`);
  for (const i of indexes) await sql(`DROP INDEX ${i.name}`);
  await fill();
  onStep?.(`rebuilding ${indexes.length} indexes and ${keys.length} foreign keys`);
  await sql("SET LOCAL maintenance_work_mem = '256MB'");
  for (const i of indexes) await sql(i.def as string);
  for (const k of keys) await sql(`ALTER TABLE ${k.tbl} ADD CONSTRAINT ${k.name} ${k.def}`);
}

/** Sets indexes and keys aside only when the load is most of the table: a rebuild costs as much as the rows already there. */
function bulkFor(sql: (text: string) => Promise<Row[]>, options: LoadOptions): Writer["bulk"] {
  return async (tables, fill) => {
    const [{ existing }] = await sql(`SELECT count(*)::int AS existing FROM "Statement"`);
    if (Number(existing) > 0.5 * shapeFor(options.events).statements) return fill();
    await setAside(sql, tables, fill, options.onStep);
  };
}

// The trigger functions whose work the COPY rows carry (derived columns, Place links) or that
// faultline_rebuild_reader_stats() redoes once at the end (rollups); any other trigger stays on.
const QUIETED = [
  "faultline_statement_derive", "faultline_mention_derive", "faultline_event_actor_derive", "faultline_event_place",
  "faultline_event_article_changed", "faultline_article_updated", "faultline_event_updated",
  "faultline_article_tally", "faultline_statement_tally", "faultline_mention_tally", "faultline_event_tally", "faultline_event_actor_tally",
  "faultline_event_place_tally", "faultline_actor_place_tally", "faultline_actor_month_coarse_tally",
];

/**
 * Turns those triggers off for the load and back on before commit. ALTER TABLE is transactional:
 * an interrupted load rolls back with its rows, and other sessions never see the triggers off (the
 * lock it takes holds their writes to these tables until the load commits).
 */
function quietTriggers(client: pg.Client): NonNullable<Writer["derived"]> {
  let quieted: { tbl: string; name: string }[] = [];
  const toggle = async (on: boolean) => {
    for (const t of quieted) await client.query(`ALTER TABLE ${t.tbl} ${on ? "ENABLE" : "DISABLE"} TRIGGER ${t.name}`);
  };
  return {
    async begin(tables) {
      const { rows } = await client.query(
        `SELECT t.tgrelid::regclass::text AS tbl, quote_ident(t.tgname) AS name FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
         WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND t.tgrelid = ANY($1::regclass[]) AND p.proname = ANY($2::text[])`,
        [tables.map((t) => `"${t}"`), QUIETED],
      );
      quieted = rows;
      await toggle(false);
    },
    async end() {
      await toggle(true);
      await client.query("SET LOCAL work_mem = '256MB'");
      await client.query("SELECT faultline_rebuild_reader_stats()");
    },
    async placeIds(texts) {
      const { rows } = await client.query(`SELECT faultline_place_key(t) AS key, faultline_place_for(t) AS id FROM unnest($1::text[]) AS t`, [texts]);
      return rows.map((r) => [r.key, r.id]);
    },
  };
}

/** Loads through a PostgreSQL connection with COPY: the fast path, for the CLI and benchmarks. */
export async function loadSynthetic(url: string, options: LoadOptions): Promise<LoadReport> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const db: Writer = {
      query: async (sql) => (await client.query(sql)).rows,
      async insert(spec, rows, skipDuplicates) {
        if (!skipDuplicates) return copyRows(client, spec, rows);
        const temp = `synthetic_${spec.model}`;
        await client.query(`CREATE TEMP TABLE IF NOT EXISTS ${temp} (LIKE "${spec.table}" INCLUDING DEFAULTS) ON COMMIT DROP`);
        await copyRows(client, spec, rows, temp);
        const columns = Object.keys(spec.columns).map((c) => `"${c}"`).join(", ");
        await client.query(`INSERT INTO "${spec.table}" (${columns}) SELECT ${columns} FROM ${temp} ON CONFLICT DO NOTHING`);
      },
    };
    db.bulk = bulkFor(async (text) => (await client.query(text)).rows, options);
    db.derived = quietTriggers(client);
    await client.query("BEGIN");
    // Two loaders at once would both pass the "already loaded" check; the second waits here instead.
    await client.query("SELECT pg_advisory_xact_lock(4242002)");
    let report;
    try {
      report = await load(db, options);
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw err;
    }
    // Fresh planner statistics (without them the first queries on the new rows plan badly) and the
    // visibility map: after a COPY no page is all-visible, so every index-only scan read the table too
    // (the map's place count under types + range: 60 ms → 24 ms at 200,000 events once vacuumed).
    options.onStep?.("VACUUM ANALYZE");
    const t = performance.now();
    await client.query("VACUUM (ANALYZE)");
    return { ...report, analyzeMs: performance.now() - t };
  } finally {
    await client.end();
  }
}

/** The same load through Prisma (batched createMany) for code that holds a client but no URL, e.g. tests. */
export async function insertSynthetic(prisma: PrismaClient, options: LoadOptions): Promise<LoadReport> {
  const report = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(4242002)");
      const db: Writer = {
        query: (sql) => tx.$queryRawUnsafe<Row[]>(sql),
        async insert(spec, rows, skipDuplicates) {
          const model = (tx as unknown as Record<string, { createMany(args: { data: readonly Row[]; skipDuplicates?: boolean }): Promise<unknown> }>)[spec.model];
          for (let i = 0; i < rows.length; i += 2000) await model.createMany({ data: rows.slice(i, i + 2000), skipDuplicates });
        },
      };
      db.bulk = bulkFor(async (text) => (/^\s*SELECT/i.test(text) ? tx.$queryRawUnsafe<Row[]>(text) : (await tx.$executeRawUnsafe(text), [])), options);
      return load(db, options);
    },
    { timeout: 15 * 60_000, maxWait: 60_000 },
  );
  const t = performance.now();
  await prisma.$executeRawUnsafe("ANALYZE");
  return { ...report, analyzeMs: performance.now() - t };
}
