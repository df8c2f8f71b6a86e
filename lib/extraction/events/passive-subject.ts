/**
 * In the passive, what a verb acts on stands before it as the subject: "the air defence package was approved",
 * "the power plant was destroyed", "Kherson was taken". The type lexicon tests an entry's object there too.
 */

/** A form of "be" (with an optional adverb) right before the verb: "was |", "had been quickly |", "will be |". */
const BE_BEFORE = /\b(?:(?:had|has|have|will|would|could|may|might|must|should|to)\s+)?(?:was|were|is|are|been|being|be)\s+(?:\p{Ll}+ly\s+)?$/u;
/** The subject's words: up to six before the auxiliary, within the clause (not across a comma, semicolon or colon). */
const SUBJECT_WORDS = /((?:[^\s,;:.]+\s+){1,6})$/u;

/**
 * The words before a passive verb's auxiliary, led by a space so an entry's object pattern (written for the words
 * after an active verb) reads them; null when the verb is not passive.
 */
export function passiveSubject(before: string): string | null {
  const be = BE_BEFORE.exec(before);
  if (!be) return null;
  const subject = SUBJECT_WORDS.exec(before.slice(0, be.index));
  return subject ? ` ${subject[1].trimEnd()}` : null;
}
