import fs from "node:fs";
import readline from "node:readline";
import pg from "pg";
import { importLine } from "./import";
import { firstIssue, transferLineSchema } from "./schema";

// Reads an NDJSON file line by line (never all of it at once) and imports each valid line on one
// of a few connections, one transaction per article. Bad lines are reported, not fatal; running
// the same file again skips what is stored (idempotent by URL), which is also how a crashed run resumes.

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

export async function importFile(url: string, file: string, options: { concurrency?: number; onProgress?: (done: number) => void } = {}): Promise<ImportReport> {
  const started = performance.now();
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

  const run = async (client: pg.Client, number: number, line: Parameters<typeof importLine>[1]) => {
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          const outcome = await importLine(client, line);
          report[outcome]++;
          return;
        } catch (err) {
          const code = (err as { code?: string; constraint?: string }).code ?? "";
          const slugClash = code === "23505" && (err as { constraint?: string }).constraint === "Article_slug_key";
          if (attempt < 4 && (RETRYABLE.has(code) || slugClash)) continue;
          report.rejected.push({ line: number, reason: reasonOf(err) });
          return;
        }
      }
    } finally {
      release(client);
      finish();
    }
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
      const client = await acquire();
      const task = run(client, number, parsed.data).finally(() => inFlight.delete(task));
      inFlight.add(task);
    }
    await Promise.all(inFlight);
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
  report.rejected.sort((a, b) => a.line - b.line);
  report.ms = performance.now() - started;
  return report;
}
