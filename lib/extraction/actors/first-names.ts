/**
 * A person introduced in full and then called by first name alone ("Olena Bondar, 64, … Olena stayed"), or by the
 * initial that ends a court-style name ("Markus T. … T. denied it"): that short name is a mention of the same person,
 * so the pronouns and quotes after it resolve to them. A first name two persons share names neither.
 */
import { NON_NAME_WORDS, TITLE_WORDS } from "../gazetteer";
import { isFirstName, lexiconTag } from "../nlp";
import { escapeRe, matchesWhereWordStands } from "./lexicon";
import type { Registry } from "./registry";
import type { Actor } from "./types";

const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const INITIAL = /^\p{Lu}\.$/u;

export function firstNamesAlone(r: Registry): void {
  const byFirst = new Map<string, Actor[]>();
  for (const a of r.actors.values()) {
    const words = a.name.split(" ");
    if (a.kind !== "person" || words.length < 2) continue;
    byFirst.set(words[0], [...(byFirst.get(words[0]) ?? []), a]);
  }
  for (const [first, holders] of byFirst) {
    if (holders.length !== 1 || !usableFirstName(r, first)) continue;
    const rest = holders[0].name.slice(first.length + 1);
    // Alone: no capitalised word after it ("Olena stayed", "Olena's flat"), so not another Olena's full name.
    if (r.text.indexOf(`${first} ${rest}`) < 0) continue;
    const alone = new RegExp(`(?<![\\p{L}\\p{N}’'.-])${escapeRe(first)}(?![\\p{L}\\p{N}-])(?!\\s+\\p{Lu})`, "uy");
    if (!matchesWhereWordStands(alone, r.text, first)) continue;
    r.addLocalForm(holders[0], first);
  }
  for (const a of r.actors.values()) withInitialAlone(r, a);
  for (const a of r.actors.values()) withRankBefore(r, a);
}

const RANK_BEFORE = /(\p{Lu}[\p{L}.-]+) $/u;
/** "Sergeant Oleh, who gave only his first name": a person known by one name keeps the rank before it as an alias. */
function withRankBefore(r: Registry, a: Actor): void {
  if (a.kind !== "person" || /\s/.test(a.name)) return;
  const at = r.text.indexOf(a.name);
  const rank = at > 0 ? RANK_BEFORE.exec(r.text.slice(Math.max(0, at - 25), at))?.[1] : undefined;
  if (rank && TITLE_WORDS.has(rank)) a.aliases.add(`${rank} ${a.name}`);
}

/** A word that names a person: no ordinary word, title, place, demonym or other actor's form. */
function usableFirstName(r: Registry, word: string): boolean {
  if (!NAME_WORD.test(word) || NON_NAME_WORDS.has(word) || TITLE_WORDS.has(word)) return false;
  if (r.byForm.has(word) || r.gazForm.has(word) || r.stateOfDemonym.has(word)) return false;
  return !lexiconTag(word) || isFirstName(word);
}

/** "Markus T." is also "T." where the initial stands alone, never inside an abbreviation ("U.K."). */
function withInitialAlone(r: Registry, a: Actor): void {
  const words = a.name.split(" ");
  const initial = words[words.length - 1];
  if (a.kind !== "person" || words.length !== 2 || !INITIAL.test(initial) || r.byForm.has(initial)) return;
  const esc = escapeRe(initial);
  if (new RegExp(`[\\p{L}.]${esc}`, "u").test(r.text)) return;
  if (!new RegExp(`(?<![\\p{L}\\p{N}’'.-])(?<!${escapeRe(words[0])}\\s)${esc}(?=\\s|['’]s\\b|,)`, "u").test(r.text)) return;
  r.addLocalForm(a, initial);
}
