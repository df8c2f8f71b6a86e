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

/** A fronted place or time phrase with no comma of its own: "in 2023 he transferred", "in response the government closed". */
const FRONTED_PHRASE = /^(?:in|on|at|by|during|over|within|last|this|earlier|later)\s+/i;

/** A second main clause after ", and", also behind a fronted phrase without a comma (read as part of its subject). */
export function opensMainClause(before: string, after: string): boolean {
  return opensFiniteClause(before, after) || (FRONTED_PHRASE.test(after) && opensFiniteClause(before, after.replace(FRONTED_PHRASE, "")));
}
