import pg from "pg";

/*
 * A consistent online backup, the way pg_dump takes one: every table is read inside one
 * REPEATABLE READ READ ONLY transaction, so the copy is the database at a single instant while writers
 * go on. Restored into a database that already has the schema (a fresh clone of the migrated
 * template), tables in foreign-key order, generated columns left to PostgreSQL, triggers off. Used where no pg_dump
 * matching the server's major version is installed (the embedded server ships none).
 */
export type Snapshot = Map<string, unknown[]>;

export async function takeSnapshot(url: string): Promise<Snapshot> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const snapshot: Snapshot = new Map();
    for (const table of await tablesInDependencyOrder(client)) {
      const { rows } = await client.query(`SELECT coalesce(json_agg(t), '[]') AS rows FROM "${table}" t`);
      snapshot.set(table, rows[0].rows);
    }
    await client.query("COMMIT");
    return snapshot;
  } finally {
    await client.end();
  }
}

export async function restoreSnapshot(url: string, snapshot: Snapshot): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    // As pg_dump --disable-triggers: the snapshot already holds what the triggers maintain (the reader
    // rollups), so replaying the base rows must not count them a second time.
    await client.query("SET LOCAL session_replication_role = replica");
    // The migrations may have left rows of their own (the rollups' totals): the snapshot replaces them.
    for (const table of [...snapshot.keys()].reverse()) await client.query(`DELETE FROM "${table}"`);
    for (const [table, rows] of snapshot) {
      const columns = await writableColumns(client, table);
      const list = columns.map((c) => `"${c}"`).join(", ");
      await client.query(`INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(null::"${table}", $1)`, [JSON.stringify(rows)]);
    }
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

/** Public tables, each after the tables its foreign keys point to (self-references aside). */
async function tablesInDependencyOrder(client: pg.Client): Promise<string[]> {
  const tables = (await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`)).rows.map((r) => r.tablename as string);
  const edges = (
    await client.query(`SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint WHERE contype = 'f' AND conrelid <> confrelid`)
  ).rows.map((r) => ({ child: unquote(r.child), parent: unquote(r.parent) }));
  const ordered: string[] = [];
  const visit = (table: string, path: string[]) => {
    if (ordered.includes(table)) return;
    if (path.includes(table)) throw new Error(`foreign-key cycle through ${table}`);
    for (const { parent } of edges.filter((e) => e.child === table)) visit(parent, [...path, table]);
    ordered.push(table);
  };
  tables.forEach((t) => visit(t, []));
  return ordered;
}

async function writableColumns(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.column_name as string);
}

const unquote = (name: string) => name.replace(/^"|"$/g, "");
