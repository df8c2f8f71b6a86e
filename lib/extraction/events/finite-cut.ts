/**
 * Whether a subordinator opens a clause of its own: "… stopped loadings after a drone attack set fire to two tanks".
 * The text after it needs a subject and a finite verb of its own (./finite-clause.ts), and the clause before it a verb
 * of its own, so that a fronted adjunct ("Two days after the ship sailed, …") stays whole.
 */
import { pastPredicate } from "./finite-clause";
import { hasPastVerb } from "./triggers";

/** "after a meeting that she expected …": a verb after a relative pronoun in the subject is the relative's. */
const RELATIVE_IN_SUBJECT = /\b(?:that|which|who|whom|whose)\b/i;
const FINITE_BEFORE = /\b(?:is|are|was|were|has|have|had|says|will|would)\b/;

/** `before`: the clause so far, up to the subordinator; `after`: the text after it. */
export function opensFiniteClause(before: string, after: string): boolean {
  const ahead = after.split(/[,;]/)[0];
  const predicate = pastPredicate(ahead);
  if (!predicate || RELATIVE_IN_SUBJECT.test(ahead.slice(0, predicate.verbAt))) return false;
  return hasPastVerb(before) || FINITE_BEFORE.test(before) || !!pastPredicate(before);
}
