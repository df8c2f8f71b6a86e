/**
 * Denials: "K. denied the charges", "the ministry denied targeting civilian ships". A denial asserts that something is
 * not so, a statement although no words are reported; the statement is the verb with its object, up to where the clause
 * ends. Other stances ("welcomed the ruling", "rejected the plan") were tried: writers list them too rarely (tuning: 6
 * of 60 welcomed/rejected listed).
 */
import type { Sentence } from "../sentences";
import type { Ctx } from "./context";
import type { Collector } from "./indirect";
import { speakerOfVerb } from "./speaker";

/** "denied" with an object; "denied that …" opens a reported clause the other steps read. */
const DENIED = /\b(denied)\s+(?!that\b|to\b)/g;
/**
 * "was denied entry" (passive) and "Moscow has repeatedly denied involvement" (the perfect: a standing position, background
 * to the news, which writers do not list; tuning: none of four).
 */
const NOT_THIS_DENIAL = /\b(?:was|were|is|are|be|been|being|got|has|have|had)\s+(?:\p{Ll}+ly\s+)?$/iu;
/** Where the clause ends: a comma, semicolon or dash, a "but", or a second verb of the same subject ("… and said …"). */
const CLAUSE_END = /[,;:]|\s+[—–]\s+|\s+(?:but|while|whereas|after|because)\s+|\s+and\s+(?:also\s+)?(?:\p{Ll}+ed|said|says|told|wrote)\b/u;

export function denials(ctx: Ctx, s: Sentence, m: string, col: Collector): void {
  DENIED.lastIndex = 0;
  for (let p = DENIED.exec(m); p; p = DENIED.exec(m)) {
    const vs = s.start + p.index;
    if (col.isTaken(vs) || NOT_THIS_DENIAL.test(m.slice(0, p.index))) continue;
    const rest = m.slice(p.index + p[0].length);
    const end = CLAUSE_END.exec(rest);
    const stop = vs + p[0].length + (end ? end.index : rest.length);
    col.push(speakerOfVerb(ctx, s, vs, vs + p[1].length), vs, stop, s, p[1]);
  }
}
