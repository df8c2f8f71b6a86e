/**
 * A happening the clause denies names no type: "the talks ended without agreement", "the sides failed to reach a deal",
 * "Hungary did not sign the declaration", "reported no casualties". The denied words are masked and the clause is
 * typed by what is left ("the talks ended" is talks) outside its adverbial clauses ("… while Kyiv kept striking
 * refineries" tells another happening), else `other`: a denied agreement is never an agreement.
 */
import type { EventType } from "./context";
import { lexiconType } from "./type-lexicon";
import { bestTrigger } from "./triggers";

/** Where a denied phrase stops: a comma, a clause's next part, or a preposition of place or time ("… at the talks in Baku"). */
const SCOPE_END = String.raw`(?=\s+(?:at|in|during|after|before|since|until|when|while|as|because|despite|amid|but|and|although|though|so|which|who|whose|where|following)\b|\s*[,;:.–—()]|$)`;
/** A denied verb: "did not sign", "has never agreed", "failed to reach", "could not agree" (not "not only"). */
const DENIED_VERB = String.raw`\b(?:(?:did|does|do|has|have|had|was|were|is|are|could|can)\s*(?:not|n[’']t|never)|never|fail(?:ed|s|ing)?\s+to)\s+(?!only\b)`;
/** A denied noun: "without agreement", "without a deal", "no casualties" (not "no fewer than", "no longer"). */
const DENIED_NOUN = String.raw`\b(?:without(?:\s+(?:a|an|any|the))?|no)\s+(?!(?:fewer|more|less|longer|sooner|later|matter|doubt)\b)`;
const DENIED = new RegExp(String.raw`(?:${DENIED_VERB}|${DENIED_NOUN})[^,;:.–—()]*?${SCOPE_END}`, "giu");

/** The type the clause's words name: its best trigger's, else its lexicon verb's. */
export function namedType(text: string): EventType {
  return lexiconType(bestTrigger(text, text.length)?.type ?? "other", text);
}

/** An adverbial clause inside the clause ("… while Ukraine kept striking refineries"): another happening, not this one's. */
const ADVERBIAL_CLAUSE = /\b(?:while|whereas|because|although|though|as|since|if|unless|until|when|once)\s[^,;:–—()]*/giu;

/** The type the clause names once `masked` (the same length) blanks some of it, leaving its adverbial clauses out. */
export function typeOfRest(masked: string): EventType {
  return namedType(masked.replace(ADVERBIAL_CLAUSE, (m) => " ".repeat(m.length)));
}

/**
 * The clause's type when its `type` is named only inside what the clause denies: the type of the rest, else `other`.
 * Null when nothing of `type` is denied, or when the rest still names it.
 */
export function negatedType(type: EventType, clause: string): EventType | null {
  if (type === "other") return null;
  const denied = clause.match(DENIED);
  if (!denied || !denied.some((phrase) => namedType(phrase) === type)) return null;
  const rest = typeOfRest(withoutDenied(clause));
  return rest === type ? null : rest;
}

/** The clause with what it denies blanked out (same length). */
export function withoutDenied(clause: string): string {
  return clause.replace(DENIED, (m) => " ".repeat(m.length));
}
