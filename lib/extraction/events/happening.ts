/**
 * The learned happening gate (round 8): is a proposed event a real happening an analyst would put on a timeline?
 * A logistic regression over a few dozen general features of the proposal and its clause — where it came from
 * (a codebook trigger or the loose undated-past rule), its type, date precision, actors, tense and modality of the
 * clause (a simple past told of a named subject reads as a happening; a back-shifted "would" of a reported commitment
 * is a pledge, not a forecast), the aspect of its first finite verb and the kind of its subject (./finite-clause.ts),
 * reporting and question context, the stem of the predicate's verb, and a few crossed pairs the linear model cannot
 * combine itself (source × aspect, report × aspect) — learned from the annotated tuning articles
 * (tests/bench/extract-happening.ts writes happening-model.json). Names are not features, and since round 17 nor are
 * the clause's other words (they fitted the tuning articles' phrasing), so what it learns is about how happenings are
 * told, not about who is in this year's news.
 * Since round 18 the shipped gate (happening-model.json) is boosted trees of depth 2 (./happening-trees.ts) over the same
 * features plus four numeric measures the linear model could not use (happeningMeasures); it gained validation recall at
 * no loss of precision. The logistic weights remain the other kind of model the gate reads (--logistic in the bench).
 */
import weights from "../happening-model.json";
import { isPastTense } from "../nlp";
import { stem } from "../type-model";
import { reportedCommitment } from "./commitment";
import { pastPredicate } from "./finite-clause";
import { sourceFrame, type Told, toldClause, withoutTrailingSource } from "./happening-told";
import { type EventCtx, type FoundEvent, inQuote, isQuestion, SPEAKER_LABEL, sentenceAt } from "./context";
import { treesProbability, type TreesModel } from "./happening-trees";

/** Words, with their apostrophes and hyphens. */
const WORDS = /\p{L}[\p{L}'’-]*/gu;
/** Runs of letters, apostrophes and hyphens. */
const WORD_RUNS = /[\p{L}'’-]+/gu;
/** Starts with a lower-case letter. */
const LOWER_FIRST = /^\p{Ll}/u;
/** A regular past form ("introduced"). */
const REGULAR_PAST = /^\p{Ll}{3,}ed$/u;

export interface HappeningModel {
  bias: number;
  weights: Record<string, number>;
  /** Keep a proposal whose probability is at least this. */
  threshold: number;
  /** Keep a loose (undated, triggerless) proposal only at this probability or more. */
  looseThreshold: number;
}

/** The boosted-trees gate (./happening-trees.ts) with its thresholds, as happening-model.json holds it since round 18. */
export type TreesGate = TreesModel & Pick<HappeningModel, "threshold" | "looseThreshold">;

const MODEL = weights as HappeningModel | TreesGate;

const MODAL = /\b(?:will|would|could|may|might|should|shall|plans?|intends?|expected|aims?|hopes?|wants?|if|unless)\b/i;
const NEGATION = /\b(?:not|n't|never|no longer|neither|nor)\b/i;
const PERFECT = /\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?(?:been\s+)?\p{Ll}+(?:ed|en|wn|ne|ht|ck|ut|ld|ng)\b/u;
const PLUPERFECT = /\bhad\s+(?:\p{Ll}+ly\s+)?(?:been\s+)?\p{Ll}+/u;
const PASSIVE = /\b(?:was|were|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ut)\b/u;
const PRESENT = /\b(?:is|are|remains?|says|has|have|seems?|appears?)\b/;
const REPORT = /\b(?:said|says|told|reported|announced|claimed|added|stated|confirmed|according to)\b/;
const HABIT = /\b(?:repeatedly|often|usually|always|regularly|routinely|continues? to|keeps?)\b/i;
const BACKGROUND = /\b(?:since|ago|previously|earlier|last|before|first)\b/i;

const AUXILIARY = /^(?:had|has|have|was|were|been|be|being|is|are|did|does|do|to|would|will)$/;
const CONNECTIVE = /^[\s,;]*(?:(?:but|and|then|also|meanwhile|later|earlier|separately)\b[\s,]*)*/i;

/** A finite verb in the simple past ("struck", "introduced"), not part of a perfect, passive or infinitive. */
export function simplePast(clause: string): boolean {
  const words = clause.match(WORD_RUNS) ?? [];
  return words.some((w, i) => LOWER_FIRST.test(w) && (isPastTense(w) || REGULAR_PAST.test(w)) && !AUXILIARY.test(words[i - 1]?.toLowerCase() ?? ""));
}

/** How the clause opens: with a named actor as its subject, or with a pronoun. */
function subjectFeatures(ctx: EventCtx, start: number, clause: string): string[] {
  const frame = sourceFrame(clause);
  if (frame) return subjectFeatures(ctx, start + frame, clause.slice(frame));
  const lead = CONNECTIVE.exec(clause)?.[0].length ?? 0;
  const from = start + lead;
  if (/^(?:he|she|it|they|we)\b/i.test(clause.slice(lead))) return ["subject:pronoun"];
  const named = ctx.index.mentions.some((m) => m.start >= from && m.start <= from + 40 && m.actor.kind !== "media" && !m.pronoun);
  return named ? ["subject:actor"] : [];
}

/**
 * How the clause is built (./finite-clause.ts): the aspect of its first finite verb, the kind of its subject and the
 * verb's stem, read in what it tells (./happening-told.ts: a report's complement, the clause without its source). A verb
 * phrase opening with its past verb shares the subject before it ("…, and dropped its objection"): subject "shared".
 * `told`: the clause as toldClause reads it (happeningFeatures reads it once for this and its "sourced" feature).
 */
function predicateFeatures(told: Told): string[] {
  const p = pastPredicate(told.body, { future: told.by === "report" });
  const verbAt = p?.verbAt ?? sharedSubjectVerb(told.body);
  if (verbAt === undefined) return ["no-past-predicate"];
  const verb = mainVerb(told.body.slice(verbAt));
  return [`aspect:${p?.aspect ?? "past"}`, `subject-kind:${p?.subject ?? "shared"}`, ...(verb ? [`verb:${stem(verb)}`] : [])];
}

/** Where a clause that opens with a simple past ("and then dropped its objection") has its verb, past any connectives. */
export function sharedSubjectVerb(clause: string): number | undefined {
  const lead = CONNECTIVE.exec(clause)?.[0].length ?? 0;
  const first = /^\p{Ll}+/u.exec(clause.slice(lead))?.[0];
  return first && (isPastTense(first) || REGULAR_PAST.test(first)) && !AUXILIARY.test(first) ? lead : undefined;
}

const ADVERB_OR_NEGATION = /^(?:\p{Ll}+ly|not|never|also|already|just|again|then|still)$/u;
/** The lexical verb of a verb group: past the auxiliaries and adverbs ("had quietly been moved" -> "moved"). */
export function mainVerb(group: string): string | undefined {
  const words = group.match(WORD_RUNS) ?? [];
  return words.slice(0, 6).find((w) => !AUXILIARY.test(w.toLowerCase()) && !ADVERB_OR_NEGATION.test(w));
}

/** Pairs of feature groups the linear model cannot combine itself ("a loose proposal told in the simple past"). */
const CROSSED: [string, string][] = [["src:", "aspect:"], ["src:", "type:"], ["report", "aspect:"], ["subject-kind:", "aspect:"]];

/** The features of one group: all "src:…" for "src:", else the one feature named. */
const inGroup = (features: string[], g: string) => features.filter((x) => (g.endsWith(":") ? x.startsWith(g) : x === g));

/** Conjunctions of the crossed groups; a clause with no past predicate counts as aspect "none". */
export function crossedFeatures(features: string[]): string[] {
  const f = features.map((x) => (x === "no-past-predicate" ? "aspect:none" : x));
  return CROSSED.flatMap(([a, b]) => inGroup(f, a).flatMap((x) => inGroup(f, b).map((y) => `${x}&${y}`)));
}


const bucket = (n: number, edges: number[]) => edges.findIndex((e) => n <= e) < 0 ? `${edges.length}` : `${edges.findIndex((e) => n <= e)}`;

/** Features of the clause's own wording: tense, modality, negation, reporting and length (its words are no features: they fit one year's phrasing). */
function clauseFeatures(clause: string): string[] {
  const f: string[] = [];
  const flags: [string, RegExp][] = [["modal", MODAL], ["neg", NEGATION], ["perfect", PERFECT], ["pluperfect", PLUPERFECT], ["passive", PASSIVE], ["present", PRESENT], ["report", REPORT], ["habit", HABIT], ["background", BACKGROUND]];
  for (const [name, re] of flags) if (re.test(clause)) f.push(name);
  if (/\d/.test(clause)) f.push("number");
  const words = (clause.match(WORDS) ?? []).filter((w) => LOWER_FIRST.test(w) && w.length >= 3);
  f.push(`len:${bucket(words.length, [4, 8, 14, 24])}`);
  return f;
}

/** The nearest date mention's distance from the clause, in characters (0 inside it; capped at 2,000). */
export function dateDistance(ctx: EventCtx, e: FoundEvent): number {
  let nearest = 2000;
  for (const d of ctx.dates) nearest = Math.min(nearest, Math.max(0, d.start - e.end, e.start - d.end));
  return nearest;
}

/**
 * Numeric measures, written "name=value", for the boosted trees (happening-trees.ts), which split them at learned
 * thresholds; the logistic weights ignore them: the clause's length in words, where in the article it stands (0 first,
 * 1 last), how far the nearest date is and how many actors it names.
 */
export function happeningMeasures(ctx: EventCtx, e: FoundEvent): string[] {
  const words = ctx.text.slice(e.start, e.end).match(WORDS)?.length ?? 0;
  const position = Math.round((100 * e.start) / Math.max(1, ctx.text.length)) / 100;
  return [`words=${words}`, `position=${position}`, `date-distance=${dateDistance(ctx, e)}`, `actor-count=${e.actors.length}`];
}

/** Every feature of one proposal in its article. */
export function happeningFeatures(ctx: EventCtx, e: FoundEvent): string[] {
  const clause = ctx.text.slice(e.start, e.end);
  const si = sentenceAt(ctx, e.start);
  const s = ctx.sentences[si];
  const sentence = s ? ctx.text.slice(s.start, s.end) : clause;
  const f = [e.loose ? "src:loose" : "src:rule", `type:${e.type}`, `prec:${e.datePrecision}`, `actors:${bucket(e.actors.length, [0, 1, 2])}`];
  if (e.dateText) f.push("own-date");
  if (e.location) f.push("location");
  if (e.fatalities) f.push("fatalities");
  if (e.mentions && e.mentions.length > 1) f.push("mentioned-twice");
  if (isQuestion(ctx, e.start)) f.push("question");
  if (s && SPEAKER_LABEL.test(sentence)) f.push("speaker-label");
  if (inQuote(ctx, e.start)) f.push("in-quote");
  if (s && e.start > s.start + 3) f.push("not-sentence-start");
  f.push(`sentence:${bucket(si, [2, 6, 15])}`);
  if (simplePast(clause)) f.push("past");
  if (reportedCommitment(clause)) f.push("commitment");
  if (REPORT.test(clause) && PLUPERFECT.test(clause)) f.push("reported-past");
  const told = toldClause(clause);
  if (told.by === "sourced") f.push("sourced");
  const base = [...f, ...subjectFeatures(ctx, e.start, clause), ...predicateFeatures(told), ...clauseFeatures(withoutTrailingSource(clause))];
  return [...base, ...crossedFeatures(base), ...happeningMeasures(ctx, e)];
}

export function happeningProbability(model: HappeningModel, features: string[]): number {
  let z = model.bias;
  for (const x of features) z += model.weights[x] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The probability either kind of gate gives a proposal with these features. */
export const gateProbability = (model: HappeningModel | TreesGate, features: string[]) =>
  "trees" in model ? treesProbability(model, features) : happeningProbability(model, features);

/** The proposals the model accepts, without the `loose` mark (a loose proposal must clear the higher bar). */
export function gateHappenings(ctx: EventCtx, events: FoundEvent[], model: HappeningModel | TreesGate = MODEL): FoundEvent[] {
  return events
    .filter((e) => gateProbability(model, happeningFeatures(ctx, e)) >= (e.loose ? model.looseThreshold : model.threshold))
    .map(({ loose: _loose, ...e }) => e);
}
