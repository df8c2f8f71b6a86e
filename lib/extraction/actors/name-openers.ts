/**
 * Words that open a run of capitalised words but no person's name: a kind of company ("Insurer Brandtwell"), a hyphenated
 * title with a lower-case tail ("Co-rapporteur", "Vice-chair") and a capitalised plural common noun, the tail of an office
 * ("… of Special Services Tomasz Siemoniak"). Also what vouches for a name: one opening with a given name, particles
 * ("de", "van den") not counted, and a set-off affiliation after it ("Marta van den Berg, of the Clingendael institute, said").
 */
import { lexiconTag } from "../nlp";
import { CONNECTORS } from "./lexicon";
import { isGivenName } from "./given-names";
import { isCompanyKind } from "./named-bodies";
import type { Token } from "./types";

/** "Co-rapporteur", "Vice-president", "Ex-minister": a capitalised prefix joined to a lower-case word. */
const HYPHENATED_TITLE = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{4,}$/u;

/** The words a name has besides its particles ("Marta van den Berg": two). */
const nameWords = (name: Token[]) => name.filter((t) => !CONNECTORS.has(t.text));

/**
 * Whether the first word of `name` is no first name: a kind of company before the company's name ("Insurer Brandtwell"),
 * or, before two or three more name words, a title or an office's tail.
 */
export function opensNoName(name: Token[]): boolean {
  if (name.length < 2) return false;
  const first = name[0].base;
  if (isCompanyKind(first)) return true;
  if (nameWords(name).length < 3 || nameWords(name).length > 4) return false;
  return HYPHENATED_TITLE.test(first) || lexiconTag(first) === "Plural";
}

/** "Ignacio Ramos", "Marta van den Berg": a name of two or three words, besides its particles, that opens with a given name. */
export function opensWithGivenName(name: Token[]): boolean {
  const words = nameWords(name);
  return words.length >= 2 && words.length <= 3 && words[0] === name[0] && isGivenName(name[0].base);
}

/** ", of the University of Lisbon, " / ", of Clingendael, ": a person's affiliation set off after the name (not ", of course,"). */
export const AFFILIATION_AFTER = /^,\s+of\s+(?!course\b)/;
