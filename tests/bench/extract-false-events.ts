/**
 * False events on the TUNING split: proposed events that match no annotated event, each with the clause it was read
 * from, to sort them by cause (background, analysis, plans, reported speech, live-blog furniture, second mentions …).
 * Never lists the validation rounds.
 * Run: npx tsx tests/bench/extract-false-events.ts [--matched] [ROUND...]   (retired rounds only; none: the whole tuning split)
 *   --matched: also the matched proposals (TRUE lines), to diff two versions of the engine.
 */
import { extractArticle } from "@/lib/extraction";
import { actorMatcher, matchEvents } from "@/lib/extraction/score";
import { roundOf } from "../fixtures/score-sealed";
import { isTuningRound, tuningSplit } from "./extract-split";

const showMatched = process.argv.includes("--matched");
const rounds = process.argv.slice(2).map(Number).filter((r) => isTuningRound(r));
const articles = tuningSplit().filter((a) => !rounds.length || rounds.includes(roundOf(a.expected)));
let proposed = 0;
let extra = 0;
for (const { name, text, expected } of articles) {
  const textOnly = extractArticle({ text });
  const proposal = textOnly.article.publishedOn ? textOnly : extractArticle({ text, publishedOn: expected.article.publishedOn });
  const matched = new Set(matchEvents(proposal.events, expected.events, actorMatcher(proposal, expected).sameActor).map((m) => m.p));
  proposal.events.forEach((e, j) => {
    proposed++;
    const clause = proposal.body.slice(Math.max(0, e.start), Math.max(0, e.end)).replace(/\s+/g, " ").trim();
    if (matched.has(j)) {
      if (showMatched) console.log(`TRUE\t${name.slice(0, 45)}\t${e.type}\t${e.date ?? "-"}\t${e.title}\n\t| ${clause.slice(0, 300)}`);
      return;
    }
    extra++;
    console.log(`FALSE\t${name.slice(0, 45)}\t${e.type}\t${e.date ?? "-"}\t${e.title}\n\t| ${clause.slice(0, 300)}`);
  });
}
console.log(`${extra} false of ${proposed} proposed`);
