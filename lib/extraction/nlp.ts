/**
 * The small part of `compromise` the engine uses: its English lexicon and verb conjugation (both plain
 * lookups, no tagging pass, so they cost microseconds), and its tagger on a single word the lexicon lacks, where a
 * rare step needs it. Shared by the extraction steps.
 */
import nlp from "compromise/two";
import { memoByKey, memoByString } from "./memo";

/** An -ing form. */
const GERUND = /^\p{Ll}{3,}ing$/u;

type Conjugation = { Infinitive?: string; PastTense?: string; PresentTense?: string; Gerund?: string; Participle?: string };
interface VerbMethods {
  toInfinitive(word: string, model: object, tense: string): string;
  conjugate(infinitive: string, model: object): Conjugation;
}
const model = nlp.model() as { one: { lexicon: Record<string, string | undefined> } };
const verb = (nlp.methods() as { two: { transform: { verb: VerbMethods } } }).two.transform.verb;

/**
 * compromise's conjugation and its infinitive by suffix rules, each asked once per article for a word: titles put the
 * same verbs in the present clause after clause, and each answer takes many suffix-rule look-ups.
 */
const conjugation = memoByString((infinitive: string): Conjugation => verb.conjugate(infinitive, model));
const lexiconInfinitive = memoByKey((w: string, form: string): string => verb.toInfinitive(w, model, form), (w, form) => `${form}\u0000${w}`);

/**
 * The lexicon's tag for a lower-case word ("PastTense", "Infinitive", "Noun", …), if it knows the word. The steps ask
 * the same few hundred words thousands of times an article: each is looked up once (the lexicon has ~100,000 entries).
 */
export const lexiconTag = memoByString((word: string): string | undefined => model.one.lexicon[word.toLowerCase()]);

/** Whether the lexicon knows a word as a first name ("Tatiana", "Ignacio"). */
export function isFirstName(word: string): boolean {
  return /^(?:MaleName|FemaleName|FirstName)$/.test(lexiconTag(word) ?? "");
}

/** A verb prefix the lexicon leaves out of its irregular forms ("retook", "overran", "withstood", "rebuilt"). */
const VERB_PREFIX = /^(?:re|over|under|with|out|up|fore|mis)(?=[a-z]{3,}$)/;

/** Verb forms of war reporting the lexicon lacks or files as something else, with their infinitive. */
const MISSING_FORMS: Record<string, { tag: string; infinitive: string }> = {
  overrun: { tag: "Participle", infinitive: "overrun" },
};

/** The lexicon's tag for a word, or for its root when a verb prefix hides it ("retook" → "took": PastTense). */
function verbTag(w: string): string | undefined {
  const tag = MISSING_FORMS[w]?.tag ?? lexiconTag(w);
  if (tag) return tag;
  const root = w.replace(VERB_PREFIX, "");
  const rootTag = root === w ? undefined : lexiconTag(root);
  return rootTag === "PastTense" || rootTag === "Participle" ? rootTag : undefined;
}

/** Whether a word reads as a finite past-tense verb ("met", "struck", "pounded", "retook"). */
export const isPastTense = memoByString(pastTense);
function pastTense(word: string): boolean {
  const w = word.toLowerCase();
  const tag = verbTag(w);
  // "built", "sought": a participle spelt like its verb's past is a past too.
  if (tag === "Participle") return participleIsPast(w);
  if (tag) return tag === "PastTense";
  return /^[a-z]{3,}ed$/.test(w);
}

/**
 * Whether the verb conjugation reads a word as a past form the lexicon files under another tag ("left", "lost",
 * "abandoned": adjectives there): a past only where its clause needs a finite verb, which the caller decides.
 */
export const conjugatesAsPast = memoByString(conjugatedPast);
function conjugatedPast(word: string): boolean {
  const w = word.toLowerCase();
  const inf = infinitiveOf(w, "PastTense");
  // An unknown word comes back as its own infinitive ("forces" → "forces"): no verb read.
  return !!inf && inf !== w && conjugation(inf).PastTense === w;
}

/**
 * Whether a word can read as a verb's third-person present ("describes", "carries", "runs": the lexicon files some as
 * plural nouns), its infinitive conjugating back to it: a present only where its clause needs a finite verb.
 */
export const conjugatesAsPresent = memoByString(conjugatedPresent);
function conjugatedPresent(word: string): boolean {
  const w = word.toLowerCase();
  const tag = lexiconTag(w);
  if (tag === "PresentTense") return true;
  if (!/^\p{Ll}{3,}s$/u.test(w) || (tag && tag !== "Plural")) return false;
  const inf = infinitiveOf(w, "PresentTense");
  return !!inf && inf !== w && conjugation(inf).PresentTense === w;
}

/** The infinitive of a finite verb form ("drove" → "drive", "meets" → "meet"), or undefined for a word no verb conjugates to. */
export const infinitiveOfFinite = memoByString((word: string): string | undefined => {
  const w = word.toLowerCase();
  const inf = infinitiveOf(w, isPastTense(w) || conjugatesAsPast(w) ? "PastTense" : "PresentTense");
  return inf && (inf !== w || conjugation(inf).Infinitive === w) ? inf : undefined;
});

/** Whether a word is a past participle, prefixed or not ("taken", "overrun", "rebuilt"). */
export function isParticipleForm(word: string): boolean {
  return verbTag(word.toLowerCase()) === "Participle";
}

/** "pounded" → "pounds" (or "pound" for a plural subject); "spoken" → "speaks". Unknown words come back unchanged. */
export function toPresent(word: string, opts: { plural: boolean }): string {
  const w = word.toLowerCase();
  const form = verbTag(w) === "Participle" ? "Participle" : GERUND.test(w) ? "Gerund" : "PastTense";
  const inf = infinitiveOf(w, form);
  if (!inf) return word;
  const forms = conjugation(inf);
  const out = opts.plural ? forms.Infinitive : forms.PresentTense;
  return out ?? word;
}

/** "lodge" → "lodges", "have" → "has" (a bare infinitive in the present; `plural` keeps it bare). */
export function presentOf(infinitive: string, opts: { plural: boolean }): string {
  if (opts.plural) return infinitive;
  return conjugation(infinitive.toLowerCase()).PresentTense ?? infinitive;
}

/** "taken" → "took", "destroyed" → "destroyed": a participle as the simple past, once its "had" is dropped. */
export function toPast(word: string): string {
  const w = word.toLowerCase();
  if (verbTag(w) !== "Participle") return word;
  const inf = infinitiveOf(w, "Participle");
  return (inf && conjugation(inf).PastTense) || word;
}

/** Whether a word is a past that no participle shares ("began", "went", "fell"; not "held", "struck"): a finite past. */
export function isPastOnly(word: string): boolean {
  const w = word.toLowerCase();
  if (lexiconTag(w) !== "PastTense") return false;
  const inf = infinitiveOf(w, "PastTense");
  const participle = inf && conjugation(inf).Participle;
  return !!participle && participle !== w;
}

function infinitiveOf(w: string, form: string): string | undefined {
  return MISSING_FORMS[w]?.infinitive ?? (lexiconInfinitive(w, form) || undefined);
}

/** Conjugating costs microseconds, and the same few participles come back in every article: each is asked once. */
const pastParticiples = new Map<string, boolean>();
function participleIsPast(w: string): boolean {
  let past = pastParticiples.get(w);
  if (past === undefined) pastParticiples.set(w, (past = toPast(w) === w && infinitiveOf(w, "Participle") !== undefined));
  return past;
}

/** Tags of words that stand before a report's or a conjunction's "that", never before a relative on a noun; nor a time ("the year that ended"). */
const NOT_A_HEAD = new Set(["Duration", "Month", "WeekDay", "Date", "PastTense", "Participle", "Infinitive", "Gerund", "Adverb", "Conjunction", "Preposition", "Determiner", "Copula", "Modal", "Pronoun", "Adjective", "Comparative", "Superlative", "QuestionWord"]);
/** Whether a word may head a noun phrase: a name, a number or a word the lexicon knows as no verb, adverb or function word. */
export function mayHeadNoun(word: string): boolean {
  const tag = lexiconTag(word) as unknown;
  const tags = Array.isArray(tag) ? (tag as string[]) : tag ? [tag as string] : [];
  return !tags.some((t) => NOT_A_HEAD.has(t));
}

/**
 * Whether compromise's tagger reads a word the lexicon lacks as an adjective ("Neutral", "Oil-rich"): one word tagged
 * alone, a millisecond, so for the rare word a step must place and the lexicon cannot.
 */
export const taggedAdjective = memoByString((word: string): boolean => nlp(word).has("#Adjective"));
