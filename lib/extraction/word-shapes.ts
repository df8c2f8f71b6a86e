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
