import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, MigrationError, readMigrations } from "@/lib/db/migrate";
import { diffMigrationsToSchema } from "@/lib/db/schema-diff";
import { createTestDatabase, type TestDatabase } from "../support/database";

let db: TestDatabase | undefined;
afterEach(async () => {
  await db?.drop();
  db = undefined;
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function copyMigrations(extra?: { name: string; sql: string }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "faultline-migrations-"));
  for (const m of readMigrations()) {
    fs.mkdirSync(path.join(dir, m.name));
    fs.writeFileSync(path.join(dir, m.name, "migration.sql"), m.sql);
  }
  if (extra) {
    fs.mkdirSync(path.join(dir, extra.name));
    fs.writeFileSync(path.join(dir, extra.name, "migration.sql"), extra.sql);
  }
  return dir;
}

describe("offline migrations", () => {
  it("apply every committed migration to an empty database, once, recorded as Prisma records them", async () => {
    db = await createTestDatabase({ migrated: false });
    const committed = readMigrations().map((m) => m.name);
    expect(committed.length).toBeGreaterThan(0);

    expect(await applyMigrations(db.url)).toEqual(committed);
    expect(await applyMigrations(db.url)).toEqual([]);

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date; applied_steps_count: number }>(
      db.url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(committed);
    expect(rows.map((r) => r.checksum)).toEqual(readMigrations().map((m) => m.checksum));
    expect(rows.every((r) => r.finished_at instanceof Date && r.applied_steps_count === 1)).toBe(true);

    const tables = await query<{ table_name: string }>(
      db.url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(["Article", "Actor", "ActorAlias", "Statement", "Event", "EventActor", "EventArticle", "ActorMention", "Topic", "AuditLog", "user", "session"]),
    );
  });

  it("roll back a failing migration completely and say which one failed", async () => {
    db = await createTestDatabase({ migrated: false });
    const dir = copyMigrations({ name: "99999999999999_broken", sql: `CREATE TABLE "Half" (id int);\nSELECT no_such_function();` });
    await expect(applyMigrations(db.url, dir)).rejects.toThrow(/99999999999999_broken failed/);
    const half = await query(db.url, `SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`);
    expect(half).toHaveLength(0);
    const recorded = await query(db.url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99999999999999_broken'`);
    expect(recorded).toHaveLength(0);
    fs.rmSync(dir, { recursive: true });
  });

  it("refuse a migration edited after it was applied", async () => {
    db = await createTestDatabase({ migrated: false });
    await applyMigrations(db.url);
    const dir = copyMigrations();
    const first = readMigrations()[0].name;
    fs.appendFileSync(path.join(dir, first, "migration.sql"), "\n-- edited\n");
    await expect(applyMigrations(db.url, dir)).rejects.toThrow(MigrationError);
    fs.rmSync(dir, { recursive: true });
  });

  it("match prisma/schema.prisma exactly (checked offline with Prisma's wasm schema engine)", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  }, 60_000);
});
