/**
 * Event figures on the two halves of the development data (assignment of round 31; round 30 held out 28–29, round 29 held out 27–28, round 28 held out 26–27, round 27 held out 25–26, round 26 held out 24–25, round 25 held out 23–24, round 24 held out 22–23, round 23 held out 21–22, round 22 held out 20–21, round 21 held out 19–20, round 20 held out 18–19, round 19 held out 17–18, round 18 held out 16–17, round 17 15–16, round 16 14–15, round 15 13–14, round 14 12–13, round 13 11–12, round 12 10–11, round 11 9–10, rounds 8–10 6–9 or 6–8):
 *   tuning     = tests/fixtures/articles (and its round3/round4/round4-text) + tests/fixtures/events-dev + retired rounds 2–28 (read misses here)
 *   validation = retired rounds 29 and 30 (pooled figures only: never print its articles or misses)
 * Run: npx tsx tests/bench/extract-split.ts [--json] [--known]
 *   --known: also as the editor runs the engine, with the actors a database holds as knownActors (known-actors.ts);
 *   both figures are printed, bare first.
 */
import path from "node:path";
import { knownActorsLeavingOneOut, withKnownActors } from "./known-actors";
import { loadSealed, ofRound, pool, roundOf, rowValues, scoreArticle, RETIRED_DIR, type SealedExpected } from "../fixtures/score-sealed";

const FIX = path.resolve(import.meta.dirname, "../fixtures");
type Article = { name: string; text: string; expected: SealedExpected };

/** The development folders written for the engine (before the retired sealed rounds). */
export const DEV_DIRS = ["articles", "articles/round3", "articles/round4", "articles/round4-text", "events-dev"];

/** The retired sealed rounds held out for validation: retiring a round edits this line only. */
export const VALIDATION_ROUNDS = [29, 30];

/** Is a retired round tuning data: every round retired before the validation rounds. */
export const isTuningRound = (round: number) => round < Math.min(...VALIDATION_ROUNDS);

/** Retired sealed rounds before the validation rounds (2–28): tuning data, round by round. */
export function tuningRetired(): Article[] {
  const retired = loadSealed(RETIRED_DIR);
  const rounds = [...new Set(retired.map((a) => roundOf(a.expected)))].filter(isTuningRound).sort((a, b) => a - b);
  return rounds.flatMap((r) => ofRound(retired, r));
}

export function tuningSplit(): Article[] {
  return [...DEV_DIRS.flatMap((d) => loadSealed(path.join(FIX, d))), ...tuningRetired()];
}

export function validationSplit(): Article[] {
  const retired = loadSealed(RETIRED_DIR);
  return VALIDATION_ROUNDS.flatMap((r) => ofRound(retired, r));
}

const EVENT_ROWS = ["eventRecall", "eventPrecision", "eventDateAccuracy", "datedEventRecall", "eventTypeAccuracy", "eventRoleAccuracy", "headlineTitles"] as const;

function figures(articles: Article[], known = false) {
  const knownActors = known ? knownActorsLeavingOneOut(articles) : [];
  const results = articles.map((a, i) => scoreArticle(a.name, a.text, a.expected, knownActors[i]));
  const pooled = pool(results);
  const values = rowValues(pooled);
  return Object.fromEntries(EVENT_ROWS.map((r) => [r, { value: values[r], n: pooled[r].n, d: pooled[r].d }]));
}

/** Each split's figures, bare and (with --known) with the database's actors: "tuning", "tuning --known", … */
export function splitFigures<F>(figuresOf: (articles: Article[], known: boolean) => F): Record<string, F> {
  const splits = { tuning: tuningSplit(), validation: validationSplit() };
  const runs = withKnownActors() ? [false, true] : [false];
  return Object.fromEntries(Object.entries(splits).flatMap(([split, articles]) => runs.map((known) => [known ? `${split} --known` : split, figuresOf(articles, known)])));
}

function main() {
  const out = splitFigures(figures);
  if (process.argv.includes("--json")) return console.log(JSON.stringify(out, null, 2));
  for (const [split, rows] of Object.entries(out)) {
    console.log(split);
    for (const [row, f] of Object.entries(rows)) console.log(`  ${row.padEnd(20)} ${f.value === null ? "  –  " : f.value.toFixed(3)}  (${f.n}/${f.d})`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
