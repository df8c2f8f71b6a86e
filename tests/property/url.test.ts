// Properties of every URL parser: any query string yields usable filters (no exception), the filters
// hold only clean values, and writing them back into a URL and parsing again gives the same filters.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actorFilterParams, parseActorFilters } from "@/lib/actors/filters";
import { articleFilterParams, parseArticleFilters } from "@/lib/articles/filters";
import { parseIsoDay } from "@/lib/dates/partial-date";
import { filterParams, parseTimelineFilters } from "@/lib/events/filters";
import { decodeCursor, encodeCursor } from "@/lib/pagination/cursor";
import { parseSearchFilters } from "@/lib/search/filters";
import { parseStatementFilters, statementFilterParams } from "@/lib/statements/filters";
import { toQueryString, type RawSearchParams } from "@/lib/url/search-params";

const KEYS = ["actor", "type", "place", "from", "to", "q", "group", "cursor", "speaker", "direct", "topic", "article", "publication", "kind", "x"];
// Values a hand-edited or hostile URL may carry, plus plausible ones so the happy paths are reached too.
const VALUE = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("2025-02-29", "2024-02-29", "2025-13-01", "0000-01-01", "2025-01-01", "true", "No", "week", "DAY", "ukraine", "Russia,ukraine", "missile_drone_strike", "person", "%00", "a\u0000b", " ", ","),
  fc.stringMatching(/^[a-z0-9-]{1,12}$/),
);
const PARAMS: fc.Arbitrary<RawSearchParams> = fc.dictionary(
  fc.constantFrom(...KEYS),
  fc.oneof(VALUE, fc.array(VALUE, { maxLength: 4 }), fc.constant(undefined)),
  { maxKeys: 8 },
);
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Every string inside a parsed filter object. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/** What a browser does with a link: query string → URLSearchParams → the raw record pages receive. */
function reparse(query: string): RawSearchParams {
  const params = new URLSearchParams(query);
  const raw: RawSearchParams = {};
  for (const key of new Set(params.keys())) raw[key] = params.getAll(key);
  return raw;
}

function checkClean(filters: Record<string, unknown>) {
  for (const s of strings(filters)) expect(s).not.toMatch(CONTROL);
  for (const key of ["from", "to"]) if (filters[key] !== undefined) expect(parseIsoDay(filters[key] as string)).not.toBeNull();
  if (filters.from && filters.to) expect((filters.from as string) <= (filters.to as string)).toBe(true);
}

const PARSERS = [
  ["timeline", parseTimelineFilters, (f: ReturnType<typeof parseTimelineFilters>) => filterParams(f, { withCursor: true })],
  ["statements", parseStatementFilters, (f: ReturnType<typeof parseStatementFilters>) => ({ ...statementFilterParams(f), cursor: f.cursor })],
  ["articles", parseArticleFilters, (f: ReturnType<typeof parseArticleFilters>) => ({ ...articleFilterParams(f), cursor: f.cursor })],
  ["actors", parseActorFilters, (f: ReturnType<typeof parseActorFilters>) => ({ ...actorFilterParams(f), cursor: f.cursor })],
  ["search", parseSearchFilters, (f: ReturnType<typeof parseSearchFilters>) => f],
] as const;

describe("URL parsers (property)", () => {
  for (const [name, parse, toParams] of PARSERS) {
    it(`${name}: any query yields clean filters that survive a round trip through a link`, () => {
      fc.assert(
        fc.property(PARAMS, (params) => {
          const filters = (parse as (p: RawSearchParams) => Record<string, unknown>)(params);
          checkClean(filters);
          const query = toQueryString((toParams as (f: unknown) => Parameters<typeof toQueryString>[0])(filters));
          expect((parse as (p: RawSearchParams) => unknown)(reparse(query))).toEqual(filters);
        }),
        { numRuns: 300 },
      );
    });
  }

  it("cursor: any string decodes to a valid cursor or null, and valid cursors round-trip", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 80 }), fc.base64String({ maxLength: 80 })), (value) => {
        const cursor = decodeCursor(value);
        if (cursor) expect(cursor.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      }),
      { numRuns: 300 },
    );
    const key = fc.oneof(fc.string({ unit: "grapheme", maxLength: 50 }).filter((s) => !CONTROL.test(s)), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));
    fc.assert(
      fc.property(key, fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), (k, id) => {
        expect(decodeCursor(encodeCursor({ key: k, id }))).toEqual({ key: Object.is(k, -0) ? 0 : k, id });
      }),
      { numRuns: 300 },
    );
  });
});
