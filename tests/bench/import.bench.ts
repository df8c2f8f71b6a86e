// Bulk import throughput: articles with ~10 statements each, exported from a synthetic archive,
// imported into an empty database (batches of articles per transaction, as `npm run import` does).
//   npx tsx tests/bench/import.bench.ts [--articles 2000] [--concurrency 4]
// Starts its own embedded PostgreSQL in a temporary folder, or uses fresh databases beside DATABASE_URL.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { loadSynthetic } from "@/lib/demo/synthetic-load";
import { exportArticles } from "@/lib/transfer/export";
import { importFile } from "@/lib/transfer/import-file";

const { values } = parseArgs({ options: { articles: { type: "string", default: "2000" }, concurrency: { type: "string", default: "4" } } });
const articles = Number(values.articles);
const concurrency = Number(values.concurrency);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "faultline-import-bench-"));
fs.chmodSync(tmp, 0o755);
let base: string;
let stop = async () => {};
if (process.env.DATABASE_URL) {
  base = process.env.DATABASE_URL;
} else {
  const server = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), persistent: false });
  base = server.url("postgres");
  stop = () => server.stop();
}
const admin = new pg.Client({ connectionString: base });
await admin.connect();
const names = [`faultline_bench_src_${process.pid}`, `faultline_bench_dst_${process.pid}`];
const urlOf = (name: string) => Object.assign(new URL(base), { pathname: `/${name}` }).toString();
try {
  for (const n of names) {
    await admin.query(`CREATE DATABASE ${n}`);
    await applyMigrations(urlOf(n));
  }
  await loadSynthetic(urlOf(names[0]), { events: articles * 2, seed: 11 });
  const source = createPrismaClient(urlOf(names[0]));
  const file = path.join(tmp, "articles.ndjson");
  const out = fs.createWriteStream(file);
  let t = performance.now();
  const exported = await exportArticles(source, async (line) => void out.write(line));
  await new Promise((resolve) => out.end(resolve));
  const exportMs = performance.now() - t;
  const statements = await source.statement.count();
  await source.$disconnect();

  t = performance.now();
  const report = await importFile(urlOf(names[1]), file, { concurrency });
  const ms = performance.now() - t;
  if (report.rejected.length) throw new Error(`rejected: ${JSON.stringify(report.rejected.slice(0, 3))}`);
  const [load] = os.loadavg();
  console.log(`Export: ${exported} articles in ${(exportMs / 1000).toFixed(1)} s (${Math.round((exported / exportMs) * 1000)} articles/s)`);
  console.log(`Import: ${report.imported} articles, ${statements} statements (${(statements / report.imported).toFixed(1)} per article), concurrency ${concurrency}`);
  console.log(`        ${(ms / 1000).toFixed(1)} s → ${Math.round((report.imported / ms) * 1000)} articles/s, ${Math.round((statements / ms) * 1000)} statements/s (target ≥ 200 articles/s; load average ${load.toFixed(1)} on ${os.cpus().length} cores)`);
  t = performance.now();
  const again = await importFile(urlOf(names[1]), file, { concurrency });
  console.log(`Rerun (all skipped by URL): ${again.skipped} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
} finally {
  for (const n of names) await admin.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
  await admin.end();
  await stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
