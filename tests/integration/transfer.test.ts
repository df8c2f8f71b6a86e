import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo/seed";
import { loadSynthetic } from "@/lib/demo/synthetic-load";
import { exportArticles } from "@/lib/transfer/export";
import { importFile } from "@/lib/transfer/import-file";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { ROLLUPS, rollupsAndRecount } from "../support/rollups";

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
    // A described source ("a Western diplomat") stays one article's somebody through export and import.
    const speaker = await source.prisma.statement.findFirstOrThrow({ select: { speakerId: true }, orderBy: { id: "asc" } });
    await source.prisma.actor.update({ where: { id: speaker.speakerId }, data: { unnamed: true } });
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
    expect(exported).toContain('"unnamed":true');
    expect(await target.prisma.actor.count({ where: { unnamed: true } })).toBe(1);
    // The same counts of what readers see, and the multi-source events are still single events.
    expect(await target.prisma.event.count()).toBe(await source.prisma.event.count());
    expect(await target.prisma.statement.count()).toBe(await source.prisma.statement.count());
    expect(await target.prisma.eventArticle.count()).toBe(await source.prisma.eventArticle.count());
  }, 120_000);

  it("keeps every rollup exact through batched imports (equal to a full rebuild)", async () => {
    const { kept, recounted } = await rollupsAndRecount(target);
    // Imported statements count (visible, derived from their article) for their speakers' days, events on the chart and map.
    for (const t of Object.keys(ROLLUPS)) expect(kept[t], t).not.toEqual([{ h: expect.anything(), n: 0 }]);
    const [visible] = await target.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Statement" WHERE NOT visible OR day IS NULL`);
    expect(visible.n).toBe(0);
    expect(recounted).toEqual(kept);
    expect(kept.misplaced).toEqual([]);
  });

  it("keeps every rollup exact through an import of new, stored and bad lines together", async () => {
    const db = await createTestDatabase();
    try {
      const lines = exported.trimEnd().split("\n");
      const half = Math.floor(lines.length / 2);
      expect(await importFile(db.url, file("half.ndjson", lines.slice(0, half).join("\n")), { batch: 7 })).toMatchObject({ imported: half, rejected: [] });
      // New articles that report stored events (one dated earlier than every stored source, which re-places
      // an undated event and its actor rows), new events, new actors; stored lines; bad lines in between.
      const parsed = lines.map((l) => JSON.parse(l));
      const storedEvent = parsed.slice(0, half).flatMap((l) => l.events).find((e) => e.datePrecision === "unknown" && e.actors.length) ?? parsed[0].events[0];
      const carrier = parsed.slice(0, half).find((l) => l.events.some((e: { ref?: string }) => e.ref === storedEvent.ref))!;
      const early = { ...carrier, url: "https://example.org/early", article: { ...carrier.article, publishedOn: "2001-01-01" }, events: carrier.events.filter((e: { ref?: string }) => e.ref === storedEvent.ref) };
      const newcomer = {
        ...parsed[half], url: "https://example.org/newcomer",
        actors: [...parsed[half].actors, { name: "Imported Newcomer", slug: "imported-newcomer", kind: "person", role: null, aliases: ["Newcomer"] }],
        events: parsed[half].events.map((e: object) => ({ ...e, ref: undefined, actors: ["Imported Newcomer"], actorRoles: undefined })),
      };
      const unknownSpeaker = { ...parsed[half + 1], url: "https://example.org/bad", statements: [{ ...parsed[half + 1].statements[0], speaker: "Nobody Known" }] };
      const mixed = [
        ...lines.slice(half - 5, half), JSON.stringify(early), "{not json", ...lines.slice(half, half + 20), JSON.stringify(unknownSpeaker),
        JSON.stringify(newcomer), ...lines.slice(0, 3), ...lines.slice(half + 20),
      ];
      const report = await importFile(db.url, file("mixed.ndjson", mixed.join("\n")), { batch: 7 });
      expect(report.rejected.map((r) => r.line)).toEqual([7, 28]);
      expect(report).toMatchObject({ imported: lines.length - half + 2, skipped: 8 });
      expect(await db.prisma.event.findUniqueOrThrow({ where: { id: storedEvent.ref }, select: { reportedOn: true } })).toEqual({ reportedOn: new Date("2001-01-01") });
      const { kept, recounted } = await rollupsAndRecount(db);
      expect(recounted).toEqual(kept);
      expect(kept.misplaced).toEqual([]);
    } finally {
      await db.drop();
    }
  }, 120_000);

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
