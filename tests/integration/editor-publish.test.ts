import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo/seed";
import { getDraft, saveDraft } from "@/lib/editor/drafts";
import { getKnownActors } from "@/lib/editor/known-actors";
import { UNNAMED_ROLE } from "@/lib/actors/filters";
import { publishArticle } from "@/lib/editor/publish";
import type { PublishInput } from "@/lib/editor/schemas";
import type { TestDatabase } from "../support/database";
import { createUsers, tableCounts, useAppDatabase } from "../support/app-database";
import { decidedReview } from "../support/decided-review";

let db: TestDatabase;
let users: Awaited<ReturnType<typeof createUsers>>;
let putinId: string;
let allianceEventId: string;

const BODY =
  "Ukrainian Foreign Minister Andrii Sybiha said on Monday that Kyiv would not accept a frozen conflict. " +
  "“We will not trade territory for a pause,” Sybiha told reporters in Kyiv.\n\n" +
  "Russian President Vladimir Putin replied that Moscow was ready for talks.";

function input(overrides: Partial<PublishInput["article"]> = {}, review?: Partial<PublishInput["review"]>): PublishInput {
  const quote = "We will not trade territory for a pause";
  const start = BODY.indexOf(quote);
  return {
    article: {
      sourceUrl: "https://example.com/sybiha-frozen-conflict",
      title: "Sybiha rules out a frozen conflict",
      standfirst: "Kyiv says no to a pause",
      authors: ["Jane Doe"],
      publication: "Kyiv Test Daily",
      publishedOn: "2025-09-09",
      dateline: "Kyiv",
      body: BODY,
      ...overrides,
    },
    review: {
      actors: [
        { key: "a1", decision: "new", name: "Andrii Sybiha", kind: "person", role: "Foreign Minister of Ukraine", aliases: ["Sybiha"] },
        { key: "a2", decision: "existing", actorId: putinId, name: "Vladimir Putin", kind: "person", aliases: ["Putin"] },
        { key: "a3", decision: "reject", name: "Monday", kind: "other", aliases: [] },
      ],
      statements: [
        { accepted: true, speakerKey: "a1", text: quote, direct: true, saidOn: "2025-09-08", saidPrecision: "day", venue: "Kyiv", part: "body", start, end: start + quote.length },
        { accepted: true, speakerKey: "a2", text: "Moscow was ready for talks", direct: false, part: "body", start: BODY.indexOf("Moscow"), end: BODY.indexOf("Moscow") + 26 },
        { accepted: false, speakerKey: "a3", text: "rejected by the editor", direct: false, part: "body", start: 0, end: 5 },
      ],
      events: [
        { accepted: true, title: "Sybiha rules out frozen conflict", type: "rejection", date: "2025-09-08", datePrecision: "day", dateText: "on Monday", place: "Kyiv", actors: [{ key: "a1", role: "initiator" }, { key: "a2", role: "target" }], part: "body", start: 0, end: 99 },
      ],
      ...review,
    },
  };
}

beforeAll(async () => {
  db = await useAppDatabase();
  await seedDemo(db.prisma);
  users = await createUsers(db);
  putinId = (await db.prisma.actor.findUniqueOrThrow({ where: { slug: "vladimir-putin" } })).id;
  allianceEventId = (await db.prisma.event.findFirstOrThrow({ where: { dateText: "on August 15" } })).id;
});
afterAll(async () => db.drop());

describe("publishing an article", () => {
  it("writes the article, new actor and aliases, verified statements and events, mentions and audit rows", async () => {
    const result = await publishArticle(users.editor, await decidedReview(input()));
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const article = await db.prisma.article.findUniqueOrThrow({
      where: { id: result.id },
      include: { statements: { include: { speaker: true } }, events: { include: { event: { include: { actors: { include: { actor: true } } } } } }, mentions: { include: { actor: true } }, publication: true },
    });
    expect(article.status).toBe("published");
    expect(article.slug).toBe("2025-09-09-sybiha-rules-out-a-frozen-conflict");
    expect(article.publication?.name).toBe("Kyiv Test Daily");
    expect(article.createdById).toBe(users.editor.id);
    expect(article.statements.map((s) => [s.speaker.name, s.verified, article.body.slice(s.spanStart, s.spanEnd)])).toEqual(
      expect.arrayContaining([
        ["Andrii Sybiha", true, "We will not trade territory for a pause"],
        ["Vladimir Putin", true, "Moscow was ready for talks"],
      ]),
    );
    expect(article.statements).toHaveLength(2);
    const [{ event }] = article.events;
    expect(event.verified).toBe(true);
    expect(event.actors.map((a) => [a.actor.name, a.role]).sort()).toEqual([["Andrii Sybiha", "initiator"], ["Vladimir Putin", "target"]]);
    const sybiha = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "andrii-sybiha" }, include: { aliases: true } });
    expect(sybiha.aliases.map((a) => a.alias)).toEqual(["Sybiha"]);
    expect(article.mentions.map((m) => m.actor.name).sort()).toEqual(["Andrii Sybiha", "Vladimir Putin"]);
    expect(await db.prisma.actor.count({ where: { name: "Monday" } })).toBe(0);
    const audit = await db.prisma.auditLog.findMany({ where: { userId: users.editor.id } });
    expect(audit.map((a) => `${a.action}:${a.entityType}`).sort()).toEqual(["create:actor", "publish:article"]);
  });

  it("refuses the same URL again, pointing at the existing article, and writes nothing", async () => {
    const before = await tableCounts(db);
    const result = await publishArticle(users.editor, input({ title: "Another title" }));
    expect(result).toMatchObject({ ok: false, existing: { slug: "2025-09-09-sybiha-rules-out-a-frozen-conflict" } });
    expect(await tableCounts(db)).toEqual(before);
  });

  it("is all or nothing: a failure half way (merge into a vanished event) leaves no trace", async () => {
    const before = await tableCounts(db);
    const bad = input({ sourceUrl: "https://example.com/half-way" });
    bad.review.events = [{ ...bad.review.events[0], mergeInto: "no-such-event" }];
    const result = await publishArticle(users.editor, bad);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("no longer exists") });
    expect(await tableCounts(db)).toEqual(before);
  });

  it("links a similar event already stored instead of duplicating it", async () => {
    const merged = input({ sourceUrl: "https://example.com/alaska" });
    merged.review.events = [{ ...merged.review.events[0], mergeInto: allianceEventId }];
    const events = await db.prisma.event.count();
    const result = await publishArticle(users.editor, merged);
    expect(result.ok).toBe(true);
    expect(await db.prisma.event.count()).toBe(events);
    const links = await db.prisma.eventArticle.findMany({ where: { eventId: allianceEventId } });
    expect(links).toHaveLength(2);
    const actors = await db.prisma.eventActor.findMany({ where: { eventId: allianceEventId }, include: { actor: true } });
    expect(actors.map((a) => a.actor.name)).toContain("Andrii Sybiha");
  });

  it("rejects bad input with a message per field and writes nothing", async () => {
    const before = await tableCounts(db);
    const bad = input({ sourceUrl: "javascript:alert(1)", publishedOn: "2025-02-30", title: "", body: "x".repeat(100_001) });
    const result = await publishArticle(users.editor, bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["article.body", "article.publishedOn", "article.sourceUrl", "article.title"]);
    const dangling = input({ sourceUrl: "https://example.com/dangling" });
    dangling.review.statements[0].speakerKey = "a3";
    const second = await publishArticle(users.editor, dangling);
    expect(second).toMatchObject({ ok: false, fieldErrors: { "review.statements.0.speakerKey": expect.any(String) } });
    expect(await tableCounts(db)).toEqual(before);
  });
});

describe("described sources", () => {
  it("a described source is somebody of each article: two articles' 'a Western diplomat' are two actors, each an unnamed source", async () => {
    const withSource = async (sourceUrl: string) => {
      const x = input({ sourceUrl, title: `Diplomat speaks ${sourceUrl.slice(-1)}` }, { events: [] });
      x.review.actors[0] = { key: "a1", decision: "new", name: "a Western diplomat", kind: "person", aliases: ["Western diplomat"], unnamed: true };
      return decidedReview(x);
    };
    for (const url of ["https://example.com/diplomat-a", "https://example.com/diplomat-b"]) {
      const result = await publishArticle(users.editor, await withSource(url));
      expect(result.ok).toBe(true);
    }
    const sources = await db.prisma.actor.findMany({ where: { name: "a Western diplomat" }, include: { statements: true } });
    expect(sources).toHaveLength(2);
    expect(sources.map((a) => [a.role, a.statements.length])).toEqual([[UNNAMED_ROLE, 1], [UNNAMED_ROLE, 1]]);
    expect(new Set(sources.map((a) => a.slug)).size).toBe(2);
    // Stored as described sources: never offered to the engine or the review as somebody already known.
    expect(sources.every((a) => a.unnamed)).toBe(true);
    expect((await getKnownActors()).map((a) => a.name)).not.toContain("a Western diplomat");
  });
});

describe("publishing at the same time", () => {
  it("two articles with the same title and a new actor published at once both land, with distinct slugs, sharing one actor", async () => {
    const race = async (sourceUrl: string) => {
      // No event: one new happening published twice at once is held back the second time (editor-concurrency).
      const x = input({ sourceUrl, title: "Race title" }, { events: [] });
      x.review.actors[0] = { ...x.review.actors[0], name: "Racing Newcomer", aliases: [] };
      return decidedReview(x);
    };
    const [a, b] = [await race("https://example.com/race-a"), await race("https://example.com/race-b")];
    const results = await Promise.all([publishArticle(users.editor, a), publishArticle(users.otherEditor, b)]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    const slugs = results.map((r) => (r.ok ? r.slug : ""));
    expect(new Set(slugs).size).toBe(2);
    expect(await db.prisma.actor.count({ where: { name: "Racing Newcomer" } })).toBe(1);
  });

  it("the same URL published three times at once makes exactly one article", async () => {
    const same = await decidedReview(input({ sourceUrl: "https://example.com/triple", title: "Triple" }));
    const results = await Promise.all([publishArticle(users.editor, same), publishArticle(users.otherEditor, same), publishArticle(users.editor, same)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.existing)).toHaveLength(2);
    expect(await db.prisma.article.count({ where: { sourceUrl: "https://example.com/triple" } })).toBe(1);
  });
});

describe("drafts", () => {
  it("save, resume, refuse a stale save, then publish", async () => {
    const draftInput = await decidedReview(input({ sourceUrl: "https://example.com/draft", title: "A draft about talks" }));
    const saved = await saveDraft(users.editor, draftInput);
    expect(saved).toMatchObject({ ok: true, version: 1 });
    if (!saved.ok) return;
    const resumed = await getDraft(users.editor, saved.id);
    expect(resumed?.article.title).toBe("A draft about talks");
    expect(resumed?.review?.statements).toHaveLength(3);

    const second = await saveDraft(users.otherEditor, { ...draftInput, draftId: saved.id, draftVersion: 1, article: { ...draftInput.article, title: "Edited by someone else" } });
    expect(second).toMatchObject({ ok: true, version: 2 });
    const stale = await saveDraft(users.editor, { ...draftInput, draftId: saved.id, draftVersion: 1 });
    expect(stale).toMatchObject({ ok: false, error: expect.stringContaining("Someone else") });
    expect((await db.prisma.article.findUniqueOrThrow({ where: { id: saved.id } })).title).toBe("Edited by someone else");

    const published = await publishArticle(users.editor, { ...draftInput, draftId: saved.id, draftVersion: 2 });
    expect(published).toMatchObject({ ok: true, id: saved.id });
    const article = await db.prisma.article.findUniqueOrThrow({ where: { id: saved.id } });
    expect([article.status, article.reviewState]).toEqual(["published", null]);
  });
});
