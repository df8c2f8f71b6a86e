import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo/seed";
import { setRole } from "@/lib/editor/accounts";
import { mergeActors, softDelete, updateActor, updateEvent, updateStatement } from "@/lib/editor/corrections";
import { publishArticle } from "@/lib/editor/publish";
import type { TestDatabase } from "../support/database";
import { createUsers, tableDigest, useAppDatabase } from "../support/app-database";

// Ids and versions are checked before the database sees them; bad ones come back as clear messages
// (never a driver error, a logged stack or "Something went wrong") and change nothing.
let db: TestDatabase;
let users: Awaited<ReturnType<typeof createUsers>>;

beforeAll(async () => {
  db = await useAppDatabase();
  await seedDemo(db.prisma);
  users = await createUsers(db);
});
afterAll(async () => db.drop());

it("refuses unknown actor ids, out-of-range versions and NUL in ids with a message, and writes nothing", async () => {
  const statement = await db.prisma.statement.findFirstOrThrow();
  const event = await db.prisma.event.findFirstOrThrow();
  const actor = await db.prisma.actor.findFirstOrThrow({ orderBy: { slug: "asc" } });
  const statementInput = { id: statement.id, version: statement.version, speakerId: statement.speakerId, text: statement.text, direct: statement.direct, saidPrecision: "unknown", verified: true };
  const eventInput = { id: event.id, version: event.version, title: event.title, type: event.type, datePrecision: "unknown", actors: [], verified: true };
  const actorInput = { id: actor.id, version: actor.version, name: actor.name, kind: actor.kind, aliases: [] };
  const before = await tableDigest(db);

  const cases: [string, () => Promise<unknown>, Record<string, unknown>][] = [
    ["unknown speaker", () => updateStatement(users.editor, { ...statementInput, speakerId: "no-such-actor" }), { fieldErrors: { speakerId: "Unknown actor." } }],
    ["unknown event actor", () => updateEvent(users.editor, { ...eventInput, actors: [{ actorId: "no-such-actor", role: "target" }] }), { fieldErrors: { actors: "Unknown actor." } }],
    ["unknown affiliation", () => updateActor(users.editor, { ...actorInput, parentId: "no-such-actor" }), { fieldErrors: { parentId: "Unknown actor." } }],
    ["version past int4", () => updateStatement(users.editor, { ...statementInput, version: 2 ** 31 }), { fieldErrors: { version: "Not a version." } }],
    ["NUL in an id", () => updateEvent(users.editor, { ...eventInput, id: `${event.id}\u0000` }), { fieldErrors: { id: "Not a record id." } }],
    ["NUL in a merge", () => mergeActors(users.admin, { sourceId: actor.id, targetId: "x\u0000" }), { fieldErrors: { targetId: "Not a record id." } }],
    ["NUL in a delete", () => softDelete(users.editor, { entity: "statement", id: "\u0000" }), { fieldErrors: { id: "Not a record id." } }],
    ["NUL in a role change", () => setRole(users.admin, { userId: "u\u0000", role: "editor" }), { fieldErrors: { userId: "Not a record id." } }],
    [
      "NUL in a chosen actor",
      () =>
        publishArticle(users.editor, {
          article: { title: "T", publication: "P", publishedOn: "2025-09-09", body: "Body." },
          review: { actors: [{ key: "a", decision: "existing", actorId: "a\u0000", name: "A", kind: "person" }], statements: [], events: [] },
        }),
      { fieldErrors: { "review.actors.0.actorId": "Not a record id." } },
    ],
  ];
  for (const [name, run, expected] of cases) {
    const result = await run();
    expect(result, name).toMatchObject({ ok: false, ...expected });
    expect((result as { error: string }).error, name).not.toMatch(/Something went wrong/);
  }
  expect(await tableDigest(db)).toEqual(before);
});
