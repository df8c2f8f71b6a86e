/**
 * The tuning split's "gated out" misses (extract-miss-classes.ts): human events the shipped engine misses that a
 * candidate matches but the happening gate (happening-model.json) drops. Each is printed with the candidate's clause, its probability beside the
 * bar it had to clear, and the gate's features, to read what the dropped happenings share that the features miss.
 * Tuning only: it refuses nothing else because it reads nothing else (never point it at retired rounds 29–30).
 * Run: npx tsx tests/bench/extract-gated-out.ts [--kept-false]   (--kept-false: also the kept candidates matching no event)
 */
import { extractArticle } from "@/lib/extraction";
import model from "@/lib/extraction/happening-model.json";
import { gateProbability, type TreesGate } from "@/lib/extraction/events/happening";
import { actorMatcher, matchEvents } from "@/lib/extraction/score";
import { tuningSplit } from "./extract-split";

const GATE = model as TreesGate;
const keptFalse = process.argv.includes("--kept-false");
const tally = new Map<string, number>();
const bump = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);

for (const { name, text, expected } of tuningSplit()) {
  const pub = extractArticle({ text }).article.publishedOn ? undefined : expected.article.publishedOn ?? undefined;
  const all = extractArticle({ text, publishedOn: pub, allCandidates: true });
  const shipped = extractArticle({ text, publishedOn: pub });
  const found = new Set(matchEvents(shipped.events, expected.events, actorMatcher(shipped, expected).sameActor).map((m) => m.e));
  const matched = new Map(matchEvents(all.events, expected.events, actorMatcher(all, expected).sameActor).map((m) => [m.p, m.e]));
  all.events.forEach((p, i) => {
    const features = (p as { features?: string[] }).features ?? [];
    const loose = !!(p as { loose?: boolean }).loose;
    const prob = gateProbability(GATE, features);
    const bar = loose ? GATE.looseThreshold : GATE.threshold;
    const kept = prob >= bar;
    const e = matched.get(i);
    if (e === undefined ? !kept || !keptFalse : kept || found.has(e)) return;
    const label = e === undefined ? "KEPT-FALSE" : "GATED-OUT";
    bump(`${label} ${loose ? "loose" : "rule"} ${p.type}`);
    const clause = all.body.slice(Math.max(0, p.start), Math.max(0, p.end)).replace(/\s+/g, " ");
    console.log(`${label} p=${prob.toFixed(2)}/${bar} ${loose ? "loose" : "rule "} ${name.slice(0, 28).padEnd(28)} ${p.type} ${p.date ?? "-"}`);
    if (e !== undefined) console.log(`    human: ${expected.events[e].title} (${expected.events[e].date ?? "-"})`);
    console.log(`    title: ${p.title}\n    | ${clause.slice(0, 300)}\n    ${features.join(" ")}`);
  });
}
for (const [k, v] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(4)}  ${k}`);
