/**
 * People features introduce without a full name: a first name with an age or a description ("Andriy, a
 * 41-year-old driver", "Olena, 52,"), a call sign ("a major who goes by the callsign Bear"), or a first name and
 * an initial ("identified only as Dmitri T.", "Halyna P., 61,"), or the name a described person is called by ("a woman
 * called Halyna") or set off after ("a Kenyan volunteer, Baraka,"). Each is a person named as the article names them.
 */
import { isFirstName, lexiconTag } from "../nlp";
import { NAME_ONLY_AS, PERSON_NOUNS } from "./described-sources";
import type { Registry } from "./registry";
import { capitalFirst } from "../capital-first";
import { isGivenName } from "./given-names";
import { isPersonNoun } from "./person-nouns";

const NAME = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
/** An age or a description after a name: "Andriy, 41," / "Andriy, a 41-year-old driver" / "Olena (52)" / "Serhii, a volunteer driver". */
const AGE_AFTER = new RegExp(`,\\s+(?:an?\\s+)?\\d{1,2}(?:,|-year-old\\b)|\\s+\\(\\d{1,2}\\)|,\\s+an?\\s+(?:[\\p{Ll}\\d-]+\\s+){0,3}(?:${PERSON_NOUNS})\\b`, "gu");
/** A single first name after a relative or an age: "his mother, Olena,", "Kholodova's son Artyom", "11-year-old Maksym", "one of them, Andrii,". */
const RELATIVE = "mother|father|son|daughter|aunt|uncle|wife|husband|brother|sister|grandmother|grandfather|grandson|granddaughter|nephew|niece|neighbour|neighbor";
const NAMED_AFTER = new RegExp(
  `(?:\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|\\p{Lu}[\\p{L}-]+['’]s)\\s+(?:(?:eldest|youngest|elder|younger|older)\\s+)?(?:${RELATIVE}),?|\\b\\d{1,2}-year-old|\\bone of (?:them|the \\p{Ll}+),)\\s+(${NAME})(?=\\s*[,.;:)]|\\s+(?:is|was|has|had|said|says|told|and|who|from)\\b)`,
  "gu",
);
/** The name the age follows, not the end of a longer capitalised phrase ("Mala Tokmachka, 12,"). */
const NAME_BEFORE = new RegExp(`(?<![\\p{L}’'.-])(?<!\\p{Lu}[\\p{L}’'.-]*\\s)(${NAME}(?:\\s\\p{Lu}\\.)?)$`, "u");
/**
 * "the callsign Bear", "call sign, “Kit”", "nom de guerre Sokil", "goes by Taras", "his first name, Ivan", "introduced
 * himself as Sergei", "gave her name only as Inna", "identified only as Petro".
 */
const CALL_SIGN = new RegExp(`\\b(?:call\\s?sign|nom de guerre|nickname|goes by|first name|introduced (?:himself|herself) as|${NAME_ONLY_AS}),?\\s+(?:(?:of|as)\\s+)?["“']?(${NAME})\\b`, "gu");
/**
 * A first name set off by a relative clause about a relative or by a role ("Oksana, whose son …, says", "Taras, the
 * convoy's driver, said"): the name this person goes by.
 */
const SET_OFF = capitalFirst(new RegExp(
  `(?<![\\p{L}’'.-])(?<!\\p{Lu}[\\p{L}’'.-]*\\s)(${NAME}),\\s+(?:whose\\s+(?:${RELATIVE})\\b|(?:the|an?)\\s+(?:[\\p{Ll}’'-]+\\s+){0,3}?(?:${PERSON_NOUNS}|chief|head|commander|driver|mayor)\\b[^,.;"“”]{0,40},\\s+(?:\\p{Ll}+\\s+)?(?:said|says|told|added|recalls|recalled|explains|explained)\\b)`,
  "gu",
));
/** '«…», explains Serhii, the convoy's chief,': a first name after a quotation's inverted reporting verb, then a description. */
const INVERTED_SPEAKER = new RegExp(`[”"»’]\\s*,?\\s+(?:said|says|explains|explained|recalls|recalled|adds|added)\\s+(${NAME}),\\s+(?:the|an?|his|her)\\s`, "gu");
const SPEAKING = "said|says|told|tells|explains|explained|recalls|recalled|adds|added";
/** '"…," says Olena.' / '"…," Olena told AFP.': a lone first name speaking right after a quotation. */
const QUOTED_FIRST_NAME = new RegExp(`[”"»’]\\s*,?\\s+(?:(?:${SPEAKING})\\s+(${NAME})(?=\\s*[.,;]|\\s*$)|(${NAME})\\s+(?:${SPEAKING})\\b)`, "gu");
/**
 * "Oksana (not her real name) told …", "Taras, who fled in March, …": a lone first name set off by a lower-case
 * parenthesis or a "who" clause.
 */
const FIRST_NAME_SET_OFF = capitalFirst(new RegExp(`(?<![\\p{L}’'.-])(?<!\\p{Lu}[\\p{L}’'.-]*\\s)(${NAME})(?:\\s+\\(\\p{Ll}|,\\s+who\\s)`, "gu"));
/** "O'Neill told reporters", "McAllister said": a surname of an Irish or Scottish shape, alone before a reporting verb. */
const CLAN_SURNAME_SPEAKING = new RegExp(`(?=[OM])(?<![\\p{L}’'.-])((?:O['’]|Mc|Mac)\\p{Lu}\\p{Ll}+)\\s+(?:${SPEAKING}|says|stated|warned|noted|wrote)\\b`, "gu");
/** "identified only as Dmitri T.", "named only as Halyna P." or a known first name with an initial. */
const INITIAL = capitalFirst(new RegExp(`\\b(${NAME}\\s\\p{Lu}\\.)(?=[\\s,;)]|['’]s\\b|$)`, "gu"));

/** "an 83-year-old woman called Halyna", "a young medic named Taras": a person noun, then the one name it goes by. */
const CALLED = new RegExp(`\\b(?:an?|one)\\s+(?:\\d{1,3}-year-old\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(\\p{Ll}[\\p{Ll}-]+)\\s+(?:called|named)\\s+(${NAME})(?![\\p{L}-]|\\s+\\p{Lu})`, "gu");
const LISTED_PERSON_NOUN = new RegExp(`^(?:${PERSON_NOUNS})$`);
/** "A Kenyan volunteer, Baraka, was wounded", "the shelter's cook, Tamuna, lights …": a first name set off after the person noun it names. */
const NOUN_APPOSED = new RegExp(`\\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|\\p{Lu}[\\p{L}-]+['’]s)\\s+(?:[\\p{L}\\d’'-]+\\s+){0,3}?(\\p{Ll}[\\p{Ll}-]+),\\s+(${NAME})(?=,)`, "gu");
/** What every match of NOUN_APPOSED holds (a noun, then a name set off by commas): a fast test that spares the slower scan a text with none. */
const NAME_SET_OFF_AFTER_NOUN = new RegExp(`(?<=[\\p{Ll}-]),\\s+${NAME},`, "u");

export function introducedPersons(r: Registry): void {
  const add = (name: string) => {
    const taken = r.byForm.get(name) ?? r.gazForm.get(name);
    if (!taken && !r.stateOfDemonym.has(name)) r.addForm(r.ensure(name, "person"), name);
  };
  for (const age of r.text.matchAll(AGE_AFTER)) {
    const name = NAME_BEFORE.exec(r.text.slice(Math.max(0, age.index - 40), age.index))?.[1];
    if (name && (!lexiconTag(name.split(" ")[0]) || isFirstName(name.split(" ")[0]))) add(name);
  }
  for (const m of r.text.matchAll(CALL_SIGN)) add(m[1]);
  if (NAME_SET_OFF_AFTER_NOUN.test(r.text)) for (const m of r.text.matchAll(NOUN_APPOSED)) if ((LISTED_PERSON_NOUN.test(m[1]) || isPersonNoun(m[1])) && !r.tokenIsPlaceish(m[2]) && (!lexiconTag(m[2]) || isFirstName(m[2]))) add(m[2]);
  for (const m of r.text.matchAll(CALLED)) if ((LISTED_PERSON_NOUN.test(m[1]) || isPersonNoun(m[1])) && !r.tokenIsPlaceish(m[2])) add(m[2]);
  for (const m of r.text.matchAll(NAMED_AFTER)) if (!lexiconTag(m[1]) || isFirstName(m[1])) add(m[1]);
  for (const m of r.text.matchAll(INVERTED_SPEAKER)) if ((!lexiconTag(m[1]) && !r.tokenIsPlaceish(m[1])) || isFirstName(m[1])) add(m[1]);
  for (const m of r.text.matchAll(QUOTED_FIRST_NAME)) if (isGivenName(m[1] ?? m[2])) add(m[1] ?? m[2]);
  for (const m of r.text.matchAll(SET_OFF)) if ((!lexiconTag(m[1]) && !r.tokenIsPlaceish(m[1])) || isFirstName(m[1])) add(m[1]);
  for (const m of r.text.matchAll(FIRST_NAME_SET_OFF)) if (isGivenName(m[1]) && !r.tokenIsPlaceish(m[1])) add(m[1]);
  for (const m of r.text.matchAll(CLAN_SURNAME_SPEAKING)) add(m[1]);
  for (const m of r.text.matchAll(INITIAL)) {
    const only = /\b(?:only|just)\s+(?:as\s+)?$/.test(r.text.slice(Math.max(0, m.index - 20), m.index));
    if (only || isFirstName(m[1].split(" ")[0]) || courtStyleName(r, m[1], m.index)) add(m[1]);
  }
}

/**
 * "Halyna P. told the court": a first name no word list knows, then an initial that ends the name (no surname
 * follows, so not a middle initial) and a word that is not a new sentence's capital.
 */
function courtStyleName(r: Registry, name: string, at: number): boolean {
  const first = name.split(" ")[0];
  if (lexiconTag(first) || r.gazForm.has(first) || r.stateOfDemonym.has(first)) return false;
  return /^[,;)]|^\s+\p{Ll}|^['’]s\b/u.test(r.text.slice(at + name.length, at + name.length + 4));
}
