/**
 * The subject a clause shares with the one before when it opens with its verb ("The coalition met in Paris | and is
 * proposing …"), and the spans of subjects and antecedents the clause splitter (./clauses.ts) passes on.
 */
import type { Clause } from "./clauses";
import { isPastTense } from "../nlp";
import { ED_WORD, LOWER_WORD } from "../word-shapes";
import { REPORTING_VERBS } from "./finite-clause";
import { nounPhraseStart } from "./relative";
import { PAST_AHEAD } from "./clause-boundaries";

/** A clause that opens with its verb ("is proposing to send …", "then met Lavrov"): its subject is the clause before's. */
const OPENS_WITH_VERB = new RegExp(String.raw`^(?:(?:in|on)\s+\p{Lu}\p{L}+(?:\s+\d{1,4})?,?\s+)?(?:(?:is|are|was|were|has|have|had)\s+(?:(?:now|also|already|still|since|then|later|been)\s+)*(?:\p{Ll}{3,}(?:ing|ed|en)\b|${PAST_AHEAD})|${PAST_AHEAD})`, "u");
/** What may stand before a clause's subject: connectives and a time phrase set off by a comma ("But on Monday, …"). */
const SUBJECT_LEAD = /^[\s,]*(?:(?:but|and|then|meanwhile|however)\b[\s,]*)*(?:(?:on|in|at|by|during|over|since|last|this|earlier|later)\b[^,;]{0,30},\s*)?/iu;
const BARE_PAST_BEFORE_OBJECT = /^(?:left|lost|hit|cut)$/;
const AUXILIARY = /^(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could|may|might|must|should|shall)$/;

/**
 * The words before a clause's first past or auxiliary verb (a present-tense tag would stop at the noun "states"), when they are a plain subject of one to eight words ("The coalition of the
 * willing met …" → "The coalition of the willing"; not an apposition or a list).
 */
export function subjectSpan(clause: string, offset: number): { start: number; end: number } | null {
  const lead = SUBJECT_LEAD.exec(clause)?.[0].length ?? 0;
  const words = [...clause.slice(lead).matchAll(/\S+/g)];
  for (let i = 1; i < Math.min(words.length, 9); i++) {
    if (/[,;:]$/.test(words[i - 1][0])) return null;
    const w = words[i][0];
    if (!LOWER_WORD.test(w)) continue;
    // The lexicon files some past forms as adjectives ("closed"): an -ed word before an article is the verb.
    // Some bare pasts too ("left", "hit"), also before a name ("left Sevastopol").
    const next = words[i + 1]?.[0] ?? "";
    const pastBeforeObject =
      (ED_WORD.test(w) && /^(?:the|a|an|its|his|her|their|\d[\d,.]*)$/.test(next)) ||
      (BARE_PAST_BEFORE_OBJECT.test(w) && /^(?:the|a|an|its|his|her|their|\d[\d,.]*|\p{Lu}[\p{L}-]+)$/u.test(next));
    if (AUXILIARY.test(w) || isPastTense(w) || pastBeforeObject)
      return { start: offset + lead + words[0].index, end: offset + lead + words[i - 1].index + words[i - 1][0].length };
  }
  return null;
}

/** How many characters of connectives and a fronted time phrase open a clause ("But on Monday, | the firm …"). */
export const subjectLeadLength = (clause: string) => SUBJECT_LEAD.exec(clause)?.[0].length ?? 0;

/** The noun phrase before a relative pronoun ("Russia said | Geran-2 drones | that …"): the subject the main clause shares. */
export function headSpan(masked: string, from: number, to: number, offset: number): { start: number; end: number } {
  const head = masked.slice(from, to);
  const at = nounPhraseStart(head) ?? SUBJECT_LEAD.exec(head)?.[0].length ?? 0;
  return { start: offset + from + at, end: offset + to };
}

const REPORT_THEN_COMPLEMENT = new RegExp(`\\b(?:${REPORTING_VERBS})\\s+(?:(?:on\\s+)?\\p{Lu}\\p{Ll}+day\\s+)?(?:that\\s+)?`, "gu");
/** "The judge said X had joined a unit | and had fought …": a pluperfect after a report goes on the complement, whose subject it shares. */
function complementSubject(beforeText: string, offset: number): Clause["sharedSubject"] | null {
  const report = [...beforeText.matchAll(REPORT_THEN_COMPLEMENT)].pop();
  if (!report) return null;
  const at = report.index + report[0].length;
  return subjectSpan(beforeText.slice(at), offset + at);
}

/** "… and had fought near Bakhmut": a pluperfect verb phrase, which after a report goes on the reported complement. */
export const opensBackshifted = (clause: string) => /^\s*had\s/.test(clause);
/** "… and were advancing on Sloviansk": a back-shifted progressive, which after a report goes on the reported complement too. */
const opensBackshiftedProgressive = (clause: string) => /^\s*(?:was|were)\s+\p{Ll}{3,}ing\b/u.test(clause);

/** The subject a clause opening with its verb shares with the clause before (or the one that clause shared). */
export function sharedSubjectOf(before: Clause, beforeText: string, coordinated: boolean, next: string): Clause["sharedSubject"] {
  if (!coordinated || !OPENS_WITH_VERB.test(next)) return undefined;
  const backshifted = opensBackshifted(next) || opensBackshiftedProgressive(next) ? complementSubject(beforeText, before.start) : null;
  return backshifted ?? before.sharedSubject ?? subjectSpan(beforeText, before.start) ?? undefined;
}
