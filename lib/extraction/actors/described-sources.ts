/**
 * Anonymous but described sources ("a senior Ukrainian official said", "according to a Kyiv-based trader",
 * "said a Western diplomat"): each description is a speaker of its own, named without its article. Plural and
 * generic sources ("officials said", "sources said") are not.
 */
import { lexiconTag } from "../nlp";
import type { Registry } from "./registry";

export const PERSON_NOUNS =
  "official|diplomat|trader|source|analyst|resident|soldier|commander|officer|shipbroker|broker|executive|banker|lawmaker|legislator|negotiator|" +
  "adviser|advisor|aide|expert|economist|volunteer|medic|doctor|nurse|witness|farmer|driver|engineer|employee|insider|investor|mother|father|" +
  "wife|husband|teacher|pilot|operator|owner|shipowner|representative|spokesperson|spokesman|spokeswoman|prosecutor|lawyer|activist|researcher|executive|manager|minister|" +
  "woman|man|worker|pensioner|miner|student|refugee|evacuee|survivor|rescuer|firefighter|paramedic|sailor|seafarer|fisherman";
/** One to three modifiers ("senior Ukrainian", "Kyiv-based", "U.S.", "NIS"), then the noun; or a bare occupation ("a shipbroker") other than the generic official, source or diplomat. */
const DESC = `((?:(?:[\\p{L}\\p{N}’'-]+|(?:\\p{Lu}\\.){2,})\\s+){1,3}?(?:${PERSON_NOUNS})|(?!official|source|diplomat)(?:${PERSON_NOUNS}))`;
const DESC_MODIFIED = `((?:(?:[\\p{L}\\p{N}’'-]+|(?:\\p{Lu}\\.){2,})\\s+){1,3}?(?:${PERSON_NOUNS}))`;
/** "a senior official at the Ministry of …" speaks for that body, which the annotation names instead. */
const NOT_OF_BODY = "(?!\\s+(?:at|of|from|with|for)\\s+(?:the\\s+)?\\p{Lu})";
const SAYS = "(?:said|says|told|added|wrote|warned|argued|noted|explained|acknowledged|conceded|put it|insisted|claimed|confirmed|denied|estimated|cautioned|predicted|recalled|complained)";
/** "said a Western diplomat", "According to a Kyiv-based trader", "quoted an intelligence official as saying". */
const AFTER_VERB = new RegExp(`\\b(?:said|says|told\\s+\\p{L}+|[Aa]ccording to|added|wrote|quoted)\\s+(?:a|an|one)\\s+${DESC}(?![\\p{L}-])${NOT_OF_BODY}`, "gu");
/** A second source joined to a cited one: "according to a State Department official and a European diplomat". */
const JOINED_SOURCE = new RegExp(`(?:\\b(?:[Aa]ccording to|quoted)\\s+(?:a|an|one|two|three|several)\\s[^.;"“”]{3,60}?|(?:officials|sources|diplomats)\\s)and\\s+(?:a|an|one)\\s+${DESC_MODIFIED}(?![\\p{L}-])${NOT_OF_BODY}`, "gu");
/** "briefed on the meeting", "at the checkpoint": a lower-case phrase that places the source, between it and its verb. */
const PLACED =
  "(?:\\s+(?:briefed\\s+on|familiar\\s+with|involved\\s+in|at|near|on)\\s+(?:the\\s+)?\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}?" +
  // "a trader at a Kyiv-based export company", "an official in one of the Volga regions"
  "|\\s+(?:at|in|from|with)\\s+(?:a|an|one\\s+of\\s+the)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?)?";
/** "who was not authorised to speak publicly": a relative clause between the source and its verb. */
const WHO = `(?:\\s+who\\s+[^,.;"“”]{1,60}?)?`;
const AS_SUBJECT = new RegExp(`(?:^|[.!?"”:]\\s+|,\\s+)(?:A|An|One|Another|a|an|one|another)\\s+${DESC}${NOT_OF_BODY}(\\s+in\\s+\\p{Lu}[\\p{L}-]+)?${PLACED}(?:,[^,.]{1,60},)?${WHO}\\s+${SAYS}\\b`, "gmu");

/** "the wife of a mobilised soldier", "the mother of one prisoner": a source described by a relation to another. */
const RELATION = `((?:wife|husband|mother|father|son|daughter|sister|brother|widow|relative|friend|neighbour|neighbor|colleague)\\s+of\\s+(?:a|an|one)\\s+(?:[\\p{L}’'-]+\\s+){0,2}?(?:${PERSON_NOUNS}|man|woman|prisoner|victim|sailor|conscript|reservist))`;
const RELATION_AFTER_VERB = new RegExp(`\\b(?:said|says|told\\s+\\p{L}+|according to|added|wrote)\\s+(?:the|a|an)\\s+${RELATION}(?![\\p{L}-])`, "gu");
const RELATION_AS_SUBJECT = new RegExp(`(?:^|[.!?"”:]\\s+)(?:The|A|An)\\s+${RELATION}(?:,[^,.]{1,60},)?\\s+${SAYS}\\b`, "gmu");

/** Modifiers are adjectives, names or hyphenated compounds, never a determiner, verb or preposition ("one of the"). */
function isDescription(phrase: string): boolean {
  const mods = phrase.split(/\s+/).slice(0, -1);
  return mods.every((w) => /^\p{Lu}|-/u.test(w) || !/^(?:Determiner|Preposition|Conjunction|Pronoun|Copula|Modal|PastTense|PresentTense|Infinitive|Gerund|Adverb|Cardinal)$/.test(lexiconTag(w) ?? ""));
}

export function describedSources(r: Registry): void {
  for (const re of [AFTER_VERB, AS_SUBJECT, JOINED_SOURCE]) {
    for (const m of r.text.matchAll(re)) {
      // "Another trader in Geneva said": a bare occupation keeps the place that tells it apart.
      const bare = !/\s/.test(m[1]) && m[2];
      const phrase = `${m[1]}${bare ? m[2] : ""}`.replace(/\s+/g, " ");
      if (!isDescription(m[1]) || r.byForm.has(phrase)) continue;
      r.addForm(r.ensure(phrase, "person"), phrase);
    }
  }
  for (const re of [RELATION_AFTER_VERB, RELATION_AS_SUBJECT]) {
    for (const m of r.text.matchAll(re)) {
      const phrase = m[1].replace(/\s+/g, " ");
      if (!r.byForm.has(phrase)) r.addForm(r.ensure(phrase, "person"), phrase);
    }
  }
}
