import { NON_NAME_WORDS } from "../gazetteer";
import { STOP, isOrgHead, isOfficeWord, headKind, spellsAcronym, OFFICE_INITIALS } from "./lexicon";
import type { Registry } from "./registry";
import { capitalFirst } from "../capital-first";
import { UPPER_START } from "../word-shapes";

/** Two to six capitals: shaped like an acronym. */
const ACRONYM_SHAPED = /^\p{Lu}{2,6}$/u;

const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
/** "Armed Forces of Russia (AFR)": acronyms defined in parentheses. */
export function acronymsDefined(r: Registry): void {
  const { text, byForm, gazForm, ensure, addForm, fromEntry } = r;
  const defRe = /((?:[\p{Lu}][\p{L}’'-]*|of|the|and|for|on|in)(?:\s+(?:[\p{Lu}][\p{L}’'-]*|of|the|and|for|on|in)){1,9})\s+\((\p{Lu}[\p{Lu}\p{Ll}]{1,6})\)/gu;
  for (let m = defRe.exec(text); m; m = defRe.exec(text)) {
    const words = m[1].split(/\s+/);
    const acr = m[2];
    if (!TWO_CAPITALS.test(acr)) continue;
    for (let k = 0; k < words.length; k++) {
      const phraseWords = words.slice(k);
      if (!spellsAcronym(phraseWords, acr)) continue;
      const phrase = phraseWords.join(" ");
      const g = gazForm.get(phrase) ?? gazForm.get(acr);
      const a = g ? fromEntry(g.entry) : byForm.get(phrase) ?? ensure(phrase, headKind(phraseWords) ?? "organization");
      addForm(a, phrase);
      addForm(a, acr);
      a.aliases.add(acr);
      break;
    }
  }
}

/** What every short name of shortNames holds, a capitalised word in parentheses: a fast test that spares the slower scan a text with none. */
const SHORT_NAME_IN_PARENTHESES = /(?<=\s)\(\p{Lu}\p{Ll}{3,}[\p{L}-]*\)/u;

/** A transliterated short name in parentheses after an institution: "Federal Air Transport Agency (Rosaviatsia)". */
export function shortNames(r: Registry): void {
  const { text, byForm, gazForm, ensure, addForm } = r;
  if (!SHORT_NAME_IN_PARENTHESES.test(text)) return;
  const shortRe = capitalFirst(/((?:\p{Lu}[\p{L}’'-]*\s+){0,5}\p{Lu}[\p{L}’'-]*)\s+\((\p{Lu}\p{Ll}{3,}[\p{L}-]*)\)/gu);
  for (let m = shortRe.exec(text); m; m = shortRe.exec(text)) {
    const words = m[1].split(/\s+/);
    let k = 0;
    while (k < words.length && NON_NAME_WORDS.has(words[k]) && !(k + 1 < words.length && isOrgHead(words[k + 1]))) k++;
    const phraseWords = words.slice(k);
    if (phraseWords.length < 2 || !isOrgHead(phraseWords[phraseWords.length - 1]) || byForm.has(m[2]) || gazForm.has(m[2])) continue;
    const phrase = phraseWords.join(" ");
    const a = byForm.get(phrase) ?? ensure(phrase, headKind(phraseWords) ?? "organization");
    addForm(a, phrase);
    addForm(a, m[2]);
    a.aliases.add(m[2]);
  }
}

/** "Kenya as": a capitalised word followed by a lower-case one other than a joiner ("of", "and"), which no name is. */
const mixesCase = (phrase: string) => UPPER_START.test(phrase) && phrase.split(" ").some((w) => /^\p{Ll}/u.test(w) && !STOP.has(w));

/** Undefined acronyms ("the COW delegates"): the phrase whose initials spell them. */
export function undefinedAcronyms(r: Registry): void {
  const { text, tokens, byForm, gazForm, ensure, addForm, fromEntry } = r;
  const words = tokens.map((t) => t.base);
  const triedAcronyms = new Set<string>();
  for (const t of tokens) {
    const acr = t.base;
    if (!ACRONYM_SHAPED.test(acr) || OFFICE_INITIALS.test(acr) || byForm.has(acr) || gazForm.has(acr) || /^[IVXLC]+$/.test(acr) || triedAcronyms.has(acr)) continue;
    triedAcronyms.add(acr);
    let found: string | null = null;
    outer: for (let i = 0; i < tokens.length && !found; i++) {
      // "PM Morava": the capitals spell no phrase they open themselves.
      if (words[i][0]?.toLowerCase() !== acr[0].toLowerCase() || STOP.has(words[i].toLowerCase()) || words[i] === acr) continue;
      for (let len = acr.length; len <= acr.length + 3 && i + len <= tokens.length; len++) {
        const slice = tokens.slice(i, i + len);
        if (slice.some((s, k) => k > 0 && text.slice(slice[k - 1].end, s.start) !== " ")) break;
        if (spellsAcronym(slice.map((s) => s.base), acr) && !STOP.has(slice[len - 1].base.toLowerCase())) {
          found = slice.map((s) => s.base).join(" ");
          break outer;
        }
      }
    }
    // "liquefied natural gas (LNG)" is a thing, not an actor; lower-case gazetteer phrases ("coalition of the willing") are.
    // "PM" spelled by "Prime Minister": an office, not a body.
    if (!found || (!UPPER_START.test(found) && !gazForm.has(found)) || found.split(" ").every(isOfficeWord) || mixesCase(found)) continue;
    const g = gazForm.get(found) ?? gazForm.get(found.charAt(0).toUpperCase() + found.slice(1));
    const a = g ? fromEntry(g.entry) : byForm.get(found) ?? ensure(found.charAt(0).toUpperCase() + found.slice(1), headKind(found.split(" ")) ?? "organization");
    addForm(a, found);
    addForm(a, acr);
    a.aliases.add(acr);
  }
}
