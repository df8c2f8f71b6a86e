/**
 * A small, transparent event-type model learned from the annotated development events: multinomial naive Bayes
 * over the clause's common words (stemmed; names dropped, since they do not carry over to unseen articles). It
 * does not replace the codebook rules, it checks them: `combineType` keeps a rule's type unless the clause's words
 * make that type less likely than it is a priori; then the model's type if it is very sure, else `other` ("never a
 * confident wrong type"). It abstains where it knows too little: a clause with few words it saw in training, or a
 * rule type it saw few examples of (on unseen prose an eager veto turned fitting types into `other`). The rules' type is deliberately not a feature: the rules are tuned on the same articles,
 * so a model fed their type only learns to echo them (measured: no gain on rules it had not been tuned with).
 * Weights: type-model.json, written by `npx tsx tests/bench/extract-types.ts --write` from the dev fixtures.
 */
import { EVENT_TYPES, type EventType } from "./events/context";

/** Words, with their apostrophes and hyphens. */
const WORDS = /\p{L}[\p{L}'’-]*/gu;
/** Starts with a lower-case letter. */
const LOWER_FIRST = /^\p{Ll}/u;

export interface TypeExample { clause: string; label: EventType }
export interface TypeModel {
  /** Per type: how many examples, how many feature tokens, and the count of each feature. */
  classes: Partial<Record<EventType, { docs: number; tokens: number; counts: Record<string, number> }>>;
  vocabulary: number;
}

const STOP = new Set(
  ("the and for with that this from into over after before about which who whom whose what when where while their there these those " +
    "its his her they them has have had was were been being are not but also than then said says told would could will should may might " +
    "one two three more most some any all other such only just very own our out off per via").split(" "),
);

/** "launches", "launched", "launching" -> "launch"; "strikes" -> "strik"; crude but the same on both sides. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 5 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.length > 5 && w.endsWith("ing")) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith("ed")) return withoutFinalE(w.slice(0, -2));
  if (w.length > 4 && w.endsWith("es") && !w.endsWith("ses")) return withoutFinalE(w.slice(0, -2));
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return withoutFinalE(w.slice(0, -1));
  return withoutFinalE(w);
}

/** `w.replace(/e$/, "")` without a regex: stems are taken for every word of every clause the model reads. */
const withoutFinalE = (w: string) => (w.endsWith("e") ? w.slice(0, -1) : w);

/** The features of a clause: stems of its lower-case words (names and numbers left out). */
export function typeFeatures(clause: string): string[] {
  const words = clause.match(WORDS) ?? [];
  return words.filter((w) => LOWER_FIRST.test(w) && w.length >= 3 && !STOP.has(w)).map(stem);
}

export function trainTypeModel(examples: TypeExample[]): TypeModel {
  const classes: TypeModel["classes"] = {};
  const vocab = new Set<string>();
  for (const ex of examples) {
    const c = (classes[ex.label] ??= { docs: 0, tokens: 0, counts: {} });
    c.docs++;
    for (const f of typeFeatures(ex.clause)) {
      c.counts[f] = (c.counts[f] ?? 0) + 1;
      c.tokens++;
      vocab.add(f);
    }
  }
  return { classes, vocabulary: vocab.size };
}

export interface TypeScore { type: EventType; p: number; prior: number; /** Training examples of the type. */ docs: number }
/** The model's view of a clause: the posterior, and how many of the clause's features it saw in training. */
export interface TypeJudgement { posterior: TypeScore[]; known: number }

/** Posterior probability of each type seen in training, highest first (Laplace smoothing), with its prior. */
export function typePosterior(model: TypeModel, clause: string): TypeScore[] {
  return judgeType(model, clause).posterior;
}

/** A feature's log likelihood under each type the model has (in EVENT_TYPES order), and whether training saw it. */
interface FeatureTerms { terms: number[]; known: boolean }
/**
 * Per model, the terms of each feature training saw (a clause's features recur across an article's clauses), and one
 * entry shared by every feature it did not see: the cache stays as small as the model however much text a server reads.
 */
const termsByModel = new WeakMap<TypeModel, { seen: Set<string>; known: Map<string, FeatureTerms>; unseen: FeatureTerms }>();

type TypeClass = NonNullable<TypeModel["classes"][EventType]>;

function termsOf(model: TypeModel, count: (c: TypeClass) => number): number[] {
  return EVENT_TYPES.flatMap((type) => {
    const c = model.classes[type];
    return c ? [Math.log((count(c) + 1) / (c.tokens + model.vocabulary + 1))] : [];
  });
}

function featureTerms(model: TypeModel, f: string): FeatureTerms {
  let cache = termsByModel.get(model);
  if (!cache) {
    const seen = new Set(Object.values(model.classes).flatMap((c) => Object.keys(c.counts)));
    termsByModel.set(model, (cache = { seen, known: new Map(), unseen: { terms: termsOf(model, () => 0), known: false } }));
  }
  if (!cache.seen.has(f)) return cache.unseen;
  let t = cache.known.get(f);
  if (!t) cache.known.set(f, (t = { terms: termsOf(model, (c) => c.counts[f] ?? 0), known: true }));
  return t;
}

export function judgeType(model: TypeModel, clause: string): TypeJudgement {
  const feats = typeFeatures(clause).map((f) => featureTerms(model, f));
  const classes = Object.values(model.classes);
  const total = classes.reduce((n, c) => n + c.docs, 0);
  const logs = EVENT_TYPES.flatMap((type) => {
    const c = model.classes[type];
    if (!c) return [];
    return [{ type, prior: c.docs / total, docs: c.docs }];
  }).map((x, i) => {
    let lp = Math.log(x.docs / total);
    for (const f of feats) lp += f.terms[i];
    return { type: x.type, lp, prior: x.prior, docs: x.docs };
  });
  const max = Math.max(...logs.map((x) => x.lp));
  const z = logs.reduce((n, x) => n + Math.exp(x.lp - max), 0);
  const posterior = logs.map((x) => ({ type: x.type, p: Math.exp(x.lp - max) / z, prior: x.prior, docs: x.docs })).sort((a, b) => b.p - a.p);
  const known = feats.filter((f) => f.known).length;
  return { posterior, known };
}

export interface CombineOptions {
  /** The model's probability above which its type wins over a disagreeing rule. */
  confident: number;
  /** How many times its prior the model's probability for the rule's own type must be for the rule to keep it. */
  ruleKept: number;
  /** The model abstains (the rule's type stands) on a clause with fewer features it saw in training. */
  minKnown: number;
  /** …and on a rule type it saw fewer training examples of: it cannot speak against a type it barely knows. */
  minDocs: number;
}
// Chosen by leave-one-article-out cross-validation (tests/bench/extract-types.ts --grid --unseen-rules).
export const COMBINE: CombineOptions = { confident: 0.95, ruleKept: 1, minKnown: 3, minDocs: 20 };

/**
 * Rule and model together: the rule's type stands unless the model knows the clause's words and the rule's type
 * well enough and the words speak against it; then a very sure model, else `other`.
 */
export function combineType(rule: EventType, { posterior, known }: TypeJudgement, opts: CombineOptions = COMBINE): EventType {
  const top = posterior[0];
  if (!top || top.type === rule || known < opts.minKnown) return rule;
  const own = posterior.find((x) => x.type === rule);
  if (rule !== "other" && (own?.docs ?? 0) < opts.minDocs) return rule;
  if (top.p >= opts.confident) return top.type;
  return own && own.p >= opts.ruleKept * own.prior ? rule : "other";
}
