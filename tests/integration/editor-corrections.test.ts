import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getArticle } from "@/lib/articles/queries";
import { AuthorizationError } from "@/lib/auth/permissions";
import { seedDemo } from "@/lib/demo/seed";
import { mergeActors, restore, softDelete, updateActor, updateArticle, updateEvent, updateStatement } from "@/lib/editor/corrections";
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

const statementInput = async (text: string) => {
  const s = await db.prisma.statement.findFirstOrThrow({ where: { text } });
  return { id: s.id, version: s.version, speakerId: s.speakerId, text: s.text, direct: s.direct, saidOn: s.saidOn?.toISOString().slice(0, 10), saidPrecision: s.saidPrecision, venue: s.venue ?? undefined, verified: s.verified };
};

describe("corrections", () => {
  it("two editors saving the same statement: the second is told, and the first edit is kept", async () => {
    const base = await statementInput("a danger for us.");
    const first = await updateStatement(users.editor, { ...base, venue: "Eastern Economic Forum, Vladivostok" });
    expect(first).toMatchObject({ ok: true, version: base.version + 1 });
    const second = await updateStatement(users.otherEditor, { ...base, text: "a danger to us" });
    expect(second).toMatchObject({ ok: false, current: { venue: "Eastern Economic Forum, Vladivostok" } });
    const stored = await db.prisma.statement.findUniqueOrThrow({ where: { id: base.id } });
    expect([stored.text, stored.venue, stored.version]).toEqual(["a danger for us.", "Eastern Economic Forum, Vladivostok", base.version + 1]);

    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: base.id, action: "update" } });
    expect(audit.userId).toBe(users.editor.id);
    expect((audit.before as { venue: string }).venue).toBe("Vladivostok forum (to the BBC's Steve Rosenberg)");
    expect((audit.after as { venue: string }).venue).toBe("Eastern Economic Forum, Vladivostok");
  });

  it("corrects a statement's speaker and date, validated", async () => {
    const base = await statementInput("destabilising.");
    const peskov = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "dmitry-peskov" } });
    const bad = await updateStatement(users.editor, { ...base, saidOn: "2025-13", speakerId: peskov.id });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { saidOn: expect.any(String) } });
    const ok = await updateStatement(users.editor, { ...base, speakerId: peskov.id, saidOn: "2025-09", saidPrecision: "month" });
    expect(ok.ok).toBe(true);
    const stored = await db.prisma.statement.findUniqueOrThrow({ where: { id: base.id } });
    expect([stored.speakerId, stored.saidOn?.toISOString().slice(0, 10), stored.saidPrecision]).toEqual([peskov.id, "2025-09-01", "month"]);
  });

  it("edits an event's date, type and actors; edits an actor's aliases; edits article metadata", async () => {
    const event = await db.prisma.event.findFirstOrThrow({ where: { dateText: "a few days later" } });
    const trump = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "donald-trump" } });
    const zelenskiy = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "volodymyr-zelenskiy" } });
    const result = await updateEvent(users.editor, {
      id: event.id, version: event.version, title: "White House summit with European leaders", type: "summit_talks",
      date: "2025-08-18", datePrecision: "day", dateText: "a few days later", place: "White House, Washington",
      actors: [{ actorId: trump.id, role: "initiator" }, { actorId: zelenskiy.id, role: "participant" }], verified: true,
    });
    expect(result.ok).toBe(true);
    const stored = await db.prisma.event.findUniqueOrThrow({ where: { id: event.id }, include: { actors: true } });
    expect([stored.startDate?.toISOString().slice(0, 10), stored.datePrecision, stored.actors.length]).toEqual(["2025-08-18", "day", 2]);

    const actor = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "volodymyr-zelenskiy" } });
    const aliasResult = await updateActor(users.editor, { id: actor.id, version: actor.version, name: actor.name, kind: "person", role: "President of Ukraine", aliases: ["Zelenskiy", "Zelensky", "Zelenskyy", "zelensky"] });
    expect(aliasResult.ok).toBe(true);
    const aliases = await db.prisma.actorAlias.findMany({ where: { actorId: actor.id } });
    expect(aliases.map((a) => a.alias).sort()).toEqual(["Zelenskiy", "Zelensky", "Zelenskyy"]);
    const badWikidata = await updateActor(users.editor, { id: actor.id, version: actor.version + 1, name: actor.name, kind: "person", aliases: [], wikidataId: "7747" });
    expect(badWikidata).toMatchObject({ ok: false, fieldErrors: { wikidataId: expect.any(String) } });

    const article = await db.prisma.article.findUniqueOrThrow({ where: { slug: DEMO } });
    const edit = await updateArticle(users.editor, {
      id: article.id, version: article.version,
      fields: { title: article.title, standfirst: article.standfirst ?? undefined, authors: ["Ben Aris"], publication: "bne IntelliNews", publishedOn: "2025-09-07", dateline: "Berlin", sourceUrl: "https://www.intellinews.com/putin-peacekeepers" },
    });
    expect(edit.ok).toBe(true);
    expect((await db.prisma.article.findUniqueOrThrow({ where: { id: article.id } })).sourceUrl).toBe("https://www.intellinews.com/putin-peacekeepers");
  });

  it("soft-deletes a statement (hidden from readers), and only an admin restores it", async () => {
    const s = await db.prisma.statement.findFirstOrThrow({ where: { text: "other" } });
    expect((await softDelete(users.editor, { entity: "statement", id: s.id })).ok).toBe(true);
    expect((await getArticle(DEMO))?.statements.map((x) => x.id)).not.toContain(s.id);
    await expect(restore(users.editor, { entity: "statement", id: s.id })).rejects.toMatchObject({ status: 403 });
    expect((await restore(users.admin, { entity: "statement", id: s.id })).ok).toBe(true);
    expect((await getArticle(DEMO))?.statements.map((x) => x.id)).toContain(s.id);
    const again = await restore(users.admin, { entity: "statement", id: s.id });
    expect(again).toMatchObject({ ok: false });
  });

  it("merges a duplicate actor: statements, events, mentions and aliases move; the old slug points to the target", async () => {
    const zelenskiy = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "volodymyr-zelenskiy" } });
    const article = await db.prisma.article.findUniqueOrThrow({ where: { slug: DEMO } });
    const event = await db.prisma.event.findFirstOrThrow({ where: { dateText: "on August 15" } });
    const duplicate = await db.prisma.actor.create({
      data: {
        slug: "volodymyr-zelensky", name: "Volodymyr Zelensky", kind: "person",
        aliases: { create: [{ alias: "President Zelensky", normalized: "president zelensky" }] },
        statements: { create: { articleId: article.id, text: "We need a real peace", direct: true, spanStart: 0, spanEnd: 5 } },
        mentions: { create: { articleId: article.id, count: 2 } },
        events: { create: { eventId: event.id, role: "participant" } },
      },
    });
    const mentionsBefore = (await db.prisma.actorMention.findUniqueOrThrow({ where: { articleId_actorId: { articleId: article.id, actorId: zelenskiy.id } } })).count;

    const result = await mergeActors(users.editor, { sourceId: duplicate.id, targetId: zelenskiy.id });
    expect(result).toMatchObject({ ok: true, targetSlug: "volodymyr-zelenskiy" });

    expect(await db.prisma.statement.count({ where: { speakerId: duplicate.id } })).toBe(0);
    expect(await db.prisma.statement.count({ where: { speakerId: zelenskiy.id, text: "We need a real peace" } })).toBe(1);
    expect(await db.prisma.eventActor.count({ where: { eventId: event.id, actorId: zelenskiy.id } })).toBe(1);
    expect((await db.prisma.actorMention.findUniqueOrThrow({ where: { articleId_actorId: { articleId: article.id, actorId: zelenskiy.id } } })).count).toBe(mentionsBefore + 2);
    const aliases = (await db.prisma.actorAlias.findMany({ where: { actorId: zelenskiy.id } })).map((a) => a.alias);
    expect(aliases).toEqual(expect.arrayContaining(["Volodymyr Zelensky", "President Zelensky"]));
    const source = await db.prisma.actor.findUniqueOrThrow({ where: { id: duplicate.id } });
    expect(source.mergedIntoId).toBe(zelenskiy.id);
    expect(await mergeActors(users.editor, { sourceId: duplicate.id, targetId: zelenskiy.id })).toMatchObject({ ok: false });
    expect(await mergeActors(users.editor, { sourceId: zelenskiy.id, targetId: zelenskiy.id })).toMatchObject({ ok: false, fieldErrors: { targetId: expect.any(String) } });
  });

  it("throws typed authorisation errors", async () => {
    await expect(softDelete(null, { entity: "statement", id: "x" })).rejects.toBeInstanceOf(AuthorizationError);
    await expect(softDelete(users.reader, { entity: "statement", id: "x" })).rejects.toMatchObject({ status: 403 });
  });
});
