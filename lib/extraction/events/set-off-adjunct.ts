/**
 * An adjunct set off by commas between a subject and its verb: "The envoy, after touring the port of Odesa, met the
 * mayor on Friday". The cut at ", after" leaves the subject alone in a clause and runs the adjunct on into the main
 * verb phrase; this step closes the adjunct at its second comma, so the verb phrase is a clause of its own that takes
 * back the subject written before the adjunct (and the adjunct is no part of its title).
 */
import { allMatches } from "../all-matches";
import { isPastTense } from "../nlp";
import { ED_WORD } from "../word-shapes";
import { hasPastVerb } from "./triggers";
import type { Clause } from "./clauses";

/** The cut that opens an adjunct set off by a comma. */
const SET_OFF_OPENING = /,\s+(?:after|before|while|whereas|until)\s+$/;
/** The adjunct's closing comma, before the main clause's finite verb ("…, met", "…, has signed", "…, later announced"). */
const CLOSING = /(,\s+)(?:(?:\p{Ll}+ly|also|then|later|again|first)\s+)?(\p{Ll}+)\b/gu;
const AUXILIARY = /^(?:has|have|had|was|were)$/;
/** A bare subject: a short noun phrase with no verb of its own ("Ukraine's deputy foreign minister Anna Koval"). */
const isBareSubject = (text: string) => text.trim().split(/\s+/).length <= 8 && !/[,;]/.test(text) && !hasPastVerb(text);

/** Where in `adjunct` the main clause starts after the adjunct's closing comma, and where that comma is. */
function closingComma(adjunct: string): { comma: number; next: number } | null {
  const isMainVerb = (verb: string) => AUXILIARY.test(verb) || isPastTense(verb) || ED_WORD.test(verb);
  const m = allMatches(CLOSING, adjunct).find((c) => isMainVerb(c[2]));
  return m ? { comma: m.index, next: m.index + m[1].length } : null;
}

/**
 * Splits each clause that holds a set-off adjunct and the main verb phrase after it into the adjunct (nested, so the
 * subject stays the main clause's) and the main verb phrase (resuming the main clause, sharing its subject).
 */
export function closeSetOffAdjuncts(clauses: Clause[], masked: string, offset: number): Clause[] {
  const out: Clause[] = [];
  for (const [i, c] of clauses.entries()) {
    const before = clauses[i - 1];
    const opener = masked.slice(0, c.start - offset);
    const cut = before && SET_OFF_OPENING.test(opener) && isBareSubject(masked.slice(before.start - offset, before.end - offset))
      ? closingComma(masked.slice(c.start - offset, c.end - offset))
      : null;
    if (!cut) {
      out.push(c);
      continue;
    }
    const subject = { start: before.start, end: before.end };
    out.push({ ...c, end: c.start + cut.comma, nested: true });
    out.push({ ...c, start: c.start + cut.next, coord: true, gerund: false, relative: false, when: null, nested: false, resumesMain: true, sharedSubject: subject });
  }
  return out;
}
