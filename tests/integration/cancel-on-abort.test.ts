// A request whose client leaves stops its running SQL at once (lib/db/cancel.ts), not when the statement
// timeout ends it: a slow statement is started under a request's signal, the signal aborts, and the
// backend must be idle within a second (pg_stat_activity), with the connection reusable afterwards.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { untilAborted } from "@/lib/db/cancel";
import { listExportStream } from "@/lib/exports/list-export";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { until } from "../support/wait";

let db: TestDatabase;
let control: pg.Client;

beforeAll(async () => {
  db = await createTestDatabase({ migrated: false });
  control = new pg.Client({ connectionString: db.url });
  await control.connect();
}, 120_000);

afterAll(async () => {
  await control?.end();
  await db?.drop();
});

/** The app's statements now running on the test database (not this control connection's). */
async function running(): Promise<string[]> {
  const { rows } = await control.query(
    `SELECT query FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
  );
  return rows.map((r) => r.query as string);
}

/** Milliseconds until `check` holds (polled), failing after `timeoutMs`. */
async function msUntil(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  await until(what, check, { timeoutMs, everyMs: 20 });
  return Date.now() - started;
}

// 30 s of sleep: far beyond the test's patience, so only a cancel can end it in time.
const slow = () => db.prisma.$queryRaw<{ slept: string }[]>`SELECT pg_sleep(30)::text AS slept`;

describe("queries of a request whose client left", () => {
  it("are cancelled on the server within a second of the abort", async () => {
    const client = new AbortController();
    const query = untilAborted(client.signal, slow);
    const outcome = query.then(() => "finished", (err: Error) => err);
    await msUntil("the slow statement to run", async () => (await running()).some((q) => q.includes("pg_sleep")), 30_000);

    client.abort(new Error("the reader left"));
    const idleAfter = await msUntil("the backend to be idle", async () => (await running()).length === 0, 1_000);
    expect(idleAfter).toBeLessThan(1_000);
    expect(await outcome).toBeInstanceOf(Error);

    // The pool's connections are still good.
    expect(await db.prisma.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`).toEqual([{ ok: 1 }]);
  }, 60_000);

  it("leave queries outside untilAborted, and those that finished, alone", async () => {
    const client = new AbortController();
    expect(await untilAborted(client.signal, () => db.prisma.$queryRaw<{ n: number }[]>`SELECT 2 AS n`)).toEqual([{ n: 2 }]);
    client.abort();
    await expect(untilAborted(client.signal, () => db.prisma.$queryRaw`SELECT 3`)).rejects.toThrow();
    expect(await db.prisma.$queryRaw<{ n: number }[]>`SELECT 4 AS n`).toEqual([{ n: 4 }]);
  }, 60_000);

  it("stop an export stream's batch in flight, whether the request aborts or the stream is cancelled", async () => {
    for (const leave of ["request aborted", "stream cancelled"] as const) {
      const request = new AbortController();
      async function* batches() {
        yield [{ n: 1 }];
        await slow();
        yield [{ n: 2 }];
      }
      const response = listExportStream({ format: "csv" }, "slow", batches(), request.signal);
      const reader = response.body!.getReader();
      const first = new TextDecoder().decode((await reader.read()).value);
      expect(first).toBe("n\r\n1\r\n");
      const pending = reader.read(); // asks for the second batch: the slow statement starts
      await msUntil("the slow statement to run", async () => (await running()).some((q) => q.includes("pg_sleep")), 30_000);

      if (leave === "request aborted") request.abort();
      else void reader.cancel();
      expect(await msUntil("the backend to be idle", async () => (await running()).length === 0, 1_000)).toBeLessThan(1_000);
      const rest = await pending;
      expect(rest.done).toBe(true);
    }
  }, 90_000);
});
