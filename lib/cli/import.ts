// `npm run import -- [--concurrency N] FILE.ndjson`: one article per line (see lib/transfer/schema.ts).
// Into DATABASE_URL, else the embedded database of `npm start`. Idempotent by URL; a transaction per
// batch of articles (a failed batch is redone one article per transaction, so only the bad line is
// rejected), never half an article, so running it again after a crash resumes. Exit 0 when every line was imported or
// skipped, 1 when some were rejected (listed with their line numbers), 2 on bad arguments.
import "dotenv/config";
import fs from "node:fs";
import path from "node:path";
import { resolveDatabase } from "@/lib/db/database-url";
import { applyMigrations } from "@/lib/db/migrate";
import { readEnv } from "@/lib/env";
import { countLines, importFile } from "@/lib/transfer/import-file";
import { formatDuration, progressBar } from "./progress";
import { parseTransferArgs, UsageError } from "./transfer-args";
import { exitWithCode } from "./exit";

const USAGE = "usage: npm run import -- [--concurrency N] FILE.ndjson";
const SHOWN = 50;

function usage(message: string): never {
  console.error(`import: ${message} (${USAGE})`);
  process.exit(2);
}

let args;
try {
  args = parseTransferArgs(process.argv.slice(2), { values: ["concurrency"] });
} catch (err) {
  usage(err instanceof UsageError ? err.message : String(err));
}
const concurrency = Number(args.values.concurrency ?? 4);
if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) usage("--concurrency must be a whole number from 1 to 32");
if (args.file === "-") usage("reading stdin is not supported; give a file (it is read twice: once to count lines)");
if (!fs.existsSync(args.file) || !fs.statSync(args.file).isFile()) usage(`cannot read ${args.file} (no such file)`);

let database: Awaited<ReturnType<typeof resolveDatabase>> | undefined;
try {
  const env = readEnv();
  database = await resolveDatabase({ databaseUrl: env.DATABASE_URL, attach: true, dataDir: path.resolve(import.meta.dirname, "../..", env.FAULTLINE_DATA_DIR) });
  await applyMigrations(database.url);
  const total = await countLines(args.file);
  const bar = progressBar("lines");
  const report = await importFile(database.url, args.file, { concurrency, onProgress: (done) => bar.update(done, total) });
  bar.done();
  const rate = report.imported ? Math.round((report.imported / report.ms) * 1000) : 0;
  console.log(
    `Imported ${report.imported} articles, skipped ${report.skipped} already stored, rejected ${report.rejected.length} of ${report.lines} lines ` +
      `in ${formatDuration(report.ms)} (${rate.toLocaleString("en")} articles/s).`,
  );
  for (const r of report.rejected.slice(0, SHOWN)) console.log(`  line ${r.line}: ${r.reason}`);
  if (report.rejected.length > SHOWN) console.log(`  … and ${report.rejected.length - SHOWN} more rejected lines`);
  if (report.rejected.length) process.exitCode = 1;
} catch (err) {
  console.error(`import: ${((err as Error).message ?? String(err)).split("\n")[0]}`);
  process.exitCode = 1;
} finally {
  await database?.stop();
}
exitWithCode();
