/**
 * Counted or described groups of anonymous sources ("two traders said", "according to two people familiar with the
 * talks", "three refinery executives told Reuters", "citing industry sources"): one actor, named as the article
 * introduces the group. A bare group ("officials said", "sources say") names nobody.
 */
import { lexiconTag } from "../nlp";
import { KNOWING_WHAT, markKnownDescription, unnamed } from "./described-sources";
import { isPersonNoun } from "./person-nouns";
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
  const modifiers = words.slice(0, Math.max(0, noun - 1));
  // "two London market brokers": a base-form verb right before the noun is a noun modifier ("market", "supply").
  const fits = (w: string, i: number) => /^\p{Lu}|-/u.test(w) || (i === modifiers.length - 1 && lexiconTag(w) === "Infinitive") ||
    !/^(?:Determiner|Preposition|Conjunction|Pronoun|Copula|Modal|PastTense|PresentTense|Infinitive|Gerund|Adverb|Cardinal)$/.test(lexiconTag(w) ?? "");
  return modifiers.every(fits);
}

/** Plural speakers a nation's group may be made of, beyond the counted sources ("Russian military bloggers"). */
const NATIONAL_NOUNS = `${PLURAL_NOUNS}|bloggers|channels|leaders|authorities|volunteers|medics|doctors|recruiters|journalists|observers`;
const REPORTS = "said|say|says|told|added|warned|warn|warns|estimated|estimate|confirmed|confirm|noted|claimed|claim|claims|reported|report|insisted|insist|argued|argue|admitted|believe|believes";
/**
 * "Russian military bloggers confirmed", "Ukrainian energy engineers warn", "Russian Telegram channels claimed": a
 * demonym, one or two modifiers and a plural noun, speaking as the subject (a relative or "including" clause between).
 */
const NATIONAL_GROUP = new RegExp(
  `(?:^|[.!?"”:]\\s+|,\\s+)(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?\\s+(?:[\\p{L}-]+\\s+){1,2}?(?:${NATIONAL_NOUNS}))(?:,[^,.;"“”]{1,60},|\\s+who\\s[^,.;"“”]{1,60}?)?\\s+(?:have\\s+|had\\s+|also\\s+)*(?:${REPORTS})\\b`,
  "gmu",
);

/** The group opens with a demonym ("Russian", "South Korean") and its modifiers are no verbs or function words. */
function isNationalGroup(r: Registry, phrase: string): boolean {
  const words = phrase.split(/\s+/);
  const lead = r.stateOfDemonym.has(words[0]) ? 1 : r.stateOfDemonym.has(`${words[0]} ${words[1]}`) ? 2 : 0;
  return lead > 0 && words.length - lead >= 2 && isGroupDescription(`two ${words.slice(lead).join(" ")}`);
}

function nationalGroups(r: Registry): void {
  for (const m of r.text.matchAll(NATIONAL_GROUP)) {
    const phrase = m[1].replace(/\s+/g, " ");
    if (!isNationalGroup(r, phrase) || markKnownDescription(r, phrase)) continue;
    r.addForm(unnamed(r.ensure(phrase, "other")), phrase);
  }
}

/**
 * "Residents of Cahul told reporters", "according to retailers in Varna and Burgas": people of a place, named by it. The
 * generic groups ("officials in Kyiv said", "sources in Moscow") name nobody, and a body's people speak for the body.
 */
const PLACE = "\\p{Lu}[\\p{L}-]+";
const PEOPLE_OF_PLACE = `((?!(?:[Oo]fficials|[Ss]ources|[Pp]eople)\\s)\\p{L}[\\p{Ll}-]+s\\s+(?:of|in|from)\\s+(${PLACE}(?:\\s+and\\s+${PLACE})?))(?![\\p{L}-]|\\s+\\p{Lu})`;
const PEOPLE_OF_PLACE_SAY = new RegExp(
  `(?:(?:^|[.!?"”:]\\s+|,\\s+)${PEOPLE_OF_PLACE}\\s+(?:have\\s+|had\\s+)?${SAY}\\b|\\b(?:[Aa]ccording\\s+to|said|told\\s+\\p{L}+)\\s+${PEOPLE_OF_PLACE}(?=\\s*[,.;]))`,
  "gmu",
);

function peopleOfPlaces(r: Registry): void {
  for (const m of r.text.matchAll(PEOPLE_OF_PLACE_SAY)) {
    const phrase = (m[1] ?? m[3]).replace(/\s+/g, " ");
    const places = (m[2] ?? m[4]).split(/\s+and\s+/);
    const noun = phrase.split(" ")[0].toLowerCase();
    if (!(PLURAL_NOUN.test(noun) || isPersonNoun(noun.slice(0, -1)))) continue;
    const isBody = (p: string) => BODY_KINDS.has(r.byForm.get(p)?.kind ?? r.gazForm.get(p)?.entry.kind ?? "");
    if (places.some(isBody) || markKnownDescription(r, phrase)) continue;
    const group = unnamed(r.ensure(phrase, "other"));
    r.addForm(group, phrase);
    // "traders in Lagos" are the "Lagos traders": an editor may put the one place before the noun.
    if (places.length === 1) group.aliases.add(`${places[0]} ${phrase.split(" ")[0].toLowerCase()}`);
  }
}
const BODY_KINDS = new Set(["government", "armed_force", "organization", "alliance", "media"]);

export function groupSources(r: Registry): void {
  nationalGroups(r);
  peopleOfPlaces(r);
  if (!/\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal)\s|sources\b|familiar with|aware of|briefed on|knowledge of|involved in|close to/.test(r.text)) return;
  for (const re of [AS_SUBJECT, CITED]) {
    for (const m of r.text.matchAll(re)) {
      const phrase = m[1].replace(/\s+/g, " ");
      if (!isGroupDescription(phrase) || markKnownDescription(r, phrase)) continue;
      const group = unnamed(r.ensure(phrase, "other"));
      r.addForm(group, phrase);
      const collective = namedCollective(r, phrase);
      if (collective) group.aliases.add(collective);
      const uncounted = withoutCount(phrase);
      if (uncounted) group.aliases.add(uncounted);
    }
  }
}

const COUNT = /^(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal)\s+/;
const QUALIFIER_TAIL = new RegExp(`(?:${KNOWING}|\\s+in\\s+the\\s+\\p{Ll}+)$`, "u");

/**
 * "two EU diplomats briefed on the talks" are some of the "EU diplomats", a collective named by its region or state: the
 * group's name without its count or what it knows. A group of no named place ("two traders") is no collective.
 */
function namedCollective(r: Registry, phrase: string): string | null {
  if (!COUNT.test(phrase)) return null;
  const bare = phrase.replace(COUNT, "").replace(QUALIFIER_TAIL, "");
  const lead = bare.split(" ")[0];
  return bare.includes(" ") && (r.stateOfDemonym.has(lead) || COLLECTIVE_LEADS.test(lead)) ? bare : null;
}

/** A bare group that names nobody: "two officials" are not the "officials". */
const GENERIC_GROUP = /^(?:officials|sources|people)$/;

/**
 * "two London brokers", "three people briefed on the talks": the group without its count ("London brokers", "people
 * briefed on the talks"), as an editor may name it; a generic group ("two officials") keeps its count.
 */
function withoutCount(phrase: string): string | null {
  if (!COUNT.test(phrase)) return null;
  const uncounted = phrase.replace(COUNT, "");
  return GENERIC_GROUP.test(uncounted) ? null : uncounted;
}

const COLLECTIVE_LEADS = /^(?:EU|European|Western|NATO|Nato|G7|Baltic|Nordic|Gulf|Arab|African|Asian)$/;
