// The timeline CSV export writes its lines from flat rows (iterateTimelineExport) instead of the shaped
// events every page reads (iterateTimeline). This checks they give the same bytes, over the demo and
// synthetic events plus the cases where the two could part: actors of one role whose names sort
// differently by code point and by localeCompare, several sources on one day, a source whose text has
// an astral character before the span, a deleted source, an undated event and a formula-like title.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo/seed";
import { insertSynthetic } from "@/lib/demo/synthetic";
import { actorCell, timelineExportStream } from "@/lib/events/export";
import { parseTimelineFilters } from "@/lib/events/filters";
import { iterateTimeline, iterateTimelineExport, type TimelineEvent } from "@/lib/events/queries";
import { toCsv, type CsvColumn } from "@/lib/exports/csv";
import { createTestDatabase, type TestDatabase } from "../support/database";

// The export's columns as they were written from the shaped event (before the flat rows): the reference.
const REFERENCE: CsvColumn<TimelineEvent>[] = [
  { header: "id", value: (e) => e.id },
  { header: "date", value: (e) => e.dateLabel },
  { header: "start_date", value: (e) => e.startDate },
  { header: "end_date", value: (e) => e.endDate },
  { header: "precision", value: (e) => e.precision },
  { header: "reported_on", value: (e) => e.reportedOn },
  { header: "date_as_written", value: (e) => e.dateText },
  { header: "type", value: (e) => e.type },
  { header: "type_label", value: (e) => e.typeLabel },
  { header: "category", value: (e) => e.category },
  { header: "title", value: (e) => e.title },
  { header: "place", value: (e) => e.place },
  { header: "fatalities", value: (e) => e.fatalities },
  { header: "verified", value: (e) => e.verified },
  { header: "actors", value: (e) => e.actors.map((a) => actorCell(a.name, a.role, a.unnamed)).join("; ") },
  { header: "actor_slugs", value: (e) => e.actors.map((a) => a.slug).join(" ") },
  { header: "source_articles", value: (e) => e.sources.map((s) => s.slug).join(" ") },
  { header: "source_sentence", value: (e) => e.sources[0]?.excerpt },
];

let db: TestDatabase;
let edgeId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma);
  await insertSynthetic(db.prisma, { events: 300, seed: 11 });
  process.env.DATABASE_URL = db.url; // timelineExportStream reads through the app's client
  const articles = await db.prisma.article.findMany({ where: { status: "published" }, orderBy: { publishedOn: "asc" }, take: 3 });
  const day = articles[0].publishedOn;
  // Three sources reported on the same day (slug order decides the first), one with an astral character.
  const sameDay = await Promise.all(
    ["zeta-report", "alpha-report", "mid-report"].map((slug, i) =>
      db.prisma.article.create({
        data: {
          slug, title: `Report ${i}`, sourceUrl: `https://example.org/${slug}`, publishedOn: day, status: "published",
          body: i === 1 ? "Drones 🛩️ struck the depot at night. Then  more text." : "Shelling hit the port overnight, officials said.",
        },
      }),
    ),
  );
  const names = ["Émile Zola Brigade", "ermak group", "Zeta Force", "alpha unit"];
  const actors = await Promise.all(names.map((name, i) => db.prisma.actor.create({ data: { slug: `edge-actor-${i}`, name, kind: "organization" } })));
  const edge = await db.prisma.event.create({
    data: {
      title: "=HYPERLINK(\"x\") strike, with \"quotes\"", type: "missile_drone_strike", startDate: null, datePrecision: "unknown",
      actors: { create: actors.map((a, i) => ({ actorId: a.id, role: i < 3 ? "initiator" : "target" })) },
      articles: {
        create: [
          ...sameDay.map((a, i) => ({ articleId: a.id, part: "body" as const, spanStart: i === 1 ? 0 : 9, spanEnd: i === 1 ? 37 : 40 })),
          { articleId: articles[2].id, part: "title" as const, spanStart: 0, spanEnd: 5 },
        ],
      },
    },
  });
  edgeId = edge.id;
  await db.prisma.article.update({ where: { id: articles[2].id }, data: { deletedAt: new Date() } });
}, 240_000);
afterAll(async () => db.drop());

async function reference(params: Record<string, string | string[]>): Promise<string> {
  let csv = toCsv([], REFERENCE);
  for await (const batch of iterateTimeline(parseTimelineFilters(params), { batch: 40, db: db.prisma })) csv += toCsv(batch, REFERENCE, { header: false });
  return csv;
}

describe("timeline CSV export from flat rows", () => {
  it("writes the same bytes as the shaped events, unfiltered and filtered", async () => {
    const busiest = await db.prisma.actorStat.findFirstOrThrow({ orderBy: { events: "desc" }, include: { actor: true } });
    const cases: Record<string, string | string[]>[] = [{}, { actor: busiest.actor.slug }, { type: ["missile_drone_strike", "summit_talks"] }, { actor: ["edge-actor-0", "edge-actor-3"], match: "all" }];
    for (const params of cases) {
      const expected = await reference(params);
      const csv = await new Response(timelineExportStream(parseTimelineFilters(params), "csv", "http://x")).text();
      expect(csv.split("\r\n").length).toBeGreaterThan(2);
      expect(csv).toBe(expected);
    }
  });

  it("writes the edge event's actors in byRole order and its oldest source's excerpt", async () => {
    const csv = await new Response(timelineExportStream(parseTimelineFilters({ actor: "edge-actor-0" }), "csv", "http://x")).text();
    const line = csv.split("\r\n").find((l) => l.startsWith(edgeId))!;
    expect(line).toContain(`"'=HYPERLINK(""x"") strike, with ""quotes"""`);
    expect(line).toContain("Émile Zola Brigade (initiator); ermak group (initiator); Zeta Force (initiator); alpha unit (target)");
    expect(line).toContain("alpha-report mid-report zeta-report");
    expect(line.endsWith(",Drones 🛩️ struck the depot at night.")).toBe(true);
  });

  it("walks the keyset in batches, capped, every event once", async () => {
    const ids: string[] = [];
    const sizes: number[] = [];
    for await (const rows of iterateTimelineExport(parseTimelineFilters({}), { batch: 50, cap: 120, db: db.prisma })) {
      sizes.push(rows.length);
      ids.push(...rows.map((r) => r.id));
    }
    expect(sizes).toEqual([50, 50, 20]);
    expect(new Set(ids).size).toBe(120);
    const all: string[] = [];
    for await (const rows of iterateTimelineExport(parseTimelineFilters({}), { batch: 64, db: db.prisma })) all.push(...rows.map((r) => r.id));
    const shaped: string[] = [];
    for await (const batch of iterateTimeline(parseTimelineFilters({}), { batch: 100, db: db.prisma })) shaped.push(...batch.map((e) => e.id));
    expect(all).toEqual(shaped);
    expect(all).toHaveLength(await db.prisma.event.count({ where: { visible: true } }));
  });
});
