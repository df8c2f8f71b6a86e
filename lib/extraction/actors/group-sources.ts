/**
 * Counted or described groups of anonymous sources ("two traders said", "according to two people familiar with the
 * talks", "three refinery executives told Reuters", "citing industry sources"): one actor, named as the article
 * introduces the group. A bare group ("officials said", "sources say") names nobody.
 */
import { lexiconTag } from "../nlp";
import { KNOWING_WHAT, markKnownDescription, unnamed } from "./described-sources";
import type { Registry } from "./registry";

const PLURAL_NOUNS =
  "officials|diplomats|traders|sources|analysts|brokers|shipbrokers|executives|bankers|lawmakers|insiders|investors|officers|commanders|" +
  "experts|economists|engineers|employees|managers|people|residents|soldiers|negotiators|representatives|lawyers|activists|researchers";
/** "familiar with the project", "with knowledge of the preparations", "in the government": what the group knows or where it sits. */
const KNOWING =
  `\\s+(?:${KNOWING_WHAT})\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}-]+['’]s\\s+)?\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}?`;
const QUALIFIER = `(?:${KNOWING}|\\s+in\\s+the\\s+\\p{Ll}+)?`;
/**
 * A count, up to three modifiers and a plural noun ("two London market brokers"); a group known by what it knows
 * ("people familiar with the talks"); or one lower-case word before "sources" ("diplomatic sources").
 */
const GROUP = `((?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${PLURAL_NOUNS})${QUALIFIER}|(?:[Pp]eople|[Ss]ources|[Oo]fficials|[Dd]iplomats)${KNOWING}|(?!(?:anonymous|unnamed|other|some|many|these|those|such|multiple|various|several)\\s)\\p{Ll}{4,}\\s+sources)(?![\\p{L}-])`;
const SAY = "(?:said|say|says|told|added|warned|estimated|confirmed|noted)";
const AS_SUBJECT = new RegExp(`(?:^|[.!?"”:]\\s+|,\\s+)${GROUP}(?:,[^,.]{1,60},|\\s+who\\s[^,.;"“”]{1,60}?)?\\s+(?:have\\s+|had\\s+)?${SAY}\\b`, "gmu");
const CITED = new RegExp(`\\b(?:[Aa]ccording\\s+to|[Cc]iting|cited\\s+by|said|told\\s+\\p{L}+)\\s+${GROUP}(?=\\s*[,.;]|\\s+(?:who|said|told)\\b)`, "gu");

const PLURAL_NOUN = new RegExp(`^(?:${PLURAL_NOUNS})$`);

/** The words before the noun describe the group: no determiner, verb, preposition or pronoun ("two of the", "two were"). */
function isGroupDescription(phrase: string): boolean {
  const words = phrase.split(/\s+/).slice(1, -1);
  const noun = phrase.split(/\s+/).findIndex((w) => PLURAL_NOUN.test(w));
  return words.slice(0, Math.max(0, noun - 1)).every((w) => /^\p{Lu}|-/u.test(w) || !/^(?:Determiner|Preposition|Conjunction|Pronoun|Copula|Modal|PastTense|PresentTense|Infinitive|Gerund|Adverb|Cardinal)$/.test(lexiconTag(w) ?? ""));
}

export function groupSources(r: Registry): void {
  if (!/\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal)\s|sources\b|familiar with|aware of|briefed on|knowledge of|involved in|close to/.test(r.text)) return;
  for (const re of [AS_SUBJECT, CITED]) {
    for (const m of r.text.matchAll(re)) {
      const phrase = m[1].replace(/\s+/g, " ");
      if (!isGroupDescription(phrase) || markKnownDescription(r, phrase)) continue;
      r.addForm(unnamed(r.ensure(phrase, "other")), phrase);
    }
  }
}
