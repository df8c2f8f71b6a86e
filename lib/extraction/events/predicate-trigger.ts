/**
 * The trigger the clause's own predicate is: "offered Brazil as a venue for negotiations" offers (a proposal), whatever
 * topic the rest of the clause names ("negotiations"). Found at the first finite verb of the clause (of the reported
 * complement for a report), or at the opening verb of a clause that shares its subject ("… and offered …").
 */
import { openingVerbGroup, pastPredicate } from "./finite-clause";
import { triggerAt, type Trigger } from "./triggers";

const FIRST_WORD = /\p{L}/u;
const DETERMINER_ONLY = /^[\s,]*(?:the|a|an|its|their|his|her|this|that|these|those)\s+$/i;
const RELATIVE_ON_SUBJECT = /,\s+(?:who|whose|which)\b/;

/** Auxiliaries and adverbs before the main verb: "had | proposed", "has also | imposed". */
const BEFORE_MAIN_VERB = /^(?:(?:had|has|have|was|were|been|is|are)\s+|(?:\p{Ll}+ly|also|already|just|then|again|first|jointly|still|now|later|finally)\s+)*/u;

/** Where the first verb group of `body` starts (a past predicate, or a verb opening it), or null. */
function firstVerbGroup(body: string): number | null {
  const p = pastPredicate(body);
  return p ? p.verbAt : openingVerbGroup(body) ? (FIRST_WORD.exec(body)?.index ?? null) : null;
}

/** Whether the past form at `pos` only modifies the subject's noun: it follows a bare determiner ("A sanctioned tanker"). */
function attributiveAt(cm: string, from: number, pos: number): boolean {
  return firstVerbGroup(cm.slice(from)) === pos - from && DETERMINER_ONLY.test(cm.slice(from, pos));
}

/** Where the main verb of the clause's predicate starts in `cm`, from `from` on (the complement of a report), or null. */
export function predicateAt(cm: string, from: number): number | null {
  const body = cm.slice(from);
  const group = firstVerbGroup(body);
  if (group === null) return null;
  // "A sanctioned tanker delivered …": a past form after a bare determiner modifies the subject's noun; read on past it.
  if (DETERMINER_ONLY.test(body.slice(0, group))) return predicateAt(cm, from + group + (/^\S+/.exec(body.slice(group))?.[0].length ?? 1));
  return from + group + (BEFORE_MAIN_VERB.exec(body.slice(group))?.[0].length ?? 0);
}

/**
 * The trigger at the clause's predicate verb when `best` stands after it (in its object or an adjunct: a topic) and
 * names another type; else `best`. A trigger in the subject ("a drone strike … killed three") stays: the subject
 * names the happening.
 */
export function predicateTrigger(cm: string, mainEnd: number, best: Trigger): Trigger {
  const from = best.main || mainEnd >= cm.length ? 0 : mainEnd;
  const at = predicateAt(cm, from);
  if (at === null) return best;
  // "A sanctioned tanker delivered oil": a trigger that only modifies the subject's noun names no happening.
  if (best.pos < at && attributiveAt(cm, from, best.pos)) return triggerAt(cm, at, mainEnd) ?? { ...best, type: "other", pos: at, len: /^\S*/.exec(cm.slice(at))![0].length };
  if (best.pos <= at) return best;
  // A verb inside a relative on the subject is not the clause's: "Fidan, whose country hosted talks, spoke by phone …".
  if (RELATIVE_ON_SUBJECT.test(cm.slice(0, at))) return best;
  const own = triggerAt(cm, at, mainEnd);
  // Deaths told as the predicate are what a strike or battle named after it caused ("two people died when shells struck …").
  if (!own || own.type === "casualties") return best;
  return own.type !== best.type && best.pos >= own.pos + own.len ? own : best;
}
