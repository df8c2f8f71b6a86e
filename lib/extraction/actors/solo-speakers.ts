/**
 * One-word bodies that speak without an introduction: "Centrenergo said", "Orlen announced". A capitalised word
 * right before a reporting verb that is no ordinary word, place, demonym, known actor or known person's surname (a
 * person is named in full before being called by surname) is an organisation.
 */
import { lexiconTag } from "../nlp";
import { DAY_NAMES, MONTH_NAMES, NON_NAME_WORDS, TITLE_WORDS } from "../gazetteer";
import type { Registry } from "./registry";

const VERB = /\b(?:said|says|announced|reported|stated|confirmed)\b/g;
/** The capitalised word right before the verb, itself not preceded by another capitalised word. */
const WORD_BEFORE = /(?<![\p{L}’'.-])(?<!\p{Lu}[\p{L}’'-]*\s)(\p{Lu}[\p{L}-]+)\s+$/u;

export function soloSpeakers(r: Registry): void {
  const surnames = new Set([...r.actors.values()].filter((a) => a.kind === "person").map((a) => a.name.split(" ").pop()!));
  const ordinary = (w: string) =>
    !!lexiconTag(w) || NON_NAME_WORDS.has(w) || TITLE_WORDS.has(w) || MONTH_NAMES.test(w) || DAY_NAMES.test(w) || r.stateOfDemonym.has(w) || r.tokenIsPlaceish(w);
  for (const v of r.text.matchAll(VERB)) {
    const w = WORD_BEFORE.exec(r.text.slice(Math.max(0, v.index - 40), v.index))?.[1];
    if (!w || ordinary(w) || surnames.has(w) || r.byForm.has(w) || r.gazForm.has(w) || /^\p{Lu}+$/u.test(w)) continue;
    r.addForm(r.ensure(w, "organization"), w);
  }
}
