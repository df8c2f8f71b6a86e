// Property: an editorial write that is refused writes nothing. Each run takes a valid input for one of the
// publish/correction services, spoils one field with a hostile value (bad text, impossible date, unknown or
// malformed id, stale or out-of-range version, wrong type), calls the service as an editor and compares a
// digest of every table. A refusal (a failure value, or an error) must leave the digest as it was.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { seedDemo } from "@/lib/demo/seed";
import { actorEditSchema, articleEditSchema, entityRefSchema, eventEditSchema, mergeActorsSchema, statementEditSchema } from "@/lib/editor/correction-schemas";
import { MUTATIONS } from "@/lib/editor/mutations";
import { checkReview } from "@/lib/editor/publish";
import { publishInputSchema } from "@/lib/editor/schemas";
import type { TestDatabase } from "../support/database";
import { createUsers, tableDigest, useAppDatabase } from "../support/app-database";

type Name = "publishArticle" | "saveDraft" | "updateArticle" | "updateStatement" | "updateEvent" | "updateActor" | "softDelete" | "mergeActors";
type Case = { name: Name; input: Record<string, unknown>; paths: string[][] };

let db: TestDatabase;
let editor: SessionUser;
let cases: Case[];

beforeAll(async () => {
  db = await useAppDatabase();
  await seedDemo(db.prisma);
  editor = (await createUsers(db)).editor;
  const statement = await db.prisma.statement.findFirstOrThrow();
  const event = await db.prisma.event.findFirstOrThrow();
  const [a, b] = await db.prisma.actor.findMany({ take: 2, orderBy: { slug: "asc" } });
  const article = await db.prisma.article.findFirstOrThrow();
  const fields = { title: "T", authors: [], publication: "P", publishedOn: "2025-09-09" };
  const review = {
    actors: [{ key: "k1", decision: "new", name: "New Actor", kind: "person", aliases: [] }],
    statements: [{ accepted: true, speakerKey: "k1", text: "Words.", direct: true, part: "body", start: 0, end: 6 }],
    events: [],
  };
  const publish = { article: { ...fields, body: "Words. More words." }, review };
  cases = [
    { name: "publishArticle", input: publish, paths: [["article", "title"], ["article", "publishedOn"], ["article", "body"], ["article", "sourceUrl"], ["draftId"], ["draftVersion"], ["review", "statements", "0", "speakerKey"], ["review", "actors", "0", "kind"], ["review", "statements", "0", "end"]] },
    { name: "saveDraft", input: publish, paths: [["article", "title"], ["article", "publishedOn"], ["draftId"], ["review", "actors", "0", "key"]] },
    { name: "updateArticle", input: { id: article.id, version: article.version, fields }, paths: [["id"], ["version"], ["fields", "title"], ["fields", "publishedOn"]] },
    {
      name: "updateStatement",
      input: { id: statement.id, version: statement.version, speakerId: statement.speakerId, text: "changed", direct: true, saidPrecision: "unknown", verified: true },
      paths: [["id"], ["version"], ["speakerId"], ["text"], ["saidOn"]],
    },
    { name: "updateEvent", input: { id: event.id, version: event.version, title: "changed", type: "other", datePrecision: "unknown", actors: [], verified: true }, paths: [["id"], ["version"], ["title"], ["type"], ["fatalities"], ["date"]] },
    { name: "updateActor", input: { id: a.id, version: a.version, name: "changed", kind: "other", aliases: [] }, paths: [["id"], ["version"], ["name"], ["parentId"], ["wikidataId"]] },
    { name: "softDelete", input: { entity: "statement", id: statement.id }, paths: [["id"], ["entity"]] },
    { name: "mergeActors", input: { sourceId: a.id, targetId: b.id }, paths: [["sourceId"], ["targetId"]] },
  ];
});
afterAll(async () => db.drop());

const HOSTILE = fc.oneof(
  fc.constantFrom("", " ", "\u0000", "a\u0000b", "x".repeat(5001), "2025-02-30", "9999-99-99", -1, 0, 2 ** 31, 1.5, Number.NaN, null, true, [], {}),
  fc.stringMatching(/^[a-z0-9]{20,25}$/), // an id nobody has
  fc.integer({ min: 2, max: 50 }), // a version nobody saw
  fc.string({ unit: "binary", maxLength: 20 }),
);

function spoil(input: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(input);
  let node = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

const SCHEMAS = {
  publishArticle: publishInputSchema, saveDraft: publishInputSchema, updateArticle: articleEditSchema, updateStatement: statementEditSchema,
  updateEvent: eventEditSchema, updateActor: actorEditSchema, softDelete: entityRefSchema, mergeActors: mergeActorsSchema,
} as const;

describe("refused writes (property)", () => {
  it("starts from inputs that are valid, so each refusal is the spoiled field's doing", () => {
    for (const c of cases) {
      const parsed = SCHEMAS[c.name].safeParse(c.input);
      expect(parsed.success, `${c.name}: ${parsed.error?.message}`).toBe(true);
    }
    const publish = publishInputSchema.parse(cases[0].input);
    expect(checkReview(publish.article, publish.review)).toEqual({});
  });

  it("publish and correction services write nothing when they refuse", async () => {
    let refused = 0;
    let before = await tableDigest(db);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), HOSTILE, async (whichCase, whichPath, value) => {
        const c = cases[whichCase % cases.length];
        const input = spoil(c.input, c.paths[whichPath % c.paths.length], value);
        const mutation = MUTATIONS[c.name] as (user: SessionUser, input: unknown) => Promise<{ ok: boolean }>;
        const result = await mutation(editor, input).catch((err: unknown) => ({ ok: false, thrown: err }));
        const after = await tableDigest(db);
        if (result.ok) {
          before = after; // the spoiled value happened to be acceptable: a new baseline
          return;
        }
        refused++;
        expect(after, `${c.name} ${JSON.stringify(input)}`).toEqual(before);
      }),
      { numRuns: 40 },
    );
    // Most spoiled inputs must be refused, or the property proved little.
    expect(refused).toBeGreaterThan(25);
  }, 240_000);
});
