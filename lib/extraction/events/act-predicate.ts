/**
 * A clause whose own predicate is the act a codebook type names ("Russian negotiators rejected a proposal", "Kyiv had
 * proposed an exchange", "the EU first threatened to restrict exports"): the verb decides the type, and the learned
 * type model (./retype.ts), a bag of the clause's other words, does not overrule it.
 */
import type { EventType } from "./context";
import { bareComplement, pastPredicate } from "./finite-clause";
import { DENIAL, SAY_THAT } from "./triggers";
import { lexiconType } from "./type-lexicon";

const ACT_VERBS: Record<string, EventType> = { proposed: "proposal", rejected: "rejection", threatened: "threat_warning" };
const ACT_VERB = /^(?:(?:had|has|have)\s+)?(?:\p{Ll}+ly\s+)?(proposed|rejected|threatened)\b(?!\s+by\b)/u;

/**
 * Acts the type lexicon names by a verb with its object, the clause's own predicate: "Fidesz lost its two-thirds
 * majority", "the senator introduced a resolution", "the Kremlin announced the resignation of the governor".
 */
const LEXICON_ACTS = new Set<EventType>(["political_change", "proposal"]);
const LEXICON_ACT_VERB = /^(?:(?:had|has|have)\s+)?(?:\p{Ll}+ly\s+)?(?:announced|approved|confirmed|quit|left|exited|joined|lost|won|introduced)\b(?!\s+by\b)/u;

/** The type the clause's own past predicate names (in a report, the reported clause's), or null. */
export function actPredicateType(clause: string): EventType | null {
  const that = SAY_THAT.exec(clause);
  const body = that ? clause.slice(that.index + that[0].length) : bareComplement(clause) ?? clause;
  const p = pastPredicate(body);
  const verb = p && p.aspect !== "passive" ? ACT_VERB.exec(body.slice(p.verbAt)) : null;
  if (verb) return ACT_VERBS[verb[1]];
  if (!p || p.aspect === "passive" || !LEXICON_ACT_VERB.test(body.slice(p.verbAt))) return null;
  const type = lexiconType("other", body);
  return LEXICON_ACTS.has(type) ? type : null;
}

/**
 * A claim, report or involvement the clause's own subject denied, told in the simple past ("the ministry denied it the
 * next day", "Moscow denied any involvement"): a rejection (annotation conventions, rounds 24, 26, 29), whatever the
 * denied words name ("incursion", "encircled"). Not "has repeatedly denied": a habit is no happening.
 */
export function deniesClaim(clause: string): boolean {
  const p = pastPredicate(clause);
  return !!p && p.aspect === "past" && DENIAL.exec(clause.slice(p.verbAt))?.index === 0;
}
