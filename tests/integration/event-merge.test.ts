// Merging stored events: the source's articles and actors join the target, the source disappears from
// every reader list and count (its `visible` turns false in the merge's transaction), and its id
// resolves to the surviving event, following chains.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo/seed";
import { mergeEvents, softDelete } from "@/lib/editor/corrections";
import { eventIdIn, eventMergeChoices } from "@/lib/editor/event-merge";
import { getEventPage, resolveEvent } from "@/lib/events/detail";
import { parseTimelineFilters } from "@/lib/events/filters";
import { countTimeline, getTimeline } from "@/lib/events/queries";
import { searchEverything } from "@/lib/search/queries";
import type { TestDatabase } from "../support/database";
import { createUsers, useAppDatabase } from "../support/app-database";

let db: TestDatabase;
let users: Awaited<ReturnType<typeof createUsers>>;

beforeAll(async () => {
  db = await useAppDatabase();
  await seedDemo(db.prisma);
  users = await createUsers(db);
}, 120_000);
afterAll(async () => db?.drop());

const timeline = () => getTimeline(parseTimelineFilters({}), { take: 100, db: db.prisma });
const total = () => countTimeline(parseTimelineFilters({}), { db: db.prisma });

describe("merging events", () => {
  it("moves sources and actors to the survivor, hides the merged events and resolves their ids along the chain", async () => {
    const { items } = await timeline();
    const withSources = items.filter((e) => e.sources.length > 0);
    const [a, b, c] = withSources;
    expect(c).toBeDefined();
    const before = await total();

    expect(await mergeEvents(users.editor, { sourceId: a.id, targetId: b.id })).toMatchObject({ ok: true, targetId: b.id });
    expect(await mergeEvents(users.editor, { sourceId: b.id, targetId: c.id })).toMatchObject({ ok: true, targetId: c.id });

    // Readers' lists and counts (from the rollups) no longer have the merged two.
    const after = await timeline();
    expect(after.items.map((e) => e.id)).not.toContain(a.id);
    expect(after.items.map((e) => e.id)).not.toContain(b.id);
    expect(await total()).toBe(before - 2);
    expect(JSON.stringify(await searchEverything(a.title, { take: 50 }, db.prisma))).not.toContain(`"${a.id}"`);

    // The survivor carries every source and actor of the merged events.
    const survivor = (await getEventPage(c.id, db.prisma))!;
    for (const merged of [a, b]) {
      for (const s of merged.sources) expect(survivor.sources.map((x) => x.slug)).toContain(s.slug);
      for (const actor of merged.actors) expect(survivor.actors.map((x) => x.slug)).toContain(actor.slug);
    }

    // The ids of merged events lead to the survivor; their pages read as missing on their own.
    expect(await resolveEvent(a.id, db.prisma)).toEqual({ status: "merged", id: c.id });
    expect(await resolveEvent(b.id, db.prisma)).toEqual({ status: "merged", id: c.id });
    expect(await resolveEvent(c.id, db.prisma)).toEqual({ status: "found" });
    expect(await getEventPage(a.id, db.prisma)).toBeNull();
    expect(await resolveEvent("no-such-event", db.prisma)).toEqual({ status: "missing" });
  });

  it("refuses merging an event into itself, into a merged event or a merged one again, and changes nothing", async () => {
    const { items } = await timeline();
    const [x, y] = items;
    const merged = await db.prisma.event.findFirstOrThrow({ where: { mergedIntoId: { not: null } } });
    const versions = async () => (await db.prisma.event.findMany({ where: { id: { in: [x.id, y.id, merged.id] } }, select: { id: true, version: true } })).sort((p, q) => p.id.localeCompare(q.id));
    const start = await versions();
    expect(await mergeEvents(users.editor, { sourceId: x.id, targetId: x.id })).toMatchObject({ ok: false, fieldErrors: { targetId: "Choose two different events." } });
    expect(await mergeEvents(users.editor, { sourceId: x.id, targetId: merged.id })).toMatchObject({ ok: false, error: expect.stringContaining("not be merged already") });
    expect(await mergeEvents(users.editor, { sourceId: merged.id, targetId: y.id })).toMatchObject({ ok: false });
    expect(await mergeEvents(users.editor, { sourceId: "", targetId: y.id })).toMatchObject({ ok: false });
    // Each refusal names the event at fault.
    expect(await mergeEvents(users.editor, { sourceId: x.id, targetId: merged.id })).toMatchObject({ error: expect.stringContaining(`“${merged.title}” was already merged`) });
    expect(await mergeEvents(users.editor, { sourceId: merged.id, targetId: y.id })).toMatchObject({ error: expect.stringContaining("This event was already merged") });
    expect(await versions()).toEqual(start);
  });

  it("offers likely duplicates and found events with what a merge would move, and says why an address cannot be chosen", async () => {
    const article = await db.prisma.article.findFirstOrThrow({ where: { status: "published", deletedAt: null } });
    const [p, q] = await db.prisma.actor.findMany({ where: { deletedAt: null, mergedIntoId: null }, orderBy: { id: "asc" }, take: 2 });
    const make = (title: string, day: string, extra: object = {}) =>
      db.prisma.event.create({ data: { title, type: "sanctions", datePrecision: "day", startDate: new Date(`${day}T00:00:00Z`), ...extra } });
    const source = await make("Farmers block the border crossing", "2024-03-10", {
      articles: { create: { articleId: article.id, part: "body", spanStart: 0, spanEnd: 5 } },
      actors: { create: [{ actorId: p.id }, { actorId: q.id }] },
    });
    const twin = await make("Border blockade by farmers", "2024-03-14", { actors: { create: [{ actorId: p.id }] } });
    const far = await make("Farmers protest again", "2024-04-30");
    const gone = await make("Farmers blockade, withdrawn", "2024-03-11");
    await softDelete(users.editor, { entity: "event", id: gone.id });

    const choices = await eventMergeChoices(users.editor, source.id, undefined, db.prisma);
    expect(choices.likely.map((e) => e.id)).toContain(twin.id);
    expect(choices.likely.map((e) => e.id)).not.toContain(far.id);
    expect(choices.likely.map((e) => e.id)).not.toContain(gone.id);
    expect(choices.likely.find((e) => e.id === twin.id)).toMatchObject({ sharedActors: 1, moves: { articles: 1, actors: 1 } });

    const byTitle = await eventMergeChoices(users.editor, source.id, "farmers protest", db.prisma);
    expect(byTitle.found.map((e) => e.id)).toContain(far.id);
    expect(byTitle.findMessage).toBeNull();
    expect((await eventMergeChoices(users.editor, source.id, `/events/${source.id}`, db.prisma)).findMessage).toContain("cannot be merged into itself");
    expect((await eventMergeChoices(users.editor, source.id, gone.id, db.prisma)).findMessage).toContain("was deleted");
    expect((await eventMergeChoices(users.editor, source.id, "zzqx nothing", db.prisma)).findMessage).toContain("No other event matches");
    expect(eventIdIn("https://faultline.example/events/abc12345xyz")).toBe("abc12345xyz");
    expect(eventIdIn("two words")).toBeNull();
    await expect(eventMergeChoices(null, source.id, undefined, db.prisma)).rejects.toThrow();
  });

  it("a deleted survivor makes the merged ids missing, not a redirect to nothing", async () => {
    const merged = await db.prisma.event.findFirstOrThrow({ where: { mergedIntoId: { not: null } } });
    const chainEnd = await resolveEvent(merged.id, db.prisma);
    expect(chainEnd.status).toBe("merged");
    const endId = (chainEnd as { id: string }).id;
    await db.prisma.event.update({ where: { id: endId }, data: { deletedAt: new Date() } });
    expect(await resolveEvent(merged.id, db.prisma)).toEqual({ status: "missing" });
    await db.prisma.event.update({ where: { id: endId }, data: { deletedAt: null } });
  });
});
