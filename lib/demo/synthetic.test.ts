import { describe, expect, it } from "vitest";
import { generateSynthetic, SCALES, shapeFor, SyntheticError } from "./synthetic";

// Generating the small scale takes a second or two alone; much more on a loaded machine.
describe("synthetic data", { timeout: 60_000 }, () => {
  const data = generateSynthetic({ events: SCALES.small, seed: 7 });
  const bodies = new Map(data.articles.map((a) => [a.id, a.body]));

  it("is deterministic: the same seed gives the same rows, another seed other rows", () => {
    const again = generateSynthetic({ events: SCALES.small, seed: 7 });
    expect(again.articles).toEqual(data.articles);
    expect(again.statements).toEqual(data.statements);
    expect(again.plan.actors).toEqual(data.plan.actors);
    expect(generateSynthetic({ events: SCALES.small, seed: 8 }).articles.map((a) => a.body)).not.toEqual(data.articles.map((a) => a.body));
  });

  it("has the small scale's shape: 1% of the large archive, exactly", () => {
    const shape = shapeFor(SCALES.small);
    expect(shapeFor(SCALES.large)).toMatchObject({ events: 200_000, articles: 100_000, statements: 1_000_000, actors: 5_000 });
    expect(data.events).toHaveLength(shape.events);
    expect(data.articles).toHaveLength(shape.articles);
    expect(data.statements).toHaveLength(shape.statements);
    expect(data.plan.actors).toHaveLength(shape.actors);
  });

  it("puts every statement's words in its article at the recorded span, and every event's sentence", () => {
    for (const s of data.statements) expect(bodies.get(s.articleId)!.slice(s.spanStart, s.spanEnd)).toBe(s.text);
    const titles = new Map(data.events.map((e) => [e.id, e]));
    for (const link of data.eventArticles) {
      const sentence = bodies.get(link.articleId)!.slice(link.spanStart, link.spanEnd);
      expect(sentence).toMatch(/^[A-Z].*\.$/);
      expect(titles.has(link.eventId)).toBe(true);
    }
    for (const m of data.mentions.filter((m) => m.firstOffset !== null)) {
      const actor = data.plan.actors.find((a) => a.id === m.actorId)!;
      const names = [actor.name, ...data.plan.aliases.filter((a) => a.actorId === actor.id).map((a) => a.alias)];
      expect(names.some((n) => bodies.get(m.articleId)!.startsWith(n, m.firstOffset!))).toBe(true);
    }
  });

  it("keeps ids and slugs unique and links only to rows it makes", () => {
    for (const rows of [data.articles, data.statements, data.events, data.plan.actors, data.plan.aliases]) expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(new Set(data.articles.map((a) => a.slug)).size).toBe(data.articles.length);
    expect(new Set(data.articles.map((a) => a.sourceUrl)).size).toBe(data.articles.length);
    expect(new Set(data.plan.actors.map((a) => a.slug)).size).toBe(data.plan.actors.length);
    expect(new Set(data.eventArticles.map((l) => `${l.eventId} ${l.articleId}`)).size).toBe(data.eventArticles.length);
    const actors = new Set(data.plan.actors.map((a) => a.id));
    expect(data.statements.every((s) => actors.has(s.speakerId) && (s.addresseeId === null || actors.has(s.addresseeId)))).toBe(true);
  });

  it("dates events and statements at every precision over four years, events never after their first report", () => {
    expect(new Set(data.events.map((e) => e.datePrecision))).toEqual(new Set(["day", "week", "month", "quarter", "year", "unknown"]));
    const every = new Set(["day", "week", "month", "quarter", "year", "unknown"]);
    expect(new Set(data.statements.map((s) => s.saidPrecision))).toEqual(every);
    // Each precision in a realistic share (day most, quarter and year rare but present), and dated at its period's start.
    const share = (p: string) => data.statements.filter((s) => s.saidPrecision === p).length / data.statements.length;
    expect(share("day")).toBeGreaterThan(0.7);
    for (const p of ["quarter", "year"]) expect(share(p)).toBeGreaterThan(0.004), expect(share(p)).toBeLessThan(0.03);
    for (const s of data.statements.filter((s) => s.saidPrecision === "quarter")) expect([0, 3, 6, 9]).toContain(s.saidOn!.getUTCMonth()), expect(s.saidOn!.getUTCDate()).toBe(1);
    for (const s of data.statements.filter((s) => s.saidPrecision === "year")) expect([s.saidOn!.getUTCMonth(), s.saidOn!.getUTCDate()]).toEqual([0, 1]);
    expect(data.statements.filter((s) => s.saidOn === null).every((s) => s.saidPrecision === "unknown")).toBe(true);
    const published = data.articles.map((a) => a.publishedOn.getTime());
    expect(Math.max(...published) - Math.min(...published)).toBeGreaterThan(3.9 * 365 * 86_400_000);
    const firstReport = new Map<string, number>();
    const publishedOn = new Map(data.articles.map((a) => [a.id, a.publishedOn.getTime()]));
    for (const l of data.eventArticles) firstReport.set(l.eventId, Math.min(firstReport.get(l.eventId) ?? Infinity, publishedOn.get(l.articleId)!));
    for (const e of data.events.filter((e) => e.datePrecision === "day")) expect(e.startDate!.getTime()).toBeLessThanOrEqual(firstReport.get(e.id)!);
    expect(data.events.filter((e) => e.startDate === null).every((e) => e.datePrecision === "unknown")).toBe(true);
  });

  it("lets a few speak most (Zipf) and reports many events from several articles", () => {
    const bySpeaker = new Map<string, number>();
    for (const s of data.statements) bySpeaker.set(s.speakerId, (bySpeaker.get(s.speakerId) ?? 0) + 1);
    const counts = [...bySpeaker.values()].sort((a, b) => b - a);
    const top = counts.slice(0, Math.ceil(data.plan.actors.length / 10)).reduce((s, n) => s + n, 0);
    expect(top / data.statements.length).toBeGreaterThan(0.5);
    expect(counts[0]).toBeGreaterThan(10 * counts[Math.floor(counts.length / 2)]);
    const sources = new Map<string, number>();
    for (const l of data.eventArticles) sources.set(l.eventId, (sources.get(l.eventId) ?? 0) + 1);
    expect([...sources.values()].filter((n) => n > 1).length).toBeGreaterThan(data.events.length * 0.1);
    expect(sources.size).toBe(data.events.length);
  });

  it("gives people aliases, and articles and statements topics", () => {
    expect(data.plan.aliases.length).toBeGreaterThan(data.plan.actors.length / 2);
    expect(data.plan.aliases.find((a) => a.alias === "Putin")).toBeDefined();
    expect(new Set(data.articleTopics.map((t) => t.articleId)).size).toBe(data.articles.length);
    expect(data.statementTopics.length).toBeGreaterThan(data.statements.length / 3);
  });

  it("refuses nonsense", () => {
    expect(() => generateSynthetic({ events: 0 })).toThrow(SyntheticError);
    expect(() => generateSynthetic({ events: 10, days: 0 })).toThrow(SyntheticError);
  });
});
