import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded";
import { applyMigrations } from "./migrate";
import { loadSchemaEngine } from "./schema-engine";

export const SCHEMA_PATH = path.resolve(import.meta.dirname, "../../prisma/schema.prisma");

/**
 * The SQL that would bring a database holding every committed migration to prisma/schema.prisma.
 * Empty when migrations and schema agree. Runs on a throwaway embedded PostgreSQL, offline.
 */
export async function diffMigrationsToSchema(): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "faultline-diff-"));
  const server = await startEmbeddedPostgres({ dataDir, persistent: false });
  try {
    await server.createDatabase("diff");
    const url = server.url("diff");
    await applyMigrations(url);
    const content = fs.readFileSync(SCHEMA_PATH, "utf8");
    const files = [{ path: SCHEMA_PATH, content }];
    const engine = await loadSchemaEngine(url, content);
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: path.dirname(SCHEMA_PATH) },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    engine.free();
    const sql = result.stdout ?? "";
    return /^\s*(--.*\n?\s*)*$/.test(sql) ? "" : sql;
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
