// Properties of every zod schema: any input is answered (no exception escapes safeParse), and whatever is
// accepted is safe to hand to the database: no control characters, ids in their charset, integers that
// fit PostgreSQL's integer, dates that exist.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import * as corrections from "@/lib/editor/correction-schemas";
import * as editor from "@/lib/editor/schemas";
import * as extraction from "@/lib/extraction/schema";

const ID = /^[A-Za-z0-9_-]{1,100}$/;
const INT4_MAX = 2_147_483_647;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const ID_KEYS = new Set(["id", "speakerId", "actorId", "parentId", "sourceId", "targetId", "draftId", "mergeInto"]);
const INT_KEYS = new Set(["version", "draftVersion", "fatalities", "start", "end"]);
const DATE_KEYS = new Set(["publishedOn", "saidOn", "date"]);

function dateExists(value: string): boolean {
  const [y, m = "01", d = "01"] = value.split("-");
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${y}-${m}-${d}`);
}

/** Walks an accepted value and checks each field by what it is. */
function checkAccepted(value: unknown, key = ""): void {
  if (typeof value === "string") {
    expect(value, key).not.toMatch(CONTROL);
    if (ID_KEYS.has(key)) expect(value, key).toMatch(ID);
    if (DATE_KEYS.has(key)) expect(dateExists(value), `${key} ${value}`).toBe(true);
  } else if (typeof value === "number") {
    expect(Number.isFinite(value), key).toBe(true);
    if (INT_KEYS.has(key)) expect(Number.isInteger(value) && Math.abs(value) <= INT4_MAX, `${key} ${value}`).toBe(true);
  } else if (Array.isArray(value)) {
    value.forEach((v) => checkAccepted(v, key));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) checkAccepted(v, k);
  }
}

// Hostile values of every shape, mixed with valid ones so that accepted objects are common.
const HOSTILE_TEXT = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("", " ", "\u0000", "a\u0000b", "a\u0007b", "\u202Eevil", "x".repeat(5001), "2025-02-30", "2024-02-29", "1999", "Q42", "ok-id_1", "a b"),
);
const HOSTILE_NUMBER = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1, 1.5, 2 ** 31, 2 ** 31 - 1, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, "7", "1e3", "0x10", ""),
);
const maybe = <T>(valid: fc.Arbitrary<T>, hostile: fc.Arbitrary<unknown> = fc.oneof(HOSTILE_TEXT, HOSTILE_NUMBER)) =>
  fc.oneof({ weight: 15, arbitrary: valid as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: hostile });

const VALID_ID = fc.stringMatching(/^[a-z0-9]{8,25}$/);
const WORDS = fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 });
const DAY = fc.date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const PARTIAL = fc.oneof(DAY, DAY.map((d) => d.slice(0, 7)), DAY.map((d) => d.slice(0, 4)));
/** The precision a date's shape carries: accepted records must pair them so (a mismatch is refused). */
const carried = (date: unknown) => (typeof date !== "string" ? "unknown" : date.length === 10 ? "day" : date.length === 7 ? "month" : "year");
const withPrecision = (dateKey: string, precisionKey: string) => (record: Record<string, unknown>) => ({ ...record, [precisionKey]: carried(record[dateKey]) });
const VERSION = fc.integer({ min: 1, max: 1000 });

const ARTICLE_FIELDS = fc.record({
  sourceUrl: maybe(fc.constantFrom("https://example.org/a", "", undefined)),
  title: maybe(WORDS),
  standfirst: maybe(fc.option(WORDS, { nil: undefined })),
  authors: maybe(fc.array(maybe(WORDS), { maxLength: 3 })),
  publication: maybe(WORDS),
  publishedOn: maybe(DAY),
  dateline: maybe(fc.option(WORDS, { nil: undefined })),
  body: maybe(WORDS),
});
const SPAN = { part: maybe(fc.constantFrom("title", "standfirst", "body")), start: maybe(fc.nat(500)), end: maybe(fc.nat(500)) };
const REVIEW = fc.record({
  actors: fc.array(
    fc.record({
      key: maybe(fc.constantFrom("a", "b")),
      decision: maybe(fc.constantFrom("existing", "new", "reject")),
      actorId: maybe(fc.option(VALID_ID, { nil: undefined })),
      name: maybe(WORDS),
      kind: maybe(fc.constantFrom(...editor.ACTOR_KINDS)),
      aliases: maybe(fc.array(WORDS, { maxLength: 2 })),
    }),
    { maxLength: 2 },
  ),
  statements: fc.array(
    fc.record({
      accepted: maybe(fc.boolean()),
      speakerKey: maybe(fc.constantFrom("a", "b")),
      text: maybe(WORDS),
      direct: maybe(fc.boolean()),
      saidOn: maybe(fc.option(PARTIAL, { nil: undefined })),
      venue: maybe(fc.option(WORDS, { nil: undefined })),
      ...SPAN,
    }).map(withPrecision("saidOn", "saidPrecision")),
    { maxLength: 2 },
  ),
  events: fc.array(
    fc.record({
      accepted: maybe(fc.boolean()),
      title: maybe(WORDS),
      type: maybe(fc.constantFrom(...editor.EVENT_TYPE_VALUES)),
      date: maybe(fc.option(PARTIAL, { nil: undefined })),
      fatalities: maybe(fc.option(fc.nat(1000), { nil: undefined })),
      actors: maybe(fc.array(fc.record({ key: maybe(fc.constantFrom("a", "b")), role: maybe(fc.constantFrom(...editor.EVENT_ROLES)) }), { maxLength: 2 })),
      mergeInto: maybe(fc.option(VALID_ID, { nil: undefined })),
      ...SPAN,
    }).map(withPrecision("date", "datePrecision")),
    { maxLength: 2 },
  ),
});
const PUBLISH = fc.record({
  draftId: maybe(fc.option(VALID_ID, { nil: undefined })),
  draftVersion: maybe(fc.option(VERSION, { nil: undefined })),
  article: ARTICLE_FIELDS,
  review: REVIEW,
});
const EDIT_BASE = { id: maybe(VALID_ID), version: maybe(VERSION) };
const STATEMENT_EDIT = fc.record({
  ...EDIT_BASE,
  speakerId: maybe(VALID_ID),
  text: maybe(WORDS),
  direct: maybe(fc.boolean()),
  saidOn: maybe(fc.option(PARTIAL, { nil: undefined })),
  venue: maybe(fc.option(WORDS, { nil: undefined })),
  verified: maybe(fc.boolean()),
}).map(withPrecision("saidOn", "saidPrecision"));
const EVENT_EDIT = fc.record({
  ...EDIT_BASE,
  title: maybe(WORDS),
  description: maybe(fc.option(WORDS, { nil: undefined })),
  type: maybe(fc.constantFrom(...editor.EVENT_TYPE_VALUES)),
  date: maybe(fc.option(PARTIAL, { nil: undefined })),
  fatalities: maybe(fc.option(fc.nat(1000), { nil: undefined })),
  actors: maybe(fc.array(fc.record({ actorId: maybe(VALID_ID), role: maybe(fc.constantFrom(...editor.EVENT_ROLES)) }), { maxLength: 2 })),
  verified: maybe(fc.boolean()),
}).map(withPrecision("date", "datePrecision"));
const ACTOR_EDIT = fc.record({
  ...EDIT_BASE,
  name: maybe(WORDS),
  kind: maybe(fc.constantFrom(...editor.ACTOR_KINDS)),
  role: maybe(fc.option(WORDS, { nil: undefined })),
  parentId: maybe(fc.option(VALID_ID, { nil: undefined })),
  wikidataId: maybe(fc.option(fc.stringMatching(/^Q\d{1,12}$/), { nil: undefined })),
  aliases: maybe(fc.array(WORDS, { maxLength: 2 })),
});
const ARTICLE_EDIT = fc.record({ ...EDIT_BASE, fields: ARTICLE_FIELDS });
const REF = fc.record({ entity: maybe(fc.constantFrom(...corrections.ENTITIES)), id: maybe(VALID_ID) });
const MERGE = fc.record({ sourceId: maybe(VALID_ID), targetId: maybe(VALID_ID) });

const CASES: [string, z.ZodType, fc.Arbitrary<unknown>][] = [
  ["articleFieldsSchema", editor.articleFieldsSchema, ARTICLE_FIELDS],
  ["reviewSchema", editor.reviewSchema, REVIEW],
  ["publishInputSchema", editor.publishInputSchema, PUBLISH],
  ["partialDate", editor.partialDate, maybe(PARTIAL)],
  ["isoDay", editor.isoDay, maybe(DAY)],
  ["articleEditSchema", corrections.articleEditSchema, ARTICLE_EDIT],
  ["statementEditSchema", corrections.statementEditSchema, STATEMENT_EDIT],
  ["eventEditSchema", corrections.eventEditSchema, EVENT_EDIT],
  ["actorEditSchema", corrections.actorEditSchema, ACTOR_EDIT],
  ["entityRefSchema", corrections.entityRefSchema, REF],
  ["mergeActorsSchema", corrections.mergeActorsSchema, MERGE],
  ["extraction partialDateSchema", extraction.partialDateSchema, maybe(PARTIAL)],
  ["extraction isoDaySchema", extraction.isoDaySchema, maybe(DAY)],
];

describe("zod schemas (property)", () => {
  for (const [name, schema, valid] of CASES) {
    it(`${name}: answers anything, and what it accepts is safe for the database`, () => {
      let accepted = 0;
      fc.assert(
        fc.property(fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: fc.anything() }), (input) => {
          const parsed = schema.safeParse(input);
          if (parsed.success) (accepted++, checkAccepted(parsed.data));
          else expect(parsed.error.issues.length).toBeGreaterThan(0);
        }),
        { numRuns: 400 },
      );
      // The generators must reach both sides, or the property proves little.
      expect(accepted, "accepted inputs").toBeGreaterThan(20);
      expect(accepted, "accepted inputs").toBeLessThan(400);
    });
  }

  it("the extraction proposal schema answers anything, including real proposals with hostile edits", () => {
    const schemas = [extraction.proposalSchema, extraction.actorSchema, extraction.statementSchema, extraction.eventSchema, extraction.articleMetaSchema];
    fc.assert(
      fc.property(fc.constantFrom(...schemas), fc.anything(), (schema, input) => {
        const parsed = schema.safeParse(input);
        expect(typeof parsed.success).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  it("partial dates: every real date is accepted in each precision, and impossible days are refused", () => {
    fc.assert(
      fc.property(PARTIAL, (date) => {
        expect(editor.partialDate.safeParse(date).success).toBe(true);
        expect(extraction.partialDateSchema.safeParse(date).success).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const value = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        expect(editor.partialDate.safeParse(value).success).toBe(dateExists(value));
        expect(editor.isoDay.safeParse(value).success).toBe(dateExists(value));
      }),
      { numRuns: 300 },
    );
  });

  it("record ids: accepted exactly when they are in the id charset", () => {
    fc.assert(
      fc.property(fc.oneof(HOSTILE_TEXT, VALID_ID), (id) => {
        expect(corrections.entityRefSchema.safeParse({ entity: "article", id }).success).toBe(ID.test(id));
      }),
      { numRuns: 300 },
    );
  });
});
