/**
 * What a candidate's clause tells, read past the way it is sourced (for the happening gate's features, ./happening.ts):
 * the complement of a report ("X said [that] Y had done Z" → "Y had done Z"), the clause before a source that closes it
 * (", the ministry said.", ", according to two diplomats.") or opens it ("According to X, …").
 */
import { bareComplement } from "./finite-clause";
import { SAY_THAT } from "./triggers";

const SOURCE_VERB = "said|says|told|tells|reported|reports|added|adds|stated|confirmed|wrote|announced|noted";
/** Words that open a subordinate clause or a second one, not a source: ", which officials said was …", ", and he said …". */
const NOT_SOURCE = "which|who|whom|whose|that|and|but|while|as|when|where|because|although|though|if|adding|saying";
const NO_QUOTE = String.raw`[^,;"“”«»]`;
/** A source closing the clause: ", the agency reported.", ", said spokesman X.", ", X told TVP World.", ", according to Y." */
const TRAILING_SOURCE = new RegExp(
  String.raw`,\s+(?!(?:${NOT_SOURCE})\b)(?:${NO_QUOTE}{1,80}?\s(?:${SOURCE_VERB})(?:\s${NO_QUOTE}{1,40}?)?|(?:${SOURCE_VERB})\s${NO_QUOTE}{1,80}?|according\s+to\s${NO_QUOTE}{1,80}?)\s*[.!]?\s*$`,
  "iu",
);
/** A source named before the clause ("According to the head of state, the parties agreed …"). */
const SOURCE_FRAME = /^[\s,;]*(?:(?:but|and|also|meanwhile)\s+)?according\s+to\s+[^,;]{2,80},\s*/i;

export interface Told {
  /** The clause the happening would be told in: a report's complement, or the clause without its source. */
  body: string;
  /** "report": a report leads the clause and `body` is its complement; "sourced": a source opens or closes it. */
  by: "report" | "sourced" | null;
}

/** Where an opening "according to X," source ends (0 when there is none). */
export const sourceFrame = (clause: string) => SOURCE_FRAME.exec(clause)?.[0].length ?? 0;

/** The clause without a source that closes it. */
export function withoutTrailingSource(clause: string): string {
  const trailing = TRAILING_SOURCE.exec(clause);
  return trailing ? clause.slice(0, trailing.index) : clause;
}

/** What the clause tells, and whether it is told as a report or with a source. */
export function toldClause(clause: string): Told {
  const frame = sourceFrame(clause);
  const cut = withoutTrailingSource(clause.slice(frame));
  const that = SAY_THAT.exec(cut);
  if (that) return { body: cut.slice(that.index + that[0].length), by: "report" };
  const bare = bareComplement(cut);
  if (bare !== null) return { body: bare, by: "report" };
  return { body: cut, by: frame || cut.length < clause.length - frame ? "sourced" : null };
}
