import fs from "node:fs";
import readline from "node:readline";
import pg from "pg";
import { importLine, importLines } from "./import";
import { firstIssue, transferLineSchema, type TransferLine } from "./schema";

// Reads an NDJSON file line by line (never all of it at once) and imports the valid lines in batches
// on a few connections, one transaction per batch; a batch that fails is rolled back whole and its
// lines imported one transaction each, so only the bad line is rejected. Bad lines are reported, not
// fatal; running the same file again skips what is stored (idempotent by URL), which is also how a
// crashed run resumes.

export type Rejected = { line: number; reason: string };
export type ImportReport = { lines: number; imported: number; skipped: number; rejected: Rejected[]; ms: number };

const RETRYABLE = new Set(["40P01", "40001"]);

/** Lines in the file (a fast first pass, so the progress bar knows its total). */
export async function countLines(file: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of fs.createReadStream(file)) {
    for (const byte of chunk as Buffer) if (byte === 10) n++;
    last = (chunk as Buffer).at(-1) ?? last;
  }
  return last === 10 ? n : n + 1;
}

function reasonOf(err: unknown): string {
  const e = err as { message?: string; detail?: string };
  return `database refused it: ${(e.message ?? String(err)).split("\n")[0]}${e.detail ? ` (${e.detail})` : ""}`;
}

/** Articles written per transaction: one statement per table for all of them, so per-statement costs (round trips, the batch's rollup upserts, commit) are shared. */
export const BATCH = 25;

export async function importFile(url: string, file: string, options: { concurrency?: number; batch?: number; onProgress?: (done: number) => void } = {}): Promise<ImportReport> {
  const started = performance.now();
  const batchSize = options.batch ?? BATCH;
  const clients = await Promise.all(Array.from({ length: options.concurrency ?? 4 }, async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    // A crash may lose the last few commits, never part of one, and a rerun imports them again
    // (idempotent by URL): so commits need not wait for the disk, which is most of their cost.
    await c.query("SET synchronous_commit = off");
    return c;
  }));
  const report: ImportReport = { lines: 0, imported: 0, skipped: 0, rejected: [], ms: 0 };
  const idle = [...clients];
  const waiting: ((c: pg.Client) => void)[] = [];
  const acquire = () => (idle.length ? Promise.resolve(idle.pop()!) : new Promise<pg.Client>((resolve) => waiting.push(resolve)));
  const release = (c: pg.Client) => (waiting.length ? waiting.shift()!(c) : idle.push(c));
  const inFlight = new Set<Promise<void>>();
  let done = 0;
  const finish = () => options.onProgress?.(++done);

  type Numbered = { number: number; line: TransferLine };
  /** Runs `write` again on a deadlock, a serialization failure or a slug taken by a concurrent import; else throws. */
  const withRetries = async <T,>(write: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write();
      } catch (err) {
        const code = (err as { code?: string }).code ?? "";
        const slugClash = code === "23505" && (err as { constraint?: string }).constraint === "Article_slug_key";
        if (attempt < 4 && (RETRYABLE.has(code) || slugClash)) continue;
        throw err;
      }
    }
  };
  const one = async (client: pg.Client, { number, line }: Numbered) => {
    try {
      report[await withRetries(() => importLine(client, line))]++;
    } catch (err) {
      report.rejected.push({ line: number, reason: reasonOf(err) });
    }
  };
  const run = async (client: pg.Client, batch: Numbered[]) => {
    try {
      try {
        const outcomes = await withRetries(() => importLines(client, batch.map((b) => b.line)));
        for (const o of outcomes) report[o]++;
      } catch {
        // Some line of the batch failed and nothing of it was kept: one transaction per line finds which.
        for (const b of batch) await one(client, b);
      }
    } finally {
      release(client);
      for (let i = 0; i < batch.length; i++) finish();
    }
  };
  let batch: Numbered[] = [];
  const dispatch = async () => {
    if (!batch.length) return;
    const client = await acquire();
    const task = run(client, batch).finally(() => inFlight.delete(task));
    inFlight.add(task);
    batch = [];
  };

  try {
    const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
    for await (const text of lines) {
      const number = ++report.lines;
      if (!text.trim()) {
        finish();
        continue;
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (err) {
        report.rejected.push({ line: number, reason: `not JSON: ${(err as Error).message}` });
        finish();
        continue;
      }
      const parsed = transferLineSchema.safeParse(json);
      if (!parsed.success) {
        report.rejected.push({ line: number, reason: firstIssue(parsed.error) });
        finish();
        continue;
      }
      batch.push({ number, line: parsed.data });
      if (batch.length >= batchSize) await dispatch();
    }
    await dispatch();
    await Promise.all(inFlight);
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
  report.rejected.sort((a, b) => a.line - b.line);
  report.ms = performance.now() - started;
  return report;
}
