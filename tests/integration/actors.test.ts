import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseActorFilters } from "@/lib/actors/filters";
import {
  actorActivity, actorArticles, actorEvents, actorPanels, actorRecord, actorStatements, coOccurringActors, getActor, iterateActors, listActors, resolveActor,
} from "@/lib/actors/queries";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { DEMO_SLUG, SECOND_SLUG, seedReaderFixtures } from "./reader-fixtures";

let db: TestDatabase;
let fx: Awaited<ReturnType<typeof seedReaderFixtures>>;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await seedReaderFixtures(db);
});
afterAll(async () => db.drop());

const slugs = async (params: Record<string, string | string[]>, take = 100) =>
  (await listActors(parseActorFilters(params), { take }, db.prisma)).items.map((a) => a.slug);

describe("actor directory", () => {
  it("lists live, unmerged actors by name with statement, event and mention counts", async () => {
    const result = await listActors(parseActorFilters({}), { take: 100 }, db.prisma);
    expect(result.total).toBe(26); // 25 demo + Sybiha; the merged duplicate is hidden
    expect(result.items.map((a) => a.slug)).not.toContain("zelensky-duplicate");
    const names = result.items.map((a) => a.name);
    expect(names.slice(0, 4)).toEqual(["Andrii Sybiha", "Armed Forces of Russia", "Armed Forces of Ukraine", "Azov"]);
    const putin = result.items.find((a) => a.slug === "vladimir-putin")!;
    expect(putin._count).toEqual({ statements: 6, events: 4, mentions: 1 });
    const zelenskiy = result.items.find((a) => a.slug === "volodymyr-zelenskiy")!;
    // Statements in the draft article and the deleted one are not counted; the draft's mention neither.
    expect(zelenskiy._count).toEqual({ statements: 2, events: 3, mentions: 2 });
  });

  it("finds actors by name or alias, case-insensitively", async () => {
    expect(await slugs({ q: "zelenskiy" })).toEqual(["volodymyr-zelenskiy"]);
    expect(await slugs({ q: "ZELENSKYY" })).toEqual(["volodymyr-zelenskiy"]);
    expect(await slugs({ q: "AFR" })).toEqual(["armed-forces-of-russia"]);
    expect(await slugs({ q: "afu" })).toEqual(["armed-forces-of-ukraine"]);
    expect(await slugs({ q: "peskov" })).toEqual(["dmitry-peskov"]);
    expect(await slugs({ q: "armed forces" })).toEqual(["armed-forces-of-russia", "armed-forces-of-ukraine"]);
    // LIKE wildcards in the words are literal characters, not wildcards.
    expect(await slugs({ q: "%" })).toEqual([]);
    expect(await slugs({ q: "_" })).toEqual([]);
    // Counted once each, though name and several aliases match; the merged duplicate is not counted.
    const total = async (q: string) => (await listActors(parseActorFilters({ q }), { take: 1 }, db.prisma)).total;
    expect(await total("zelensk")).toBe(1);
    expect(await total("armed forces")).toBe(2);
    expect(await total("%")).toBe(0);
  });

  it("filters by several kinds, combined with the words", async () => {
    expect(await slugs({ kind: ["alliance", "armed_force"] })).toEqual([
      "armed-forces-of-russia", "armed-forces-of-ukraine", "azov", "coalition-of-the-willing", "nato",
    ]);
    expect(await slugs({ kind: "armed_force,bogus", q: "russia" })).toEqual(["armed-forces-of-russia"]);
    expect(await slugs({ kind: "state", q: "kyiv" })).toEqual(["ukraine"]);
  });

  it("pages by name without skipping or repeating when actors are added between pages", async () => {
    const before = await slugs({});
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 1; page < 30; page++) {
      const result = await listActors(parseActorFilters(cursor ? { cursor } : {}), { take: 7 }, db.prisma);
      seen.push(...result.items.map((a) => a.slug));
      if (page === 1) {
        await db.prisma.actor.create({ data: { slug: "aaa-first", name: "AAA First", kind: "other" } });
        await db.prisma.actor.create({ data: { slug: "zzz-last", name: "ZZZ Last", kind: "other" } });
      }
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((s) => s !== "zzz-last")).toEqual(before);
    expect(seen).toContain("zzz-last");
    expect(seen).not.toContain("aaa-first");
    await db.prisma.actor.deleteMany({ where: { slug: { in: ["aaa-first", "zzz-last"] } } });
  });

  it("malformed parameters parse to defaults", async () => {
    expect(parseActorFilters({ q: "   ", kind: ["", "warlord"], cursor: "%%%" })).toEqual({ q: undefined, kind: [], cursor: "%%%" });
    expect(await slugs({ cursor: "%%%" })).toHaveLength(26);
  });

  it("exports exactly the filtered directory, batch by batch", async () => {
    const exported = async (f: ReturnType<typeof parseActorFilters>) => {
      const rows = [];
      for await (const batch of iterateActors(f, { batch: 2 }, db.prisma)) rows.push(...batch.map(actorRecord));
      return rows;
    };
    const f = parseActorFilters({ kind: "person" });
    const list = await listActors(f, { take: 1000 }, db.prisma);
    const rows = await exported(f);
    expect(rows.map((r) => r.slug)).toEqual(list.items.map((a) => a.slug));
    // Words match names and aliases as the directory does.
    const named = parseActorFilters({ q: "armed forces" });
    expect((await exported(named)).map((r) => r.slug)).toEqual((await listActors(named, { take: 1000 }, db.prisma)).items.map((a) => a.slug));
    expect((await exported(parseActorFilters({ q: "zelenskyy" }))).map((r) => r.slug)).toEqual(["volodymyr-zelenskiy"]);
    expect(rows.find((r) => r.slug === "dmitry-peskov")).toMatchObject({ affiliation: "Kremlin", aliases: ["Peskov"], kind: "person", statements: 2 });
  });

  it("exports in the directory's order for every sort, across batch boundaries", async () => {
    for (const sort of ["name", "activity", "last-active"]) {
      const f = parseActorFilters({ sort });
      const exported: string[] = [];
      for await (const batch of iterateActors(f, { batch: 3 }, db.prisma)) exported.push(...batch.map((a) => a.slug));
      const listed = (await listActors(f, { take: 1000 }, db.prisma)).items.map((a) => a.slug);
      expect(exported, sort).toEqual(listed);
    }
    const byActivity = parseActorFilters({ sort: "activity" });
    const [first] = (await iterateActors(byActivity, { batch: 1 }, db.prisma).next()).value ?? [];
    const top = await db.prisma.actorStat.findFirst({ where: { actor: { deletedAt: null, mergedIntoId: null } }, orderBy: [{ activity: "desc" }, { actorId: "desc" }] });
    expect(first?.id).toBe(top?.actorId);
  });
});

describe("actor profile", () => {
  it("redirects a merged actor's slug to the actor it was merged into; unknown slugs are missing", async () => {
    expect(await resolveActor("zelensky-duplicate", db.prisma)).toEqual({ status: "merged", slug: "volodymyr-zelenskiy" });
    expect(await resolveActor("volodymyr-zelenskiy", db.prisma)).toEqual({ status: "found", id: fx.zelenskiy.id });
    expect(await resolveActor("no-such-actor", db.prisma)).toEqual({ status: "missing" });
    // A chain of merges is followed to its end.
    const older = await db.prisma.actor.create({ data: { slug: "zelenskyy-older", name: "Zelenskyy (older)", kind: "person", mergedIntoId: fx.duplicate.id } });
    expect(await resolveActor("zelenskyy-older", db.prisma)).toEqual({ status: "merged", slug: "volodymyr-zelenskiy" });
    await db.prisma.actor.delete({ where: { id: older.id } });
  });

  it("shows affiliation, members, aliases and first and last appearance", async () => {
    const kremlin = await getActor("kremlin", db.prisma);
    expect(kremlin?.parent?.slug).toBe("russia");
    expect(kremlin?.members.map((m) => m.slug)).toEqual(["dmitry-peskov"]);
    const zelenskiy = (await getActor("volodymyr-zelenskiy", db.prisma))!;
    expect(zelenskiy.aliases.map((a) => a.alias)).toEqual(["Zelenskiy", "Zelensky", "Zelenskyy"].sort());
    expect(zelenskiy.ids).toEqual([fx.zelenskiy.id, fx.duplicate.id]);
    expect([zelenskiy.firstSeen?.toISOString().slice(0, 10), zelenskiy.lastSeen?.toISOString().slice(0, 10)]).toEqual(["2025-09-07", "2025-10-02"]);
    expect(zelenskiy.counts).toEqual({ articles: 2, statements: 3, events: 3, mentions: zelenskiy.counts.mentions });
    expect(await getActor("zelensky-duplicate", db.prisma)).toBeNull();
  });

  it("counts statements, events and mentions per month for the chart", async () => {
    const zelenskiy = (await getActor("volodymyr-zelenskiy", db.prisma))!;
    const demoMentions = (await db.prisma.actorMention.findFirstOrThrow({ where: { actorId: fx.zelenskiy.id, article: { slug: DEMO_SLUG } } })).count;
    expect(await actorActivity(zelenskiy.ids, db.prisma)).toEqual([
      { month: "2025-09", label: "Sep 2025", statements: 0, mentions: demoMentions, events: 3, spread: 0 },
      // Undated "peace talks must include Europe" counts in its article's month.
      { month: "2025-10", label: "Oct 2025", statements: 3, mentions: 3, events: 0, spread: 0 },
    ]);
  });

  it("lists the actor's statements newest first, with keyset pages", async () => {
    const putin = (await getActor("vladimir-putin", db.prisma))!;
    const first = await actorStatements(putin, undefined, 4, db.prisma);
    expect(first.total).toBe(6);
    expect(first.items.every((s) => s.speaker.slug === "vladimir-putin")).toBe(true);
    const second = await actorStatements(putin, first.nextCursor!, 4, db.prisma);
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((s) => s.id)).size).toBe(6);
  });

  it("lists events with the actor's role, co-occurring actors and the articles that mention them", async () => {
    const putin = (await getActor("vladimir-putin", db.prisma))!;
    const events = await actorEvents(putin.ids, 50, db.prisma);
    expect(events.map((e) => e.role).sort()).toEqual(["initiator", "initiator", "participant", "target"]);

    // Zelenskiy shares the second article with Sybiha and Trump, and the demo article with everyone in it.
    const zelenskiy = (await getActor("volodymyr-zelenskiy", db.prisma))!;
    const co = await coOccurringActors(zelenskiy.ids, 50, db.prisma);
    expect(co.slice(0, 1).map((c) => [c.slug, c.articles])).toEqual([["donald-trump", 2]]);
    expect(co.find((c) => c.slug === "andrii-sybiha")).toMatchObject({ articles: 1, mentions: 2 });
    expect(co.map((c) => c.slug)).not.toContain("volodymyr-zelenskiy");
    expect(co.filter((c) => c.articles === 1)).toHaveLength(co.length - 1);
    // Sybiha appears only in the second article (the draft one does not count).
    const sybiha = (await getActor("andrii-sybiha", db.prisma))!;
    expect((await coOccurringActors(sybiha.ids, 50, db.prisma)).map((c) => [c.slug, c.articles, c.mentions])).toEqual([
      ["volodymyr-zelenskiy", 1, 3],
      ["donald-trump", 1, 1],
    ]);
    expect((await actorArticles(zelenskiy.ids, 20, db.prisma)).map((a) => a.slug)).toEqual([SECOND_SLUG, DEMO_SLUG]);
  });

  it("reads the profile's panels in one statement, each as its own read would (dates and order included)", async () => {
    for (const slug of ["vladimir-putin", "volodymyr-zelenskiy", "andrii-sybiha"]) {
      const { ids } = (await getActor(slug, db.prisma))!;
      expect(await actorPanels(ids, db.prisma)).toEqual({
        activity: await actorActivity(ids, db.prisma),
        events: await actorEvents(ids, 20, db.prisma),
        coActors: await coOccurringActors(ids, 10, db.prisma),
        articles: await actorArticles(ids, 20, db.prisma),
      });
    }
  });
});
