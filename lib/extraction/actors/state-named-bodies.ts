import { DAY_NAMES, isStateName, MONTH_NAMES, NON_NAME_WORDS, TITLE_WORDS } from "../gazetteer";
import { lexiconTag, taggedAdjective } from "../nlp";
import { beforeVerb } from "./before-verb";
import type { Registry } from "./registry";
import { capitalFirst } from "../capital-first";

/** One to three capitalised words, then a capitalised word or two that may be a state's name: "Global Affairs Canada". */
const WORDS_THEN_NAME = capitalFirst(/(?<![\p{L}\p{N}'’.-])((?:\p{Lu}[\p{L}-]+\s+){1,3})(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)(?![\p{L}\p{N}'’-])/gu);
/** Words that open no name however they are capitalised: adverbs, joiners, dates, verbs ("Meanwhile Canada said", "Rebuilding Ukraine is"). */
const NO_NAME_TAG = /^(?:Adverb|Conjunction|Determiner|Preposition|QuestionWord|Date|Pronoun|PastTense|Gerund|Copula|Modal|Participle)$/;
/** "Western Ukraine", "Latin America", "Mainland China": a region of a state or continent, no body. */
const REGION = /^(?:Western|Eastern|Northern|Southern|Central|Greater|Occupied|Latin|Mainland)$/;
/** Lexicon tags of a word that describes or classifies the state after it rather than naming a body ("Tiny", "Team"). */
const NOT_A_BODY_HEAD = /^(?:Adjective|Comparative|Superlative|Participle|PastTense|Singular)$/;

/** Whether a capitalised word can stand inside a body's own name. */
function nameWord(r: Registry, w: string): boolean {
  const tags = [lexiconTag(w) ?? []].flat();
  return !NON_NAME_WORDS.has(w) && !DAY_NAMES.test(w) && !MONTH_NAMES.test(w) && !REGION.test(w) && !/ing$/.test(w) &&
    !r.stateOfDemonym.has(w) && !isStateName(w) && !r.gazForm.has(w) && !tags.some((t) => NO_NAME_TAG.test(t));
}

/**
 * Whether the word before the state can end a body's name: a field ("Statistics", "Global Affairs", "Revenue") or an
 * imperative ("Invest"), not an adjective ("Tiny Estonia", "Oil-rich Azerbaijan": a compound's last part decides) nor
 * a bare count noun set before the state like a title ("Team Ukraine").
 */
function headsBody(word: string): boolean {
  const last = word.split("-").pop()!;
  const tag = lexiconTag(last);
  return tag ? !NOT_A_BODY_HEAD.test(tag) : !taggedAdjective(last);
}

/**
 * A body whose name ends in its state's ("Global Affairs Canada said", "Statistics Norway reported"): the whole name
 * acting or cited ("according to Statistics Norway") is one body, not the state with a person or a stray word before
 * it. Only where a verb follows or a citation precedes, so a place ("Western Ukraine") or a list of names is left alone.
 */
export function stateNamedBodies(r: Registry, headlineEnd: number): void {
  const { text, byForm, ensure } = r;
  for (const m of text.matchAll(WORDS_THEN_NAME)) {
    if (m.index < headlineEnd || !isStateName(m[2], true)) continue;
    const words = m[1].trim().split(/\s+/);
    const first = words.findIndex((w) => nameWord(r, w));
    // "President Canada" is no body: a title opens a person's name, not a body's.
    if (first < 0 || TITLE_WORDS.has(words[first]) || words.slice(first).some((w) => !nameWord(r, w))) continue;
    const name = `${words.slice(first).join(" ")} ${m[2]}`;
    // "Great Britain said": the whole name is the state's own.
    if (isStateName(name, true) || !headsBody(words[words.length - 1])) continue;
    const cited = /\baccording to\s+$/.test(text.slice(Math.max(0, m.index - 14), m.index));
    if (byForm.has(name) || !(cited || beforeVerb(text.slice(m.index + m[0].length, m.index + m[0].length + 60)))) continue;
    ensure(name, "organization");
  }
}
