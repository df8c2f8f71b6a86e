import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getActor, listActors } from "@/lib/actors/queries";
import { getArticle, getHomeSummary } from "@/lib/articles/queries";
import { seedDemo } from "@/lib/demo/seed";
import { softDelete } from "@/lib/editor/corrections";
import { getTimelineActors } from "@/lib/events/queries";
import { searchEverything } from "@/lib/search/queries";
import { listStatements } from "@/lib/statements/queries";
import type { TestDatabase } from "../support/database";
import { createUsers, useAppDatabase } from "../support/app-database";

let db: TestDatabase;
let users: Awaited<ReturnType<typeof createUsers>>;
const DEMO = "bne-2025-09-07-putin-peacekeepers-legitimate-targets";
const noStatementFilters = { speaker: [], topic: [], from: undefined, to: undefined, direct: undefined, q: undefined, article: undefined, sort: undefined, cursor: undefined };

beforeAll(async () => {
  db = await useAppDatabase();
  await seedDemo(db.prisma);
  users = await createUsers(db);
});
afterAll(async () => db.drop());

describe("what readers see after a soft delete", () => {
  it("events reported only by a deleted article disappear from search, counts and profiles", async () => {
    const newcomer = await db.prisma.actor.create({ data: { slug: "lone-actor", name: "Lone Actor", kind: "person" } });
    const article = await db.prisma.article.create({
      data: {
        slug: "lone-article", title: "Lone", body: "A lone zeppelin landed.", publishedOn: new Date("2025-09-08T00:00:00Z"), status: "published",
        events: { create: { spanStart: 0, spanEnd: 10, event: { create: { title: "Zeppelin landing", type: "other", actors: { create: { actorId: newcomer.id } } } } } },
      },
    });
    expect((await getHomeSummary()).counts.events).toBe(18);
    expect((await searchEverything("zeppelin")).events.total).toBe(1);

    expect((await softDelete(users.editor, { entity: "article", id: article.id })).ok).toBe(true);
    expect((await getHomeSummary()).counts.events).toBe(17);
    expect((await searchEverything("zeppelin")).events.total).toBe(0);
    expect((await getActor("lone-actor"))?.counts.events).toBe(0);
    const directory = await listActors({ kind: [], q: "Lone", cursor: undefined } as never);
    expect(directory.items[0]._count.events).toBe(0);
    expect((await getTimelineActors()).map((a) => a.slug)).not.toContain("lone-actor");
  });

  it("a deleted actor's statements disappear from lists, search and the article's actors", async () => {
    const kremlin = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "kremlin" } });
    const before = (await listStatements(noStatementFilters)).total;
    expect((await softDelete(users.editor, { entity: "actor", id: kremlin.id })).ok).toBe(true);
    expect((await listStatements(noStatementFilters)).total).toBe(before - 1);
    expect((await searchEverything("destabilising")).statements.total).toBe(0);
    const article = await getArticle(DEMO);
    expect(article?.mentions.map((m) => m.actor.slug)).not.toContain("kremlin");
    expect(article?.statements.map((s) => s.speaker.slug)).not.toContain("kremlin");
  });
});
