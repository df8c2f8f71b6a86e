import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle, proposalSchema, scoreProposal, type Expected } from "./index";

const dir = path.resolve(import.meta.dirname, "../../tests/fixtures/articles");
const fixtures = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => f.replace(/\.txt$/, ""));

type Metric = "f1" | "directRecall" | "speakerAccuracy" | "eventDateAccuracy" | "actorRecall";
/** The targets for unseen articles. */
const TARGETS: Record<Metric, number> = { f1: 0.85, directRecall: 0.95, speakerAccuracy: 0.92, eventDateAccuracy: 0.9, actorRecall: 0.9 };
/**
 * Figures still below target on fixtures written blind, held at their current level so they cannot
 * get worse. Each names the cause; remove an entry once the engine reaches the target.
 */
const KNOWN_SHORTFALLS: Record<string, Partial<Record<Metric, number>>> = {
  // None at present (extraction5 lifted the last event-date floors: bne, Reuters, Moscow Times, Ukrainska Pravda, TASS, The Hindu).
};

describe.each(fixtures)("fixture %s", (name) => {
  const text = readFileSync(path.join(dir, `${name}.txt`), "utf8");
  const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), "utf8")) as Expected & {
    article: { title: string | null; publishedOn: string };
  };
  const proposal = extractArticle({ text, publishedOn: expected.article.publishedOn, title: expected.article.title ?? undefined });
  const score = scoreProposal(proposal, expected);

  it("is a valid proposal whose offsets slice back to the quotes", () => {
    expect(proposalSchema.safeParse(proposal).success).toBe(true);
    const parts = { title: proposal.article.title ?? "", standfirst: proposal.article.standfirst ?? "", body: proposal.body };
    for (const s of proposal.statements) if (!s.quote.includes(" … ")) expect(parts[s.part].slice(s.start, s.end)).toBe(s.quote);
  });

  it("meets the quality targets for unseen articles", () => {
    console.log(
      `[${name}] P=${score.statements.precision.toFixed(2)} R=${score.statements.recall.toFixed(2)} F1=${score.statements.f1.toFixed(2)} ` +
        `direct=${score.directRecall.toFixed(2)} speaker=${score.speakerAccuracy.toFixed(2)} eventRecall=${score.eventRecall.toFixed(2)} ` +
        `eventDate=${score.eventDateAccuracy.toFixed(2)} actors=${score.actorRecall.toFixed(2)}`,
    );
    const got: Record<Metric, number> = {
      f1: score.statements.f1, directRecall: score.directRecall, speakerAccuracy: score.speakerAccuracy,
      eventDateAccuracy: score.eventDateAccuracy, actorRecall: score.actorRecall,
    };
    for (const m of Object.keys(TARGETS) as Metric[]) expect(got[m], m).toBeGreaterThanOrEqual(KNOWN_SHORTFALLS[name]?.[m] ?? TARGETS[m]);
  });
});
