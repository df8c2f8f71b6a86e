/**
 * A full name no title, role noun or reporting verb vouches for ("Tengiz Beridze drove the families to Kutaisi") is still a
 * person's where the clause gives it a person's place: the subject opening a sentence before a verb people do ("drove",
 * "said"; not "fell", "lies" or "reopened", which places and buildings do too), the object
 * of a verb done to people ("sentenced", "detained"), the agent after the "by" of a person's deed ("founded by"), or a
 * name whose first word the text later uses alone ("says Nino"). Only names whose every word the English lexicon lacks
 * (or knows as a name) count, and never one the text also puts after "in", "near" or "the village of" (a place's name).
 */
import { conjugatesAsPast, conjugatesAsPresent, infinitiveOfFinite, isPastTense, lexiconTag } from "../nlp";
import { escapeRe } from "./lexicon";
import type { Token } from "./types";

/** Verbs whose object is a person: a court's, a police force's or an office's deeds, and meeting. */
const PERSON_OBJECT_VERB = /\b(?:sentenced|detained|arrested|charged|convicted|jailed|acquitted|interviewed|appointed|dismissed|sacked|nominated|thanked|congratulated|kidnapped|abducted|pardoned|extradited|deported|questioned|interrogated|summoned|hired|married|murdered|met)\s+$/;
/** Verbs (infinitives) whose subject is a person: speaking, thinking, meeting, deciding, travelling, working. */
const PERSON_SUBJECT_VERBS = new Set(
  ("say tell speak talk ask answer add explain describe recall remember insist argue admit deny claim announce promise warn urge " +
    "write sign meet visit call thank accuse criticise criticize praise believe think know want hope fear wish decide refuse agree " +
    "do drive walk travel return arrive flee leave join work live study teach serve resign contribute spend vote campaign").split(" "),
);
/** "founded by", "led by", "written by": the agent of a deed that people do. */
const PERSON_AGENT_BY = /\b(?:led|founded|co-founded|written|signed|organi[sz]ed|chaired|headed|run|directed|coordinated)\s+by\s+$/;
/** A sentence opens right before: the text's start, a line's, or a sentence's end (with a closing quotation mark). */
const SENTENCE_OPENS = /(?:^|[.!?]["”’»)]?\s+|\n\s*)$/;
/** Lexicon tags of names: a word so tagged may stand in a name. */
const NAME_TAG = /^(?:MaleName|FemaleName|FirstName|LastName|Person|ProperNoun)$/;

/** Heads of the names of buildings, grounds and documents ("Elysée Palace", "Montreux Convention"), which the lexicon lacks. */
const THING_HEAD = /^(?:Palace|Castle|Cathedral|Church|Chapel|Monastery|Mosque|Temple|Synagogue|Cemetery|Museum|Hall|House|Tower|Stadium|Arena|Theatre|Park|Gardens?|Market|Hotel|Convention|Agreement|Accords?|Pact|Charter|Code|Plan)$/;
/** Head words that open the names of places and buildings ("Hotel Ukraina", "Port Sudan", "Mount Elbrus", "Saint Petersburg"). */
const THING_OPENER = /^(?:Hotel|Palace|Castle|Cathedral|Church|Museum|Stadium|Port|Fort|Lake|Cape|Mount|Bay|Gulf|River|Saint|St|Camp|Isla|Sierra)$/;

const unknownOrName = (t: Token) => {
  const tag = lexiconTag(t.base);
  return !tag || NAME_TAG.test(tag);
};

/** The word after `end`, if lower-case: "drove" of "Tengiz Beridze drove …". */
function nextLowerWord(text: string, end: number): string | null {
  return /^ (\p{Ll}+)\b/u.exec(text.slice(end, end + 30))?.[1] ?? null;
}

const isFiniteVerb = (w: string) => isPastTense(w) || conjugatesAsPast(w) || conjugatesAsPresent(w);
/** A finite verb people do: "drove", "says", "met"; not "fell" or "lies", which a town does too. */
const isPersonVerb = (w: string) => isFiniteVerb(w) && PERSON_SUBJECT_VERBS.has(infinitiveOfFinite(w) ?? "");

/** A name whose head word, last or first, names a building, a ground, a document or a place ("Hotel Ukraina"). */
const namesAThing = (name: Token[]) => THING_HEAD.test(name[name.length - 1].base) || THING_OPENER.test(name[0].base);

/** Whether the text puts `fullName` after a locative ("in Chasiv Yar", "near Chasiv Yar", "the village of Chasiv Yar"). */
function namedAsPlace(text: string, fullName: string): boolean {
  return new RegExp(`\\b(?:in|near|at|outside|around|towards?|(?:village|town|city|district|region|settlement) of)\\s+${escapeRe(fullName)}\\b`, "u").test(text);
}

/**
 * Whether the clause gives `name` (two or three words, opening its run) a person's place; `before(n)` is the text before
 * the run, `firstAlone` how often its first word stands alone elsewhere.
 */
export function inPersonSlot(text: string, name: Token[], before: (n: number) => string, firstAlone: number): boolean {
  const last = name[name.length - 1];
  if (name.length < 2 || name.length > 3 || !name.every(unknownOrName) || namesAThing(name)) return false;
  const next = nextLowerWord(text, last.end);
  const subject = SENTENCE_OPENS.test(before(4)) && !!next && isPersonVerb(next);
  const object = PERSON_OBJECT_VERB.test(before(16)) || PERSON_AGENT_BY.test(before(18));
  const firstUsedAlone = name.length === 2 && firstAlone >= 1;
  if (!subject && !object && !firstUsedAlone) return false;
  return !namedAsPlace(text, name.map((t) => t.base).join(" "));
}
