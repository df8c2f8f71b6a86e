// An editor publishing while a bulk import runs: both write the same rollup rows (the totals, the
// busiest speaker's counts and days), the import with its tallies deferred to each batch's end. Every
// publish and every line must land, and every rollup must equal a recount from the base tables.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSynthetic } from "@/lib/demo/synthetic-load";
import { publishArticle } from "@/lib/editor/publish";
import type { PublishInput } from "@/lib/editor/schemas";
import { exportArticles } from "@/lib/transfer/export";
import { importFile } from "@/lib/transfer/import-file";
import { useAppDatabase, createUsers } from "../support/app-database";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { decidedReview } from "../support/decided-review";
import { rollupsAndRecount } from "../support/rollups";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "faultline-transfer-concurrency-"));
let db: TestDatabase;
let lines: string[];

const BODY = "The minister said on Monday that talks would resume. “We are ready to meet in Geneva,” he told reporters.";
const QUOTE = "We are ready to meet in Geneva";

function publishInput(n: number, speakerId: string, speakerName: string): PublishInput {
  const start = BODY.indexOf(QUOTE);
  return {
    article: { sourceUrl: `https://example.com/during-import-${n}`, title: `Talks to resume, number ${n}`, authors: ["Jane Doe"], publication: "Concurrent Daily", publishedOn: "2025-03-03", body: BODY },
    review: {
      actors: [
        { key: "a1", decision: "existing", actorId: speakerId, name: speakerName, kind: "person", aliases: [] },
        { key: "a2", decision: "new", name: `Concurrent Minister ${n}`, kind: "person", aliases: [] },
      ],
      statements: [{ accepted: true, speakerKey: "a1", text: QUOTE, direct: true, saidOn: "2025-03-02", saidPrecision: "day", part: "body", start, end: start + QUOTE.length }],
      events: [{ accepted: true, title: `Talks announced ${n}`, type: "summit_talks", date: "2025-03", datePrecision: "month", actors: [{ key: "a1", role: "initiator" }, { key: "a2", role: "target" }], part: "body", start: 0, end: 52 }],
    },
  };
}

/**
 * Publishes as an editor does: likely stored duplicates called "Not the same", and again when Publish is held back for
 * ones the import stored meanwhile (the screen then shows them on their lines). Any other failure is returned.
 */
async function publishDecided(editor: Parameters<typeof publishArticle>[0], input: PublishInput) {
  for (let attempt = 1; ; attempt++) {
    const result = await publishArticle(editor, await decidedReview(input));
    if (result.ok || !result.similar || attempt === 5) return result;
  }
}

beforeAll(async () => {
  const source = await createTestDatabase();
  try {
    await loadSynthetic(source.url, { events: 300, seed: 9 });
    let out = "";
    await exportArticles(source.prisma, async (line) => void (out += line));
    lines = out.trimEnd().split("\n");
  } finally {
    await source.drop();
  }
  db = await useAppDatabase();
}, 180_000);
afterAll(async () => {
  await db?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("bulk import beside an editor", () => {
  it("keeps every rollup exact when articles are published during an import", async () => {
    const users = await createUsers(db);
    const file = (name: string, text: string) => (fs.writeFileSync(path.join(dir, name), text), path.join(dir, name));
    expect(await importFile(db.url, file("first.ndjson", lines.slice(0, 30).join("\n")))).toMatchObject({ imported: 30, rejected: [] });
    const [busiest] = await db.prisma.$queryRawUnsafe<{ id: string; name: string }[]>(
      `SELECT a.id, a.name FROM "Actor" a JOIN "ActorStat" s ON s."actorId" = a.id ORDER BY s.statements DESC, a.id LIMIT 1`,
    );

    let importing = true;
    const imported = importFile(db.url, file("rest.ndjson", lines.slice(30).join("\n")), { batch: 5, concurrency: 3 }).finally(() => (importing = false));
    const results: unknown[] = [];
    // Publishes one after another until the import is over (at least three, so some overlap it).
    for (let n = 0; importing || n < 3; n++) results.push(await publishDecided(users.editor, publishInput(n, busiest.id, busiest.name)));
    expect(await imported).toMatchObject({ imported: lines.length - 30, rejected: [] });
    expect(results.every((r) => (r as { ok: boolean }).ok)).toBe(true);
    expect(await db.prisma.article.count()).toBe(lines.length + results.length);

    const { kept, recounted } = await rollupsAndRecount(db);
    expect(recounted).toEqual(kept);
    expect(kept.misplaced).toEqual([]);
  }, 180_000);
});
