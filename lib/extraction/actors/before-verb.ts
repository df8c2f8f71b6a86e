import { isPastTense, lexiconTag } from "../nlp";

/** " said on Monday", " has confirmed", " says": the words after a name start its verb. */
export function beforeVerb(after: string): boolean {
  const w = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(after)?.[1];
  if (!w) return false;
  return /^(?:has|have|had|is|was|were|will|would|could|can|may|must|says|said)$/.test(w) || isPastTense(w) || /PresentTense/.test(String(lexiconTag(w)));
}
