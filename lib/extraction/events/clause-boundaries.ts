/**
 * The boundaries a sentence is cut at (./clauses.ts reads them): coordination, subordination, relative clauses, lists
 * and set-off phrases. Each alternative of BOUNDARY opens with ";", "," or spaces; a named group tells which rule
 * matched, and ./clauses.ts decides whether a match is a clause boundary there.
 */
import { typeOfPhrase } from "./triggers";
import { EVENT_NOUN } from "./event-nouns";
import { PLANNED_PARTICIPLES } from "../word-shapes";
import { REPORTING_VERBS } from "./finite-clause";
import { RESTRICTIVE_RELATIVE } from "./restrictive-relative";
import { DONE_TO_PERSON } from "./relative";

export const PAST_AHEAD = String.raw`(?:(?:\p{Ll}+ly|first|also|then|later|again)\s+)?(?:\p{Ll}{3,}ed|flew|hit|struck|fell|came|began|shot|took|broke|went|met|won|lost|gave|sent|made|held|cut|left|withdrew|drew|rose|sold|paid|fought|led|saw|spoke|wrote)\b`;
/** "…, who was killed near Pokrovsk in June": a person's relative in the passive tells what was done to that person. */
const PERSON_PASSIVE = String.raw`(?:was|were)\s+(?:(?:later|also|then|reportedly)\s+)?${DONE_TO_PERSON}\s+(?:in|on|at|near|by|during|after|to|from|last|this|earlier)\b`;
/** A relative or adverbial clause with its own subject and a finite past verb: "…, who promised a mechanism …", "…, where Zelenskiy first raised …", "… after a Russian aircraft flew close to …" (not "when": "a woman was killed when a drone hit a car" is one happening). */
const SUBORDINATE = new RegExp(String.raw`,\s+who\s+(?=${PAST_AHEAD}|${PERSON_PASSIVE})|,\s+where\s+(?=(?:the\s+)?\p{Lu}[\p{L}-]*\s+(?:[\p{L}-]+\s+){0,3}${PAST_AHEAD})|\s+(?:after|as|before)\s+(?=(?:a|an|the)\s+(?:[\p{L}’'-]+\s+){1,4}${PAST_AHEAD})|,\s+as\s+(?!(?:well|much|many|long|soon|far|part|such|of|if|though|a\s+result)\b)(?=(?:[\p{L}’'-]+\s+){1,5}${PAST_AHEAD})`, "u");
/** "Zelensky, who submitted the bill on Monday, said …": the relative clause ends where its antecedent's verb comes. */
const RELATIVE_END = String.raw`(?<close>,\s+)(?=(?:said|says|told|added|wrote|announced)\b)`;
/**
 * "The plant, which opened in May, closed on Friday", "Ivanova, who arrived in 2023, has repeatedly said …": a relative
 * set off by commas ends where a finite verb follows its closing comma; the main clause resumes with the relative's
 * antecedent as its subject. Tried last, where no other boundary opens at the comma (./finite-clause.ts decides the verb).
 */
const SET_OFF_RELATIVE_END = String.raw`(?<setOffEnd>,\s+)(?=(?:\p{Ll}+ly\s+)?\p{Ll}{2,})`;
/**
 * "the fishing treaty, signed in Lima in May, …", "The ship, seized in March, returned …": a participle set off by a comma
 * after a noun phrase, followed by a place or time of its own; a clause of its own when its words hold a date.
 */
const SET_OFF_PARTICIPLE = String.raw`(?<participle>,\s+)(?=(?:\p{Ll}+ly\s+)?(?!(?:${PLANNED_PARTICIPLES})\b)(?:\p{Ll}{3,}ed|made|held|signed|sent|built|taken|won|shot|struck|hit|given|brought|begun|laid)\s+(?:in|on|at|by|last|this|earlier|during|after|from)\b)`;
/** "Kharkiv, which has 40,000 residents, …", "Ivanov, who has led the ministry since 2023, …": a relative that describes its antecedent, no clause of a happening. */
// A perfect of a happening ("who have captured 12 villages", "which has killed 40") tells one; of a state ("has led", "has been") does not.
const DESCRIPTIVE_RELATIVE = String.raw`(?<describes>,\s+(?:which|who)\s+)(?=(?:is|are|lies|remains)\s|(?:has|have)\s+(?:(?:led|headed|served|lived|worked|been|long|had|held)\b|(?!\p{Ll}+(?:ed|en)\b|(?:\p{Ll}+ly\s+)?(?:killed|hit|struck|shot|sent|won|lost|taken|seized|captured|fought|made|built|given|brought|begun|laid|cut)\b)))`;
/** "The law, which Putin signed in November, allows …": an object relative ends where its antecedent's verb comes. */
const OBJECT_END = String.raw`(?<objectClose>,\s+)(?=\p{Ll}{3,}(?:s|ed)\s)`;

const BOUNDARY_RULES = /;\s+|,\s+which\s+(?=(?:was|were|ha[ds]\s+been|have\s+been)\s+\p{Ll}+|(?:\p{Ll}+ed|broke|took|began|came|fell|went|hit|struck|saw|won|lost)\b)|,\s+(?=(?:would|could|might)\s+\p{Ll})|,\s+when\s+(?=the\s|it\s|they\s|(?:his|her|its|their)\s+\p{Ll}+\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}(?:was|were|had)\s|\p{Lu})|,\s+but\s+|\s+but\s+(?=(?:\p{Ll}+ed\b|also\b|then\b|said\b|says\b|told\b|\p{Lu}))|,\s+and\s+(?=(?:then\s+|also\s+|later\s+)?(?:\p{Ll}+ed|spoke|met|laid|took|gave|sent|held|made|went|flew|won|lost|struck|signed|paid|sold|wrote|brought)\b(?![-’']))|,\s+and\s+(?=(?:the\s+)?(?:[\p{L}-]+\s+){1,4}(?:announced|said|pledged|promised)\s)|\s+and\s+(?=(?:said|announced|pledged|promised)\s)|,\s+(?:before|after|while|whereas|until)\s+|\s+(?:after|before|since)\s+(?=\p{Ll}{3,}ing\s)|\s+(?:after|when|since)\s+(?=the\s+(?:[\p{L}-]+\s+){1,4}(?:was|were|had\s+been)\s+\p{Ll}+ed\b)|\s+(?:before|until|since|after)\s+(?=(?:he|she|they|it)\b|(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu})/u;
/** "… arrived in Japan on Oct. 19 and visited a plant the following day": a second dated verb phrase (kept when dated). */
/** A past verb group after its auxiliary: "had fought", "has since lifted", "had been taken", "was killed". */
const AUXILIARY_PAST = String.raw`(?:(?:had|has|have)\s+(?:(?:since|also|then)\s+)?(?:been\s+)?|(?:was|were)\s+(?:(?:later|also|then)\s+)?)(?:\p{Ll}{3,}(?:ed|en)|fought|hit|struck|shot|led|sent|held|paid|sold|left|cut|made|brought|caught)\b`;
const DATED_AND = String.raw`(?<and>\s+and\s+)(?=(?:then\s+|later\s+|also\s+|(?:on|in|at)\s+(?:\p{Lu}\p{L}+|\d{1,2})(?:\s+\d{1,4})?,?\s+)?(?:${PAST_AHEAD}|${AUXILIARY_PAST}))`;
/** "… captured the village in April and have since pushed on", "… introduced outages on 2 December and has lifted them": a perfect after a simple past tells a later happening (kept after a finite past verb). */
const PERFECT_AND = String.raw`(?<perfectAnd>\s+and\s+)(?=(?:has|have)\s+(?:(?:since|now|also|already)\s+)?(?!been\b)\p{Ll}{3,}ed\b)`;
/** "…, a deal from which Russia withdrew a year later": a relative with a subject of its own, titled with its antecedent (./relative.ts). */
const PREP_RELATIVE = String.raw`,?\s+(?:from|under|in)\s+which\s+(?=(?:[\p{L}\d,-]+\s+){1,4}${PAST_AHEAD})`;
/** "… met in Istanbul in May and agreed to the largest prisoner exchange", "… thanked the crew and invited them to Lviv": a second verb phrase naming a decision or an offer of its own (kept after a finite past verb). Not one whose object is "no" or "nothing" ("and offered no explanation"): nothing was decided. */
const SECOND_ACT = String.raw`(?<act>\s+and\s+)(?=(?:then\s+|later\s+|also\s+|jointly\s+)?(?:agreed|signed|announced|pledged|approved|adopted|dropped|launched|withdrew|rejected|imposed|unveiled|appointed|dismissed|turned\s+down|ordered|summoned|expelled|banned|handed\s+over|invited|offered|proposed)\b(?!\s+(?:no|nothing)\b))`;
/** A time phrase that may open a second main clause: "the next day", "a few days later", "last year", "that August", "in October", "on 4 May". */
const MONTH_OR_DAY = "January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const LEAD_TIME = String.raw`(?:the\s+)?(?:next|following|same)\s+(?:day|morning|evening|week)|(?:a\s+few|two|three|several)\s+(?:hours|days|weeks)\s+later|later|then|(?:last|this|that)\s+(?:year|month|week|spring|summer|autumn|fall|winter|${MONTH_OR_DAY})|(?:in|on|by)\s+(?:(?:early|late|mid-)\s*)?(?:${MONTH_OR_DAY})(?:\s+\d{1,2})?(?:,?\s+\d{4})?|in\s+\d{4}`;
/**
 * "…, and Ukraine's General Staff announced the withdrawal …", "…, and in October they reached the river", "… and, a few
 * days later, the government closed …": a second main clause with a subject and a past verb of its own.
 */
const SECOND_MAIN = String.raw`(?:,\s+and,?|\s+and,(?=\s+(?:${LEAD_TIME}),))\s+(?=(?:(?:${LEAD_TIME}),?\s+)?(?:the|a|an|its|his|her|their|one|it|he|she|they|\p{Lu}[\p{L}’'.-]*)\s+(?:[\p{L}\d’'.-]+\s+){0,4}?${PAST_AHEAD})`;
/**
 * "Trump said he had asked Putin to pause strikes, and that Putin agreed": a second reported complement with a subject
 * and a past verb of its own. Not "…, and that August it stopped": a time phrase (`LEAD_TIME`) opening a main clause.
 */
const SECOND_THAT = String.raw`,?\s+and\s+that\s+(?!(?:${MONTH_OR_DAY})\b)(?=(?:(?:the|a|an)\s+)?(?:(?:\p{Lu}[\p{L}’'.-]*|it|they|he|she)\s+){1,3}(?:[\p{Ll}-]+\s+){0,2}(?:had\s+)?(?:been\s+)?${PAST_AHEAD})`;
/** "He crossed the border in 2023, signed a contract in May and served …": a second verb phrase of a list, sharing the subject (kept after a finite past verb). */
const LISTED_ACT = String.raw`(?<list>,\s+)(?=(?:then\s+)?(?:\p{Ll}{3,}ed|met|held|signed|sent|took|gave|made|won|lost|struck|hit)\s+(?:a|an|the|his|her|its|their)\s)`;
/**
 * "He arrived on Wednesday, laid a wreath at the wall and then met the president": a verb phrase of a list with any past
 * verb the lexicon knows (checked in code), and the list's last member after "and". Its comma is read only where the set-off rules reject theirs (`listedAt`).
 */
export const LISTED_PAST = String.raw`(?<listed>,\s+)(?=(?:then\s+)?(?!(?:and|but|or|who|whom|which|where|when|while|as|after|before|since|until|including|with|said|told|added|wrote)\b)(?<listedVerb>\p{Ll}{3,})\s+(?:a|an|the|his|her|its|their|\d[\d,.]*|\p{Lu}\p{L}+)\s)`;
const LIST_END = String.raw`(?<listEnd>\s+and\s+)(?=(?:then\s+|later\s+|also\s+)?(?<listEndVerb>\p{Ll}{3,})\s)`;
/** "…, a US proposal for a ceasefire, which Ukraine accepted": an object relative with a named subject and a past verb of its own (titled with its antecedent, ./relative.ts). */
const NAMED_SUBJECT = String.raw`(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+(?:and\s+)?){1,4}`;
/**
 * "…, which Western governments dismissed", "…, which the enemy had entered last Thursday": a subject whose head is a
 * common noun, opened by a capitalised word or a determiner (the nouns' words are checked in code: no verb among them).
 */
const NOUN_SUBJECT = (nouns: string) =>
  String.raw`(?:(?:the|its|their)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}|(?:\p{Lu}[\p{L}’'.-]*\s+){1,3})(?<${nouns}>(?:(?!(?:had|has|have|was|were|is|are|and|or)\b)\p{Ll}[\p{L}-]*\s+){1,2})`;
const OBJECT_SUBJECT = String.raw`(?:${NAMED_SUBJECT}|${NOUN_SUBJECT("objectNouns")})`;
const OBJECT_RELATIVE = String.raw`(?<object>,\s+which\s+)(?=${OBJECT_SUBJECT}(?:had\s+|has\s+|have\s+)?${PAST_AHEAD})`;
/** "…, which Ukraine accepted": an object relative in the simple past, which happened in the time its sentence gives. */
export const SIMPLE_PAST_OBJECT = new RegExp(String.raw`^(?:${NAMED_SUBJECT}|${NOUN_SUBJECT("nouns")})${PAST_AHEAD}`, "u");
/**
 * "… met Putin in Moscow on September 18 and Zelensky in Kyiv four days later", "in calls with Putin on Saturday and with
 * Zelensky on Sunday": a second object of the same verb with a date of its own (kept when each half is dated).
 */
const GAPPED_AND = String.raw`(?<gap>\s+and\s+)(?=(?:with\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,5}(?:(?:in|at)\s+\p{Lu}[\p{L}’'-]*\s+)?(?:on|in|at|last|this|\p{Ll}+\s+days?\s+later)\b)`;
/**
 * "… and will open a plant": a forecast of its own, unless it goes on a report ("said China opposed the listings and would
 * take measures"), where the back-shifted "would" is the speaker's commitment (./commitment.ts) and stays with its report.
 */
const MODAL_AND = String.raw`(?<modalAnd>\s+and\s+)(?=(?:will|would|is\s+(?:due|set|expected)\s+to)\s+\p{Ll})`;
/**
 * "The coalition met in Paris on Thursday and is proposing to send a force": a done act, then one under way (kept after a
 * finite past verb); back-shifted in a report after a pluperfect ("said its troops had taken the village and were
 * advancing on …"), checked in ./clauses.ts.
 */
const PROGRESSIVE_AND = String.raw`(?<progressive>\s+and\s+)(?=(?:is|are|has\s+been|have\s+been|(?<backshifted>was|were))\s+(?:(?:now|also|already|still)\s+)?(?!(?:going|being)\b)\p{Ll}{3,}ing\b)`;
/**
 * "… stopped loadings after a drone attack set fire to two tanks": an "after" (", after" is always cut, above)
 * before a clause with a subject and a finite verb of its own (./finite-cut.ts decides). The same cut at "when", "which",
 * "where" and "as" gained nothing on validation and cost precision (round 16), so those are left out; ", and" is below.
 */
const FINITE_CUT = String.raw`(?<finite>\s+after\s+)`;
/**
 * "…, and one driver died in his cab", "…, and prosecutors opened a criminal file", "…, as discounts widened": a second
 * main or "as" clause whose subject (any noun phrase, not only a name) and finite past verb the grammar finds
 * (./finite-cut.ts), where the word lists of SECOND_MAIN and SUBORDINATE do not reach; not "as well as", "as long as".
 */
const FINITE_AND = String.raw`(?<finiteAnd>,\s+(?:and|as(?!\s+(?:well|much|many|long|soon|far)\b))\s+)`;
/**
 * "The agency said its team heard blasts, and that the plant lost its last power line": a second reported complement
 * whose subject is any noun phrase (SECOND_THAT reads only names and pronouns); the grammar (./finite-cut.ts) finds its
 * subject and finite past verb, and a report must open the clause before.
 */
const FINITE_THAT = String.raw`(?<finiteThat>,\s+and\s+that\s+)`;
/** "… in December 2023, when leaders agreed to open accession talks": a "when" clause set off by a comma, with a subject and finite verb of its own. */
const FINITE_WHEN = String.raw`(?<finiteWhen>,\s+when\s+)`;
/** "The last one came, when a drone dropped a grenade …": a clause that only sets the time of its "when" clause tells nothing of its own. */
const WHEN_FRAME = /^\s*(?<subject>(?:(?:the|this|that|a|its|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,3}?)(?:came|began|started|took\s+place|happened|occurred|ended)(?:\s+[^\s,;]+){0,4}\s*$/iu;

const EVENT_NOUN_AT = new RegExp(String.raw`\b${EVENT_NOUN}\b`, "iu");
/** "The week began, when …" only sets the time; "Peace talks began …, when …" and "The summit ended …, when …" tell a happening. */
export function mereTimeFrame(clause: string): boolean {
  const subject = WHEN_FRAME.exec(clause)?.groups?.subject;
  if (subject === undefined) return false;
  const afterDeterminer = subject.replace(/^\s*(?:the|this|that|a|its|his|her|their)\s+/i, "");
  return !/\p{Lu}/u.test(afterDeterminer) && !EVENT_NOUN_AT.test(subject) && typeOfPhrase(subject) === "other";
}
/**
 * "… sanctioned Rosneft in October 2025 and the EU lowered the price cap in July": a second main clause after a bare "and",
 * with a subject, a past verb and a date of its own (kept when each half is dated).
 */
const DATED_MAIN_AND = String.raw`(?<datedMain>\s+and\s+(?=(?:the\s+)?\p{Lu}))`;
export const REPORTED = new RegExp(`\\b(?:${REPORTING_VERBS}|insisted)\\b`);
/** A price set off by commas, up to its closing comma: "the package, worth around €2bn". */
export const PRICE_INSERT = /,\s+(?:worth|valued\s+at|estimated\s+at|totalling|totaling|costing)\s+[^,]{2,40}$/;
/**
 * Every boundary opens with ";", "," or spaces, so no other position is tried (the cheap check first, as the rules
 * behind it are dozens). Masked quotes are long runs of spaces, and a boundary opening with spaces would be tried
 * (and fail) from each space of a run, in time quadratic in its length; one matching inside a run matches from its
 * first space already, so only a run's first space is tried, and only when one of the words a boundary names follows.
 */
const OPENS_BOUNDARY = String.raw`(?=[;,\s])`;
/** A boundary that opens with spaces goes on with one of these words, so a space before any other word is passed over at once. */
const SPACE_LED = String.raw`\s+(?:and|but|after|before|since|until|when|as|from|under|in|that|who|which)\b`;
const AT_RUN_START = String.raw`(?=[;,])|(?<!\s)(?=${SPACE_LED})`;
export const BOUNDARY = new RegExp(
  `${OPENS_BOUNDARY}(?:${AT_RUN_START})(?:${BOUNDARY_RULES.source}|${MODAL_AND}|${PROGRESSIVE_AND}|${PERFECT_AND}|${SUBORDINATE.source}|${PREP_RELATIVE}|${OBJECT_RELATIVE}|${SECOND_ACT}|${SECOND_THAT}|${LISTED_ACT}|${SECOND_MAIN}|${DATED_AND}|${GAPPED_AND}|${SET_OFF_PARTICIPLE}|${DESCRIPTIVE_RELATIVE}|${RELATIVE_END}|${OBJECT_END}|${FINITE_CUT}|${FINITE_THAT}|${FINITE_AND}|${FINITE_WHEN}|${DATED_MAIN_AND}|${RESTRICTIVE_RELATIVE}|${SET_OFF_RELATIVE_END}|${LIST_END})`,
  "gu",
);

export const OPENS_WITH_AUXILIARY = /^(?:(?:in|on)\s+\p{Lu}\p{L}+(?:\s+\d{1,4})?,?\s+)?(?:had|has|have|was|were)\s/u;
