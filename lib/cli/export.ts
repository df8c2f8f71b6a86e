// `npm run export -- [--force] FILE.ndjson` (or - for stdout): every published article with a URL,
// one per line, in URL order, streamed a page at a time. The file `npm run import` reads.
import "dotenv/config";
import fs from "node:fs";
import path from "node:path";
import { once } from "node:events";
import { createPrismaClient } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/database-url";
import { applyMigrations } from "@/lib/db/migrate";
import { readEnv } from "@/lib/env";
import { exportArticles } from "@/lib/transfer/export";
import { visibleArticle } from "@/lib/visibility";
import { formatDuration, progressBar } from "./progress";
import { parseTransferArgs, UsageError } from "./transfer-args";
import { exitWithCode } from "./exit";

const USAGE = "usage: npm run export -- [--force] FILE.ndjson|-";

function usage(message: string): never {
  console.error(`export: ${message} (${USAGE})`);
  process.exit(2);
}

let args;
try {
  args = parseTransferArgs(process.argv.slice(2), { switches: ["force"] });
} catch (err) {
  usage(err instanceof UsageError ? err.message : String(err));
}
const toStdout = args.file === "-";
if (!toStdout && fs.existsSync(args.file) && !args.switches.has("force")) usage(`${args.file} exists; pass --force to overwrite it`);
if (!toStdout && !fs.existsSync(path.dirname(path.resolve(args.file)))) usage(`cannot write ${args.file} (no such folder)`);

let database: Awaited<ReturnType<typeof resolveDatabase>> | undefined;
try {
  const env = readEnv();
  database = await resolveDatabase({ databaseUrl: env.DATABASE_URL, attach: true, dataDir: path.resolve(import.meta.dirname, "../..", env.FAULTLINE_DATA_DIR) });
  await applyMigrations(database.url);
  const prisma = createPrismaClient(database.url);
  const out = toStdout ? process.stdout : fs.createWriteStream(args.file);
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, "drain");
  };
  const bar = progressBar("articles");
  const started = performance.now();
  try {
    const total = await prisma.article.count({ where: { ...visibleArticle, sourceUrl: { not: null } } });
    const n = await exportArticles(prisma, write, (done) => bar.update(done, total));
    bar.done();
    if (!toStdout) {
      out.end();
      await once(out, "finish");
    }
    const ms = performance.now() - started;
    console.error(`Exported ${n} articles in ${formatDuration(ms)} (${Math.round((n / ms) * 1000).toLocaleString("en")} articles/s).`);
  } finally {
    await prisma.$disconnect();
  }
} catch (err) {
  console.error(`export: ${((err as Error).message ?? String(err)).split("\n")[0]}`);
  process.exitCode = 1;
} finally {
  await database?.stop();
}
exitWithCode();
