/**
 * The development set (tests/fixtures/articles): articles the engine has been tuned on, so these are
 * not unseen-article figures. Each article goes in as the CLI gets it, raw text only; its metadata is
 * parsed and compared with the annotation, never fed in from it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle, proposalSchema, scoreProposal, type Expected } from "./index";
import type { ExpectedArticle } from "./score";

const dir = path.resolve(import.meta.dirname, "../../tests/fixtures/articles");
const fixtures = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => f.replace(/\.txt$/, ""));

type Metric = "f1" | "directRecall" | "speakerAccuracy" | "eventDateAccuracy" | "actorRecall" | "actorPrecision";
/** Issue 9's targets (stated for unseen articles; a dev article must reach them too). */
const TARGETS: Record<Metric, number> = { f1: 0.88, directRecall: 0.96, speakerAccuracy: 0.95, eventDateAccuracy: 0.9, actorRecall: 0.92, actorPrecision: 0.92 };
/** Figures below target, held at their current level so they cannot get worse; each names its cause. */
const NO_DATE = 0; // no publication date in the text: relative event dates cannot be resolved
const KNOWN_SHORTFALLS: Record<string, Partial<Record<Metric, number>>> = {
  // KREMLIN_POST marks articles whose annotation lists a body named only in a spokesman's post ("Kremlin spokesman
  // Dmitry Peskov"); the annotation of rounds 9–17 leaves such a body out, and so does the engine (title-only-states.ts).
  "anadolu-2025-11-03-erdogan-istanbul-talks": { eventDateAccuracy: NO_DATE, actorRecall: 0.91 /* KREMLIN_POST */, actorPrecision: 0.91 /* Azerbaijan, a place of travel */ },
  "ap-2025-10-22-odesa-port-strike": { eventDateAccuracy: NO_DATE },
  "hurriyet-2025-11-20-erdogan-black-sea-security": { eventDateAccuracy: NO_DATE },
  "kyivindependent-2025-10-14-energy-strikes": { eventDateAccuracy: NO_DATE, actorRecall: 0.75 /* "Russian forces"/"Ukrainian forces" read as the states; KREMLIN_POST */ },
  "pti-2025-08-22-india-russian-oil": { eventDateAccuracy: NO_DATE, actorRecall: 0.78 /* KREMLIN_POST, and the MEA named only in its spokesperson's */ },
  "tass-2025-11-27-lavrov-zakharova-peace-plan": { eventDateAccuracy: NO_DATE, actorRecall: 0.86 /* TASS named only in the dateline; KREMLIN_POST, and the Foreign Ministry's */ },
  "wire-2025-09-09-kharkiv-strike": { eventDateAccuracy: NO_DATE, actorRecall: 0.91, actorPrecision: 0.91 /* KREMLIN_POST */ },
  // Event dates are the extract-events branch's work.
  "dailysabah-2025-11-05-fidan-grain-corridor": { eventDateAccuracy: 0.66 },
  "ndtv-2025-10-06-jaishankar-oil": { eventDateAccuracy: 0, actorPrecision: 0.91 /* US Treasury from "US Treasury Secretary" */ },
  // thehindu's event date: the scorer pairs events partly by shared actors; with Putin on his reported offer
  // (reporter-roles.ts), the annotated signing of agreements pairs with that offer (dated the day before) rather than
  // with the signing the engine proposes without its parties ("the two sides").
  // The publication is an actor only when the article names it; bne's annotation lists it from the caption credit.
  "bne-2025-06-15-sumy-commander": { actorRecall: 0.88 },
  "bne-2025-10-24-eu-19th-package-cbr-rate": { actorRecall: 0.91, actorPrecision: 0.91 /* ministries named only as a spokeswoman's employer */ },
  // Bodies named in passing that the annotators left out (G20, Security Council, regional administrations, Kremlin).
  // speakerAccuracy 15/16: "Armed Forces of Ukraine" read as its General Staff; two rightly attributed two-word fragments
  // ("tremendous progress", "zero gratitude") left the annotation in round 11 (issue 9: fragments are no statements).
  "guardian-2025-11-25-geneva-peace-plan": { speakerAccuracy: 0.93, actorPrecision: 0.85 },
  "moscowtimes-2025-12-10-budget-drone-refinery": { actorPrecision: 0.83 /* and the British Embassy in Moscow, which rejects a claim */ },
  "reuters-2025-12-18-eu-leaders-reparations-loan": { actorPrecision: 0.86 },
  // 16/18 since "PM Modi" no longer stands as a second person beside Narendra Modi (both matched him: 17/19).
  "thehindu-2025-12-05-modi-putin-summit": { actorPrecision: 0.88 /* KREMLIN_POST */, eventDateAccuracy: 0.85 /* see above */ },
  "ukrainskapravda-2025-11-23-zaporizhzhia-dnipro-attack": { actorRecall: 0.9, actorPrecision: 0.78 },
  // Dates 6/8: this early annotation dates a daily report's "over the past day" to the day before publication; the
  // sealed rounds since (and their validation) date it to the report's day, which the engine now follows.
  "ukrinform-2025-11-12-kharkiv-zaporizhzhia-strikes": { eventDateAccuracy: 0.75, actorPrecision: 0.83 },
};

const META_FIELDS = ["title", "standfirst", "author", "dateline", "publishedOn", "publication"] as const;
/** Annotated metadata that the pasted text does not contain (the annotator read it off the page). */
const NOT_IN_TEXT: Record<string, (typeof META_FIELDS)[number][]> = {
  "anadolu-2025-11-03-erdogan-istanbul-talks": ["publishedOn"],
  "ap-2025-10-22-odesa-port-strike": ["publishedOn"],
  "guardian-2025-11-25-geneva-peace-plan": ["publication"],
  "hurriyet-2025-11-20-erdogan-black-sea-security": ["publishedOn", "publication"],
  "kyivindependent-2025-10-14-energy-strikes": ["title", "publishedOn"],
  // The wire datelines give month and day but no year ("Aug 22 (PTI)", "Sept 9 (Reuters)"), and the text mentions no
  // year to read it from ("MOSCOW, November 27. /TASS/." is dated by its lead's "on Thursday" and a mention of 2022).
  "pti-2025-08-22-india-russian-oil": ["publishedOn"],
  "wire-2025-09-09-kharkiv-strike": ["publishedOn"],
  "thehindu-2025-12-05-modi-putin-summit": ["publication"],
};

const norm = (v: string | null | undefined) => (v ?? "").toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();

describe.each(fixtures)("dev fixture %s", (name) => {
  const text = readFileSync(path.join(dir, `${name}.txt`), "utf8");
  const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), "utf8")) as Expected & { article: ExpectedArticle };
  const proposal = extractArticle({ text });
  const score = scoreProposal(proposal, expected);

  it("is a valid proposal whose offsets slice back to the quotes", () => {
    expect(proposalSchema.safeParse(proposal).success).toBe(true);
    const parts = { title: proposal.article.title ?? "", standfirst: proposal.article.standfirst ?? "", body: proposal.body };
    for (const s of proposal.statements) if (!s.quote.includes(" … ")) expect(parts[s.part].slice(s.start, s.end)).toBe(s.quote);
  });

  it("parses the metadata the text holds as annotated", () => {
    const fields = META_FIELDS.filter((f) => !NOT_IN_TEXT[name]?.includes(f));
    const got = Object.fromEntries(fields.map((f) => [f, norm(proposal.article[f])]));
    const want = Object.fromEntries(fields.map((f) => [f, norm(expected.article[f])]));
    expect(got).toEqual(want);
    // What the text lacks is left empty rather than guessed.
    for (const f of NOT_IN_TEXT[name] ?? []) expect(proposal.article[f], f).toBeNull();
  });

  it("meets the targets on this tuned article", () => {
    console.log(
      `[${name}] P=${score.statements.precision.toFixed(2)} R=${score.statements.recall.toFixed(2)} F1=${score.statements.f1.toFixed(2)} ` +
        `direct=${score.directRecall.toFixed(2)} speaker=${score.speakerAccuracy.toFixed(2)} eventRecall=${score.eventRecall.toFixed(2)} ` +
        `eventDate=${score.eventDateAccuracy.toFixed(2)} actors=${score.actorRecall.toFixed(2)}/${score.actorPrecision.toFixed(2)}`,
    );
    const got: Record<Metric, number> = {
      f1: score.statements.f1, directRecall: score.directRecall, speakerAccuracy: score.speakerAccuracy,
      eventDateAccuracy: score.eventDateAccuracy, actorRecall: score.actorRecall, actorPrecision: score.actorPrecision,
    };
    for (const m of Object.keys(TARGETS) as Metric[]) expect(got[m], m).toBeGreaterThanOrEqual(KNOWN_SHORTFALLS[name]?.[m] ?? TARGETS[m]);
  });
});

/** Round-3 articles (tests/fixtures/articles/round3): their metadata as the text holds it; figures in the bench scripts. */
const round3 = path.join(dir, "round3");
const ROUND3_NOT_IN_TEXT: Record<string, (typeof META_FIELDS)[number][]> = {
  "economist-2026-03-05-europe-ammunition": ["publication"],
  "kyivpost-2026-03-20-zaporizhzhia-strike-macron-call": ["publication"],
  "nhk-2026-04-10-japan-ukraine-aid": ["publication"],
};
describe.each(readdirSync(round3).filter((f) => f.endsWith(".txt")).map((f) => f.replace(/\.txt$/, "")))("round-3 dev article %s", (name) => {
  const proposal = extractArticle({ text: readFileSync(path.join(round3, `${name}.txt`), "utf8") });
  const expected = JSON.parse(readFileSync(path.join(round3, `${name}.expected.json`), "utf8")) as Expected & { article: ExpectedArticle };
  it("is a valid proposal whose metadata matches the annotation", () => {
    expect(proposalSchema.safeParse(proposal).success).toBe(true);
    const fields = META_FIELDS.filter((f) => !ROUND3_NOT_IN_TEXT[name]?.includes(f));
    expect(Object.fromEntries(fields.map((f) => [f, norm(proposal.article[f])]))).toEqual(Object.fromEntries(fields.map((f) => [f, norm(expected.article[f])])));
  });
});
