/**
 * Word shapes tested on every word of a clause. Module constants on purpose: tsx (esbuild, target node) turns a regex
 * literal with \p{…} into `new RegExp(…)` where it stands, so inside a function it would be rebuilt on every call.
 */
export const LOWER_START = /^\p{Ll}/u;
export const UPPER_START = /^\p{Lu}/u;
/** "shelled", "announced": a lower-case word of three letters or more before "ed". */
export const ED_WORD = /^\p{Ll}{3,}ed$/u;
/** "advancing", "shelling". */
export const ING_WORD = /^\p{Ll}{3,}ing$/u;
/** A word all in lower case. */
export const LOWER_WORD = /^\p{Ll}+$/u;
/** The lower-case word a text opens with. */
export const FIRST_LOWER_WORD = /^\p{Ll}+/u;
/** A text that opens with an -ing word ("shelling the port …"). */
export const ING_OPENING = /^\p{Ll}{3,}ing\s/u;
/** The word right after a position, past spaces ("… said Tuesday" → "Tuesday"). */
export const WORD_AFTER = /^\s*(\p{L}+)/u;
/** Every run of lower-case letters (global: iterate with allMatches or reset lastIndex). */
export const LOWER_WORDS = /\p{Ll}+/gu;
/** Participles that tell a happening planned or foreseen, not one done ("the talks that were planned for Monday", "a visit expected in May"). */
export const PLANNED_PARTICIPLES = "expected|planned|scheduled|slated|intended|due";
/** A regular plural's ending: a consonant or an "e" before its "s" ("balloons", "troops", "drones"), not "-ss", "-as", "-is", "-us", "-os" ("Kallas", "Landsbergis"). */
export const REGULAR_PLURAL_ENDING = /\p{L}{2}[^aiosuy'’\P{L}]s$/u;
/** Words in "-s" that are no plural: "news", "politics", "series". */
export const SINGULAR_IN_S = /(?:ew|ic|ie)s$/;
/** The text with its first letter in upper case: a title's opening. */
export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
