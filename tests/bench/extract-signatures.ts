/**
 * One line per article of a split: its index and a hash of its proposed events (title, type, date), no text, so the
 * validation split stays unread. Run at two revisions and diff the outputs to count the articles a change touches:
 *   npx tsx tests/bench/extract-signatures.ts [tuning|validation] > /tmp/after.txt
 */
import { createHash } from "node:crypto";
import { extractArticle } from "@/lib/extraction";
import { tuningSplit, validationSplit } from "./extract-split";

const articles = process.argv.includes("validation") ? validationSplit() : tuningSplit();
articles.forEach(({ text, expected }, i) => {
  const fallback = extractArticle({ text }).article.publishedOn ? undefined : expected.article.publishedOn ?? undefined;
  const events = extractArticle({ text, publishedOn: fallback }).events.map((e) => [e.title, e.type, e.date]);
  console.log(i, createHash("md5").update(JSON.stringify(events)).digest("hex").slice(0, 8));
});
