// The actor directory's sort orders (name ignoring case, activity) walked page by page on their
// keysets, its last-active day, and the URL choices of the statements and actors lists: a bad sort or
// view is named in a message and changes nothing else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorNotices, parseActorFilters } from "@/lib/actors/filters";
import { listActors, type ActorDirectoryRow } from "@/lib/actors/queries";
import { parseStatementFilters, statementNotices } from "@/lib/statements/filters";
import { listStatements, SPEAKER_SORT_WINDOW, type StatementRow } from "@/lib/statements/queries";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { seedReaderFixtures } from "./reader-fixtures";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedReaderFixtures(db);
  // Names whose case would mislead a byte-order sort: "aardvark" before "Zed", "ZZ top" after "zebra".
  for (const [slug, name] of [["t-aardvark", "aardvark Front"], ["t-zebra", "zebra Group"], ["t-zz", "ZZ Top Brigade"]]) {
    await db.prisma.actor.create({ data: { slug, name, kind: "organization" } });
  }
}, 120_000);
afterAll(async () => db?.drop());

async function walk(params: Record<string, string>, take = 4): Promise<ActorDirectoryRow[]> {
  const all: ActorDirectoryRow[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 100; i++) {
    const page = await listActors({ ...parseActorFilters(params), cursor }, { take }, db.prisma);
    all.push(...page.items);
    if (!page.nextCursor) return all;
    cursor = page.nextCursor;
  }
  throw new Error("the keyset never ended");
}

describe("actor directory sorts", () => {
  it("by name ignores case, and walking the pages gives every visible actor once", async () => {
    const rows = await walk({});
    const names = rows.map((a) => a.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(rows.map((a) => a.id)).size).toBe(rows.length);
    const visible = await db.prisma.actor.count({ where: { deletedAt: null, mergedIntoId: null } });
    expect(rows.length).toBe(visible);
    expect(names.indexOf("aardvark front")).toBeLessThan(names.indexOf("zebra group"));
    expect(names.indexOf("zebra group")).toBeLessThan(names.indexOf("zz top brigade"));
  });

  it("by activity puts most statements and events first, same actors as by name", async () => {
    const rows = await walk({ sort: "activity" }, 3);
    const activity = rows.map((a) => a._count.statements + a._count.events);
    expect(activity).toEqual([...activity].sort((x, y) => y - x));
    expect(activity[0]).toBeGreaterThan(0);
    expect(rows.map((a) => a.id).sort()).toEqual((await walk({})).map((a) => a.id).sort());
  });

  it("by last active puts the latest day first, never-active last, same actors as by name", async () => {
    const rows = await walk({ sort: "last-active" }, 3);
    const days = rows.map((a) => a.lastActive ?? "");
    expect(days).toEqual([...days].sort().reverse());
    expect(days[0]).not.toBe("");
    expect(rows.at(-1)!.lastActive).toBeNull();
    expect(rows.map((a) => a.id).sort()).toEqual((await walk({})).map((a) => a.id).sort());
  });

  it("keeps the kind and name filters under either sort", async () => {
    const byName = await walk({ kind: "person", q: "e" });
    const byActivity = await walk({ kind: "person", q: "e", sort: "activity" });
    const byLastActive = await walk({ kind: "person", q: "e", sort: "last-active" });
    expect(byLastActive.map((a) => a.id).sort()).toEqual(byName.map((a) => a.id).sort());
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((a) => a.kind === "person")).toBe(true);
    expect(byActivity.map((a) => a.id).sort()).toEqual(byName.map((a) => a.id).sort());
  });

  // A statement counts on the day said, else the day its article was published (as on the profile's chart).
  it("gives the last day an actor spoke or took part in a dated event", async () => {
    const rows = await walk({ sort: "activity" });
    const top = rows[0];
    const [{ day }] = await db.prisma.$queryRaw<{ day: string | null }[]>`
      SELECT to_char(max(d), 'YYYY-MM-DD') AS day FROM (
        SELECT s.day AS d FROM "Statement" s WHERE s."speakerId" = ${top.id} AND s.visible
        UNION ALL SELECT e."placedOn" FROM "EventActor" ea JOIN "Event" e ON e.id = ea."eventId" WHERE ea."actorId" = ${top.id} AND e.visible) x`;
    expect(top.lastActive).toBe(day);
    expect(rows.find((a) => a.slug === "t-zebra")!.lastActive).toBeNull();
  });
});

describe("statements grouped by speaker", () => {
  async function walkStatements(params: Record<string, string | string[]>, take = 3): Promise<StatementRow[]> {
    const all: StatementRow[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 500; i++) {
      const page = await listStatements({ ...parseStatementFilters(params), cursor }, { take }, db.prisma);
      all.push(...page.items);
      if (!page.nextCursor) return all;
      cursor = page.nextCursor;
    }
    throw new Error("the keyset never ended");
  }
  const said = (s: StatementRow) => (s.saidOn ? s.saidOn.toISOString().slice(0, 10) : "");
  /** Each speaker's statements together, in one run, newest said first (undated last). */
  function expectGrouped(rows: StatementRow[]) {
    const runs = rows.map((s) => s.speaker.slug).filter((slug, i, all) => i === 0 || all[i - 1] !== slug);
    expect(new Set(runs).size).toBe(runs.length);
    for (const slug of runs) {
      const days = rows.filter((s) => s.speaker.slug === slug).map(said).filter(Boolean);
      expect(days).toEqual([...days].sort().reverse());
    }
    return runs;
  }

  it("by speaker name ignores case, walks every statement once, newest first within a speaker", async () => {
    const rows = await walkStatements({ sort: "speaker" });
    const all = await walkStatements({});
    expect(rows.map((s) => s.id).sort()).toEqual(all.map((s) => s.id).sort());
    expect(new Set(rows.map((s) => s.id)).size).toBe(rows.length);
    const runs = expectGrouped(rows);
    const names = runs.map((slug) => rows.find((s) => s.speaker.slug === slug)!.speaker.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(runs.length).toBeGreaterThan(1);
  });

  it("by speaker activity puts the most active speakers first, with the same statements", async () => {
    const rows = await walkStatements({ sort: "speaker-activity" });
    const runs = expectGrouped(rows);
    const stats = await db.prisma.actorStat.findMany({ where: { actor: { slug: { in: runs } } }, select: { activity: true, actor: { select: { slug: true } } } });
    const activity = runs.map((slug) => stats.find((x) => x.actor.slug === slug)!.activity);
    expect(activity).toEqual([...activity].sort((a, b) => b - a));
    expect(rows.map((s) => s.id).sort()).toEqual((await walkStatements({})).map((s) => s.id).sort());
  });

  it("keeps the other filters under the speaker orders", async () => {
    const speakers = ["vladimir-putin", "volodymyr-zelenskiy"];
    const filtered = await walkStatements({ speaker: speakers, sort: "speaker" }, 2);
    expect(filtered.length).toBeGreaterThan(0);
    // The speakers' own statements and those of actors merged into them.
    expect(filtered.every((s) => [...speakers, "zelensky-duplicate"].includes(s.speaker.slug))).toBe(true);
    expect(filtered.map((s) => s.id).sort()).toEqual((await walkStatements({ speaker: speakers })).map((s) => s.id).sort());
    const direct = await walkStatements({ direct: "true", sort: "speaker-activity" }, 2);
    expect(direct.every((s) => s.direct)).toBe(true);
    expect(direct.length).toBe((await walkStatements({ direct: "true" })).length);
  });
});

describe("statements filtered by words, grouped by speaker", () => {
  it("walks the same matches as newest first, each speaker's together, and says it sorted among the newest", async () => {
    const q = "ukraine or russia or peace or kyiv";
    const walk = async (sort?: string) => {
      const rows: StatementRow[] = [];
      let cursor: string | undefined;
      let sortedAmong: number | null = null;
      for (let i = 0; i < 200; i++) {
        const page = await listStatements({ ...parseStatementFilters({ q, ...(sort ? { sort } : {}) }), cursor }, { take: 2 }, db.prisma);
        rows.push(...page.items);
        sortedAmong = page.sortedAmong;
        if (!page.nextCursor) return { rows, sortedAmong };
        cursor = page.nextCursor;
      }
      throw new Error("the keyset never ended");
    };
    const newest = await walk();
    expect(newest.sortedAmong).toBeNull();
    for (const sort of ["speaker", "speaker-activity"]) {
      const { rows, sortedAmong } = await walk(sort);
      expect(sortedAmong).toBe(SPEAKER_SORT_WINDOW);
      expect(rows.map((s) => s.id).sort()).toEqual(newest.rows.map((s) => s.id).sort());
      const runs = rows.map((s) => s.speaker.slug).filter((slug, i, all) => i === 0 || all[i - 1] !== slug);
      expect(new Set(runs).size, sort).toBe(runs.length);
      expect(runs.length).toBeGreaterThan(1);
      if (sort === "speaker") {
        const names = runs.map((slug) => rows.find((s) => s.speaker.slug === slug)!.speaker.name.toLowerCase());
        expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      }
    }
  });
});

describe("list choices in the URL", () => {
  it("a bad sort or view is named and replaced by the default; the other filters stay", () => {
    const raw = { sort: "popular", view: "grid", q: "peace", speaker: "vladimir-putin" };
    expect(parseStatementFilters(raw)).toMatchObject({ sort: undefined, view: undefined, q: "peace", speaker: ["vladimir-putin"] });
    expect(statementNotices(raw)).toEqual([
      'sort: "popular" is not one of newest, oldest, speaker, speaker-activity; showing newest first.',
      'view: "grid" is not one of cards, table; showing cards.',
    ]);
    expect(parseActorFilters({ sort: "fame", kind: "person" })).toMatchObject({ sort: undefined, kind: ["person"] });
    expect(actorNotices({ sort: "fame", kind: "person" })).toEqual(['sort: "fame" is not one of name, activity, last-active; showing by name.']);
  });

  it("good choices pass without a word, in any case", () => {
    expect(parseStatementFilters({ sort: "Oldest", view: "TABLE" })).toMatchObject({ sort: "oldest", view: "table" });
    expect(parseStatementFilters({ sort: "Speaker-Activity" })).toMatchObject({ sort: "speaker-activity" });
    expect(parseActorFilters({ sort: "last-active" })).toMatchObject({ sort: "last-active" });
    expect(statementNotices({ sort: "oldest", view: "table" })).toEqual([]);
    expect(actorNotices({ sort: "activity", view: "cards" })).toEqual([]);
    expect(actorNotices({})).toEqual([]);
  });
});
