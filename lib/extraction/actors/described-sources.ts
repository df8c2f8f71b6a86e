/**
 * Anonymous but described sources ("a senior Ukrainian official said", "according to a Kyiv-based trader",
 * "said a Western diplomat"): each description is a speaker of its own, named without its article. Plural and
 * generic sources ("officials said", "sources said") are not.
 */
import { lexiconTag } from "../nlp";
import { isPersonNoun } from "./person-nouns";
import type { Registry } from "./registry";
import type { Actor } from "./types";

/** Marks a described source as nobody named: another article's "a Western diplomat" is somebody else. */
export function unnamed(a: Actor): Actor {
  a.unnamed = true;
  return a;
}

const withoutArticle = (name: string) => name.replace(/^(?:an?|another|the)\s+/i, "").toLowerCase();

/**
 * Whether the registry already knows this description, marking a stored actor named by it unnamed: an earlier
 * article's "a Western diplomat", among the known actors, is a description here too. A named person who has it as an
 * alias ("Kremlin spokesman") is left as he is.
 */
export function markKnownDescription(r: Registry, description: string): boolean {
  const seen = r.byForm.get(description);
  if (seen && withoutArticle(seen.name) === withoutArticle(description)) unnamed(seen);
  return seen !== undefined;
}

export const PERSON_NOUNS =
  "official|diplomat|trader|source|analyst|resident|soldier|commander|officer|shipbroker|broker|executive|banker|lawmaker|legislator|negotiator|" +
  "adviser|advisor|aide|expert|economist|volunteer|medic|doctor|nurse|witness|farmer|driver|engineer|employee|insider|investor|mother|father|" +
  "wife|husband|teacher|pilot|operator|owner|shipowner|representative|spokesperson|spokesman|spokeswoman|prosecutor|lawyer|activist|researcher|executive|manager|minister|" +
  "woman|man|worker|pensioner|miner|student|refugee|evacuee|survivor|rescuer|firefighter|paramedic|sailor|seafarer|fisherman|" +
  "surgeon|dispatcher|recruiter|technician|mechanic|interpreter";
/** A word before a source's noun: "senior", "Kyiv-based", "U.S.". */
const MODIFIER = `(?:(?:[\\p{L}\\p{N}’'-]+|(?:\\p{Lu}\\.){2,})\\s+)`;
/**
 * One to four modifiers ("senior Ukrainian", "Kyiv-based", "U.S.", "senior Finnish Border Guard"), then the noun; or a bare occupation ("a
 * shipbroker") other than the generic official, source or diplomat, which count only placed in a body ("a source in the …").
 */
const DESC = `(${MODIFIER}{1,4}?(?:${PERSON_NOUNS})|(?!official|source|diplomat)(?:${PERSON_NOUNS})|(?:official|source|diplomat)(?=\\s+in\\s+the\\s|\\s+in\\s+\\p{Lu}[\\p{L}-]+['’]s\\s|\\s+(?:in|at|from|with)\\s+(?:a|an|one\\s+of\\s+the)\\s|\\s+of\\s+one\\s))`;
/** A source joined to another by "and" ("and a European diplomat") carries a modifier, up to three. */
const DESC_MODIFIED = `(${MODIFIER}{1,3}?(?:${PERSON_NOUNS}))`;
/** "a senior official at the Ministry of …" speaks for that body, which the annotation names instead. */
const NOT_OF_BODY = "(?!\\s+(?:at|of|from|with|for)\\s+(?:the\\s+)?\\p{Lu})";
/** What a source knows that describes it: "familiar with the talks", "briefed on the plan", "with knowledge of the deal". */
export const KNOWING_WHAT = "familiar\\s+with|aware\\s+of|briefed\\s+on|involved\\s+in|close\\s+to|with\\s+(?:direct\\s+)?knowledge\\s+of";
const SAYS = "(?:said|says|told|added|wrote|warned|argued|noted|explained|acknowledged|conceded|put it|insisted|claimed|confirmed|denied|estimated|cautioned|predicted|recalled|complained|described|stressed|admitted)";
/** "said a Western diplomat", "According to a Kyiv-based trader", "quoted an intelligence official as saying". */
/**
 * "a source in the Security Service of Ukraine (SBU)", "an official in the defence ministry": the body the source sits
 * in, which the annotation keeps in the source's name.
 */
const BODY_NAME = "\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:(?:of|for|and|the)\\s+)*\\p{Lu}[\\p{L}’'-]*){0,5}(?:\\s+\\(\\p{Lu}+\\))?";
const BODY_NOUN = "ministry|department|office|administration|government|presidency|secretariat|service|agency|commission|cabinet|parliament|army|military|navy";
/** "in the Donetsk region": a named area, its lower-case noun part of where the source sits. */
const AREA_NOUN = "region|oblast|province|district|area|city|direction|sector";
/** "in Ukraine's SBU security service", "in Poland's interior ministry": a body after a state's possessive. */
const IN_STATES_BODY = `\\s+in\\s+\\p{Lu}[\\p{L}-]+['’]s\\s+(?:\\p{Lu}[\\p{L}’'-]*\\s+)?(?:\\p{Ll}+\\s+){0,2}(?:${BODY_NOUN})`;
const IN_BODY = `(?<body>\\s+in\\s+the\\s+(?:${BODY_NAME}(?:\\s+(?:${AREA_NOUN}))?|(?:\\p{Ll}+\\s+){0,2}(?:${BODY_NOUN}))(?![\\p{L}-])|${IN_STATES_BODY}(?![\\p{L}-]))?`;
const AFTER_VERB = new RegExp(`\\b(?:said|says|told\\s+\\p{L}+|[Aa]ccording to|added|wrote|quoted)\\s+(?:a|an|one)\\s+${DESC}(?![\\p{L}-])${NOT_OF_BODY}${IN_BODY}`, "gu");
/** A second source joined to a cited one: "according to a State Department official and a European diplomat". */
const JOINED_SOURCE = new RegExp(`(?:\\b(?:[Aa]ccording to|quoted)\\s+(?:a|an|one|two|three|several)\\s[^.;"“”]{3,60}?|(?:officials|sources|diplomats)\\s)and\\s+(?:a|an|one)\\s+${DESC_MODIFIED}(?![\\p{L}-])${NOT_OF_BODY}`, "gu");
/** "briefed on the meeting", "at the checkpoint": a lower-case phrase that places the source, between it and its verb. */
const PLACED =
  "(?:\\s+(?:briefed\\s+on|familiar\\s+with|involved\\s+in|at|near|on|of)\\s+(?:the\\s+)?\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}?" +
  // "a soldier from the 47th brigade", "a medic with the 3rd battalion": a numbered unit
  "|\\s+(?:from|with|in|of)\\s+the\\s+\\d+(?:st|nd|rd|th)\\s+\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*)?" +
  // "a trader at a Kyiv-based export company", "an official in one of the Volga regions"
  "|\\s+(?:at|in|from|with|of)\\s+(?:a|an|one(?:\\s+of\\s+the)?)\\s+[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,3}?" +
  // "an investment banker advising one of the bidders": a participle phrase
  "|\\s+\\p{Ll}+ing\\s+(?:the\\s+|an?\\s+|one\\s+of\\s+the\\s+)?\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}?)?";
/** "who was not authorised to speak publicly": a relative clause between the source and its verb. */
const WHO = `(?:\\s+who\\s+[^,.;"“”]{1,60}?)?`;
const AS_SUBJECT = new RegExp(`(?:^|[.!?"”:]\\s+|,\\s+(?:(?:though|although|but|while|yet)\\s+)?)(?:A|An|One|Another|a|an|one|another)\\s+${DESC}${NOT_OF_BODY}(?<place>\\s+in\\s+\\p{Lu}[\\p{L}-]+)?${IN_BODY}${PLACED}(?:,[^,.]{1,60},)?${WHO}\\s+${SAYS}\\b`, "gmu");

/**
 * Any person noun as the head ("importer", "correspondent", "surveyor": see person-nouns.ts), up to four modifiers
 * before it ("Tallinn-based P&I"), the head held at the end of the phrase by what follows it.
 */
const PERSON_PHRASE = `((?:(?:[\\p{L}\\p{N}’'&-]+|(?:\\p{Lu}\\.){2,})\\s+){0,4}?\\p{Ll}[\\p{Ll}-]+)`;
/** "from Komarin", "in Moscow": the place a bare noun's source comes from, which names it ("man from Komarin"). */
const FROM_PLACE = "(?<place>\\s+(?:in|from)\\s+\\p{Lu}[\\p{L}-]+)";
/**
 * '"…," said a Mumbai-based importer who …', "according to a London underwriter.": after its verb the phrase ends the
 * clause, goes on with "who" or places the source; "said a Russian interceptor missile hit …" is a reported clause.
 */
const PERSON_AFTER_VERB = new RegExp(
  `\\b(?:said|says|told\\s+\\p{L}+|[Aa]ccording to|added|wrote)\\s+(?:a|an)\\s+${PERSON_PHRASE}${FROM_PLACE}?(?=\\s+who\\b|\\s*[,.;]|\\s+(?:at|with|in)\\s+(?:a|an|one)\\s)`,
  "gu",
);
/**
 * "A Tallinn-based P&I correspondent said", "…, and a senior official in one of the ministries told me", "As a banker in
 * Moscow put it to me": the phrase as the subject of a verb of saying, opening a sentence, a clause joined by "and" or
 * an "As … put it" frame.
 */
const PERSON_AS_SUBJECT = new RegExp(
  `(?:^|[.!?"”:]\\s+|,\\s+(?:and\\s+)?|\\bAs\\s+)(?:A|An|a|an|Another|another)\\s+${PERSON_PHRASE}${NOT_OF_BODY}${FROM_PLACE}?${PLACED}(?:,[^,.]{1,60},)?${WHO}\\s+${SAYS}\\b`,
  "gmu",
);
const LISTED_PERSON_NOUN = new RegExp(`^(?:${PERSON_NOUNS})$`);

/**
 * The phrase's last word names a person, no ordinal counts it ("said a third person, a port worker, had died") and no
 * place in it is a body the article names ("an official from Gazprom").
 */
function isPersonPhrase(r: Registry, m: RegExpMatchArray): boolean {
  const words = m[1].split(/\s+/), head = words[words.length - 1];
  if (!LISTED_PERSON_NOUN.test(head) && !isPersonNoun(head)) return false;
  if (words.some((w) => /Ordinal/.test(lexiconTag(w) ?? ""))) return false;
  const place = m.groups?.place?.replace(/^\s+\S+\s+/, "");
  return !place || !BODY_KINDS.has(r.byForm.get(place)?.kind ?? "");
}

/** "one of the returnees", "one of the detained men": one out of a group the text calls by a plural noun. */
const ONE_OF_GROUP = `[Oo]ne\\s+of\\s+the\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){0,3}?(?:\\p{Ll}[\\p{L}-]*s|\\p{Ll}*men)(?![\\p{L}-])`;
/** "the wife of a mobilised soldier", "the mother of one prisoner", "the mother of one of the returnees" or "of one of them": a source described by a relation to another. */
const RELATION = `((?:wife|husband|mother|father|son|daughter|sister|brother|widow|relative|friend|neighbour|neighbor|colleague)\\s+of\\s+(?:(?:a|an|one)\\s+(?:[\\p{L}’'-]+\\s+){0,2}?(?:${PERSON_NOUNS}|man|woman|prisoner|victim|sailor|conscript|reservist)|${ONE_OF_GROUP}|one\\s+of\\s+them))`;
const RELATION_AFTER_VERB = new RegExp(`\\b(?:said|says|told\\s+\\p{L}+|according to|added|wrote)\\s+(?:the|a|an)\\s+${RELATION}(?![\\p{L}-])`, "gu");
const RELATION_AS_SUBJECT = new RegExp(`(?:^|[.!?"”:]\\s+)(?:The|A|An)\\s+${RELATION}(?:,[^,.]{1,60},)?\\s+${SAYS}\\b`, "gmu");

/**
 * "one of the returnees said", "one of the men, a former driver from Mombasa who …, said", "said one of the brokers": one
 * source out of a group, named as the article names it. After its verb a group of things is as likely ("said one of the
 * reasons was …"): there the plural is a person noun, or ends the clause.
 */
const ONE_OF_PERSONS = `[Oo]ne\\s+of\\s+the\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){0,3}?(?:(?:${PERSON_NOUNS})s|men|women)(?![\\p{L}-])`;
const ONE_OF_SAYS = new RegExp(
  `(?:(?:^|[.!?"”:]\\s+|,\\s+)(${ONE_OF_GROUP})(?:,[^,.]{1,100},)?${WHO}\\s+${SAYS}\\b|\\b(?:said|says|told\\s+\\p{L}+|[Aa]ccording to)\\s+(${ONE_OF_PERSONS}|${ONE_OF_GROUP}(?=\\s*[,.;])))`,
  "gmu",
);

/**
 * "one of the men, a 31-year-old former driver from Mombasa who …": the description set off after "one of the …", its
 * age left out, which an editor names the source by.
 */
const APPOSITION = /^,\s+(?:an?)\s+(?:\d{1,3}-year-old\s+)?((?:[\p{L}’'-]+\s+){0,4}?\p{Ll}[\p{L}-]*(?:\s+(?:from|in)\s+\p{Lu}[\p{L}-]+)?)(?=\s+who\b|\s*[,.;]|\s*$)/u;

/**
 * "a person familiar with the talks said", "according to a person briefed on the meeting", "a source close to the
 * Kremlin said": a person, source, official or diplomat described only by what they know, which is kept in the name
 * ("person familiar with the talks").
 */
const KNOWING_NOUN = /\b(?:person|source|official|diplomat|insider)\s/;
const KNOWING_PERSON = `((?:person|source|official|diplomat|insider)\\s+(?:${KNOWING_WHAT})\\s+(?:the\\s+|its\\s+|their\\s+)?[\\p{L}'’-]+(?:\\s+\\p{Ll}[\\p{L}'’-]*){0,2}?)`;
const KNOWING_SAYS = new RegExp(
  `(?:(?:^|[.!?"”:]\\s+|,\\s+)(?:A|An|One|Another|a|an|one|another)\\s+${KNOWING_PERSON}(?:,[^,.]{1,60},)?${WHO}\\s+${SAYS}\\b|\\b(?:said|says|told\\s+\\p{L}+|[Aa]ccording to)\\s+(?:a|an|one)\\s+${KNOWING_PERSON}(?=\\s*[,.;]))`,
  "gmu",
);

/** Modifiers are adjectives, names or hyphenated compounds, never a determiner, verb or preposition ("one of the"). */
function isDescription(phrase: string): boolean {
  const mods = phrase.split(/\s+/).slice(0, -1);
  return mods.every((w) => /^\p{Lu}|-/u.test(w) || !/^(?:Determiner|Preposition|Conjunction|Pronoun|Copula|Modal|PastTense|PresentTense|Infinitive|Gerund|Adverb|Cardinal)$/.test(lexiconTag(w) ?? ""));
}

/** A lower-case word or a hyphenated compound ("Kyiv-based"). */
const LOWER_WORD = "(?:[\\p{Ll}-]+|\\p{Lu}\\p{L}*-\\p{Ll}+)";
/**
 * "at a state-run refiner", "with one of the insurers", "at a state-run Indian refiner": where an anonymous source works,
 * ending in a lower-case noun, up to its verb or a comma.
 */
const WORKPLACE = new RegExp(`^\\s+(?:(?:at|with|from|in)\\s+(?:a|an|one|one\\s+of\\s+the)|of\\s+(?:the|one\\s+of\\s+the))\\s+(?:(?:${LOWER_WORD}|\\p{Lu}[\\p{L}-]*)\\s+){0,3}?${LOWER_WORD}(?=\\s+(?:who|which|${SAYS})\\b|\\s*[,.;])`, "u");

/** "who gave her name only as Inna", "identified only as Petro": the one name a source goes by follows. */
export const NAME_ONLY_AS = "gave\\s+(?:his|her|their)\\s+name\\s+(?:only\\s+)?as|(?:named|identified)\\s+only\\s+as";

/** "asked not to be named", "on condition of anonymity", "was not authorised to speak": a source keeping its name back. */
const ANONYMITY =
  "(?:ask(?:ed|ing)|request(?:ed|ing))\\s+(?:not\\s+to\\s+be\\s+(?:named|identified)|anonymity|that\\s+(?:his|her|their)\\s+(?:sur|full\\s+)?name\\s+not\\s+be\\s+(?:used|published|given))" +
  "|(?:spoke\\s+|speaking\\s+)?on\\s+(?:the\\s+)?condition\\s+of\\s+anonymity|declin(?:ed|ing)\\s+to\\s+be\\s+(?:named|identified)|(?:was|is)\\s+not\\s+authori[sz]ed\\s+to\\s+(?:speak|talk)";
/** Right after the source: "…, who asked not to be named", " speaking on condition of anonymity". */
const ANONYMOUS_AFTER_SOURCE = new RegExp(`^(?:\\s*,)?\\s+(?:who\\s+)?(?:${ANONYMITY})`);
/** Right after its verb and up to two words ("told Meduza"): ", asking not to be named", " on condition of anonymity". */
const ANONYMOUS_AFTER_VERB = new RegExp(`^(?:\\s+[\\p{L}.]+){0,2}?(?:\\s*,)?\\s+(?:${ANONYMITY})`, "u");

/**
 * "A Georgian shipping agent in Poti, who asked not to be named, said": a source that keeps its name back is a person
 * whatever noun describes it, so its description needs no person noun from PERSON_NOUNS.
 */
const ANONYMOUS_SUBJECT = new RegExp(
  `(?:^|[.!?"”:]\\s+)(?:A|An|One|Another)\\s+((?:(?!who\\s)[\\p{L}\\p{N}’'-]+\\s+){0,3}(?!who\\b)\\p{Ll}[\\p{L}-]*)(?<place>\\s+(?:in|from)\\s+\\p{Lu}[\\p{L}-]+)?(?:\\s*,)?\\s+(?:who\\s+)?(?:${ANONYMITY})[^.;"“”]{0,40}?\\s+${SAYS}\\b`,
  "gmu",
);

/** An anonymous source's noun (no verb's past) and its modifiers: adjectives, names, gerunds ("shipping agent"), never a determiner or verb. */
function isAnonymousDescription(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  if (/^(?:PastTense|Gerund|Adverb|Preposition|Determiner|Conjunction|Pronoun|Copula|Modal)$/.test(lexiconTag(words[words.length - 1]) ?? "")) return false;
  return words.slice(0, -1).every((w) => /^\p{Lu}|-/u.test(w) || !/^(?:Determiner|Preposition|Conjunction|Pronoun|Copula|Modal|PastTense|PresentTense|Infinitive|Adverb|Cardinal)$/.test(lexiconTag(w) ?? ""));
}

/**
 * A bare occupation that keeps its name back speaks as itself ('a surgeon, who asked not to be named, said'; '"…," a
 * guard said, asking not to be identified'): the anonymity tells a source from a passer-by ("a clerk said the office closed").
 */
function keepsNameBack(text: string, end: number, matchEnd: number): boolean {
  return ANONYMOUS_AFTER_SOURCE.test(text.slice(end, end + 120)) || ANONYMOUS_AFTER_VERB.test(text.slice(matchEnd, matchEnd + 120));
}

/** "of one Volga region", "of one of the regions' finance ministries": which one of many bodies the source sits in. */
const OF_ONE = /^\s+of\s+one\s+(?:of\s+the\s+)?(?:[\p{L}’'-]+\s+){0,3}?\p{Ll}[\p{L}’'-]*(?=\s+(?:who|said|says|told)\b|\s*[,.;])/u;

/** Right after a quote closed by its comma: '"We had no warning," a resident said', '"…," said a driver'. */
const SPEAKS_QUOTE = /[,!?]["”]\s+(?:(?:said|says|added|wrote)\s+)?(?:a|an|one|another)\s+$/i;

/**
 * The source's name: the description, with the place or workplace that tells a bare occupation apart ("trader in
 * Geneva", "executive at a state-run refiner"); a bare occupation with neither ("a spokesman said", "said a woman was
 * killed") names nobody, unless cited by "according to" or speaking a quote just closed.
 */
function sourceName(r: Registry, m: RegExpMatchArray): { name: string; printed: string } | null {
  const { text } = r;
  const start = m.index! + m[0].indexOf(m[1]), end = start + m[1].length;
  const workplace = m.groups?.body ? "" : WORKPLACE.exec(text.slice(end, end + 80))?.[0] ?? "";
  const bare = !/\s/.test(m[1]);
  const place = bare ? m.groups?.place ?? "" : "";
  const body = m.groups?.body ?? "";
  const oneOf = OF_ONE.exec(text.slice(end + place.length + body.length + workplace.length, end + 200))?.[0] ?? "";
  if (bare && !place && !body && !workplace && !oneOf) {
    if (/^spokes/.test(m[1])) return { name: spokespersonOf(r, start, m[1]), printed: m[1] };
    const cited = /according to\s+(?:a|an|one)\s+$/i.test(text.slice(Math.max(0, start - 20), start));
    if (!cited && !SPEAKS_QUOTE.test(text.slice(Math.max(0, start - 20), start)) && !keepsNameBack(text, end, m.index! + m[0].length)) return null;
  }
  const printed = `${m[1]}${place}${body}${workplace}${oneOf}`.replace(/\s+/g, " ");
  // "… in the Security Service of Ukraine (SBU)": the acronym is the body's, not part of the source's name.
  return { name: printed.replace(/\s+\(\p{Lu}+\)$/u, ""), printed };
}

const BODY_KINDS = new Set(["government", "armed_force", "organization", "alliance"]);

/**
 * "The Foreign Ministry summoned the envoy, a spokesman said": a bare spokesman speaks for the body named last before
 * him in his paragraph ("Romanian Foreign Ministry spokesman"); with none, he stays a bare spokesman.
 */
function spokespersonOf(r: Registry, at: number, noun: string): string {
  const from = Math.max(r.text.lastIndexOf("\n", at) + 1, at - 300);
  const before = r.text.slice(from, at);
  let body: { name: string; pos: number } | null = null;
  for (const [form, a] of r.byForm) {
    if (!BODY_KINDS.has(a.kind)) continue;
    const pos = before.lastIndexOf(form);
    if (pos >= 0 && (!body || pos > body.pos) && !/[\p{L}]/u.test(before[pos + form.length] ?? "")) body = { name: a.name, pos };
  }
  return body ? `${body.name} ${noun}` : noun;
}

/**
 * The source named as the article introduces it, with its article ("a Reliance spokesperson", "another trader in
 * Geneva"), the description alone kept as an alias; "one soldier" and a name built from a body ("Romanian Foreign Ministry
 * spokesman") keep the description alone.
 */
function withArticle(r: Registry, m: RegExpMatchArray, source: { name: string; printed: string }): string {
  const start = m.index! + m[0].indexOf(m[1]);
  const article = /(?:^|\s)(an?|another)\s+$/i.exec(r.text.slice(Math.max(0, start - 9), start))?.[1];
  if (!article || !source.printed.startsWith(source.name)) return source.name;
  return `${article.toLowerCase()} ${source.name}`;
}

/** "an" before a vowel sound: "an EU diplomat", "an official", but "a European", "a Ukrainian", "a US official". */
const indefinite = (name: string) => (/^(?:[AEFHILMNORSX]\p{Lu}|[AaIiOo]|[Ee](?!u)|[Uu](?!k|s|n[iy]|r|\p{Lu}))/u.test(name) ? "an" : "a");

/** "broker in London" is the "London broker": a bare occupation with its place put before it, as an editor may name it. */
function placeBeforeNoun(m: RegExpMatchArray): string | null {
  const place = /^\s+(?:in|from)\s+(\p{Lu}[\p{L}-]+)$/u.exec(m.groups?.place ?? "")?.[1];
  return place && !/\s/.test(m[1]) ? `${place} ${m[1]}` : null;
}

/**
 * "familiar with the talks", "briefed on the plan", "in Riyadh", "who asked not to be named": what a source knows, where
 * it sits or that it keeps its name back, right after it.
 */
const KNOWING_TAIL = new RegExp(`^\\s+(?:(?:${KNOWING_WHAT})\\s+(?:the\\s+|its\\s+|their\\s+)?\\p{Ll}[\\p{L}-]*|in\\s+\\p{Lu}[\\p{L}-]+|who\\s+(?:${ANONYMITY}))(?![\\p{L}-])`, "u");

/**
 * "a Gulf official familiar with the talks said": the source's name with its tail, kept as an alias, since an editor
 * names the source with or without it.
 */
function knowingTail(text: string, end: number): string {
  return KNOWING_TAIL.exec(text.slice(end, end + 60))?.[0].replace(/\s+/g, " ") ?? "";
}

export function describedSources(r: Registry): void {
  for (const re of [AFTER_VERB, AS_SUBJECT, JOINED_SOURCE, ANONYMOUS_SUBJECT, PERSON_AFTER_VERB, PERSON_AS_SUBJECT]) {
    for (const m of r.text.matchAll(re)) {
      if ((re === PERSON_AFTER_VERB || re === PERSON_AS_SUBJECT) && !isPersonPhrase(r, m)) continue;
      const source = sourceName(r, m);
      const described = re === ANONYMOUS_SUBJECT ? isAnonymousDescription(m[1]) : isDescription(m[1]);
      if (!source || !described || markKnownDescription(r, source.printed)) continue;
      const named = withArticle(r, m, source);
      const a = unnamed(r.ensure(named, "person"));
      if (named !== source.name) a.aliases.add(source.name);
      // "one EU diplomat said": the source introduced by "one" is "an EU diplomat" as much as any other.
      else a.aliases.add(`${indefinite(source.name)} ${source.name}`);
      const placeFirst = placeBeforeNoun(m);
      if (placeFirst) for (const n of [placeFirst, `${indefinite(placeFirst)} ${placeFirst}`]) a.aliases.add(n);
      r.addForm(a, source.printed);
      // "Tallinn-based P&I correspondent" is also the "P&I correspondent": where a source is based places it, an editor may drop it.
      const unplaced = /^\S+-based\s+(.+)$/.exec(source.name)?.[1];
      if (unplaced && /\s/.test(unplaced)) a.aliases.add(unplaced);
      const tail = knowingTail(r.text, m.index! + m[0].indexOf(m[1]) + source.printed.length);
      if (tail) for (const n of [named, source.name]) a.aliases.add(`${n}${tail}`);
    }
  }
  for (const m of KNOWING_NOUN.test(r.text) ? r.text.matchAll(KNOWING_SAYS) : []) {
    const description = (m[1] ?? m[2]).replace(/\s+/g, " ");
    if (markKnownDescription(r, description)) continue;
    const a = unnamed(r.ensure(`${/^[aeiou]/.test(description) ? "an" : "a"} ${description}`, "person"));
    a.aliases.add(description);
    r.addForm(a, description);
  }
  for (const m of r.text.matchAll(ONE_OF_SAYS)) {
    const raw = m[1] ?? m[2];
    const phrase = raw.replace(/\s+/g, " ");
    if (markKnownDescription(r, phrase)) continue;
    const a = unnamed(r.ensure(phrase.replace(/^One/, "one"), "person"));
    r.addForm(a, phrase);
    const apposition = APPOSITION.exec(r.text.slice(m.index! + m[0].indexOf(raw) + raw.length, m.index! + m[0].length + 120));
    if (apposition) a.aliases.add(apposition[1].replace(/\s+/g, " "));
  }
  for (const re of [RELATION_AFTER_VERB, RELATION_AS_SUBJECT]) {
    for (const m of r.text.matchAll(re)) {
      const phrase = m[1].replace(/\s+/g, " ");
      if (markKnownDescription(r, phrase)) continue;
      const a = unnamed(r.ensure(phrase, "person"));
      r.addForm(a, phrase);
      // "The brother of one of them": the source as the article introduces it, an alias an editor may keep.
      const article = /(\p{L}+)\s+$/u.exec(m[0].slice(0, m[0].indexOf(m[1])))?.[1];
      if (article) a.aliases.add(`${article} ${phrase}`);
    }
  }
}
