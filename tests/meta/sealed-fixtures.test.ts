import { describe, expect, it } from "vitest";
import { EVENT_TYPES } from "@/lib/events/codebook";
import { PRECISION_VALUES, EVENT_ROLE_VALUES, ACTOR_KIND_VALUES, partialDateSchema, isoDaySchema } from "@/lib/extraction/schema";
import { loadSealed, ofRound, RETIRED_DIR, roundOf } from "@/tests/fixtures/score-sealed";

// Checks that the sealed answers are well-formed. It never runs the engine: the sealed set is scored
// only by `npm run score:sealed`, once per round (tests/fixtures/sealed/README.md). Retired rounds
// (scored, read, now development data) keep the same format and are checked with it.
const unread = loadSealed();
const sealed = [...unread, ...loadSealed(RETIRED_DIR)];

describe("sealed test set", () => {
  it("keeps at least 10 unread articles from at least 8 outlets", () => {
    expect(unread.length).toBeGreaterThanOrEqual(10);
    expect(new Set(unread.map((s) => s.expected.article.publication)).size).toBeGreaterThanOrEqual(8);
  });

  it("has no article both sealed and retired", () => {
    expect(new Set(sealed.map((s) => s.name)).size).toBe(sealed.length);
  });

  // Articles without `round` joined in round 2; later rounds mark theirs, and each adds at least two (README rule 3).
  it("marks later rounds with a whole round number, each round adding at least two articles", () => {
    for (const { name, expected } of sealed) {
      if ("round" in expected) expect(Number.isInteger(expected.round) && expected.round! >= 3, name).toBe(true);
    }
    const perRound = new Map<number, number>();
    for (const { expected } of sealed) perRound.set(roundOf(expected), (perRound.get(roundOf(expected)) ?? 0) + 1);
    for (const [round, count] of perRound) expect(count, `round ${round}`).toBeGreaterThanOrEqual(2);
  });

  // `score:sealed -- --round N` must score a new round's articles alone, never mixed with rounds already recorded.
  it("selects for --round N exactly the articles that joined in round N", () => {
    const rounds = [...new Set(sealed.map((s) => roundOf(s.expected)))];
    for (const round of rounds) {
      const picked = ofRound(sealed, round).map((s) => s.name);
      const marked = sealed.filter((s) => (round === 2 ? !("round" in s.expected) : s.expected.round === round)).map((s) => s.name);
      expect(picked, `round ${round}`).toEqual(marked);
    }
    expect(rounds.reduce((n, round) => n + ofRound(sealed, round).length, 0)).toBe(sealed.length);
    expect(ofRound(sealed, null)).toHaveLength(sealed.length);
    expect(ofRound(sealed, Math.max(...rounds) + 1)).toHaveLength(0);
  });

  describe.each(sealed.map((s) => [s.name, s] as const))("%s", (_, { text, expected }) => {
    const names = new Set(expected.actors.map((a) => a.name));

    it("is a real article with complete metadata", () => {
      expect(text.split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(250);
      expect(isoDaySchema.safeParse(expected.article.publishedOn).success).toBe(true);
      for (const k of ["title", "standfirst", "author", "dateline", "publication"] as const) expect(k in expected.article).toBe(true);
      if (expected.article.title) expect(text).toContain(expected.article.title);
    });

    it("has actors with valid kinds and unique names", () => {
      expect(names.size).toBe(expected.actors.length);
      for (const a of expected.actors) expect(ACTOR_KIND_VALUES).toContain(a.kind);
    });

    it("quotes words that occur in the text, spoken by listed actors", () => {
      for (const s of expected.statements) {
        expect(text, s.quote).toContain(s.quote);
        expect(names, s.speaker).toContain(s.speaker);
        if (s.saidOn) expect(partialDateSchema.safeParse(s.saidOn).success).toBe(true);
      }
    });

    it("has events with codebook types, headline titles, valid dates and listed actors", () => {
      for (const e of expected.events) {
        expect(Object.keys(EVENT_TYPES), e.title).toContain(e.type);
        for (const t of e.acceptTypes ?? []) expect(Object.keys(EVENT_TYPES), e.title).toContain(t);
        expect(e.title.length, e.title).toBeLessThanOrEqual(80);
        expect(e.title).not.toMatch(/…|\.\.\./);
        if (e.date) expect(partialDateSchema.safeParse(e.date).success, e.title).toBe(true);
        if (e.precision) expect(PRECISION_VALUES).toContain(e.precision);
        if (e.dateText) expect(text.toLowerCase(), e.title).toContain(e.dateText.toLowerCase());
        for (const a of e.actors ?? []) expect(names, e.title).toContain(a);
        for (const [a, r] of Object.entries(e.roles ?? {})) {
          expect(e.actors, e.title).toContain(a);
          expect(EVENT_ROLE_VALUES).toContain(r);
        }
      }
    });
  });
});
