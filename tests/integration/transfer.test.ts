import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo/seed";
import { loadSynthetic } from "@/lib/demo/synthetic-load";
import { exportArticles } from "@/lib/transfer/export";
import { importFile } from "@/lib/transfer/import-file";
import { createTestDatabase, type TestDatabase } from "../support/database";

// Rollup rows that count something (triggers leave zero rows behind where a count moved away; a rebuild does not).
const ROLLUPS = {
  ReaderStat: "n <> 0", EventDay: "n <> 0", ActorEventDay: "n <> 0",
  ActorStat: "(statements, events, mentions, articles) <> (0, 0, 0, 0)", ActorDay: "(statements, mentions, articles) <> (0, 0, 0)",
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "faultline-transfer-"));

async function exportText(db: TestDatabase): Promise<string> {
  let out = "";
  await exportArticles(db.prisma, async (line) => void (out += line));
  return out;
}

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
}

describe("NDJSON export and import against PostgreSQL", () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let exported: string;

  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    // The demo (title-part spans, addressees, hand-curated aliases) and a synthetic archive (multi-source events).
    await seedDemo(source.prisma);
    await source.prisma.article.updateMany({ data: { sourceUrl: "https://www.intellinews.com/demo-article" } });
    await loadSynthetic(source.url, { events: 300, seed: 4 });
    exported = await exportText(source);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([source?.drop(), target?.drop()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("export → import into an empty database → export is byte-identical", async () => {
    const lines = exported.trimEnd().split("\n");
    expect(lines).toHaveLength(151);
    const report = await importFile(target.url, file("a.ndjson", exported));
    expect(report).toMatchObject({ lines: 151, imported: 151, skipped: 0, rejected: [] });
    expect(await exportText(target)).toBe(exported);
    // The same counts of what readers see, and the multi-source events are still single events.
    expect(await target.prisma.event.count()).toBe(await source.prisma.event.count());
    expect(await target.prisma.statement.count()).toBe(await source.prisma.statement.count());
    expect(await target.prisma.eventArticle.count()).toBe(await source.prisma.eventArticle.count());
  }, 120_000);

  it("keeps the rollups exact through batched imports (equal to a full rebuild)", async () => {
    const rollups = async () => {
      const out: Record<string, unknown> = {};
      for (const [t, live] of Object.entries(ROLLUPS)) {
        out[t] = await target.prisma.$queryRawUnsafe(`SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h, count(*)::int AS n FROM (SELECT * FROM "${t}" WHERE ${live}) x`);
      }
      return out;
    };
    const imported = await rollups();
    // Imported statements count (visible, derived from their article) for their speakers' days.
    expect(imported.ActorDay).not.toEqual([{ h: expect.anything(), n: 0 }]);
    const [visible] = await target.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Statement" WHERE NOT visible OR day IS NULL`);
    expect(visible.n).toBe(0);
    await target.prisma.$executeRawUnsafe(`SELECT faultline_rebuild_reader_stats()`);
    expect(await rollups()).toEqual(imported);
  });

  it("imports a duplicate URL once and an event two new lines share as one event", async () => {
    const db = await createTestDatabase();
    try {
      const [a, b] = exported.trimEnd().split("\n").map((l) => JSON.parse(l)).filter((l) => l.events.length).slice(0, 2);
      const shared = { ...a.events[0], ref: "shared-event" };
      const first = { ...a, events: [shared] };
      const second = { ...b, events: [{ ...b.events[0], ref: "shared-event", title: "ignored: the first line’s event stays" }] };
      const report = await importFile(db.url, file("dup.ndjson", [first, second, first].map((l) => JSON.stringify(l)).join("\n")));
      expect(report).toMatchObject({ imported: 2, skipped: 1, rejected: [] });
      expect(await db.prisma.event.findMany({ select: { id: true, title: true } })).toEqual([{ id: "shared-event", title: shared.title }]);
      expect(await db.prisma.eventArticle.count({ where: { eventId: "shared-event" } })).toBe(2);
    } finally {
      await db.drop();
    }
  }, 120_000);

  it("is idempotent by URL: a second run skips every article and changes nothing", async () => {
    const before = await target.prisma.auditLog.count();
    const report = await importFile(target.url, file("again.ndjson", exported));
    expect(report).toMatchObject({ imported: 0, skipped: 151, rejected: [] });
    expect(await target.prisma.auditLog.count()).toBe(before);
    expect(await exportText(target)).toBe(exported);
  }, 120_000);

  it("writes audit rows like publishing does, with no user (a system operation)", async () => {
    const publish = await target.prisma.auditLog.findMany({ where: { action: "publish", entityType: "article" } });
    expect(publish).toHaveLength(151);
    expect(publish.every((a) => a.userId === null && (a.after as { importedFrom?: string }).importedFrom === "ndjson")).toBe(true);
    expect(await target.prisma.auditLog.count({ where: { action: "create", entityType: "actor" } })).toBe(await target.prisma.actor.count());
  });

  it("rejects bad lines with their number and reason, imports the good ones, and never half an article", async () => {
    const db = await createTestDatabase();
    try {
      const lines = exported.trimEnd().split("\n");
      const good = lines[0];
      const line = lines.slice(1).map((l) => JSON.parse(l)).find((l) => l.events.length && l.statements.length);
      const unknownSpeaker = { ...line, url: "https://example.org/x", statements: [{ ...line.statements[0], speaker: "Nobody Known" }] };
      const outside = { ...line, url: "https://example.org/y", events: [{ ...line.events[0], start: 0, end: 10 ** 6 }] };
      // A failure inside the database, after the line's new actors were written: all of it must go.
      await db.prisma.$executeRawUnsafe(`ALTER TABLE "Event" ADD CONSTRAINT test_refuses CHECK (title <> 'refused by the database')`);
      const failing = {
        ...line, url: "https://example.org/z",
        actors: [...line.actors, { name: "Brand New Person", slug: "brand-new-person", kind: "person", role: null, aliases: [] }],
        events: [{ ...line.events[0], ref: undefined, title: "refused by the database", actors: ["Brand New Person"], actorRoles: undefined }],
      };
      const text = [good, "{not json", JSON.stringify(unknownSpeaker), JSON.stringify({ url: "ftp://x" }), JSON.stringify(outside), JSON.stringify(failing), ""].join("\n");
      const report = await importFile(db.url, file("bad.ndjson", text));
      expect(report.imported).toBe(1);
      expect(report.rejected.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
      expect(report.rejected[0].reason).toMatch(/^not JSON/);
      expect(report.rejected[1].reason).toMatch(/^statements\.0\.speaker: unknown actor Nobody Known/);
      expect(report.rejected[2].reason).toMatch(/^url: /);
      expect(report.rejected[3].reason).toMatch(/^events\.0: span 0–1000000 is outside the body/);
      expect(report.rejected[4].reason).toMatch(/database refused it: .*test_refuses/);
      expect(await db.prisma.article.count()).toBe(1);
      expect(await db.prisma.actor.count({ where: { slug: "brand-new-person" } })).toBe(0);
      expect(await db.prisma.article.count({ where: { sourceUrl: "https://example.org/z" } })).toBe(0);
    } finally {
      await db.drop();
    }
  }, 120_000);
});
