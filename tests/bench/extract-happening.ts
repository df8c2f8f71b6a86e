/**
 * The happening gate (lib/extraction/events/happening.ts), trained and measured honestly.
 *   - examples: every event candidate of the tuning split (extract-split.ts), labelled by whether it matches an
 *     annotated event (score.ts matching);
 *   - cross-validation: leave one OUTLET out (all articles of an outlet held out together), gated with the
 *     chosen thresholds, pooled event figures against the ungated engine;
 *   - validation split (retired rounds 6–8 from round 9; 6–7 before): trained on the whole tuning split, pooled figures only.
 * Measured 2026-12-03 (86 tuning articles, 71 outlets, 1,036 candidates of which 296 loose; 594 match an annotation):
 *   leave-one-outlet-out, rule proposals only   recall 0.783  precision 0.730  date acc 0.881  dated recall 0.708
 *   leave-one-outlet-out, gated (t 0.4, loose 0.35)  recall 0.806  precision 0.751  date acc 0.886  dated recall 0.736
 *   validation rounds 6–7: ungated 0.656 / 0.738 / 0.820 / 0.559  ->  gated 0.700 / 0.744 / 0.836 / 0.606
 * Retrained 2026-12-03 after the round-9 date and type changes (1,038 candidates, 298 loose, 597 matching):
 *   leave-one-outlet-out gated (t 0.35, loose 0.4)  recall 0.814  precision 0.750  date acc 0.902  dated recall 0.756
 *   validation rounds 6–8: ungated 0.623 / 0.752 / 0.795 / 0.521  ->  gated 0.684 / 0.756 / 0.809 / 0.583
 *   (engine split figures, old weights -> new: validation recall 0.667 -> 0.695, precision 0.753 -> 0.754, dated recall 0.577 -> 0.594)
 *   Retrained once more after the later round-9 commits (noun-modifier and gerund-adjunct events): validation recall
 *   0.695 -> 0.690, precision 0.754 -> 0.757, dated recall 0.594 -> 0.588, so those weights were not kept; nor after the
 *   dated-"and" clause split (it chose t 0.4, loose 0.35: validation recall 0.700 -> 0.672, dated recall 0.599 -> 0.588).
 * Round 10 (branch extract10e, after the nominal-dated, commitment and news-day commits): retrained twice, not kept —
 *   chosen t 0.4, loose 0.3; validation rounds 6–9 gated 0.703 / 0.736 / 0.821 / 0.601 against the engine's 0.723 / 0.755 / 0.823 / 0.619.
 * Tried and not kept: title-length and title-verb features (validation recall 0.672 -> 0.668, precision 0.749 -> 0.744).
 * Round 14 (branch e14e, 2026-12-04, validation = retired rounds 13–14; 156 tuning articles, 141 outlets, 2,276 candidates
 * of which 693 loose, 1,342 matching), retrained after the e14e clause commits with five new features (simple past,
 * named / pronoun subject, reported commitment, reported past):
 *   leave-one-outlet-out gated (t 0.4, loose 0.35)  recall 0.801  precision 0.754  date acc 0.876  dated recall 0.726
 *   validation: ungated 0.647 / 0.784 / 0.805 / 0.538  ->  gated 0.688 / 0.803 / 0.810 / 0.583
 *   (engine split figures, old weights -> new: validation recall 0.680 -> 0.700, precision 0.804 -> 0.805, date accuracy
 *   0.838 -> 0.817, dated recall 0.592 -> 0.596; tuning recall 0.804 -> 0.814, precision 0.775 -> 0.760.)
 *   Beside a retrain without the new features (same sitting, before two of the clause commits), the features kept
 *   validation recall (0.694 both) and moved precision 0.796 -> 0.804, dated recall 0.589 -> 0.586 (script figures).
 * Round 16 (branch e16c, 2026-12-04, validation = retired rounds 15–16; 180 tuning articles, 2,860 candidates of which
 * 1,015 loose, 1,656 matching), retrained after the grammar candidates (finite-clause.ts) and their two features:
 *   the unconstrained grid chose t 0.45, loose 0.3 (validation engine figures 0.724 / 0.724: precision lost 0.016);
 *   the grid now keeps loose >= t, as the gate is meant (a loose proposal clears the higher bar), and chose t 0.3, loose 0.4:
 *   leave-one-outlet-out gated  recall 0.799  precision 0.750  date acc 0.881  dated recall 0.729
 *   validation: ungated 0.642 / 0.723 / 0.874 / 0.573  ->  gated 0.713 / 0.731 / 0.882 / 0.645
 *   (engine split figures, main -> branch: validation recall 0.700 -> 0.724, precision 0.740 -> 0.731, dated recall 0.631 -> 0.649.)
 * Round 17 (branch e17g, 2026-12-04; 192 tuning articles, 177 outlets, 3,116 candidates of which 1,128 loose, 1,791 matching).
 *   Read with --list: the dropped ones are mostly loose "other" clauses told in the past of a named subject, often in a
 *   report ("X says Y did Z"); the kept false ones are mostly dated rule proposals of speech ("says at a briefing"),
 *   market states ("crude trades at $58") and background. Tried, same sitting (script figures: CV R / P / dated; validation R / P / dated):
 *     before (first 8 words as features)       0.795 / 0.754 / 0.728   0.696 / 0.771 / 0.604
 *     + verb stem, + crossed pairs             0.800 / 0.751 / 0.729   0.696 / 0.765 / 0.601   not kept
 *     + verb stem only / crossed pairs only    0.796 / 0.755 / 0.728   0.696 / 0.765 / 0.604  /  0.795 / 0.755 / 0.727   0.692 / 0.767 / 0.601
 *     + both, l2 0.03                          0.796 / 0.753 / 0.727   0.689 / 0.764 / 0.597
 *     no words                                 0.790 / 0.757 / 0.723   0.699 / 0.772 / 0.604
 *     no words, + verb stem, + crossed pairs   0.795 / 0.753 / 0.726   0.706 / 0.768 / 0.608   kept (t 0.35, loose 0.4; 300 weights, was 1,094)
 *     kept, + in-quote × aspect                0.795 / 0.753 / 0.726   0.706 / 0.768 / 0.608   no change, not kept
 *     kept, + type × aspect                    0.795 / 0.753 / 0.726   0.706 / 0.771 / 0.608   one proposal fewer, CV flat: noise, not kept
 *   engine split figures, main -> branch: validation recall 0.703 -> 0.713, precision 0.764 -> 0.770, dated recall 0.608 -> 0.612.
 * Run: npx tsx tests/bench/extract-happening.ts [--grid] [--list] [--write]
 *   --list   the tuning candidates the cross-validated gate gets wrong (a matching one dropped, a non-matching one kept),
 *            with their held-out probability and features; tuning only, never the validation split
 *   --write  train on the whole tuning split and write lib/extraction/happening-model.json
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { extractArticle, type Proposal } from "../../lib/extraction/index";
import { happeningProbability, type HappeningModel } from "../../lib/extraction/events/happening";
import { trainHappening, type HappeningExample } from "../../lib/extraction/happening-train";
import { actorMatcher, matchEvents, scoreProposal } from "../../lib/extraction/score";
import type { SealedExpected } from "../fixtures/score-sealed";
import { tuningSplit, validationSplit } from "./extract-split";

type Article = { name: string; text: string; expected: SealedExpected };
interface Cand { features: string[]; loose: boolean; label: boolean }
interface Item { name: string; outlet: string; proposal: Proposal; expected: SealedExpected; cands: Cand[] }

function candidates(a: Article): Item {
  let proposal = extractArticle({ text: a.text, allCandidates: true });
  if (!proposal.article.publishedOn) proposal = extractArticle({ text: a.text, publishedOn: a.expected.article.publishedOn, allCandidates: true });
  const { sameActor } = actorMatcher(proposal, a.expected);
  const matched = new Set(matchEvents(proposal.events, a.expected.events, sameActor).map((m) => m.p));
  const cands = proposal.events.map((e, i) => ({ features: (e as { features?: string[] }).features ?? [], loose: !!(e as { loose?: boolean }).loose, label: matched.has(i) }));
  return { name: a.name, outlet: a.name.split("-")[0], proposal, expected: a.expected, cands };
}

interface Counts { expected: number; matched: number; proposed: number; dated: number; matchedDated: number; rightDate: number }
const zero = (): Counts => ({ expected: 0, matched: 0, proposed: 0, dated: 0, matchedDated: 0, rightDate: 0 });

/** Pooled event figures of the items' proposals, keeping only the candidates `keep` accepts. */
function figures(items: Item[], keep: (item: Item, i: number) => boolean) {
  const c = zero();
  for (const it of items) {
    const events = it.proposal.events.filter((_, i) => keep(it, i));
    const s = scoreProposal({ ...it.proposal, events }, it.expected);
    const dated = it.expected.events.filter((e) => e.date).length;
    c.expected += it.expected.events.length;
    c.matched += it.expected.events.length - s.missedEvents.length;
    c.proposed += events.length;
    c.dated += dated;
    c.rightDate += dated - s.wrongDates.length;
    c.matchedDated += it.expected.events.filter((e) => e.date && !s.missedEvents.includes(e)).length;
  }
  const r = (n: number, d: number) => (d ? n / d : 0);
  return { recall: r(c.matched, c.expected), precision: r(c.matched, c.proposed), dateAccuracy: r(c.rightDate, c.matchedDated), datedRecall: r(c.rightDate, c.dated) };
}
const show = (f: ReturnType<typeof figures>) => Object.entries(f).map(([k, v]) => `${k} ${v.toFixed(3)}`).join("  ");

const examples = (items: Item[]): HappeningExample[] => items.flatMap((it) => it.cands.map(({ features, label }) => ({ features, label })));
const ungated = (it: Item, i: number) => !it.cands[i].loose;

/** Held-out probability of every candidate, one fold per outlet. */
function crossValidated(items: Item[]): Map<Item, number[]> {
  const out = new Map<Item, number[]>();
  for (const outlet of new Set(items.map((i) => i.outlet))) {
    const model = { ...trainHappening(examples(items.filter((i) => i.outlet !== outlet))), threshold: 0, looseThreshold: 0 };
    for (const it of items.filter((i) => i.outlet === outlet)) out.set(it, it.cands.map((c) => happeningProbability(model, c.features)));
  }
  return out;
}

/** Tuning candidates the held-out gate gets wrong, with what it saw: to read which features fail. */
function listErrors(items: Item[], probs: Map<Item, number[]>, t: number, lt: number) {
  for (const it of items) {
    it.cands.forEach((c, i) => {
      const p = probs.get(it)![i];
      const kept = p >= (c.loose ? lt : t);
      if (kept === c.label) return;
      const e = it.proposal.events[i];
      const features = c.features.join(" ");
      console.log(`${c.label ? "DROPPED" : "KEPT-FP"} p=${p.toFixed(2)} ${it.name.slice(0, 24).padEnd(24)} ${e.type} | ${e.title.slice(0, 110)}\n    ${features}`);
    });
  }
}

const gated = (probs: Map<Item, number[]>, t: number, lt: number) => (it: Item, i: number) => probs.get(it)![i] >= (it.cands[i].loose ? lt : t);

function main() {
  const args = process.argv.slice(2);
  const tuning = tuningSplit().map(candidates);
  const all = tuning.flatMap((i) => i.cands);
  console.log(`tuning: ${tuning.length} articles, ${new Set(tuning.map((i) => i.outlet)).size} outlets, ${all.length} candidates (${all.filter((c) => c.loose).length} loose), ${all.filter((c) => c.label).length} match an annotated event (${all.filter((c) => c.loose && c.label).length} loose)`);
  const cv = crossValidated(tuning);
  console.log(`ungated engine (rule proposals only)   ${show(figures(tuning, ungated))}`);
  const grid: { t: number; lt: number; f: ReturnType<typeof figures> }[] = [];
  // A loose proposal (no trigger, no date: happening.ts) must clear at least the bar of a rule's proposal.
  for (const t of [0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]) for (const lt of [0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01]) if (lt >= t) grid.push({ t, lt, f: figures(tuning, gated(cv, t, lt)) });
  if (args.includes("--grid")) for (const g of grid) console.log(`cv t=${g.t} loose=${g.lt}   ${show(g.f)}`);
  // The chosen thresholds: the best recall + dated recall whose cross-validated precision meets the 0.75 target (issue 9),
  // else the best that loses no cross-validated precision against the ungated engine.
  const base = figures(tuning, ungated);
  const target = grid.filter((g) => g.f.precision >= 0.75);
  const ok = target.length ? target : grid.filter((g) => g.f.precision >= base.precision);
  const best = (ok.length ? ok : grid).reduce((a, g) => (g.f.recall + g.f.datedRecall > a.f.recall + a.f.datedRecall ? g : a));
  if (args.includes("--list")) listErrors(tuning, cv, best.t, best.lt);
  console.log(`chosen t=${best.t} loose=${best.lt}; leave-one-outlet-out gated  ${show(best.f)}`);
  const model: HappeningModel = { ...trainHappening(examples(tuning)), threshold: best.t, looseThreshold: best.lt };
  const validation = validationSplit().map(candidates);
  const vp = new Map(validation.map((it) => [it, it.cands.map((c) => happeningProbability(model, c.features))]));
  console.log(`validation (rounds 16–17, pooled): ungated ${show(figures(validation, ungated))}`);
  console.log(`validation (rounds 16–17, pooled): gated   ${show(figures(validation, gated(vp, best.t, best.lt)))}`);
  if (args.includes("--write")) {
    const out = path.resolve(import.meta.dirname, "../../lib/extraction/happening-model.json");
    writeFileSync(out, JSON.stringify(model) + "\n");
    console.log(`wrote ${out} (${Object.keys(model.weights).length} weights)`);
  }
}

main();
