/**
 * The small part of `compromise` the engine uses: its English lexicon and verb conjugation (both plain
 * lookups, no tagging pass, so they cost microseconds). Shared by the extraction steps.
 */
import nlp from "compromise/two";

/** An -ing form. */
const GERUND = /^\p{Ll}{3,}ing$/u;

type Conjugation = { Infinitive?: string; PastTense?: string; PresentTense?: string; Gerund?: string; Participle?: string };
interface VerbMethods {
  toInfinitive(word: string, model: object, tense: string): string;
  conjugate(infinitive: string, model: object): Conjugation;
}
const model = nlp.model() as { one: { lexicon: Record<string, string | undefined> } };
const verb = (nlp.methods() as { two: { transform: { verb: VerbMethods } } }).two.transform.verb;

/** The lexicon's tag for a lower-case word ("PastTense", "Infinitive", "Noun", …), if it knows the word. */
export function lexiconTag(word: string): string | undefined {
  return model.one.lexicon[word.toLowerCase()];
}

/** Whether the lexicon knows a word as a first name ("Tatiana", "Ignacio"). */
export function isFirstName(word: string): boolean {
  return /^(?:MaleName|FemaleName|FirstName)$/.test(lexiconTag(word) ?? "");
}

/** Whether a word reads as a finite past-tense verb ("met", "struck", "pounded"). */
export function isPastTense(word: string): boolean {
  const w = word.toLowerCase();
  const tag = lexiconTag(w);
  if (tag) return tag === "PastTense";
  return /^[a-z]{3,}ed$/.test(w);
}

/** "pounded" → "pounds" (or "pound" for a plural subject); "spoken" → "speaks". Unknown words come back unchanged. */
export function toPresent(word: string, opts: { plural: boolean }): string {
  const w = word.toLowerCase();
  const form = lexiconTag(w) === "Participle" ? "Participle" : GERUND.test(w) ? "Gerund" : "PastTense";
  const inf = verb.toInfinitive(w, model, form);
  if (!inf) return word;
  const forms = verb.conjugate(inf, model);
  const out = opts.plural ? forms.Infinitive : forms.PresentTense;
  return out ?? word;
}
