/**
 * A second happening inside a clause the boundary rules (./clauses.ts) left whole: a "where" relative whose subject is
 * a pronoun or a name, also a list of names, with a finite verb telling something done (./finite-clause.ts):
 * "…, a donors' conference in Bern, | where it pledged €50m", "… flew to Rome, | where she met the president", "…, |
 * where Germany, the Netherlands and Norway agreed to fund …". A pronoun or a name there goes on telling the acts of
 * someone the sentence is about; a lower-case noun phrase mostly describes the place ("where a fire broke out", "where
 * the victims lived"), and the capitalised subjects ./clauses.ts reaches (no comma before the verb) are cut there already.
 * Only a verb in the simple past, the perfect or a "was/were" passive tells a second act: a pluperfect tells what held
 * before ("…, where it had been moored since 2022"), and so does a verb of staying ("where they lived"). The outcome
 * of the act itself, told by "it" or "they" ("struck a dormitory, where they killed two students"), stays part of it.
 * The happening gate still decides whether the piece is a happening.
 */
import { allMatches } from "../all-matches";
import type { Clause } from "./clauses";
import { pastPredicate } from "./finite-clause";
import { typeOfPhrase } from "./triggers";

/**
 * The parties of a meeting told again as its subject ("where the two sides agreed …", "where both leaders signed …"): like a
 * pronoun, it goes on telling the acts of those the sentence is about, not describing the place.
 */
const PARTIES = String.raw`(?:the\s+two|both)\s+(?:sides|leaders|presidents|ministers|delegations|men|countries|governments)\b`;
/** ", where" before a pronoun, a name or the parties; a cut never starts inside a run of spaces (masked quotes), so the scan stays linear. */
const WHERE = new RegExp(String.raw`(?<!\s),\s+where\s+(?=(?:he|she|it|they|we)\b|${PARTIES}|(?!(?:The|A|An)\b)\p{Lu})`, "gu");

/** Verbs that tell where someone stayed, not something done there: "where they lived", "where it stayed". */
const STAYING = /^(?:lived|stayed|remained|resided|worked|served|studied|belonged|sheltered)\b/;
/** What a strike did, told of the strikers as "it" or "they": "where they killed two", "where it damaged a substation". */
const HARM = /\b(?:damaged|destroyed)\b/;

/** Whether the text after "where" is a clause with a subject and a finite verb telling a second act of its own. */
function opensWhereClause(after: string): boolean {
  const ahead = after.split(";")[0];
  // A list of names as the subject runs past its commas ("Germany, the Netherlands and Norway agreed"); a pronoun's clause ends at its first.
  const clause = /^\p{Lu}/u.test(ahead) ? ahead : ahead.split(",")[0];
  const predicate = pastPredicate(clause);
  if (!predicate || predicate.aspect === "pluperfect") return false;
  const verbs = clause.slice(predicate.verbAt);
  if (/^had\b/.test(verbs) || STAYING.test(verbs)) return false;
  const outcome = typeOfPhrase(verbs) === "casualties" || HARM.test(verbs);
  return !(predicate.subject === "pronoun" && /^(?:it|they)\b/.test(clause) && outcome);
}

/** Each clause cut before the "where" relatives it holds; the relative reads as the boundary rules read one ("…, where Kyiv filed …"). */
export function splitSecondHappenings(clauses: Clause[], masked: string, offset: number): Clause[] {
  const out: Clause[] = [];
  for (const c of clauses) {
    const text = masked.slice(c.start - offset, c.end - offset);
    let piece: Clause = c;
    for (const m of allMatches(WHERE, text)) {
      const next = m.index + m[0].length;
      if (!opensWhereClause(text.slice(next))) continue;
      out.push({ ...piece, end: c.start + m.index });
      piece = { start: c.start + next, end: c.end, coord: true, when: null, gerund: false, relative: true, nested: true, resumesMain: false };
    }
    out.push(piece);
  }
  return out;
}
