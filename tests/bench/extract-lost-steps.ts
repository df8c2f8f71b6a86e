/**
 * Where a missed human event's candidates went, on the tuning split: for each missed event, the candidates that would
 * have matched it before non-events were dropped and mentions merged, and whether each was dropped or merged before
 * the happening gate (with the event it was folded into, when a merge kept it as a mention), gated out (or changed
 * after), or kept but paired with another human event (a sentence telling two happenings in one candidate). A dropped
 * candidate names the non-event cue that read it (events/non-events.ts nonEventReason).
 * Run: npx tsx tests/bench/extract-lost-steps.ts [--list]   (tuning split only; never point it at rounds 29–30)
 */
import { extractArticle } from "@/lib/extraction";
import { actorMatcher, matchEvents } from "@/lib/extraction/score";
import { tuningSplit } from "./extract-split";

const list = process.argv.includes("--list");
type Candidate = { start: number; end: number; nonEvent?: string; mentions?: { start: number; end: number }[] };
/** A candidate folded into another event as a mention was merged; otherwise the non-event cue that reads it, if any. */
const droppedBy = (c: Candidate, merged: Candidate[]) =>
  merged.some((m) => m.mentions?.some((x) => x.start === c.start && x.end === c.end))
    ? "merged before the gate"
    : c.nonEvent
      ? `dropped as a non-event: ${c.nonEvent}`
      : "dropped or merged before the gate";
const tally = new Map<string, number>();
const bump = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);

for (const { name, text, expected } of tuningSplit()) {
  const publishedOn = extractArticle({ text }).article.publishedOn ? undefined : expected.article.publishedOn;
  const run = (allCandidates?: boolean | "unfiltered") => extractArticle({ text, publishedOn: publishedOn ?? undefined, allCandidates });
  const final = run();
  const { sameActor } = actorMatcher(final, expected);
  const found = new Set(matchEvents(final.events, expected.events, sameActor).map((m) => m.e));
  const unfiltered = run("unfiltered").events;
  const merged = run(true).events;
  const at = (e: { start: number; end: number }) => `${e.start}:${e.end}`;
  const mergedSpans = new Set(merged.map(at));
  const finalSpans = new Set(final.events.map(at));
  expected.events.forEach((e, i) => {
    if (found.has(i)) return;
    const hits = matchEvents(unfiltered, [e], sameActor).map((m) => unfiltered[m.p]);
    if (!hits.length) return;
    for (const c of hits) {
      const step = !mergedSpans.has(at(c)) ? droppedBy(c, merged) : !finalSpans.has(at(c)) ? "gated or changed after" : "kept, paired with another event";
      bump(step);
      if (!list) continue;
      const host = merged.find((m) => m.mentions?.some((x) => x.start === c.start && x.end === c.end));
      console.log(`${step.padEnd(34)} ${name.slice(0, 36)}  ${e.date ?? "-"} ${e.title}`);
      console.log(`    cand ${c.type} ${c.date ?? "-"}: ${c.title}`);
      if (host) console.log(`    folded into ${host.type} ${host.date ?? "-"}: ${host.title}`);
      console.log(`    | ${final.body.slice(Math.max(0, c.start), c.end).replace(/\s+/g, " ").slice(0, 300)}`);
    }
  });
}
for (const [k, n] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${k}`);
