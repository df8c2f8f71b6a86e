/**
 * A report inside a relative clause whose gap is the reported clause's subject: "tankers that the ministry said had
 * carried crude", "a video that, it said, showed the flag", "the plan, which it says ignores the withdrawal". What
 * follows the verb is the speaker's claim about the noun before "that"/"which".
 * A clause with a subject of its own ("an agreement that Kyiv says Moscow has broken") is read as a reported clause.
 */
import { lexiconTag } from "../nlp";
import type { Sentence } from "../sentences";
import type { Actor } from "../actors";
import { hasFiniteVerb, mentionsIn, type Ctx } from "./context";
import type { Collector } from "./indirect";
import { afterPreposition } from "./pronoun";
import { speakerOfVerb } from "./speaker";

/** "that/which", a short subject (set off by commas or not), a reporting verb, then the clause's first word. */
const RELATIVE_REPORT = /\b(?:that|which)\s*,?\s+((?:the\s+)?[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,3}?)\s*,?\s+(said|says|claimed|claims|alleged|alleges)\s*,?\s+([\p{Ll}’'-]+)\s/gu;
/** Where the reported claim ends: a semicolon, a dash or a "but" opening another clause. */
const CLAIM_END = /;|\s+[—–]\s+|,\s+but\s+/;

export function relativeReports(ctx: Ctx, s: Sentence, m: string, col: Collector): void {
  RELATIVE_REPORT.lastIndex = 0;
  for (let r = RELATIVE_REPORT.exec(m); r; r = RELATIVE_REPORT.exec(m)) {
    // The claim opens with its finite verb, the relative pronoun being its subject ("had carried", "ignores").
    if (hasFiniteVerb(r[1]) || !(hasFiniteVerb(r[3]) || lexiconTag(r[3]) === "PresentTense")) continue;
    const verbEnd = r.index + r[0].lastIndexOf(r[2]) + r[2].length;
    const from = r.index + r[0].length - r[3].length - 1;
    if (col.isTaken(s.start + from)) continue;
    const endRel = CLAIM_END.exec(m.slice(from));
    const end = endRel ? s.start + from + endRel.index : s.end;
    const speaker = PRONOUN.test(r[1]) ? mainSubject(ctx, s, s.start + r.index) : speakerOfVerb(ctx, s, s.start + verbEnd - r[2].length, s.start + verbEnd);
    col.push(speaker, s.start + from, end, s, r[2]);
  }
}

const PRONOUN = /^(?:it|he|she|they)$/i;

/**
 * "Norway has not endorsed the plan, which it says …": the pronoun in the relative clause is the main clause's subject,
 * named first ("In a call with Kyiv, Norway …": not the object of a preposition).
 */
function mainSubject(ctx: Ctx, s: Sentence, relativeAt: number): Actor | null {
  return mentionsIn(ctx, s.start, relativeAt).find((x) => !x.possessive && !x.pronoun && !afterPreposition(ctx, x, s.start))?.actor ?? null;
}
