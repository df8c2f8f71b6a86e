import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEntry, fieldChanges } from "@/lib/audit/describe";
import { getHistory } from "@/lib/audit/queries";
import { seedDemo } from "@/lib/demo/seed";
import { updateArticle } from "@/lib/editor/corrections";
import { getDraft, saveDraft } from "@/lib/editor/drafts";
import { publishArticle } from "@/lib/editor/publish";
import { getArticleForEdit } from "@/lib/editor/records";
import type { PublishInput } from "@/lib/editor/schemas";
import type { TestDatabase } from "../support/database";
import { createUsers, tableCounts, useAppDatabase } from "../support/app-database";

// Issue 10 §5: an article's topics, set by its editor: kept in drafts, stored with the publish, corrected later.
let db: TestDatabase;
let users: Awaited<ReturnType<typeof createUsers>>;

const article = (url: string, topics: string[]): PublishInput => ({
  article: { sourceUrl: url, title: `Topics test ${url.slice(-2)}`, authors: [], topics, publication: "Topic Wire", publishedOn: "2025-09-09", body: "Kyiv and Moscow traded strikes overnight." },
  review: { actors: [], statements: [], events: [] },
});

const topicsOf = async (articleId: string) =>
  (await db.prisma.articleTopic.findMany({ where: { articleId }, include: { topic: true } })).map((t) => t.topic.name).sort();

beforeAll(async () => {
  db = await useAppDatabase();
  await seedDemo(db.prisma);
  users = await createUsers(db);
});
afterAll(async () => db.drop());

describe("an article's topics", () => {
  it("are stored with the publish: stored topics joined by slug, new ones created, the audit row names them", async () => {
    const stored = await db.prisma.topic.count();
    const result = await publishArticle(users.editor, article("https://example.com/topics-01", ["peace talks", "Peace Talks", "Grain corridor", "Energy war"]));
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    // "peace talks" is the demo's "Peace talks"; the second spelling is the same topic.
    expect(await topicsOf(result.id)).toEqual(["Energy war", "Grain corridor", "Peace talks"]);
    expect(await db.prisma.topic.count()).toBe(stored + 1);
    const [entry] = await getHistory(users.admin, "article", result.id);
    expect(describeEntry(entry)).toBe(`Test editor published article “Topics test 01” with 0 statements, no new event, topics “Peace talks”, “Grain corridor”, “Energy war”.`);
  });

  it("are kept by a draft and published from it", async () => {
    const draft = await saveDraft(users.editor, article("https://example.com/topics-02", ["Front line", "Drone war"]));
    expect(draft).toMatchObject({ ok: true });
    if (!draft.ok) return;
    const resumed = await getDraft(users.editor, draft.id);
    expect(resumed?.article.topics).toEqual(["Front line", "Drone war"]);
    // A draft names topics but creates none: readers' topic lists only show published articles'.
    expect(await db.prisma.topic.count({ where: { name: "Drone war" } })).toBe(0);
    const published = await publishArticle(users.editor, { ...article("https://example.com/topics-02", resumed!.article.topics), draftId: draft.id, draftVersion: draft.version });
    expect(published).toMatchObject({ ok: true, id: draft.id });
    expect(await topicsOf(draft.id)).toEqual(["Drone war", "Front line"]);
  });

  it("are corrected like any field: replaced in the same write, the history shows before and after", async () => {
    const published = await publishArticle(users.editor, article("https://example.com/topics-03", ["Sanctions", "Peace talks"]));
    if (!published.ok) throw new Error(published.error);
    const form = (await getArticleForEdit(users.editor, published.id))!;
    expect(form.fields.topics).toBe("Peace talks, Sanctions");
    const fields = { ...form.fields, authors: [], topics: ["Sanctions", "Frozen assets"] };
    const edit = await updateArticle(users.otherEditor, { id: published.id, version: form.version, fields });
    expect(edit).toMatchObject({ ok: true });
    expect(await topicsOf(published.id)).toEqual(["Frozen assets", "Sanctions"]);
    const [entry] = await getHistory(users.admin, "article", published.id);
    expect(fieldChanges(entry)).toEqual([{ field: "topics", before: "Peace talks, Sanctions", after: "Frozen assets, Sanctions" }]);
  });

  it("refuses bad topics with a message and changes nothing", async () => {
    const before = await tableCounts(db);
    for (const topics of [["x".repeat(61)], ["!!!"], Array.from({ length: 13 }, (_, i) => `Topic ${i}`), ["bad\u0000topic"]]) {
      const result = await publishArticle(users.editor, article("https://example.com/topics-04", topics));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}).some((k) => k.startsWith("article.topics"))).toBe(true);
    }
    expect(await tableCounts(db)).toEqual(before);
  });

  it("shared by parallel publishes, a new topic is created once", async () => {
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => publishArticle(users.editor, article(`https://example.com/topics-1${i}`, ["Black Sea shipping"]))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.prisma.topic.count({ where: { slug: "black-sea-shipping" } })).toBe(1);
    expect(await db.prisma.articleTopic.count({ where: { topic: { slug: "black-sea-shipping" } } })).toBe(6);
  });
});
