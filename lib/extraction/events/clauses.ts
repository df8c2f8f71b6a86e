/** Splits a sentence into clauses at coordination, subordination and relative-clause boundaries. */
import type { DateMention } from "../dates";
import { isPastTense } from "../nlp";
import { hasPastVerb, typeOfPhrase } from "./triggers";
import { EVENT_NOUN } from "./event-nouns";
import { opensFiniteClause, opensMainClause } from "./finite-cut";
import { ED_WORD, ING_OPENING, LOWER_WORD, PLANNED_PARTICIPLES } from "../word-shapes";
import { opensFiniteVerb, pastPredicate, REPORTING_VERBS } from "./finite-clause";
import { closeSetOffAdjuncts } from "./set-off-adjunct";
import { nounPhraseStart } from "./relative";
import { datedRestrictiveRelative, RESTRICTIVE_RELATIVE } from "./restrictive-relative";

const PAST_AHEAD = String.raw`(?:(?:\p{Ll}+ly|first|also|then|later|again)\s+)?(?:\p{Ll}{3,}ed|flew|hit|struck|fell|came|began|shot|took|broke|went|met|won|lost|gave|sent|made|held|cut|left|withdrew|drew|rose|sold|paid|fought|led|saw|spoke|wrote)\b`;
/** A relative or adverbial clause with its own subject and a finite past verb: "…, who promised a mechanism …", "…, where Zelenskiy first raised …", "… after a Russian aircraft flew close to …" (not "when": "a woman was killed when a drone hit a car" is one happening). */
const SUBORDINATE = new RegExp(String.raw`,\s+who\s+(?=${PAST_AHEAD})|,\s+where\s+(?=(?:the\s+)?\p{Lu}[\p{L}-]*\s+(?:[\p{L}-]+\s+){0,3}${PAST_AHEAD})|\s+(?:after|as|before)\s+(?=(?:a|an|the)\s+(?:[\p{L}’'-]+\s+){1,4}${PAST_AHEAD})|,\s+as\s+(?!(?:well|much|many|long|soon|far|part|such|of|if|though|a\s+result)\b)(?=(?:[\p{L}’'-]+\s+){1,5}${PAST_AHEAD})`, "u");
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
/** "… met in Istanbul in May and agreed to the largest prisoner exchange": a second verb phrase naming a decision of its own (kept after a finite past verb). */
const SECOND_ACT = String.raw`(?<act>\s+and\s+)(?=(?:then\s+|later\s+|also\s+|jointly\s+)?(?:agreed|signed|announced|pledged|approved|adopted|dropped|launched|withdrew|rejected|imposed|unveiled|appointed|dismissed|turned\s+down|ordered|summoned|expelled|banned|handed\s+over)\b)`;
/** A time phrase that may open a second main clause: "the next day", "a few days later", "last year", "in October", "on 4 May". */
const MONTH_OR_DAY = "January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const LEAD_TIME = String.raw`(?:the\s+)?(?:next|following|same)\s+(?:day|morning|evening|week)|(?:a\s+few|two|three|several)\s+(?:hours|days|weeks)\s+later|later|then|(?:last|this|that)\s+(?:year|month|week|spring|summer|autumn|fall|winter)|(?:in|on|by)\s+(?:(?:early|late|mid-)\s*)?(?:${MONTH_OR_DAY})(?:\s+\d{1,2})?(?:,?\s+\d{4})?|in\s+\d{4}`;
/**
 * "…, and Ukraine's General Staff announced the withdrawal …", "…, and in October they reached the river", "… and, a few
 * days later, the government closed …": a second main clause with a subject and a past verb of its own.
 */
const SECOND_MAIN = String.raw`(?:,\s+and,?|\s+and,(?=\s+(?:${LEAD_TIME}),))\s+(?=(?:(?:${LEAD_TIME}),?\s+)?(?:the|a|an|its|his|her|their|one|it|he|she|they|\p{Lu}[\p{L}’'.-]*)\s+(?:[\p{L}\d’'.-]+\s+){0,4}?${PAST_AHEAD})`;
/** "Trump said he had asked Putin to pause strikes, and that Putin agreed": a second reported complement with a subject and a past verb of its own. */
const SECOND_THAT = String.raw`,?\s+and\s+that\s+(?=(?:(?:the|a|an)\s+)?(?:(?:\p{Lu}[\p{L}’'.-]*|it|they|he|she)\s+){1,3}(?:[\p{Ll}-]+\s+){0,2}(?:had\s+)?(?:been\s+)?${PAST_AHEAD})`;
/** "He crossed the border in 2023, signed a contract in May and served …": a second verb phrase of a list, sharing the subject (kept after a finite past verb). */
const LISTED_ACT = String.raw`(?<list>,\s+)(?=(?:then\s+)?(?:\p{Ll}{3,}ed|met|held|signed|sent|took|gave|made|won|lost|struck|hit)\s+(?:a|an|the|his|her|its|their)\s)`;
/**
 * "He arrived on Wednesday, laid a wreath at the wall and then met the president": a verb phrase of a list with any past
 * verb the lexicon knows (checked in code), and the list's last member after "and". Its comma is read only where the set-off rules reject theirs (`listedAt`).
 */
const LISTED_PAST = String.raw`(?<listed>,\s+)(?=(?:then\s+)?(?!(?:and|but|or|who|whom|which|where|when|while|as|after|before|since|until|including|with|said|told|added|wrote)\b)(?<listedVerb>\p{Ll}{3,})\s+(?:a|an|the|his|her|its|their|\d[\d,.]*|\p{Lu}\p{L}+)\s)`;
const LIST_END = String.raw`(?<listEnd>\s+and\s+)(?=(?:then\s+|later\s+|also\s+)?(?<listEndVerb>\p{Ll}{3,})\s)`;
/** "…, a US proposal for a ceasefire, which Ukraine accepted": an object relative with a named subject and a past verb of its own (titled with its antecedent, ./relative.ts). */
const NAMED_SUBJECT = String.raw`(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+(?:and\s+)?){1,4}`;
const OBJECT_RELATIVE = String.raw`(?<object>,\s+which\s+)(?=${NAMED_SUBJECT}(?:had\s+|has\s+|have\s+)?${PAST_AHEAD})`;
/** "…, which Ukraine accepted": an object relative in the simple past, which happened in the time its sentence gives. */
const SIMPLE_PAST_OBJECT = new RegExp(String.raw`^${NAMED_SUBJECT}${PAST_AHEAD}`, "u");
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
/** "The coalition met in Paris on Thursday and is proposing to send a force": a done act, then one under way (kept after a finite past verb). */
const PROGRESSIVE_AND = String.raw`(?<progressive>\s+and\s+)(?=(?:is|are|has\s+been|have\s+been)\s+(?:(?:now|also|already|still)\s+)?(?!(?:going|being)\b)\p{Ll}{3,}ing\b)`;
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
/** "… in December 2023, when leaders agreed to open accession talks": a "when" clause set off by a comma, with a subject and finite verb of its own. */
const FINITE_WHEN = String.raw`(?<finiteWhen>,\s+when\s+)`;
/** "The last one came, when a drone dropped a grenade …": a clause that only sets the time of its "when" clause tells nothing of its own. */
const WHEN_FRAME = /^\s*(?<subject>(?:(?:the|this|that|a|its|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,3}?)(?:came|began|started|took\s+place|happened|occurred|ended)(?:\s+[^\s,;]+){0,4}\s*$/iu;

const EVENT_NOUN_AT = new RegExp(String.raw`\b${EVENT_NOUN}\b`, "iu");
/** "The week began, when …" only sets the time; "Peace talks began …, when …" and "The summit ended …, when …" tell a happening. */
function mereTimeFrame(clause: string): boolean {
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
const REPORTED = new RegExp(`\\b(?:${REPORTING_VERBS}|insisted)\\b`);
/** A price set off by commas, up to its closing comma: "the package, worth around €2bn". */
const PRICE_INSERT = /,\s+(?:worth|valued\s+at|estimated\s+at|totalling|totaling|costing)\s+[^,]{2,40}$/;
/** A clause that opens with its verb ("is proposing to send …", "then met Lavrov"): its subject is the clause before's. */
const OPENS_WITH_VERB = new RegExp(String.raw`^(?:(?:in|on)\s+\p{Lu}\p{L}+(?:\s+\d{1,4})?,?\s+)?(?:(?:is|are|was|were|has|have|had)\s+(?:(?:now|also|already|still|since|then|later|been)\s+)*(?:\p{Ll}{3,}(?:ing|ed|en)\b|${PAST_AHEAD})|${PAST_AHEAD})`, "u");
/** What may stand before a clause's subject: connectives and a time phrase set off by a comma ("But on Monday, …"). */
const SUBJECT_LEAD = /^[\s,]*(?:(?:but|and|then|meanwhile|however)\b[\s,]*)*(?:(?:on|in|at|by|during|over|since|last|this|earlier|later)\b[^,;]{0,30},\s*)?/iu;
const AUXILIARY = /^(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could|may|might|must|should|shall)$/;
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
/**
 * A list's comma read where the set-off rules' comma was rejected: SET_OFF_RELATIVE_END takes every ", <lower-case>"
 * before any later rule, so LISTED_PAST is tried only here.
 */
const LISTED_AT = new RegExp(LISTED_PAST, "uy");
function listedAt(masked: string, at: number): RegExpExecArray | null {
  LISTED_AT.lastIndex = at;
  return LISTED_AT.exec(masked);
}
const BOUNDARY = new RegExp(
  `${OPENS_BOUNDARY}(?:${AT_RUN_START})(?:${BOUNDARY_RULES.source}|${MODAL_AND}|${PROGRESSIVE_AND}|${PERFECT_AND}|${SUBORDINATE.source}|${PREP_RELATIVE}|${OBJECT_RELATIVE}|${SECOND_ACT}|${SECOND_THAT}|${LISTED_ACT}|${SECOND_MAIN}|${DATED_AND}|${GAPPED_AND}|${SET_OFF_PARTICIPLE}|${DESCRIPTIVE_RELATIVE}|${RELATIVE_END}|${OBJECT_END}|${FINITE_CUT}|${FINITE_AND}|${FINITE_WHEN}|${DATED_MAIN_AND}|${RESTRICTIVE_RELATIVE}|${SET_OFF_RELATIVE_END}|${LIST_END})`,
  "gu",
);

export interface Clause {
  start: number;
  end: number;
  /** Coordinated with the clause before ("…, but Bankova rejected the offer"): may share its date and subject. */
  coord: boolean;
  /** "… in September, when the regulator lowered the rate": the date the "when" clause modifies. */
  when: DateMention | null;
  /** Opened by "after/before" + gerund ("after holding the rate at 21%"). */
  gerund: boolean;
  /** A relative clause on a person or place ("…, who promised …"): its subject is the last actor before it. */
  relative: boolean;
  /** Inside a relative clause ("…, which was struck in 2024", "…, where Kyiv filed a complaint in 2023 and withdrew it in 2024"). */
  nested: boolean;
  /** A second object of the clause before's verb, with a date of its own ("… and Zelensky in Kyiv four days later"). */
  gapped?: boolean;
  /** Where the subject of a clause that opens with its verb is written, in the clause it shares it with ("The coalition of the willing"). */
  sharedSubject?: { start: number; end: number };
  /** A participle set off by a comma after a noun phrase ("the treaty, | signed in May"): that noun is acted upon. */
  participle?: boolean;
  /** A relative that only describes its antecedent ("…, which has 40,000 residents"): it tells no happening. */
  describes?: boolean;
  /** A relative set off by commas before its antecedent's verb ("The blast, | which killed nine, | sparked …"): undated, it may take the main clause's date. */
  beforeMainVerb?: boolean;
  /** The main clause goes on after a relative clause ("…, which was struck in 2024, and laid a wreath"): it shares the main clause's date and subject. */
  resumesMain: boolean;
}

/** Whether a date lies in the part before an "and" and another in the part after it. */
function datedBothSides(dates: DateMention[], from: number, at: number, to: number): boolean {
  return dates.some((d) => d.start >= from && d.end <= at) && dates.some((d) => d.start >= at && d.end <= to);
}

/**
 * The words before a clause's first past or auxiliary verb (a present-tense tag would stop at the noun "states"), when they are a plain subject of one to eight words ("The coalition of the
 * willing met …" → "The coalition of the willing"; not an apposition or a list).
 */
export function subjectSpan(clause: string, offset: number): { start: number; end: number } | null {
  const lead = SUBJECT_LEAD.exec(clause)?.[0].length ?? 0;
  const words = [...clause.slice(lead).matchAll(/\S+/g)];
  for (let i = 1; i < Math.min(words.length, 9); i++) {
    if (/[,;:]$/.test(words[i - 1][0])) return null;
    const w = words[i][0];
    if (!LOWER_WORD.test(w)) continue;
    // The lexicon files some past forms as adjectives ("closed"): an -ed word before an article is the verb.
    const pastBeforeObject = ED_WORD.test(w) && /^(?:the|a|an|its|his|her|their|\d[\d,.]*)$/.test(words[i + 1]?.[0] ?? "");
    if (AUXILIARY.test(w) || isPastTense(w) || pastBeforeObject)
      return { start: offset + lead + words[0].index, end: offset + lead + words[i - 1].index + words[i - 1][0].length };
  }
  return null;
}

/** A set-off participle is a clause when a noun phrase stands before its comma and its words (to the next comma) hold a date. */
function datedParticiple(masked: string, from: number, at: number, offset: number, dates: DateMention[]): boolean {
  if (nounPhraseStart(masked.slice(from, at).replace(/,\s*$/, "")) === null) return false;
  // Set off means closed by a comma before the main verb ("The deal, signed on July 22, 2022, | collapsed"): with no
  // closing comma the verb is the main one ("Two allies, Germany and France, pledged on Monday to send …").
  const close = masked.slice(at).search(/[,;](?!\s*\d{4}\b)/);
  if (close < 0) return false;
  const end = at + close;
  return dates.some((d) => d.start >= offset + at && d.end <= offset + end);
}

/** The noun phrase before a relative pronoun ("Russia said | Geran-2 drones | that …"): the subject the main clause shares. */
function headSpan(masked: string, from: number, to: number, offset: number): Clause["sharedSubject"] {
  const head = masked.slice(from, to);
  const at = nounPhraseStart(head) ?? SUBJECT_LEAD.exec(head)?.[0].length ?? 0;
  return { start: offset + from + at, end: offset + to };
}

const REPORT_THEN_COMPLEMENT = new RegExp(`\\b(?:${REPORTING_VERBS})\\s+(?:that\\s+)?`, "g");
/** "The judge said X had joined a unit | and had fought …": a pluperfect after a report goes on the complement, whose subject it shares. */
function complementSubject(beforeText: string, offset: number): Clause["sharedSubject"] | null {
  const report = [...beforeText.matchAll(REPORT_THEN_COMPLEMENT)].pop();
  if (!report) return null;
  const at = report.index + report[0].length;
  return subjectSpan(beforeText.slice(at), offset + at);
}

/** "… and had fought near Bakhmut": a pluperfect verb phrase, which after a report goes on the reported complement. */
export const opensBackshifted = (clause: string) => /^\s*had\s/.test(clause);

/** The subject a clause opening with its verb shares with the clause before (or the one that clause shared). */
function sharedSubjectOf(before: Clause, beforeText: string, coordinated: boolean, next: string): Clause["sharedSubject"] {
  if (!coordinated || !OPENS_WITH_VERB.test(next)) return undefined;
  const backshifted = opensBackshifted(next) ? complementSubject(beforeText, before.start) : null;
  return backshifted ?? before.sharedSubject ?? subjectSpan(beforeText, before.start) ?? undefined;
}

const OPENS_WITH_AUXILIARY = /^(?:(?:in|on)\s+\p{Lu}\p{L}+(?:\s+\d{1,4})?,?\s+)?(?:had|has|have|was|were)\s/u;

/** Clauses of a sentence starting at `offset`, whose quotes are masked in `masked`. */
export function splitClauses(masked: string, offset: number, sentenceDates: DateMention[]): Clause[] {
  const clauses: Clause[] = [];
  let last = 0;
  let coord = false;
  let when: DateMention | null = null;
  let gerund = false;
  let relative = false;
  let nested = false;
  let resumesMain = false;
  let object = false;
  let gapped = false;
  let afterWhich = false;
  let afterList = false;
  let afterParticiple = false;
  let afterDescription = false;
  /** The antecedent of the relative set off by commas that is open ("The plant | , which opened in May"), for the main clause resumed after it. */
  let setOffHead: Clause["sharedSubject"];
  let sharedSubject: Clause["sharedSubject"];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(masked); m; m = BOUNDARY.exec(masked)) {
    // Undated, a second verb phrase is one of its own only as the last of a list ("arrived, laid a wreath and then met …").
    if (m.groups?.and && !afterList && !datedBothSides(sentenceDates, offset + last, offset + m.index, offset + masked.length)) continue;
    if (m.groups?.gap && (!datedBothSides(sentenceDates, offset + last, offset + m.index, offset + masked.length) || hasPastVerb(masked.slice(m.index + m[0].length).split(/[,;]/)[0]))) continue;
    if (m.groups?.modalAnd && REPORTED.test(masked.slice(last, m.index))) continue;
    // "the package, worth €2bn, would be signed …": the comma closes a price set off, the verb is the package's.
    if (/^,\s+$/.test(m[0]) && PRICE_INSERT.test(masked.slice(last, m.index))) continue;
    if (m.groups?.close && !relative && !afterWhich) continue;
    // A comma before a verb that closes no object relative may still close a subject relative ("The blast, which killed two, | sparked …").
    const afterSetOff: boolean = relative || afterWhich || afterParticiple || afterDescription;
    let setOffEnd: boolean = !!m.groups?.setOffEnd || (!!m.groups?.objectClose && !object) || (!!m.groups?.participle && afterSetOff);
    // A participle's words end at its first comma, whatever follows ("the survey, launched in 2024, | to include …").
    if (setOffEnd && !(afterSetOff && (afterParticiple || opensFiniteVerb(masked.slice(m.index + m[0].length))))) {
      // With no relative open, the comma may still go on a list of verb phrases ("landed on Friday, | laid a wreath …").
      const listed: RegExpExecArray | null = (m.groups?.setOffEnd || m.groups?.objectClose) && !afterSetOff ? listedAt(masked, m.index) : null;
      if (!listed) {
        BOUNDARY.lastIndex = m.index + 1;
        continue;
      }
      m = listed;
      setOffEnd = false;
    }
    const participle: boolean = !!m.groups?.participle && !setOffEnd;
    if (participle && !datedParticiple(masked, last, m.index + m[0].length, offset, sentenceDates)) {
      BOUNDARY.lastIndex = m.index + 1;
      continue;
    }
    // Not a clause: another rule may still cut at the next space.
    const opens = m.groups?.finiteAnd ? opensMainClause : opensFiniteClause;
    if ((m.groups?.finite || m.groups?.finiteAnd || m.groups?.finiteWhen) && !opens(masked.slice(last, m.index), masked.slice(m.index + m[0].length))) {
      BOUNDARY.lastIndex = m.index + 1;
      continue;
    }
    // Kept when the relative has a date of its own ("drones that hit Odesa on Monday"): a happening of its own time.
    const datedRelative = m.groups?.restrictive ? datedRestrictiveRelative(masked.slice(last, m.index), masked.slice(m.index + m[0].length), offset + m.index + m[0].length, sentenceDates) : null;
    if (m.groups?.restrictive && !datedRelative) {
      BOUNDARY.lastIndex = m.index + 1;
      continue;
    }
    if (m.groups?.datedMain && !(datedBothSides(sentenceDates, offset + last, offset + m.index, offset + masked.length) && opensFiniteClause(masked.slice(last, m.index), masked.slice(m.index + m[0].length)))) continue;
    // Kept when the relative has a date of its own ("…, which Kyiv launched in 2022"): a happening of its own time.
    // An undated one in the simple past takes the date of its sentence ("In May, Oslo sent a plan, which Bern rejected").
    if (m.groups?.object && !sentenceDates.some((d) => d.start >= offset + m.index) && !(sentenceDates.length && SIMPLE_PAST_OBJECT.test(masked.slice(m.index + m[0].length)))) continue;
    // A verb phrase of a list needs a past verb of its own, and the list's last member ("… and then met …") a list before it.
    const listedVerb = m.groups?.listedVerb ?? m.groups?.listEndVerb;
    if (listedVerb && (!isPastTense(listedVerb) || REPORTED.test(listedVerb) || (m.groups?.listEnd && !afterList))) {
      BOUNDARY.lastIndex = m.index + 1;
      continue;
    }
    const list = !!(m.groups?.list || m.groups?.listed || m.groups?.listEnd);
    if ((m.groups?.act || list || m.groups?.progressive || m.groups?.perfectAnd) && !hasPastVerb(masked.slice(last, m.index))) continue;
    // "The drones, launched the night before, hit …": a bracketed participle is no clause the list continues.
    if (list && /,\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ed|en)\b[^,]*$/u.test(masked.slice(last, m.index))) continue;
    const frame = !!m.groups?.finiteWhen && mereTimeFrame(masked.slice(last, m.index));
    const clause: Clause = { start: offset + last, end: offset + m.index, coord, when, gerund, relative, nested, resumesMain, ...(gapped ? { gapped } : {}), ...(sharedSubject ? { sharedSubject } : {}), ...(setOffEnd ? { beforeMainVerb: true } : {}), ...(afterParticiple ? { participle: true } : {}), ...(afterDescription ? { describes: true } : {}) };
    const next = masked.slice(m.index + m[0].length);
    const nextSubject = sharedSubjectOf(frame ? clauses[clauses.length - 1] : clause, masked.slice(last, m.index), /\b(?:and|but)\s*$/.test(m[0]) || list, next);
    // "…, whose husband signed a contract in 2024 | and was killed …": a verb group with no subject to share titles nothing.
    if ((m.groups?.and || m.groups?.perfectAnd) && !nextSubject && OPENS_WITH_AUXILIARY.test(next)) {
      BOUNDARY.lastIndex = m.index + 1;
      continue;
    }
    if (!frame) clauses.push(clause);
    gapped = !!m.groups?.gap;
    sharedSubject = nextSubject;
    const restrictive: boolean = !!m.groups?.restrictive;
    // "The plant, which opened in May, | closed on Friday": the main clause resumes with the relative's antecedent.
    if (setOffEnd && setOffHead) sharedSubject = setOffHead;
    // A relative inside one ("Ana, who founded a fund, which …, | died") keeps the outer antecedent.
    if (/^,\s+wh(?:o|ich)\s+$/.test(m[0]) || participle) setOffHead = nested && setOffHead ? setOffHead : headSpan(masked, last, m.index, offset);
    else setOffHead = undefined;
    coord = !restrictive && (/but|and|;|which|who|where/.test(m[0]) || list);
    afterList = !!(m.groups?.list || m.groups?.listed);
    relative = !restrictive && /who|where/.test(m[0]);
    // "Reliance, which signed a deal in 2024, said …": a subject relative also ends where its antecedent's report comes.
    afterWhich = /,\s+which\s+$/.test(m[0]);
    afterParticiple = participle;
    afterDescription = !!m.groups?.describes;
    const opensRelative = restrictive || participle || /\bwh(?:o|ich|ere)\s+$/.test(m[0]);
    resumesMain = nested && !opensRelative && m[0].startsWith(",");
    nested = opensRelative || (nested && !resumesMain);
    object = !!m.groups?.object;
    gerund = /^\s+(?:after|before)\s+$/.test(m[0]) || (/^,?\s+(?:after|before|since|while)\s+$/.test(m[0]) && ING_OPENING.test(next));
    const at = offset + m.index;
    when = /when/.test(m[0]) ? sentenceDates.find((d) => d.end <= at && at - d.end <= 2) ?? null : null;
    const head = last;
    last = m.index + m[0].length;
    // "Drones that hit Odesa overnight | killed two": the main clause resumes with the relative's noun as its subject.
    const resume = datedRelative?.resume ?? null;
    if (resume === null) continue;
    // "the talks that were planned for Monday | were postponed": a planned relative is no clause of its own.
    if (!datedRelative?.planned) clauses.push({ start: offset + last, end: offset + last + resume, coord, when, gerund, relative, nested, resumesMain });
    sharedSubject = headSpan(masked, head, m.index, offset);
    [coord, resumesMain, nested, when] = [true, true, false, null];
    last += resume;
    BOUNDARY.lastIndex = last;
  }
  clauses.push({ start: offset + last, end: offset + masked.length, coord, when, gerund, relative, nested, resumesMain, ...(gapped ? { gapped } : {}), ...(sharedSubject ? { sharedSubject } : {}), ...(afterParticiple ? { participle: true } : {}), ...(afterDescription ? { describes: true } : {}) });
  return closeSetOffAdjuncts(clauses, masked, offset);
}

/** "Following the Alaska summit on August 15, Trump promised …": a leading adjunct set off by a comma, before the subject. */
const LEADING_ADJUNCT = /^\s*(?:following|after|before|despite|amid|during|ahead\s+of|in\s+response\s+to|in\s+the\s+wake\s+of)\s+[^,;]{3,120},\s+(?=(?:\S+\s+){2}\S)/i;
const REPORTING_VERB = new RegExp(`^(?:${REPORTING_VERBS})\\b`);

export interface LeadingAdjunct {
  /** Its length with its comma and the space after it: where the rest of the clause starts. */
  length: number;
  /** Where its comma is. */
  comma: number;
  /** It holds the clause's happening: the trigger word is in it and the rest tells none of its own, only a report. */
  holdsHappening: boolean;
}

/**
 * A clause's leading adjunct set off by a comma, if it has one, decided once for the title and the roles:
 * "Despite objections from Hungary, the EU adopted …" tells its happening after the adjunct; "Following talks with
 * Macron, Zelenskiy said …" holds it in the adjunct (the talks), when the trigger word at `triggerAt` is there.
 */
export function leadingAdjunct(clause: string, triggerAt: number | null): LeadingAdjunct | null {
  const lead = LEADING_ADJUNCT.exec(clause)?.[0];
  if (!lead) return null;
  const rest = clause.slice(lead.length);
  const main = pastPredicate(rest);
  const ownHappening = main && main.subject !== "pronoun" && !REPORTING_VERB.test(rest.slice(main.verbAt));
  return { length: lead.length, comma: lead.lastIndexOf(","), holdsHappening: triggerAt !== null && triggerAt < lead.length && !ownHappening };
}
