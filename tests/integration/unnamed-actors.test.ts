// Unnamed sources ("a senior EU diplomat", Actor.unnamed) against a real PostgreSQL: the directory, its counts,
// export and API list named actors unless ?sources=unnamed asks for the unnamed ones; pickers and search offer
// named actors only; statements, events and the profile still show the unnamed source, marked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorNotices, parseActorFilters } from "@/lib/actors/filters";
import { actorKindCounts, actorPanels, getActor, iterateActors, listActors } from "@/lib/actors/queries";
import { timelineExportStream } from "@/lib/events/export";
import { getTimeline, getTimelineActors } from "@/lib/events/queries";
import { parseTimelineFilters } from "@/lib/events/filters";
import { searchEverything } from "@/lib/search/queries";
import { listStatements, statementFilterOptions } from "@/lib/statements/queries";
import { mostActiveActors } from "@/lib/dashboard/queries";
import { statementJson } from "@/lib/api/records";
import * as actorsRoute from "@/app/api/v1/actors/route";
import * as actorsExportRoute from "@/app/actors/export/route";
import * as statementsExportRoute from "@/app/statements/export/route";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { rollupsAndRecount } from "../support/rollups";
import { emptyStatementFilters, SECOND_SLUG, seedReaderFixtures } from "./reader-fixtures";

const DIPLOMAT = "a-senior-eu-diplomat";

let db: TestDatabase;
let fx: Awaited<ReturnType<typeof seedReaderFixtures>>;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await seedReaderFixtures(db);
  (globalThis as { prisma?: unknown }).prisma = db.prisma;
  process.env.FAULTLINE_API_RATE_LIMIT = "0";
  const p = db.prisma;
  // As Publish stores a described source: its own actor, of the second article only.
  const diplomat = await p.actor.create({
    data: {
      slug: DIPLOMAT, name: "a senior EU diplomat", kind: "person", role: "unnamed source", unnamed: true,
      aliases: { create: [{ alias: "EU diplomat", normalized: "eu diplomat" }] },
      mentions: { create: [{ articleId: fx.second.id, count: 1 }] },
    },
  });
  await p.statement.create({
    data: { articleId: fx.second.id, speakerId: diplomat.id, text: "Ukraine will not trade territory for a ceasefire", direct: false, spanStart: 0, spanEnd: 10 },
  });
  await p.event.create({
    data: {
      title: "EU envoys meet in Brussels", type: "summit_talks", startDate: new Date("2025-10-01T00:00:00Z"), datePrecision: "day",
      actors: { create: [{ actorId: diplomat.id, role: "participant" }, { actorId: fx.sybiha.id, role: "participant" }] },
      articles: { create: [{ articleId: fx.second.id, spanStart: 0, spanEnd: 10 }] },
    },
  });
});
afterAll(async () => {
  delete (globalThis as { prisma?: unknown }).prisma;
  await db.drop();
});

const directory = async (params: Record<string, string>) => listActors(parseActorFilters(params), { take: 100 }, db.prisma);

async function exported(query: string) {
  const response = await actorsExportRoute.GET(new Request(`http://localhost/actors/export?format=json${query}`));
  const text = await response.text();
  return { status: response.status, text, slugs: response.status === 200 ? (JSON.parse(text).rows as { slug: string }[]).map((r) => r.slug) : [] };
}

async function api(query: string) {
  const response = await actorsRoute.GET(new Request(`http://localhost/api/v1/actors${query}`), { params: Promise.resolve({}) });
  return { status: response.status, body: await response.json() };
}

describe("the actors directory", () => {
  it("lists and counts named actors only by default; ?sources=unnamed lists the unnamed sources", async () => {
    const named = await directory({});
    expect(named.total).toBe(26); // as before the diplomat: 25 demo actors + Sybiha
    expect(named.items.map((a) => a.slug)).not.toContain(DIPLOMAT);
    expect((await directory({ q: "diplomat" })).total).toBe(0);

    const unnamed = await directory({ sources: "unnamed" });
    expect([unnamed.total, unnamed.items.map((a) => a.slug)]).toEqual([1, [DIPLOMAT]]);
    expect(unnamed.items[0]).toMatchObject({ unnamed: true, _count: { statements: 1, events: 1, mentions: 1 } });
    expect((await directory({ sources: "unnamed", q: "EU diplomat", sort: "activity" })).items.map((a) => a.slug)).toEqual([DIPLOMAT]);
    expect((await directory({ sources: "unnamed", kind: "state" })).total).toBe(0);
  });

  it("keeps the kind counts of the named actors and of the unnamed sources apart", async () => {
    const counts = await actorKindCounts(db.prisma);
    expect(counts.unnamed).toEqual(new Map([["person", 1]]));
    expect(counts.named.get("person")).toBe((await directory({ kind: "person" })).total);
    expect((await directory({ kind: "person", sources: "unnamed" })).total).toBe(1);
  });

  it("keeps the maintained totals exact as an actor is created, changes kind, is merged, deleted, restored or named, and as a rebuild recounts them", async () => {
    const p = db.prisma;
    const unnamedKinds = async () => (await actorKindCounts(p)).unnamed;
    const source = await p.actor.create({ data: { slug: "two-traders", name: "two traders", kind: "other", unnamed: true } });
    expect([(await directory({})).total, (await directory({ sources: "unnamed" })).total]).toEqual([26, 2]);
    await p.actor.update({ where: { id: source.id }, data: { kind: "person" } });
    expect(await unnamedKinds()).toEqual(new Map([["person", 2]]));
    const twin = await p.actor.create({ data: { slug: "a-trader", name: "a trader", kind: "other", unnamed: true } });
    expect(await unnamedKinds()).toEqual(new Map([["person", 2], ["other", 1]]));
    await p.actor.update({ where: { id: twin.id }, data: { mergedIntoId: source.id } });
    expect([await unnamedKinds(), (await directory({ sources: "unnamed" })).total]).toEqual([new Map([["person", 2]]), 2]);
    await p.actor.update({ where: { id: source.id }, data: { deletedAt: new Date() } });
    expect((await directory({ sources: "unnamed" })).total).toBe(1);
    await p.actor.update({ where: { id: source.id }, data: { deletedAt: null, unnamed: false } });
    expect([(await directory({})).total, (await directory({ sources: "unnamed" })).total]).toEqual([27, 1]);
    expect((await actorKindCounts(p)).named.get("person")).toBe((await directory({ kind: "person" })).total);
    const { kept, recounted } = await rollupsAndRecount(db);
    expect(kept).toEqual(recounted);
    await p.actor.delete({ where: { id: twin.id } });
    await p.actor.delete({ where: { id: source.id } });
    expect((await directory({})).total).toBe(26);
  });

  it("exports what the directory lists, and refuses a sources value it does not know", async () => {
    const named = await exported("");
    expect([named.status, named.slugs.length, named.slugs.includes(DIPLOMAT)]).toEqual([200, 26, false]);
    expect((await exported("&sources=unnamed")).slugs).toEqual([DIPLOMAT]);
    const rows = [];
    for await (const batch of iterateActors(parseActorFilters({ sources: "unnamed" }), {}, db.prisma)) rows.push(...batch);
    expect(rows.map((a) => a.slug)).toEqual([DIPLOMAT]);
    expect(await exported("&sources=anonymous")).toMatchObject({
      status: 400, text: 'Nothing exported: invalid parameter "sources": "anonymous" is not one of named, unnamed.\n',
    });
  });

  it("answers the API the same way, marking the unnamed sources", async () => {
    const named = await api("?limit=100");
    expect(named.status).toBe(200);
    expect(named.body.data.map((a: { slug: string }) => a.slug)).not.toContain(DIPLOMAT);
    expect(named.body.data.every((a: { unnamed: boolean }) => a.unnamed === false)).toBe(true);
    const unnamed = await api("?sources=unnamed");
    expect(unnamed.body.data).toEqual([expect.objectContaining({ slug: DIPLOMAT, unnamed: true })]);
    const refused = await api("?sources=everyone");
    expect([refused.status, refused.body.error.parameters[0].name]).toEqual([400, "sources"]);
  });

  it("shows a page a clear notice for a sources value it does not know, and lists the named actors", () => {
    expect(parseActorFilters({ sources: "everyone" }).sources).toBeUndefined();
    expect(actorNotices({ sources: "everyone" })).toEqual(['sources: "everyone" is not one of named, unnamed; showing named actors.']);
  });
});

describe("pickers and search", () => {
  it("offer named actors only, keeping an unnamed one already chosen", async () => {
    const speakers = (await statementFilterOptions(db.prisma)).speakers.map((s) => s.slug);
    expect(speakers).toContain("andrii-sybiha");
    expect(speakers).not.toContain(DIPLOMAT);
    expect((await statementFilterOptions(db.prisma, { include: [DIPLOMAT] })).speakers.map((s) => s.slug)).toContain(DIPLOMAT);
    expect((await getTimelineActors({ db: db.prisma })).map((a) => a.slug)).not.toContain(DIPLOMAT);
    expect((await getTimelineActors({ db: db.prisma, include: [DIPLOMAT] })).map((a) => a.slug)).toContain(DIPLOMAT);
  });

  it("search finds no unnamed source by name or alias", async () => {
    const found = await searchEverything("diplomat", {}, db.prisma);
    expect([found.actors.total, found.actors.items]).toEqual([0, []]);
  });

  it("the home page's most active actors and a profile's 'often named with' leave them out", async () => {
    const active = await mostActiveActors({ from: "2025-09-01", to: "2025-10-31" }, 50, db.prisma);
    expect(active.map((a) => a.slug)).not.toContain(DIPLOMAT);
    const sybiha = (await getActor("andrii-sybiha", db.prisma))!;
    expect((await actorPanels(sybiha.ids, db.prisma)).coActors.map((a) => a.slug)).not.toContain(DIPLOMAT);
  });
});

describe("where an unnamed source appears", () => {
  it("its statement shows its speaker as written, marked unnamed", async () => {
    const page = await listStatements({ ...emptyStatementFilters, speaker: [DIPLOMAT] }, { take: 10 }, db.prisma);
    expect(page.items.map((s) => s.speaker)).toEqual([{ slug: DIPLOMAT, name: "a senior EU diplomat", verified: false, unnamed: true }]);
    expect(statementJson(page.items[0]).speaker).toEqual({ slug: DIPLOMAT, name: "a senior EU diplomat", unnamed: true });
  });

  it("the statements export marks its speaker unnamed (CSV and JSON); a named speaker is not marked", async () => {
    const get = async (query: string) => (await statementsExportRoute.GET(new Request(`http://localhost/statements/export?${query}`))).text();
    const json = JSON.parse(await get(`format=json&speaker=${DIPLOMAT}&speaker=andrii-sybiha`)).rows as { speakerSlug: string; speakerUnnamed: boolean }[];
    expect(new Map(json.map((r) => [r.speakerSlug, r.speakerUnnamed]))).toEqual(new Map([[DIPLOMAT, true], ["andrii-sybiha", false]]));
    const [header, row] = (await get(`format=csv&speaker=${DIPLOMAT}`)).split("\r\n");
    expect(row.split(",")[header.split(",").indexOf("speakerUnnamed")]).toBe("true");
  });

  it("its event lists it as a participant, marked; named participants carry no mark", async () => {
    const { items: events } = await getTimeline(parseTimelineFilters({ actor: DIPLOMAT }), { db: db.prisma });
    expect(events).toHaveLength(1);
    expect(events[0].actors).toEqual(expect.arrayContaining([
      { slug: DIPLOMAT, name: "a senior EU diplomat", role: "participant", unnamed: true },
      { slug: "andrii-sybiha", name: "Andrii Sybiha", role: "participant" },
    ]));
  });

  it("the timeline's CSV export marks it in the actors cell, as the pages do", async () => {
    const csv = await new Response(timelineExportStream(parseTimelineFilters({ actor: DIPLOMAT }), "csv", "http://x")).text();
    const row = csv.split("\r\n")[1];
    expect(row).toContain("a senior EU diplomat (participant, unnamed source)");
    expect(row).toContain("Andrii Sybiha (participant)");
  });

  it("its profile says it is unnamed and names the article that describes it", async () => {
    const actor = await getActor(DIPLOMAT, db.prisma);
    expect(actor).toMatchObject({ unnamed: true, source: { slug: SECOND_SLUG } });
    expect((await getActor("andrii-sybiha", db.prisma))).toMatchObject({ unnamed: false, source: null });
  });
});
