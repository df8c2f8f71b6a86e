/**
 * Missed human events, each with the sentence that most likely reports it and a rough category:
 * qa (an answer in an interview), nominal (named by a noun, not a verb), subordinate (in an after/when/which/
 * participial clause), passive, background (a month/year date or weeks before publication), other.
 * The category is a heuristic read of the sentence, to see where recall is lost; check the sentences by eye.
 *   --dates  also lists found events on the wrong date: the human's date and date phrase, the engine's, and the found span.
 * Run: npx tsx tests/bench/extract-misses.ts DIR... [--counts] [--extras] [--dates]
 *      npx tsx tests/bench/extract-misses.ts --tuning [--counts] [--extras]   (the tuning split of extract-split.ts;
 *      never point this at retired rounds 29–30, the validation split)
 * Runs as the sealed scorer does: text only, then with the annotation's publication date when none was found.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractArticle, scoreProposal, type Expected } from "../../lib/extraction/index";
import { actorMatcher, matchEvents } from "../../lib/extraction/score";
import { splitParagraphs } from "../../lib/extraction/sentences";
import { tuningSplit } from "./extract-split";

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith("--"));
const STOP = new Set("a an the of in on at to for and or with by from its his her their is are was were be been has have had that this as into over after".split(" "));
const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !STOP.has(w));
const stem = (w: string) => w.slice(0, 5);
const EVENT_NOUN = /\b(strike|attack|talks|exchange|swap|summit|visit|call|vote|package|conference|meeting|protocol|agreement|deal|pledge|cuts?|sanctions|duty|tariff|seizure|capture|offensive|incursion)\b/i;

function bestSentence(text: string, title: string) {
  const t = new Set(words(title).map(stem));
  let best = { s: "", score: 0 };
  for (const p of splitParagraphs(text)) {
    for (const s of text.slice(p.start, p.end).split(/(?<=[.?!]["”]?)\s+(?=["“\p{Lu}])/u)) {
      const score = words(s).map(stem).filter((w) => t.has(w)).length / (t.size || 1);
      if (score > best.score) best = { s, score };
    }
  }
  return best.s;
}

function category(sentence: string, title: string, date: string | null, published: string | null, interview: boolean): string {
  const titleVerb = words(title).find((w) => /(?:s|ed)$/.test(w) && !/^(?:russia|ukraine|troops|drones|talks|missiles|sanctions)/.test(w));
  const verbStem = titleVerb ? stem(titleVerb.replace(/e?s$/, "")) : null;
  const low = sentence.toLowerCase();
  if (interview) return "qa";
  const verbAt = verbStem ? low.search(new RegExp(`\\b${verbStem}`)) : -1;
  if (verbAt < 0 && EVENT_NOUN.test(sentence)) return "nominal";
  const before = verbAt >= 0 ? low.slice(0, verbAt) : low;
  if (/\b(?:after|when|which|who|while|as|following|before|since|once)\b[^,;]{0,60}$/.test(before) || /,\s+\p{Ll}+ing\b[^,;]{0,40}$/u.test(before)) return "subordinate";
  if (/\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ut)\b/u.test(sentence)) return "passive";
  const days = date && published ? (Date.parse(published) - Date.parse(date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-28` : date)) / 86_400_000 : 0;
  if ((date && date.length < 10) || days > 14) return "background";
  return "other";
}

function articles(): { name: string; text: string; expected: Expected }[] {
  if (args.includes("--tuning")) return tuningSplit();
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => f.replace(/\.txt$/, ""))
      .map((name) => ({ name, text: readFileSync(path.join(dir, `${name}.txt`), "utf8"), expected: JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), "utf8")) as Expected })),
  );
}

function printWrongDates(name: string, proposal: ReturnType<typeof extractArticle>, expected: Expected) {
  const { sameActor } = actorMatcher(proposal, expected);
  for (const m of matchEvents(proposal.events, expected.events, sameActor)) {
    const e = expected.events[m.e], p = proposal.events[m.p];
    if (!e.date || e.date === p.date) continue;
    const span = proposal.body.slice(p.start, p.end).replace(/\s+/g, " ").slice(0, 200);
    console.log(`wrong-date  ${name.slice(0, 28).padEnd(28)} want ${e.date} (${e.dateText ?? "-"}) got ${p.date ?? "-"} (${p.dateText ?? "-"}) ${e.title}\n${" ".repeat(12)}| ${span}`);
  }
}

const counts = new Map<string, number>();
let extras = 0;
{
  for (const { name, text, expected } of articles()) {
    let proposal = extractArticle({ text });
    if (!proposal.article.publishedOn && expected.article?.publishedOn) proposal = extractArticle({ text, publishedOn: expected.article.publishedOn });
    const s = scoreProposal(proposal, expected);
    const interview = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}:\s+/mu.test(text) && /\?\s*$/m.test(text);
    for (const e of s.missedEvents) {
      const sentence = bestSentence(text, e.title);
      const sentenceIsAnswer = interview && !/^\s*(?:KYIV|MOSCOW|\p{Lu}{3,})/u.test(sentence);
      const cat = category(sentence, e.title, e.date, expected.article?.publishedOn ?? null, sentenceIsAnswer && /\bQ:|\p{Lu}\p{L}+:\s/u.test(text.slice(Math.max(0, text.indexOf(sentence) - 400), text.indexOf(sentence))));
      counts.set(cat, (counts.get(cat) ?? 0) + 1);
      if (!args.includes("--counts")) console.log(`${cat.padEnd(11)} ${name.slice(0, 28).padEnd(28)} ${(e.date ?? "-").padEnd(10)} ${e.title}\n${" ".repeat(12)}| ${sentence.slice(0, 220)}`);
    }
    if (args.includes("--dates")) printWrongDates(name, proposal, expected);
    extras += s.extraEvents.length;
    if (args.includes("--extras")) for (const e of s.extraEvents) console.log(`extra       ${name.slice(0, 28).padEnd(28)} ${(e.date ?? "-").padEnd(10)} ${e.title}`);
  }
}
console.log(`\nmissed by category: ${[...counts].map(([c, n]) => `${c} ${n}`).join(", ")}; extra proposals ${extras}`);
