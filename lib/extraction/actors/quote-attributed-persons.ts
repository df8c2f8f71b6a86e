/**
 * Persons the attribution of a quotation names when no other step proposed them: '“…,” Harbour Master Jan Wrona said',
 * '“…,” said Nodar Kipiani, head of …'. The name is the run's last two or three capitalised words that no word list
 * reads as an ordinary word, title, month, day, demonym or known actor; it is a person when its first word is a given
 * name, its surname is used alone elsewhere ("Kipiani told"), a description follows it (", head of …", ", 54,") or a
 * capitalised title stands before it. Otherwise the quotation would pass to the previous speaker.
 */
import { DAY_NAMES, NON_NAME_WORDS, TITLE_WORDS } from "../gazetteer";
import { lexiconTag } from "../nlp";
import { isGivenName } from "./given-names";
import type { Registry } from "./registry";

const RUN = "((?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,5}\\p{Lu}[\\p{L}’'-]+)";
const VERB = "said|says|told|tells|added|adds|wrote|writes|explained|explains|noted|stressed|warned|recalled|recalls|insisted";
/** '“…,” Jan Wrona said' / '“…” — Jan Wrona told': the run as the subject right after the closing mark. */
const SUBJECT_AFTER_QUOTE = new RegExp(`[”"»](?:\\s*[,—–]|(?<=,[”"»]))\\s*${RUN}\\s+(?:${VERB})\\b`, "gu");
/** '“…,” said Jan Wrona.' / '“…,” said Jan Wrona, head of …': the run after the inverted verb. */
const SUBJECT_AFTER_VERB = new RegExp(`[”"»]\\s*[,—–]?\\s*(?:${VERB})\\s+${RUN}(?=\\s*[,.;]|\\s*$)`, "gmu");
/** A name word: capitalised, lower-case after its first letter (parts joined by a hyphen or an apostrophe). */
const NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)*$/u;
/** The lexicon's tags a word of a person's name may carry. */
const NAME_TAGS = /^(?:FirstName|MaleName|FemaleName|LastName|Person|Month)$/;
/** A capitalised noun before the name that may be its title ("Harbour Master", "Chief Pilot"). */
const TITLE_TAGS = /^(?:Singular|Actor)$/;
/** ", head of …", ", a trader", ", 54,": a description set off after the name. */
const DESCRIPTION_AFTER = /^,\s+(?:\p{Ll}|\d{1,2}\b)/u;

export function quoteAttributedPersons(r: Registry): void {
  for (const m of r.text.matchAll(SUBJECT_AFTER_QUOTE)) addNamed(r, m[1], m.index + m[0].indexOf(m[1]));
  for (const m of r.text.matchAll(SUBJECT_AFTER_VERB)) addNamed(r, m[1], m.index + m[0].length - m[1].length);
}

function addNamed(r: Registry, run: string, at: number): void {
  const words = run.split(/\s+/);
  const name = nameAtEnd(r, words);
  if (!name || r.byForm.has(name.join(" ")) || r.byForm.has(name[name.length - 1])) return;
  const before = words[words.length - name.length - 1];
  if (!isPerson(r, name, before, r.text.slice(at + run.length, at + run.length + 6))) return;
  const person = r.ensure(name.join(" "), "person");
  r.addForm(person, person.name);
  const surname = name[name.length - 1];
  if (!r.gazForm.has(surname)) {
    r.addForm(person, surname);
    person.aliases.add(surname);
  }
}

/** The run's last two or three name words, or null (a month only as a given name: "Jan Wrona", never "Wrona Jan"). */
function nameAtEnd(r: Registry, words: string[]): string[] | null {
  let start = words.length;
  while (start > 0 && words.length - start < 3 && isNameWord(r, words[start - 1])) start--;
  const name = words.slice(start);
  if (name.length < 2 || name.slice(1).some((w) => lexiconTag(w) === "Month")) return null;
  return name;
}

function isNameWord(r: Registry, w: string): boolean {
  if (!NAME_SHAPE.test(w) || TITLE_WORDS.has(w) || NON_NAME_WORDS.has(w) || DAY_NAMES.test(w) || r.stateOfDemonym.has(w) || r.gazForm.has(w)) return false;
  const tag = lexiconTag(w);
  return !tag || NAME_TAGS.test(tag) || isGivenName(w);
}

/** A given name first, the surname alone elsewhere, a description after, or a capitalised title before: a person. */
function isPerson(r: Registry, name: string[], before: string | undefined, after: string): boolean {
  if (isGivenName(name[0]) || DESCRIPTION_AFTER.test(after) || (before !== undefined && (TITLE_WORDS.has(before) || TITLE_TAGS.test(lexiconTag(before) ?? "")))) return true;
  const surname = name[name.length - 1];
  const alone = new RegExp(`(?<![\\p{L}’'-]|\\p{Lu}\\p{L}*\\s)${surname}(?!\\s+\\p{Lu}|[\\p{L}-])`, "gu");
  return [...r.text.matchAll(alone)].length > 0;
}
