import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seedDemo } from "@/lib/demo/seed";
import { mergeActors, restore, softDelete, updateActor, updateEvent, updateStatement } from "@/lib/editor/corrections";
import type { TestDatabase } from "../support/database";
import { createUsers, useAppDatabase } from "../support/app-database";

// Which cache tags each editorial write expires, read off the real services on a real database. Only
// Next.js's revalidateTag is replaced (there is no Next.js server in this process): the end-to-end
// test tests/e2e/cache.test.ts proves the same tags refresh the served pages.
const revalidated: { tag: string; profile: unknown }[] = [];
vi.mock("next/cache", () => ({
  revalidateTag: (tag: string, profile: unknown) => revalidated.push({ tag, profile }),
  unstable_cache: (fn: () => unknown) => fn,
}));

let db: TestDatabase;
let users: Awaited<ReturnType<typeof createUsers>>;
const ARTICLE = "article:bne-2025-09-07-putin-peacekeepers-legitimate-targets";

beforeAll(async () => {
  db = await useAppDatabase();
  await seedDemo(db.prisma);
  users = await createUsers(db);
});
afterAll(async () => db.drop());
beforeEach(() => {
  revalidated.length = 0;
});

const tagsSent = () => new Set(revalidated.map((r) => r.tag));

const statementInput = async (text: string) => {
  const s = await db.prisma.statement.findFirstOrThrow({ where: { text } });
  return { id: s.id, version: s.version, speakerId: s.speakerId, text: s.text, direct: s.direct, saidOn: s.saidOn?.toISOString().slice(0, 10), saidPrecision: s.saidPrecision, venue: s.venue ?? undefined, verified: s.verified };
};

describe("cache invalidation by editorial writes", () => {
  it("a statement correction expires the statement lists, its article and both speakers' pages, at once", async () => {
    const base = await statementInput("destabilising.");
    const before = await db.prisma.actor.findUniqueOrThrow({ where: { id: base.speakerId } });
    const peskov = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "dmitry-peskov" } });
    expect(before.slug).not.toBe("dmitry-peskov");
    const result = await updateStatement(users.editor, { ...base, speakerId: peskov.id });
    expect(result.ok).toBe(true);
    expect(tagsSent()).toEqual(new Set(["statements", ARTICLE, `actor:${before.slug}`, "actor:dmitry-peskov"]));
    // Immediate expiry, not stale-while-revalidate: the next reader gets the corrected page.
    for (const r of revalidated) expect(r.profile).toEqual({ expire: 0 });
  });

  it("a refused write expires nothing", async () => {
    const base = await statementInput("a danger for us.");
    expect((await updateStatement(users.editor, { ...base, version: base.version + 7 })).ok).toBe(false);
    expect((await updateStatement(users.editor, { ...base, saidOn: "2025-13" })).ok).toBe(false);
    await expect(updateStatement(users.reader, base)).rejects.toThrow();
    expect(revalidated).toEqual([]);
  });

  it("an event edit expires the timeline, the event, its source article and its actors before and after", async () => {
    const event = await db.prisma.event.findFirstOrThrow({ where: { actors: { some: {} } }, include: { actors: { include: { actor: true } } } });
    const trump = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "donald-trump" } });
    const result = await updateEvent(users.editor, {
      id: event.id, version: event.version, title: event.title, type: event.type, date: "", datePrecision: "unknown",
      actors: [{ actorId: trump.id, role: "participant" }], verified: event.verified,
    });
    expect(result.ok).toBe(true);
    const expected = ["events", `event:${event.id}`, ARTICLE, "actor:donald-trump", ...event.actors.map((a) => `actor:${a.actor.slug}`)];
    expect(tagsSent()).toEqual(new Set(expected));
    expect(tagsSent().has("statements")).toBe(false);
  });

  it("deleting and restoring an article expires every list and everything it names", async () => {
    const article = await db.prisma.article.findFirstOrThrow();
    expect((await softDelete(users.editor, { entity: "article", id: article.id })).ok).toBe(true);
    const sent = tagsSent();
    for (const tag of ["articles", "statements", "events", ARTICLE, "actor:vladimir-putin"]) expect(sent.has(tag), tag).toBe(true);
    expect([...sent].some((t) => t.startsWith("event:"))).toBe(true);
    revalidated.length = 0;
    expect((await restore(users.admin, { entity: "article", id: article.id })).ok).toBe(true);
    expect(tagsSent()).toEqual(sent);
  });

  it("an actor edit or merge expires the directory, the lists naming actors and both profiles", async () => {
    const actor = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "dmitry-peskov" }, include: { aliases: true, parent: true, members: true } });
    // Its affiliation's and members' profiles list its name too.
    const related = [...(actor.parent ? [actor.parent] : []), ...actor.members].map((a) => `actor:${a.slug}`);
    const edit = await updateActor(users.editor, {
      id: actor.id, version: actor.version, name: actor.name, kind: actor.kind, role: "Kremlin spokesman",
      parentId: actor.parentId ?? undefined, aliases: actor.aliases.map((a) => a.alias),
    });
    expect(edit.ok).toBe(true);
    expect(tagsSent()).toEqual(new Set(["articles", "statements", "events", "actors", "actor:dmitry-peskov", ...related]));

    revalidated.length = 0;
    const dup = await db.prisma.actor.create({ data: { slug: "peskov-duplicate", name: "D. Peskov (duplicate)", kind: "person" } });
    expect((await mergeActors(users.editor, { sourceId: dup.id, targetId: actor.id })).ok).toBe(true);
    expect(tagsSent()).toEqual(new Set(["articles", "statements", "events", "actors", "actor:dmitry-peskov", "actor:peskov-duplicate", ...related]));
  });
});
