/**
 * Whether a lower-case noun names a person ("importer", "correspondent", "surveyor"), read from compromise's lexicon
 * (its "Actor" tag) or, for a word the lexicon does not know, from its form: an agent noun built on a verb ("import" →
 * "importer", "survey" → "surveyor", "supply" → "supplier", "detain" → "detainee"), or an -ist, -ian, -ant/-ent or -man
 * noun ("strategist", "civilian", "correspondent", "ferryman"). A word the lexicon files as something else ("border",
 * "number", "plant") is no person.
 */
import { lexiconTag } from "../nlp";
import { memoByString } from "../memo";

/** A verb, or a word the lexicon files as a noun that is also a verb ("export", "supply", "launch"). */
const isVerb = (w: string) => /^(?:Infinitive|Singular)$/.test(lexiconTag(w) ?? "");

/** "importer" ← "import", "trader" ← "trade", "shipper" ← "ship", "supplier" ← "supply", "surveyor" ← "survey". */
function agentOfVerb(w: string): boolean {
  const m = /^(\p{Ll}{3,}?)(e?r|or|ee)$/u.exec(w);
  if (!m) return false;
  const stem = m[1];
  // "shipper" ← "ship", but not "committee" ← "commit": a doubled consonant before an agent's -er only.
  const doubled = m[2] !== "ee" && /(\p{Ll})\1$/u.test(stem) && stem.length >= 5 ? stem.slice(0, -1) : null;
  return isVerb(stem) || isVerb(`${stem}e`) || (stem.endsWith("i") && isVerb(`${stem.slice(0, -1)}y`)) || (!!doubled && isVerb(doubled));
}

/** "strategist", "civilian", "correspondent", "ferryman": person suffixes other than the verb's agent. */
const PERSON_SUFFIX = /^\p{Ll}{3,}(?:ist|ian|ant|ent|man|woman|person)$/u;
const NOT_PERSON_SUFFIX = /ment$/;

export const isPersonNoun = memoByString((word: string): boolean => {
  const tag = lexiconTag(word);
  if (tag !== undefined) return tag === "Actor";
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return false;
  return agentOfVerb(word) || (PERSON_SUFFIX.test(word) && !NOT_PERSON_SUFFIX.test(word));
});
