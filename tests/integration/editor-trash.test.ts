import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthorizationError } from "@/lib/auth/permissions";
import { seedDemo } from "@/lib/demo/seed";
import { restore, softDelete } from "@/lib/editor/corrections";
import { actorOptions, dateInputValue, getActorForEdit, getArticleForEdit, getEventForEdit, getStatementForEdit } from "@/lib/editor/records";
import { listTrash } from "@/lib/editor/trash";
import type { TestDatabase } from "../support/database";
import { createUsers, useAppDatabase } from "../support/app-database";

let db: TestDatabase;
let users: Awaited<ReturnType<typeof createUsers>>;
const DEMO = "bne-2025-09-07-putin-peacekeepers-legitimate-targets";

beforeAll(async () => {
  db = await useAppDatabase();
  await seedDemo(db.prisma);
  users = await createUsers(db);
});
afterAll(async () => db.drop());

describe("the trash (lib/editor/trash.ts)", () => {
  it("is empty while nothing is deleted", async () => {
    const trash = await listTrash(users.admin);
    expect(Object.values(trash).map((list) => list.length)).toEqual([0, 0, 0, 0]);
  });

  it("lists deleted articles, statements, events and actors with who deleted them, and forgets restored ones", async () => {
    const statement = await db.prisma.statement.findFirstOrThrow({ where: { text: "a danger for us." }, include: { speaker: true } });
    const event = await db.prisma.event.findFirstOrThrow({ where: { dateText: "a few days later" } });
    const actor = await db.prisma.actor.create({ data: { slug: "trash-test-actor", name: "Trash Test Actor", kind: "other" } });
    const article = await db.prisma.article.create({
      data: { slug: "trash-test-article", title: "A throwaway article", body: "Text.", publishedOn: new Date("2025-09-01"), status: "published" },
    });
    for (const [entity, id] of [["statement", statement.id], ["event", event.id], ["actor", actor.id], ["article", article.id]] as const) {
      expect(await softDelete(users.editor, { entity, id })).toMatchObject({ ok: true });
    }

    const trash = await listTrash(users.admin);
    expect(trash.statement).toEqual([
      expect.objectContaining({ entity: "statement", id: statement.id, label: "a danger for us.", deletedBy: users.editor.name, context: expect.stringContaining(statement.speaker.name) }),
    ]);
    expect(trash.event).toEqual([expect.objectContaining({ id: event.id, label: event.title, deletedBy: users.editor.name })]);
    expect(trash.actor).toEqual([expect.objectContaining({ id: actor.id, label: "Trash Test Actor" })]);
    expect(trash.article).toEqual([expect.objectContaining({ id: article.id, label: "A throwaway article" })]);
    expect(trash.statement[0].deletedAt).toBeInstanceOf(Date);

    expect(await restore(users.admin, { entity: "statement", id: statement.id })).toMatchObject({ ok: true });
    const after = await listTrash(users.admin);
    expect(after.statement).toEqual([]);
    expect(after.event.map((e) => e.id)).toEqual([event.id]);
  });

  it("refuses editors, readers and anonymous visitors", async () => {
    await expect(listTrash(users.editor)).rejects.toMatchObject({ status: 403 });
    await expect(listTrash(users.reader)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(listTrash(null)).rejects.toMatchObject({ status: 401 });
  });
});

describe("loading records to correct (lib/editor/records.ts)", () => {
  it("loads a statement with its form values and the article's sentence it comes from", async () => {
    const s = await db.prisma.statement.findFirstOrThrow({ where: { text: { contains: "Peacekeepers in Ukraine are a legitimate target" } } });
    const loaded = await getStatementForEdit(users.editor, s.id);
    expect(loaded).toMatchObject({ id: s.id, version: s.version, deletedAt: null, article: { slug: DEMO }, fields: { speakerId: s.speakerId, text: s.text, direct: true } });
    expect(loaded!.source).toContain("Peacekeepers in Ukraine are a legitimate target");
    expect(loaded!.source.length).toBeGreaterThan(s.text.length - 5);
  });

  it("shows deleted records to admins only; unknown ids are null; readers are refused", async () => {
    const s = await db.prisma.statement.findFirstOrThrow({ where: { deletedAt: null } });
    await softDelete(users.editor, { entity: "statement", id: s.id });
    expect(await getStatementForEdit(users.editor, s.id)).toBeNull();
    expect((await getStatementForEdit(users.admin, s.id))?.deletedAt).toBeInstanceOf(Date);
    expect(await getStatementForEdit(users.admin, "no-such-id")).toBeNull();
    await expect(getStatementForEdit(users.reader, s.id)).rejects.toMatchObject({ status: 403 });
    await restore(users.admin, { entity: "statement", id: s.id });
  });

  it("loads an event, an actor and an article with what their forms need", async () => {
    const event = await db.prisma.event.findFirstOrThrow({ where: { articles: { some: {} }, actors: { some: {} } }, include: { actors: true } });
    const e = await getEventForEdit(users.editor, event.id);
    expect(e!.fields.actors).toHaveLength(event.actors.length);
    expect(e!.sources[0]).toMatchObject({ slug: DEMO, sentence: expect.any(String) });
    expect(e!.sources[0].sentence.length).toBeGreaterThan(10);

    const putin = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "vladimir-putin" } });
    const a = await getActorForEdit(users.editor, putin.id);
    expect(a).toMatchObject({ slug: "vladimir-putin", mergedInto: null, fields: { name: putin.name } });
    expect(a!.counts.statements).toBeGreaterThan(0);

    const article = await db.prisma.article.findUniqueOrThrow({ where: { slug: DEMO } });
    const ar = await getArticleForEdit(users.editor, article.id);
    expect(ar!.fields).toMatchObject({ title: article.title, publishedOn: "2025-09-07" });
    expect(ar!.statements.length).toBeGreaterThan(5);
    expect(ar!.events.length).toBeGreaterThan(5);

    const options = await actorOptions();
    expect(options.some((o) => o.id === putin.id)).toBe(true);
  });

  it("turns a stored date into what the editor types, as precise as its precision", () => {
    const d = new Date("2025-09-05T00:00:00Z");
    expect(["day", "week", "month", "quarter", "year", "unknown"].map((p) => dateInputValue(d, p as never))).toEqual([
      "2025-09-05", "2025-09-05", "2025-09", "2025-07", "2025", "",
    ]); // a quarter by its first month, as the schemas take it back
    expect(dateInputValue(null, "day")).toBe("");
  });
});
