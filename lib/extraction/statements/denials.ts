/**
 * Denials reported with their object, no clause: "the embassy denied any involvement", "the defendant denied acting on
 * orders", "Moscow denies the charges". A denial reports a claim, negated: the verb belongs to the statement, as in the
 * judgements ("accused Kyiv of …"). Welcoming or rejecting a thing reports an attitude, mostly not listed (tuning:
 * with welcomed/rejected/called for too, 17 more found and 45 more proposed that no one listed; denials alone 9 and 4).
 */
import type { Sentence } from "../sentences";
import type { Ctx } from "./context";
import type { Collector } from "./indirect";
import { lexiconTag } from "../nlp";
import { speakerOfVerb } from "./speaker";

/**
 * A denying verb and the first word of its object: a determiner, a possessive, a quantifier with its noun, a claim noun
 * or a word in -ing that the lexicon does not file as a preposition ("during") and is no pronoun ("nothing"); never "that".
 */
const DENIAL = /\b(denied|denies|deny)\s+(?=(?:the|a|an|his|her|its|their|this|these|those|such|every|each|claims|reports|allegations|charges|accusations|(?:any|all)(?=\s+\p{L})|(?!\p{Ll}*thing\b)(\p{Ll}+ing))\b)/gu;
/** "neither confirmed nor denied …": the speaker denies nothing. */
const NOR_BEFORE = /\bnor\s+$/;

/**
 * A denial that refuses or rules, not one that disputes a claim: what is withheld is a request or a permission ("denied
 * the appeal", "denied the defence's request for a delay", "denied their crews shore leave").
 */
const REFUSED = /\b(?:requests?|appeals?|applications?|petitions?|motions?|bail|parole|entry|access|leave|visas?|permission|permits?|asylum)\b/;
/** Where the denial's object ends: a comma, a semicolon, a dash or a "but". */
const OBJECT_END = /,|;|\s+[—–]\s+|\s+but\s+/;

export function denials(ctx: Ctx, s: Sentence, m: string, col: Collector): void {
  DENIAL.lastIndex = 0;
  for (let r = DENIAL.exec(m); r; r = DENIAL.exec(m)) {
    const vs = s.start + r.index;
    if (col.isTaken(vs) || (r[2] && lexiconTag(r[2]) === "Preposition") || NOR_BEFORE.test(m.slice(0, r.index))) continue;
    const rest = m.slice(r.index + r[0].length);
    const endRel = OBJECT_END.exec(rest);
    const object = endRel ? rest.slice(0, endRel.index) : rest;
    if (REFUSED.test(object)) continue;
    const end = endRel ? vs + r[0].length + endRel.index : s.end;
    col.push(speakerOfVerb(ctx, s, vs, vs + r[1].length), vs, end, s, r[1]);
  }
}
