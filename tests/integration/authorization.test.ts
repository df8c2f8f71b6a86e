import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthorizationError, type SessionUser } from "@/lib/auth/permissions";
import { seedDemo } from "@/lib/demo/seed";
import { MUTATIONS } from "@/lib/editor/mutations";
import type { TestDatabase } from "../support/database";
import { createUsers, tableDigest, useAppDatabase } from "../support/app-database";

let db: TestDatabase;
let users: Awaited<ReturnType<typeof createUsers>>;
let inputs: Record<keyof typeof MUTATIONS, unknown>;

beforeAll(async () => {
  db = await useAppDatabase();
  await seedDemo(db.prisma);
  users = await createUsers(db);
  const statement = await db.prisma.statement.findFirstOrThrow();
  const event = await db.prisma.event.findFirstOrThrow({ include: { actors: true } });
  const [a, b] = await db.prisma.actor.findMany({ take: 2, orderBy: { slug: "asc" } });
  const [e1, e2] = await db.prisma.event.findMany({ take: 2, orderBy: { id: "asc" } });
  const article = await db.prisma.article.findFirstOrThrow();
  const fields = { title: "T", authors: [], publication: "P", publishedOn: "2025-09-09" };
  // Inputs that would succeed for an editor or admin, so only the role stops them.
  inputs = {
    publishArticle: { article: { ...fields, body: "Body." }, review: { actors: [], statements: [], events: [] } },
    saveDraft: { article: { ...fields, body: "Body." }, review: { actors: [], statements: [], events: [] } },
    updateArticle: { id: article.id, version: article.version, fields },
    updateStatement: { id: statement.id, version: statement.version, speakerId: statement.speakerId, text: "changed", direct: true, saidPrecision: "unknown", verified: true },
    updateEvent: { id: event.id, version: event.version, title: "changed", type: "other", datePrecision: "unknown", actors: [], verified: true },
    updateActor: { id: a.id, version: a.version, name: "changed", kind: "other", aliases: [] },
    softDelete: { entity: "statement", id: statement.id },
    restore: { entity: "statement", id: statement.id },
    mergeActors: { sourceId: a.id, targetId: b.id },
    mergeEvents: { sourceId: e1.id, targetId: e2.id },
    createAccount: { email: "new@example.com", name: "New", role: "admin", password: "a-long-password" },
    setRole: { userId: users.editor.id, role: "admin" },
    updateProfile: { name: "Renamed" },
  };
});
afterAll(async () => db.drop());

describe("authorisation", () => {
  const cases: [string, () => SessionUser | null, 401 | 403][] = [
    ["anonymous", () => null, 401],
    ["a reader", () => users.reader, 403],
  ];
  for (const [who, user, status] of cases) {
    it(`every mutation refuses ${who} (${status}) and changes nothing`, async () => {
      const before = await tableDigest(db);
      for (const [name, mutation] of Object.entries(MUTATIONS)) {
        const call = (mutation as (u: SessionUser | null, i: unknown) => Promise<unknown>)(user(), inputs[name as keyof typeof MUTATIONS]);
        await expect(call, name).rejects.toBeInstanceOf(AuthorizationError);
        await expect(call, name).rejects.toMatchObject({ status });
      }
      expect(await tableDigest(db)).toEqual(before);
    });
  }

  it("editors cannot do what only admins may (restore, accounts, roles), and nothing changes", async () => {
    const before = await tableDigest(db);
    for (const name of ["restore", "createAccount", "setRole"] as const) {
      await expect(MUTATIONS[name](users.editor, inputs[name]), name).rejects.toMatchObject({ status: 403 });
    }
    expect(await tableDigest(db)).toEqual(before);
  });

  it("the same inputs do work for an admin (so the refusals above are about the role)", async () => {
    const result = await MUTATIONS.updateStatement(users.admin, inputs.updateStatement);
    expect(result).toMatchObject({ ok: true });
    const account = await MUTATIONS.createAccount(users.admin, inputs.createAccount);
    expect(account).toMatchObject({ ok: true });
    const duplicate = await MUTATIONS.createAccount(users.admin, inputs.createAccount);
    expect(duplicate).toMatchObject({ ok: false, fieldErrors: { email: expect.any(String) } });
  });
});
