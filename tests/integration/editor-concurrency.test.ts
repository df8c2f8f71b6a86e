import { afterAll, beforeAll, expect, it } from "vitest";
import { publishArticle } from "@/lib/editor/publish";
import { saveDraft } from "@/lib/editor/drafts";
import type { PublishInput } from "@/lib/editor/schemas";
import type { TestDatabase } from "../support/database";
import { createUsers, useAppDatabase } from "../support/app-database";

// Issue 10 §7: parallel publishes sharing a title, a new actor and a new publication all succeed.
let db: TestDatabase;
let users: Awaited<ReturnType<typeof createUsers>>;

const BODY = "Olena Parallel, a spokeswoman, said the grid held overnight. “The lights stayed on,” Parallel said.";
const QUOTE = "The lights stayed on";

function input(n: number, title = "Grid holds overnight"): PublishInput {
  const start = BODY.indexOf(QUOTE);
  return {
    article: { sourceUrl: `https://example.com/parallel/${n}`, title, authors: ["Desk"], publication: "Parallel Gazette", publishedOn: "2025-10-01", body: BODY },
    review: {
      actors: [
        { key: "a1", decision: "new", name: "Olena Parallel", kind: "person", aliases: ["Parallel"] },
        { key: "a2", decision: "new", name: "Parallel Grid Operator", kind: "organization", aliases: [] },
      ],
      statements: [{ accepted: true, speakerKey: "a1", text: QUOTE, direct: true, part: "body", start, end: start + QUOTE.length }],
      events: [],
    },
  };
}

beforeAll(async () => {
  db = await useAppDatabase();
  users = await createUsers(db);
});
afterAll(async () => db.drop());

it("20 parallel publishes with one title, two new actors and a new publication all succeed, with distinct slugs, creating each name once", async () => {
  const started = Date.now();
  // Half of them list the new actors in the other order: the locks must not make them wait on each other.
  const inputs = Array.from({ length: 20 }, (_, n) => {
    const x = input(n);
    if (n % 2) x.review.actors.reverse();
    return x;
  });
  const results = await Promise.all(inputs.map((x, n) => publishArticle(n % 2 ? users.editor : users.otherEditor, x)));
  console.log(`20 parallel publishes: ${results.filter((r) => r.ok).length} succeeded in ${Date.now() - started} ms`);
  expect(results.filter((r) => !r.ok)).toEqual([]);
  const slugs = results.map((r) => (r.ok ? r.slug : ""));
  expect(new Set(slugs).size).toBe(20);
  expect(slugs).toContain("2025-10-01-grid-holds-overnight");
  expect(await db.prisma.publication.count({ where: { name: "Parallel Gazette" } })).toBe(1);
  expect(await db.prisma.actor.count({ where: { name: "Olena Parallel" } })).toBe(1);
  expect(await db.prisma.actor.count({ where: { name: "Parallel Grid Operator" } })).toBe(1);
  expect(await db.prisma.article.count({ where: { sourceUrl: { startsWith: "https://example.com/parallel/" } } })).toBe(20);
  expect(await db.prisma.statement.count({ where: { speaker: { name: "Olena Parallel" } } })).toBe(20);
  const created = await db.prisma.auditLog.count({ where: { action: "create", entityType: "actor" } });
  expect(created).toBe(2);
}, 180_000);

it("drafts saved at the same time as publishes of the same title get slugs too", async () => {
  const title = "Draft and publish race";
  const results = await Promise.all(
    Array.from({ length: 8 }, (_, n) => (n % 2 ? saveDraft(users.editor, input(100 + n, title)) : publishArticle(users.otherEditor, input(100 + n, title)))),
  );
  expect(results.filter((r) => !r.ok)).toEqual([]);
  const slugs = await db.prisma.article.findMany({ where: { title }, select: { slug: true } });
  expect(new Set(slugs.map((s) => s.slug)).size).toBe(8);
}, 120_000);
