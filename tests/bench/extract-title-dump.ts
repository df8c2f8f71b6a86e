/**
 * Every TUNING event title, one a line, tab-separated: article, outlet, the headline check's problem ("ok" when none),
 * the title and the clause it came from. For diffing titles before and after a change to events/title*.ts.
 *   npx tsx tests/bench/extract-title-dump.ts > /tmp/titles.tsv
 */
import { extractArticle, headlineProblems } from "@/lib/extraction";
import { tuningSplit } from "./extract-split";

for (const { name, text, expected } of tuningSplit()) {
  const textOnly = extractArticle({ text });
  const p = textOnly.article.publishedOn ? textOnly : extractArticle({ text, publishedOn: expected.article.publishedOn ?? undefined });
  const outlet = p.article.publication ?? expected.article.publication ?? "?";
  for (const e of p.events) {
    const problem = headlineProblems([e.title])[0]?.problem ?? "ok";
    const span = p.body.slice(e.start, e.end).replace(/\s+/g, " ");
    console.log([name, outlet, problem, e.title, span].join("\t"));
  }
}
