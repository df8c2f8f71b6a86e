/**
 * The grammar of a clause that may tell a happening, read without word lists of events: a subject (a name, a pronoun
 * or any noun phrase) followed by a finite verb in the simple past ("one driver died"), the perfect ("refiners have
 * cut purchases"), the pluperfect ("it had bought cargoes") or the passive ("the plant was hit"). A clause whose first
 * finite verb is present, modal or a bare "be" ("is", "will", "was ready") tells no such happening. The happening gate
 * (./happening.ts) decides which of these are happenings; this only says how the clause is built.
 */
import { conjugatesAsPast, lexiconTag } from "../nlp";
import { ED_WORD, LOWER_START, PLANNED_PARTICIPLES, UPPER_START } from "../word-shapes";
import { allMatches } from "../all-matches";
import { memoByKey } from "../memo";

/** "future": a "will/would" + verb, read only in a report's complement ("said it would send …"), where it tells a pledge made. */
export type Aspect = "past" | "perfect" | "pluperfect" | "passive" | "future";
export type SubjectKind = "name" | "pronoun" | "np";
export interface Predicate {
  aspect: Aspect;
  subject: SubjectKind;
  /** Where the verb group starts in the clause. */
  verbAt: number;
}

/** A word; a dot only inside it ("U.S", "3.5"), so a verb before the full stop is read as one ("Putin agreed."). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=[\p{L}\p{N}]))*/gu;
/** Connectives and a fronted phrase before the subject: "But", "Meanwhile,", "In 2023,", "On Monday night,". */
const CONNECTIVES = /^[\s,]*(?:(?:but|and|then|also|meanwhile|later|earlier|separately|so|yet|still|however)\b[\s,]*)*/i;
const FRONTED = /^(?:(?:in|on|at|by|during|since|after|before|over|within|for|last|this|early|late|earlier|later|overnight|on\s+the\s+night\s+of)\b[^,;]{0,40},\s+)/i;
const PRONOUNS = /^(?:he|she|it|they|we|i|you)$/i;
/** Words that open no subject: prepositions and subordinators ("after the strike", "when Kyiv …", "that …"). */
const NOT_SUBJECT_START = /^(?:after|when|while|as|if|unless|because|although|though|since|before|until|that|which|who|whom|whose|where|what|how|why|whether|there|to|not|than|once)$/i;
const AUXILIARY = /^(?:had|has|have|was|were|been|be|being|is|are|am|did|does|do|to|would|will|could|can|may|might|should|shall|must)$/i;
const PRESENT_OR_MODAL = /^(?:is|are|am|will|would|could|can|may|might|should|shall|must|does|do|says|seems|remains)$/i;
/** Irregular pasts the lexicon files as nouns or infinitives ("cut", "hit"), read as verbs only before an object. */
const BARE_PAST = /^(?:cut|hit|put|set|shut|spread|quit|cast|hurt|shed)$/i;
const OBJECT_START = /^(?:the|a|an|its|his|her|their|our|my|some|all|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*%?|more|about|nearly|over|off|back|down|up|into|in|on|at|to|from|through|across)$/i;
/** A participle after "has/had" or "was/were" ("damaged", "taken", "shot", "hit"). */
const PARTICIPLE_SHAPE = /^\p{Ll}{2,}(?:ed|en|wn|ne|ht|ck|ut|ld|ng|lt|pt|it|ot|de|un|ung|st)$/u;
const ADVERB = /^(?:\p{Ll}+ly|also|already|just|since|then|again|first|jointly|still|not|never|once|reportedly|now|later|finally)$/u;

const tagIs = (w: string, tag: string) => {
  const t = lexiconTag(w) as unknown;
  return Array.isArray(t) ? t.includes(tag) : t === tag;
};
const isParticiple = (w: string) => tagIs(w, "Participle") || tagIs(w, "PastTense") || PARTICIPLE_SHAPE.test(w) || BARE_PAST.test(w);
/** A simple past in its clause: a past form (the lexicon's, or a regular -ed or a bare one before its object). */
function simplePastAt(words: string[], i: number): boolean {
  const w = words[i], next = words[i + 1] ?? "";
  if (!LOWER_START.test(w) || AUXILIARY.test(words[i - 1] ?? "")) return false;
  if (tagIs(w, "PastTense") && !tagIs(w, "Copula")) return true;
  // "[the sanctions] hit exports": a bare plural noun opens an object too.
  const beforeObject = OBJECT_START.test(next) || UPPER_START.test(next) || tagIs(next.toLowerCase(), "Plural");
  return (ED_WORD.test(w) && (lexiconTag(w) === undefined || beforeObject)) || (BARE_PAST.test(w) && beforeObject);
}

const LOWER_WORD_OF_2 = /^\p{Ll}{2,}$/u;
/** The verb group starting at word i, after any adverbs: its aspect, or null when it is none of the four. */
function verbGroup(words: string[], i: number, future: boolean): Aspect | "stop" | null {
  const w = words[i].toLowerCase();
  let j = i + 1;
  while (j < words.length && ADVERB.test(words[j])) j++;
  const next = (words[j] ?? "").toLowerCase();
  if (w === "has" || w === "have" || w === "had") {
    if (next === "been") return isParticiple((words[j + 1] ?? "").toLowerCase()) ? "passive" : "stop";
    if (isParticiple(next)) return w === "had" ? "pluperfect" : "perfect";
    return "stop";
  }
  if (w === "was" || w === "were") return !/ing$/.test(next) && ((isParticiple(next) && !tagIs(next, "Adjective")) || ED_WORD.test(next)) ? "passive" : "stop";
  if (future && (w === "will" || w === "would") && LOWER_WORD_OF_2.test(next) && !/^(?:be|have|not|never|like|need)$/.test(next) && !tagIs(next, "Adverb")) return "future";
  if (PRESENT_OR_MODAL.test(w)) return "stop";
  return simplePastAt(words, i) ? "past" : null;
}

/**
 * The clause's subject and its first finite verb when that verb tells something done: past, perfect or passive.
 * Several steps ask it of the same clause (clause splitting, roles, candidates, the happening gate): answered once.
 */
// Keyed by the clause itself where it can be (no copy, and its hash is kept with the string for the next question).
export const pastPredicate = memoByKey(findPastPredicate, (clause: string, opts: { future?: boolean } = {}) => (opts.future ? `future\u0000${clause}` : clause));

function findPastPredicate(clause: string, opts: { future?: boolean } = {}): Predicate | null {
  const lead = CONNECTIVES.exec(clause)?.[0].length ?? 0;
  const fronted = FRONTED.exec(clause.slice(lead))?.[0].length ?? 0;
  const body = clause.slice(lead + fronted);
  const found = allMatches(WORD, body);
  const words = found.map((m) => m[0]);
  for (let i = 0; i < Math.min(words.length, 12); i++) {
    const aspect = verbGroup(words, i, !!opts.future);
    if (aspect === "stop") return null;
    if (!aspect) continue;
    const subject = words.slice(0, i);
    if (!subject.length || NOT_SUBJECT_START.test(subject[0]) || ["Gerund", "Preposition"].some((t) => tagIs(subject[0].toLowerCase(), t))) return null;
    const kind: SubjectKind = subject.length === 1 && PRONOUNS.test(subject[0]) ? "pronoun" : UPPER_START.test(subject[0]) && !/^(?:The|A|An)$/.test(subject[0]) ? "name" : "np";
    return { aspect, subject: kind, verbAt: lead + fronted + found[i].index };
  }
  return null;
}

/** The verbs that report what was said, in the past and present: the words the engine's report patterns share. */
export const REPORTING_VERBS = "said|says|told|reported|announced|claimed|added|stated|confirmed|wrote";
/** Speech acts a speaker does beyond saying ("… and warned that …", "…, and also accused …"): the speaker's own next verb. */
export const SPEECH_ACT_VERBS = "warned|accused|urged|called|threatened|demanded|denied|condemned|vowed";

/** A report verb with no "that" after it, and a day it was said: "said", "said on Tuesday", "told reporters". */
const BARE_REPORT = /\b(?:said|says|added|announced|confirmed|claimed|reported|told\s+(?:reporters|journalists|(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}))\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?!that\b)/u;

/**
 * The complement of a report without "that", when it is a clause of its own with a subject and a finite verb: "Diplomats
 * said the Commission had offered a delay" → "the Commission had offered a delay"; "Canada said it would send …".
 */
export function bareComplement(clause: string): string | null {
  const report = BARE_REPORT.exec(clause);
  if (!report) return null;
  const rest = clause.slice(report.index + report[0].length);
  return pastPredicate(rest, { future: true }) ? rest : null;
}

const PLANNED = new RegExp(`^(?:${PLANNED_PARTICIPLES})$`, "i");
const DONE: ReadonlySet<Aspect | "stop" | null> = new Set(["past", "perfect", "pluperfect", "passive"]);

/**
 * The verb group a subject-less clause opens with, after any adverbs, when it tells something done ("hit Odesa",
 * "had signed contracts", "was struck in 2024"), and the number of words before its first word after the group; else null.
 * `planned`: its last verb tells a happening planned, not done ("[the talks that] were planned for Monday").
 */
export function openingVerbGroup(clause: string): { aspect: Aspect; next: number; planned: boolean } | null {
  const words = allMatches(WORD, clause).map((m) => m[0]);
  let i = 0;
  while (i < words.length && ADVERB.test(words[i])) i++;
  const aspect = i < words.length ? verbGroup(words, i, false) : null;
  if (!aspect || !DONE.has(aspect)) return null;
  // Past the auxiliaries and adverbs of the group to its last verb ("has not | stopped", "had been | taken").
  let last = i;
  while (last < words.length - 1 && (AUXILIARY.test(words[last]) || (last > i && ADVERB.test(words[last])))) last++;
  return { aspect: aspect as Aspect, next: last + 1, planned: PLANNED.test(words[last]) };
}

/**
 * Where, in a clause opening with its verb group, a second finite verb starts, from word `from` on: the
 * verb of the subject a relative clause told of ("[drones that] hit Odesa overnight | killed two"). Not a participle
 * before "by" ("a depot used by the army"), nor one coordinated with the first ("hit Odesa and killed two").
 */
export function secondFiniteVerbAt(clause: string, from: number): number | null {
  const found = allMatches(WORD, clause);
  const words = found.map((m) => m[0]);
  for (let i = Math.max(1, from); i < Math.min(words.length, 16); i++) {
    // A verb after a clause of its own ("asked where her son | was buried") or a subject ("believed he | wanted") is that clause's.
    if (CLAUSE_OPENER.test(words[i]) || PRONOUNS.test(words[i])) return null;
    // A present or modal verb ends the relative too ("[drones that] hit Odesa | are Iranian-made").
    const aspect = verbGroup(words, i, false);
    if (!aspect || /^(?:and|or|but|to)$/i.test(words[i - 1]) || PARTICIPLE_AFTER.test(words[i + 1] ?? "")) continue;
    return found[i].index;
  }
  return null;
}

/**
 * Whether a text opens with a finite verb, after any adverbs: a past ("stopped", "met"), an auxiliary or modal ("has
 * repeatedly said", "was shelled", "will"), or a present ("says", "remains"); not a participle before its agent ("owned
 * by"), nor an -ing form. The verb that ends a relative set off by commas: "The plant, which opened in May, | closed …".
 */
export function opensFiniteVerb(text: string): boolean {
  const words = allMatches(WORD, text.slice(0, 80)).map((m) => m[0]);
  let i = 0;
  while (i < words.length && ADVERB.test(words[i])) i++;
  const w = words[i] ?? "";
  if (!LOWER_START.test(w) || PARTICIPLE_AFTER.test(words[i + 1] ?? "")) return false;
  if ((AUXILIARY.test(w) && !/^(?:to|be|been|being)$/.test(w)) || PRESENT_OR_MODAL.test(w) || tagIs(w, "PresentTense")) return true;
  const next = words[i + 1] ?? "";
  if (simplePastAt(words, i) || (ED_WORD.test(w) && PREPOSITION_AFTER_VERB.test(next))) return true;
  // "[Wagner fighters, who seized the city,] left it on Friday": a past the lexicon files as an adjective, before its object.
  return conjugatesAsPast(w) && (OBJECT_START.test(next) || OBJECT_PRONOUN.test(next) || UPPER_START.test(next));
}

const OBJECT_PRONOUN = /^(?:it|them|him|us|me|you)$/;

/** Prepositions an -ed verb with no object goes on with ("advanced near Pokrovsk", "moved towards the border"), which the lexicon files under other tags. */
const PREPOSITION_AFTER_VERB = /^(?:near|towards?|along|around|past|under|beyond|behind|inside|outside|within|against|with|amid|after|before|since|until|during)$/;

/** Words that open a clause inside the relative: "where", "whether", "that", "who". */
const CLAUSE_OPENER = /^(?:when|while|where|if|unless|because|although|though|whether|what|how|why|that|which|who|whom|whose)$/i;
/** What follows a participle in a noun phrase rather than a finite verb: "fuel refined from", "used by", "destined for". */
const PARTICIPLE_AFTER = /^(?:by|from|for|as)$/i;
