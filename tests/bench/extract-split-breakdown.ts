/**
 * Pooled breakdowns of the actor and metadata figures on both splits (no article, name or text printed, so the
 * validation split stays unread): actor recall by the annotation's kind, actor precision by the proposal's kind,
 * metadata accuracy by field, wrong speakers counted by the expected and proposed speaker's kind (and whether the rightful
 * speaker was proposed as an actor at all), and wrong speakers per article as bare counts.
 * Run: npx tsx tests/bench/extract-split-breakdown.ts
 */
import { extractArticle, scoreProposal } from "@/lib/extraction";
import { tuningSplit, validationSplit } from "./extract-split";

type Tally = Map<string, [number, number]>;
const bump = (t: Tally, k: string, ok: boolean) => {
  const v = t.get(k) ?? [0, 0];
  t.set(k, [v[0] + Number(ok), v[1] + 1]);
};

function breakdown(articles: ReturnType<typeof tuningSplit>) {
  const recall: Tally = new Map(), precision: Tally = new Map(), meta: Tally = new Map(), speakers: Tally = new Map();
  const perArticle: number[] = [];
  for (const { text, expected } of articles) {
    const textOnly = extractArticle({ text });
    const p = textOnly.article.publishedOn ? textOnly : extractArticle({ text, publishedOn: expected.article?.publishedOn ?? undefined });
    const s = scoreProposal(p, expected);
    for (const a of expected.actors) bump(recall, a.kind ?? "?", !s.missedActors.includes(a.name));
    for (const a of p.actors) bump(precision, a.kind, !s.extraActors.includes(a.name));
    for (const f of ["title", "author", "dateline", "publishedOn", "publication"] as const) {
      const e = expected.article?.[f] ?? null, g = textOnly.article[f] ?? null;
      bump(meta, f, (e ?? "").toLowerCase().trim() === (g ?? "").toLowerCase().trim());
    }
    const kindOf = (n: string) => expected.actors.find((a) => a.name === n)?.kind ?? "not an actor";
    const proposedKind = (n: string) => p.actors.find((a) => a.name === n)?.kind ?? "?";
    // Whether the wrong speaker's rightful actor was proposed at all (a missed actor) or found but not linked.
    const missed = (n: string) => s.missedActors.includes(n) || !expected.actors.some((a) => a.name === n);
    // Counts only (the bump's "right" share is always 0 here): which kind of speaker went wrong, and how.
    for (const w of s.wrongSpeakers) bump(speakers, `${kindOf(w.expected)} -> ${proposedKind(w.proposed)}, ${missed(w.expected) ? "actor missed" : "actor found"}`, false);
    perArticle.push(s.wrongSpeakers.length);
  }
  return { recall, precision, meta, speakers, perArticle: perArticle.filter((n) => n > 0).sort((a, b) => b - a) };
}

for (const [split, articles] of [["tuning", tuningSplit()], ["validation", validationSplit()]] as const) {
  const b = breakdown(articles);
  console.log(split);
  console.log(`  wrong speakers per article (largest first, no names): ${b.perArticle.join(" ")}`);
  for (const [label, t] of [["actor recall by kind", b.recall], ["actor precision by kind", b.precision], ["metadata by field", b.meta], ["wrong speakers: expected kind -> proposed kind", b.speakers]] as const) {
    console.log(`  ${label}`);
    for (const [k, [n, d]] of [...t.entries()].sort((x, y) => y[1][1] - x[1][1])) console.log(`    ${k.padEnd(20)} ${(n / d).toFixed(3)}  (${n}/${d})`);
  }
}
