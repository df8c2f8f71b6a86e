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
 * Round 18 (branch e18g, 2026-12-04/05; tuning = dev + retired 2–15: 204 articles, 189 outlets, 3,312 candidates of which
 * 1,199 loose, 1,906 matching; validation = retired 16–17). Same sitting, script figures (R / P / date acc / dated R):
 *   logistic, retrained as is (t 0.35, loose 0.4)  cv 0.796 / 0.754 / 0.881 / 0.724   validation 0.667 / 0.742 / 0.818 / 0.552
 *   boosted trees of depth 2 (shrinkage 0.1, lambda 5, minChild 20, minCount 10) over the same features + 4 measures
 *   (clause words, position in the article, distance to the nearest date, actor count; happening-trees.ts), rounds and
 *   thresholds chosen on the cross-validated tuning split:
 *     25 rounds (t 0.4, loose 0.4)     cv 0.786 / 0.752 / 0.890 / 0.725
 *     50 rounds (t 0.35, loose 0.4)    cv 0.792 / 0.754 / 0.884 / 0.724
 *     100 rounds (t 0.35, loose 0.35)  cv 0.791 / 0.756 / 0.886 / 0.724
 *     150 rounds (t 0.3, loose 0.35)   cv 0.797 / 0.751 / 0.882 / 0.724   validation 0.696 / 0.747 / 0.810 / 0.571   kept
 *     200 rounds (t 0.3, loose 0.35)   cv 0.797 / 0.755 / 0.883 / 0.724
 *   engine split figures (extract-split.ts), logistic retrained -> trees: validation recall 0.678 -> 0.707, precision
 *   0.742 -> 0.747, dated recall 0.567 -> 0.586; gated-out human events (extract-miss-classes.ts validation) 38 -> 30.
 *   Leave-one-outlet-out on tuning is level (0.796 / 0.754 -> 0.797 / 0.751): the gain is on validation only so far.
 * Round 19 (r23, after e22c/d/a/p): retrained on shipped / retrained types, validation R 0.738 -> 0.746 / 0.750, P 0.725 -> 0.708 / 0.714: NOT kept.
 * Round 20 (e27g, 2026-12-05 at 03bf7fa; tuning = dev + retired 2–17: 228 articles, 213 outlets, 3,513 candidates of which
 *   1,225 loose, 2,134 matching; validation = retired 18–19; load 10–15). Leave-one-outlet-out chose 150 rounds, t 0.3, loose 0.35
 *   again (cv 0.797 / 0.751 / 0.886 / 0.726; 25/50/100/200 rounds 0.781/0.782/0.791/0.796 recall at precision ≥ 0.75).
 *   Engine split figures, shipped -> retrained: validation recall 0.766 -> 0.781 (196 -> 200/256), precision 0.740 -> 0.730
 *   (265 -> 274 proposals), dated recall 0.651 -> 0.660, date acc 0.836 -> 0.838, type 0.821 -> 0.825, roles 0.508 -> 0.498;
 *   tuning recall 0.804 -> 0.812, precision 0.768 -> 0.756. Precision falls below 0.740: NOT kept.
 *   --list: 173 matching dropped (158 loose, 153 "other"), 678 kept false (486 rule proposals, 443 with their own date).
 *   Tried: a quantity complement ("trades at around $58", "fell to 1.1 million": at/to/by + number) as a feature, for the
 *   market states among the kept false ones: 148 tuning candidates, 97 matching (base rate 0.61); the trees never split on it
 *   (model byte-identical, validation identical): not kept.
 *   Again after main's e27q/e27r merges (d8b5572, load ~1; 3,515 candidates): cv chose 150 rounds, t 0.3, loose 0.35 again;
 *   engine split, shipped -> retrained: validation recall 0.766 -> 0.781, precision 0.740 -> 0.733, dated 0.655 -> 0.664: NOT kept.
 * Round 21 (e32g, 2026-12-05 at 40a4063; tuning = dev + retired 2–18: 240 articles, 225 outlets, 3,691 candidates of which
 *   1,304 loose, 2,237 matching; validation = retired 19–20; load 8–29). tests/bench/extract-gated-out.ts lists the 163 tuning
 *   human events a candidate matches and the shipped gate drops (182 of the 193 dropped matching candidates are loose, 173
 *   have no date of their own). What they share that the features misread: a source closing the clause (", the agency
 *   reported.": 26, read as a speech report), a report without "that" whose verb was read as the predicate ("Kihara said
 *   the air force scrambled jets": 12, verb:said), a predicate missed (19: a sentence-final verb glued to its stop, "Putin
 *   agreed.", or a verb phrase sharing the subject before it); and what no feature can tell: 47 with no date within 150
 *   characters, 41 with no actor, 26 perfects and 26 passives told without a date, 30 clauses of ≤ 6 words, ~30 weak matches.
 *   Branch e32g-gate reads the clause past its source (events/happening-told.ts: a report's complement also without "that",
 *   a trailing source cut and marked "sourced", the final stop dropped, a shared-subject verb phrase) and retrains:
 *   leave-one-outlet-out chose 200 rounds, t 0.35, loose 0.35 (cv 0.797 / 0.757 / 0.882 / 0.722; the shipped features
 *   0.796 / 0.751 / 0.883 / 0.722 at their choice, t 0.3, loose 0.35). Engine split figures, validation R / P (false) / date / dated / type / roles:
 *     shipped gate, t 0.3 / 0.35 (main)            0.726 (199) / 0.760 (63) / 0.844 / 0.618 / 0.814 / 0.511 (160/313)
 *     shipped gate, t 0.25 / 0.3                   0.745 (204) / 0.750 (68) / 0.842 / 0.630 / 0.814 / 0.505
 *     shipped gate, t 0.35 / 0.35                  0.712 (195) / 0.765 (60) / 0.848 / 0.614 / 0.815 / 0.520
 *     plain retrain (200 rounds), t 0.3 / 0.35     0.741 (203) / 0.749 (68) / 0.848 / 0.638 / 0.823 / 0.509   (its cv choice)
 *     plain retrain, t 0.35 / 0.35                 0.737 (202) / 0.768 (61) / 0.842 / 0.630 / 0.817 / 0.513
 *     plain retrain, t 0.3 / 0.4                   0.719 (197) / 0.767 (60) / 0.844 / 0.618 / 0.822 / 0.514
 *     new features, shipped gate                   0.726 (199) / 0.757 (64)
 *     new features retrained, t 0.35 / 0.35        0.734 (201) / 0.767 (61) / 0.852 / 0.634 / 0.821 / 0.508 (161/317)  (its cv choice)
 *     new features retrained, t 0.3 / 0.35         0.741 (203) / 0.757 (65) / 0.852 / 0.634 / 0.818 / 0.505
 *     new features retrained, 150 rounds, 0.35     0.734 (201) / 0.761 (63)
 *     new features without "sourced", 200, 0.35    0.734 (201) / 0.761 (63)
 *   The cv choice with the new features gains 2 events and loses none of precision (tuning R 0.804 -> 0.816, P 0.767 -> 0.767),
 *   but roles fall 0.511 -> 0.508 (one role beyond the ±0.002 band) and three unit tests of invented sentences lose their
 *   event to the new gate: NOT kept on e32g (the keep rule of round 21); the plain retrain at its cv choice loses precision.
 * Round 21 again (e32g2, 2026-12-05 at 73bc08d, after six engine merges; 3,757 candidates of which 1,360 loose, 2,254
 *   matching; load 4–8): e32g's features, with the final stop read in finite-clause.ts itself (validation unchanged with
 *   the shipped gate). Leave-one-outlet-out chose 150 rounds, t 0.35, loose 0.35 (cv 0.801 / 0.751 / 0.884 / 0.727).
 *   Engine split figures, validation R / P / date / dated / type / roles, main -> kept:
 *     0.737 (202/274) / 0.765 (202/264) / 0.847 / 0.630 / 0.827 / 0.508 (160/315)
 *     0.745 (204/274) / 0.767 (204/266) / 0.853 / 0.642 / 0.838 / 0.506 (161/318)   kept
 *   Tried and not kept: the length feature and measure counted without the source ("According to X, …"): cv chose 200
 *   rounds, t 0.25, loose 0.4; validation 0.737 / 0.780 / 0.846 / 0.626 / 0.832 (recall and dated fall).
 * Round 23 (e34g, 2026-12-05 at 45ffdef; 264 tuning articles, 249 outlets, 4,184 candidates of which 1,537 loose, 2,504
 *   matching; validation = retired 21–22; load 10–19). With e34y's type guard (branch e34g-guard: the type model may not
 *   turn a proposal, rejection or threat into another codebook type) leave-one-outlet-out chose 200 rounds, t 0.3, loose 0.4
 *   (cv 0.804 / 0.753 / 0.886 / 0.731). Engine split figures, validation R / P / date / dated / type / roles:
 *     guard off, shipped gate (main)            222/301 / 0.760 (222/292) / 183/211 / 183/275 / 184/222 / 195/388
 *     guard on,  shipped gate                   222/301 / 0.758 (222/293) / 183/211 / 183/275 / 186/222 / 195/388
 *     guard on,  retrained (its cv choice)      221/301 / 0.767 (221/288) / 184/212 / 184/275 / 185/221 / 192/389
 *     guard off, retrained (same gate)          221/301 / 0.767 (221/288) / 184/212 / 184/275 / 183/221 / 192/389
 *     guard on,  retrained 150, t 0.35 / 0.35   222/301 / 0.750 (222/296) / 184/212 / 184/275 / 186/222 / 193/390
 *     guard off, retrained 150, t 0.35 / 0.35   222/301 / 0.753 (222/295) / 184/212 / 184/275 / 184/222 / 193/390
 *   Each loses recall or precision on validation: nothing kept (guard, gate and type-model.json unchanged).
 * Round 25 (e36g, 2026-12-05 at d16a9e5; tuning = dev + retired 2–22: 288 articles, 273 outlets, 4,572 candidates of which
 *   1,670 loose, 2,764 matching; validation = retired 23–24; load 9–23). One training per outlet (273 trainings, ~30 s each
 *   here) would take hours, so the outlets were dealt into 10 folds (--folds 10; each outlet whole in one).
 *   `--write --folds 10` chose 150 rounds, t 0.3, loose 0.4 (cv 0.802 / 0.751 / 0.885 / 0.730; 25/50/100/200 rounds
 *   0.786/0.796/0.800/0.801 recall at precision ≥ 0.75). Engine split figures (extract-split.ts), shipped -> retrained:
 *     tuning      R 0.820 (2607) -> 0.816 (2594)  P 0.763 (2607/3418) -> 0.758 (2594/3422)  dated 2214 -> 2205  type 2306 -> 2290
 *     validation  R 218/281 = 218/281  P 0.741 (218/294) -> 0.744 (218/293)  date 188/216 =  dated 188/269 =  type 189 -> 188
 *                 roles 151/341 -> 150/342
 *   Type accuracy falls on validation and everything falls on tuning: NOT kept.
 * Round 27 (g38, 2026-12-06 at bb42424; tuning = dev + retired 2–24: 312 articles, 297 outlets, 4,959 candidates of which
 *   1,811 loose, 3,016 matching (619 loose); validation = retired 25–26; load 10–28, ~35 min). `--write --folds 10` chose
 *   150 rounds, t 0.35, loose 0.35 (cv 0.811 / 0.750 / 0.884 / 0.737; 25/50/100/200 rounds 0.790/0.797/0.805/0.810 recall at
 *   precision ≥ 0.75); script validation ungated 0.738 / 0.756 / 0.876 / 0.663 -> gated 0.828 / 0.695 / 0.874 / 0.736.
 *   Engine split figures (extract-split.ts), shipped -> retrained:
 *     tuning      R 0.823 (2846) -> 0.826 (2859)  P 0.768 (2846/3707) -> 0.759 (2859/3768)  date 0.895 -> 0.893  dated 2427 -> 2434
 *                 type 2521 -> 2530  roles 2786/4936 -> 2791/4956
 *     validation  R 214/256 -> 215/256  P 0.725 (214/295) -> 0.700 (215/307)  date 185/209 -> 184/209  dated 185/246 -> 184/246
 *                 type 186/214 -> 188/215  roles 174/343 -> 174/342
 *   Precision (12 more proposals for one event), date and dated recall fall on validation: NOT kept. No feature change tried.
 * Run: npx tsx tests/bench/extract-happening.ts [--grid] [--logistic] [--list] [--write | --write-logistic] [--cache FILE] [--fixed K,T,L] [--folds K]
 *   (npm run extract:train-happening = --write)
 *   --logistic        also cross-validate and measure the logistic gate (happening-train.ts), for comparison
 *   --list            the tuning candidates the cross-validated trees gate (its chosen rounds and thresholds) gets wrong
 *                     (a matching one dropped, a non-matching one kept), with their held-out probability and features;
 *                     tuning only, never validation
 *   --folds K         outlets dealt into K folds instead of one fold per outlet (273 trainings take hours on a loaded machine)
 *   --fixed K,T,L     skip the cross-validation: K rounds, thresholds T (rule) and L (loose); --list then lists nothing
 *   --write           train the trees on the whole tuning split and write lib/extraction/happening-model.json
 *   --write-logistic  write the logistic gate instead (with --logistic)
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extractArticle, type Proposal } from "../../lib/extraction/index";
import { happeningProbability, type HappeningModel } from "../../lib/extraction/events/happening";
import { observe, treesMargin, treesProbability } from "../../lib/extraction/events/happening-trees";
import { BOOST, trainTrees } from "../../lib/extraction/happening-boost";
import { trainHappening, type HappeningExample } from "../../lib/extraction/happening-train";
import { actorMatcher, matchEvents, scoreProposal } from "../../lib/extraction/score";
import type { SealedExpected } from "../fixtures/score-sealed";
import { tuningSplit, validationSplit, VALIDATION_ROUNDS } from "./extract-split";

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

type Chosen = { t: number; lt: number; f: ReturnType<typeof figures> };

/** The threshold grid on held-out probabilities; `--grid` prints it. */
function thresholdGrid(tuning: Item[], cv: Map<Item, number[]>, print: boolean): Chosen[] {
  const grid: Chosen[] = [];
  // A loose proposal (no trigger, no date: happening.ts) must clear at least the bar of a rule's proposal.
  for (const t of [0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]) for (const lt of [0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01]) if (lt >= t) grid.push({ t, lt, f: figures(tuning, gated(cv, t, lt)) });
  if (print) for (const g of grid) console.log(`cv t=${g.t} loose=${g.lt}   ${show(g.f)}`);
  return grid;
}

/**
 * The chosen thresholds: the best recall + dated recall whose cross-validated precision meets the 0.75 target (issue 9),
 * else the best that loses no cross-validated precision against the ungated engine.
 */
function choose(tuning: Item[], grid: Chosen[]): Chosen {
  const base = figures(tuning, ungated);
  const target = grid.filter((g) => g.f.precision >= 0.75);
  const ok = target.length ? target : grid.filter((g) => g.f.precision >= base.precision);
  return (ok.length ? ok : grid).reduce((a, g) => (g.f.recall + g.f.datedRecall > a.f.recall + a.f.datedRecall ? g : a));
}

const probabilities = (items: Item[], p: (features: string[]) => number) => new Map(items.map((it) => [it, it.cands.map((c) => p(c.features))]));

/** The logistic gate: cross-validated on tuning, trained on all of it, measured on validation. */
function logisticGate(tuning: Item[], validation: Item[], args: string[]) {
  const best = choose(tuning, thresholdGrid(tuning, crossValidated(tuning), args.includes("--grid")));
  console.log(`logistic: chosen t=${best.t} loose=${best.lt}; leave-one-outlet-out gated  ${show(best.f)}`);
  const model: HappeningModel = { ...trainHappening(examples(tuning)), threshold: best.t, looseThreshold: best.lt };
  const vp = probabilities(validation, (f) => happeningProbability(model, f));
  console.log(`logistic: validation (rounds ${VALIDATION_ROUNDS.join("–")}, pooled) gated   ${show(figures(validation, gated(vp, best.t, best.lt)))}`);
  return { model, best };
}

/** Held-out probabilities of the trees gate after each checkpoint's number of rounds, one fold per outlet. */
function crossValidatedTrees(items: Item[], checkpoints: number[], folds?: number): Map<number, Map<Item, number[]>> {
  const out = new Map(checkpoints.map((k) => [k, new Map<Item, number[]>()]));
  const outlets = [...new Set(items.map((i) => i.outlet))];
  // `--folds K`: the outlets dealt into K folds (each outlet whole in one), K trainings instead of one per outlet.
  const foldOf = new Map(outlets.map((o, n) => [o, folds ? n % folds : n]));
  for (const fold of new Set(foldOf.values())) {
    const model = trainTrees(examples(items.filter((i) => foldOf.get(i.outlet) !== fold)), { ...BOOST, rounds: Math.max(...checkpoints) });
    for (const it of items.filter((i) => foldOf.get(i.outlet) === fold)) {
      const seen = it.cands.map((c) => observe(c.features));
      for (const k of checkpoints) out.get(k)!.set(it, seen.map((x) => 1 / (1 + Math.exp(-treesMargin(model, x, k)))));
    }
  }
  return out;
}

/** The boosted-trees gate: rounds and thresholds chosen on the cross-validated tuning split, then measured on validation. */
function treesGate(tuning: Item[], validation: Item[], args: string[]) {
  const checkpoints = [25, 50, 100, 150, 200].filter((k) => k <= BOOST.rounds * 2);
  const cv = crossValidatedTrees(tuning, checkpoints, args.includes("--folds") ? Number(args[args.indexOf("--folds") + 1]) : undefined);
  const chosen = checkpoints.map((k) => ({ k, best: choose(tuning, thresholdGrid(tuning, cv.get(k)!, args.includes("--grid"))) }));
  for (const { k, best } of chosen) console.log(`trees ${k} rounds: chosen t=${best.t} loose=${best.lt}; leave-one-outlet-out gated  ${show(best.f)}`);
  const { k, best } = chosen.reduce((a, c) => (c.best.f.recall + c.best.f.datedRecall > a.best.f.recall + a.best.f.datedRecall ? c : a));
  const model = trainTrees(examples(tuning), { ...BOOST, rounds: k });
  const vp = probabilities(validation, (f) => treesProbability(model, f));
  console.log(`trees ${k} rounds (chosen on tuning): validation (rounds ${VALIDATION_ROUNDS.join("–")}, pooled) gated   ${show(figures(validation, gated(vp, best.t, best.lt)))}`);
  for (const [t, lt] of [[best.t - 0.05, best.lt], [best.t + 0.05, best.lt + 0.05], [best.t + 0.1, best.lt + 0.1]])
    console.log(`  beside it, t=${t.toFixed(2)} loose=${lt.toFixed(2)}: validation gated   ${show(figures(validation, gated(vp, t, lt)))}`);
  return { model: { ...model, threshold: best.t, looseThreshold: best.lt }, best, heldOut: cv.get(k)! };
}

/** `--fixed ROUNDS,T,LOOSE`: the trees trained on the whole tuning split with these rounds and thresholds, no cross-validation (to try a setting fast). */
function fixedGate(tuning: Item[], validation: Item[], setting: string) {
  const [k, t, lt] = setting.split(",").map(Number);
  const model = trainTrees(examples(tuning), { ...BOOST, rounds: k });
  const vp = probabilities(validation, (f) => treesProbability(model, f));
  console.log(`trees ${k} rounds, t=${t} loose=${lt} (fixed): validation (rounds ${VALIDATION_ROUNDS.join("–")}, pooled) gated   ${show(figures(validation, gated(vp, t, lt)))}`);
  return { model: { ...model, threshold: t, looseThreshold: lt }, best: { t, lt }, heldOut: new Map<Item, number[]>() };
}

/**
 * Every candidate of both splits; `--cache FILE` keeps them between runs (to try the trainers' settings: the file must be
 * removed whenever the engine or the features change). It holds the proposals of the validation split too: keep it out of
 * the repository and never read it.
 */
function loadItems(args: string[]): { tuning: Item[]; validation: Item[] } {
  const cache = args.includes("--cache") ? args[args.indexOf("--cache") + 1] : undefined;
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, "utf8"));
  const items = { tuning: tuningSplit().map(candidates), validation: validationSplit().map(candidates) };
  if (cache) writeFileSync(cache, JSON.stringify(items));
  return items;
}

function main() {
  const args = process.argv.slice(2);
  const { tuning, validation } = loadItems(args);
  const all = tuning.flatMap((i) => i.cands);
  console.log(`tuning: ${tuning.length} articles, ${new Set(tuning.map((i) => i.outlet)).size} outlets, ${all.length} candidates (${all.filter((c) => c.loose).length} loose), ${all.filter((c) => c.label).length} match an annotated event (${all.filter((c) => c.loose && c.label).length} loose)`);
  console.log(`ungated engine (rule proposals only)   ${show(figures(tuning, ungated))}`);
  console.log(`validation (rounds ${VALIDATION_ROUNDS.join("–")}, pooled): ungated ${show(figures(validation, ungated))}`);
  const logistic = args.includes("--logistic") ? logisticGate(tuning, validation, args) : undefined;
  const trees = args.includes("--fixed") ? fixedGate(tuning, validation, args[args.indexOf("--fixed") + 1]) : treesGate(tuning, validation, args);
  if (args.includes("--list") && trees.heldOut.size) listErrors(tuning, trees.heldOut, trees.best.t, trees.best.lt);
  const out = path.resolve(import.meta.dirname, "../../lib/extraction/happening-model.json");
  if (args.includes("--write")) {
    writeFileSync(out, JSON.stringify(trees.model) + "\n");
    console.log(`wrote ${out} (${trees.model.trees.length} trees)`);
  }
  if (args.includes("--write-logistic") && logistic) {
    writeFileSync(out, JSON.stringify(logistic.model) + "\n");
    console.log(`wrote ${out} (${Object.keys(logistic.model.weights).length} weights)`);
  }
}

main();
