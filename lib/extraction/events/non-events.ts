/**
 * What looks like a happening but is not one: a state ("the heaviest fighting was on the Pokrovsk front",
 * "Moscow's position had not changed"), a habit or rate ("Russia tends to use…", "200,000 drones a month",
 * "have clashed repeatedly"), an attitude or forecast ("Diplomats expect a compromise"), something that did
 * not happen ("The Kremlin did not comment"), a present-tense description ("Russia now produces…"), a
 * question ("Why did Moscow agree to come back to the table now?"), or one of the classes in non-event-cues.ts
 * (nothing happened, a toll's update, a plan, the interview's own setting, analysis, a label).
 */
import { lexiconTag } from "../nlp";
import { reportedCommitment } from "./commitment";
import { datesIn, type EventCtx, type FoundEvent, isQuestion, SPEAKER_LABEL } from "./context";
import { dropStrikeTolls } from "./casualty-detail";
import { holdsPosition, sayingIsHappening } from "./held-complement";
import { lastingForecast } from "./lasting-forecast";
import { warnedForecast } from "./warned-forecast";
import { EVENT_NOUN } from "./event-nouns";
import { type ClauseParts, nonEventClass, OPENS_WITH_QUOTE } from "./non-event-cues";
import { maskQuotes } from "../sentences";
import { ADDRESS, bestTrigger, hasPastVerb } from "./triggers";
import { FIRST_LOWER_WORD } from "../word-shapes";

/** Where a relative clause, a "when" clause set off by a comma ("…, when residents usually queue") or an appositive starts. */
const RELATIVE_OR_APPOSITIVE = /,\s+(?:which|who|where|when)\b|,\s+an?\s+\p{Ll}+\s+(?=\p{Lu}|that\b|which\b)/u;

/** What separates words. */
const NON_LETTERS = /[^\p{L}'-]+/u;
/** Starts with a capital. */
const CAPITALISED = /^\p{Lu}/u;

/**
 * A clause whose verb is "be" or "remain" with no participle: it describes, it does not report a happening. Not a "be"
 * of a relative in the subject ("Two tankers that were waiting offshore left …"): the clause's verb comes after it.
 */
const STATE = /^[^,;]{0,70}?\b(?<!\b(?:that|which|who)\s+)(?:was|were|is|are|remains?|remained)\s+(?!(?:\p{Ll}+ed|killed|hit|struck|shot|taken|held|seen|made|sent|built|won|lost|set|put|cut|being)\b)/u;
const UNCHANGED = /\b(?:ha[sd]|have)\s+(?:not|n't)\s+changed\b|\bremain(?:s|ed)?\s+unchanged\b|\bthe consensus\b|\banalysts\s+(?:say|said|believe)\b/i;
/** An adverb of degree: a participle after it is an adjective ("deeply concerned", "very disappointed"). */
const DEGREE = String.raw`\b(?:very|deeply|extremely|greatly|gravely|seriously|highly|particularly|increasingly|really|quite|so|too|most|more)`;
/**
 * A participle told with where or in what it befell ("seriously wounded in the shelling", "gravely damaged during a raid"):
 * a happening whatever adverb stands before it. A feeling takes "by", "with" or "about" ("deeply troubled by the vote").
 */
const BEFELL_IN = String.raw`(?=\p{Ll}+\s+(?:in|during|after)\s+(?:the|an?|its|their|his|her|this|that|last|overnight)\b)`;
/** A negation before the verb, its auxiliaries between: "not", "never", "n't", or a subject "no date" ("no date had been set"). */
const NEGATED_VERB = String.raw`(?:\bnot|\bnever|n't|\bno\s+\p{Ll}+\s+(?:had|has|have|was|were|is|are))\s+(?:(?:yet|been|be|being|even|formally)\s+){0,2}`;
/**
 * A past verb of action. Not one after a determiner or a possessive: that one qualifies a noun ("the combined share",
 * "the banks' sanctioned assets", "his planned visit"), a finite verb never follows them. Not one after a degree
 * adverb: that participle is an adjective of feeling or judgement ("was deeply concerned", 'was "very disappointed"'),
 * unless told with where it befell.
 * Not a verb of state ("remained", "wanted", "needed").
 */
const ACTION = new RegExp(
  String.raw`(?<!\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+|\p{L}['’]s?\s+)(?:(?<!${DEGREE}\s+["“'‘«]?)|${BEFELL_IN})\b(?!(?:remained|wanted|needed)\b)(?:\p{Ll}{3,}ed|took|hit|struck|met|held|began|came|sent|shot|won|lost|fell)\b`,
  "u",
);
/**
 * An action done, in what a speaker reports: not a negated one ("had not been scheduled", "no date had been agreed").
 * (A negated passive told in the article's own voice stays a happening: "Belarus was not invited to the summit".)
 */
const ACTION_DONE = new RegExp(String.raw`(?<!${NEGATED_VERB})${ACTION.source}`, "u");
const KEEP_STATES = new Set(["proposal", "threat_warning", "casualties"]);
/** Aspect of habit or duration, not of a single happening. */
const HABITUAL = /\b(?:tends?\s+to|tended\s+to|(?:has|have|had)\s+long\b|(?:has|have|had)\s+(?:\p{Ll}+\s+){0,2}repeatedly|routinely|usually|regularly|rarely|almost\s+daily|every\s+(?:day|night|week|month))/u;
/**
 * A rate ("200 drones a day"), not a single happening. Not a stretch of time a preposition governs, capitalised or not
 * ("Following a week of rain, …", "for almost a week"), nor a noun's ("a day of mourning"): a rate follows what it counts.
 */
const RATE = /(?<!\b(?:[Ii]n|[Ww]ithin|[Ff]or|[Aa]fter|[Oo]ver|than|of|[Ff]ollowing|[Dd]uring|[Tt]hroughout)\s+(?:(?:almost|nearly|about|around|over|just|more\s+than|less\s+than)\s+)?)\b(?:a|per)\s+(?:day|week|month|year)\b(?!\s+(?:after|before|later|earlier|of\b)|\s*$)/u;
/** A rate that measures a change ("exports rose to 3.6 million barrels a day", "cut output by 200,000 barrels a day"): the change is a happening. */
const RATE_OF_CHANGE = /\b(?:rose|fell|dropped|climbed|increased|decreased|jumped|surged|grew|declined|reached|cut|raised|lowered|reduced)\s+(?:[\p{L}-]+\s+){0,3}?(?:to|by)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?[\d$€£]/u;
const habitual = (head: string) => HABITUAL.test(head) || (RATE.test(head) && !RATE_OF_CHANGE.test(head));

/**
 * A perfect of duration: a state held "since" a date ("Moscow has held this line since June 2024"), not a happening.
 * A passive one names the happening that began it ("the plant has been occupied since March 2022") and stays, and so does a
 * progressive one ("farmers have been blocking the crossing since Monday": the blockade began on Monday). So does one the
 * codebook types ("Poland has maintained its ban on imports since 2023"): its trigger names the happening that began it.
 */
const LASTING = /^[^;]{0,60}?\b(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?(?:been(?!\s+\p{Ll}+(?:ed|en|ing)\b)|held|kept|remained|stayed|maintained|insisted|stuck)\b[^;]{0,60}?\bsince\b/u;
/**
 * A perfect progressive since a time, told in the clause's own voice ("the school has been teaching pupils underground
 * since 2024", "the unit has been holding this stretch since the spring"): an activity going on, not one happening.
 * Read, like LASTING, of clauses the codebook does not type; not of one reported ("he said troops had been trying …").
 */
const PROGRESSIVE_SINCE = /^[^;]{0,60}?\b(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?been\s+\p{Ll}+ing\b[^;]{0,60}?\bsince\b/u;
const ongoingSince = (head: string) => PROGRESSIVE_SINCE.test(head) && !REPORT_VERB.test(PROGRESSIVE_SINCE.exec(head)![0]);
/**
 * A perfect held over a stretch of time ("Latvia had blocked the sanctions package for two weeks", "troops have been
 * shelling the town for almost a week"): a state, not the happening that began or ended it.
 */
const OVER_A_STRETCH = /^[^;]{0,60}?\b(?:had|has|have)\s+(?:\p{Ll}+ly\s+)?(?:been\s+)?\p{Ll}+(?:ed|en|wn|ut|lt|ck|ght|ing)\b[^;.]{0,60}?\bfor\s+(?:(?:more\s+than|about|almost|nearly|over)\s+)?(?:(?:\p{Ll}+\s+)?(?:days|weeks|months|years|decades)|an?\s+(?:day|week|month|year|decade))\b/u;
/**
 * A state told from a named side's point of view ("For Japan, which has sent $12 billion since 2022, the war is no longer a
 * distant conflict", "For Washington, the shift is welcome"): analysis, whatever the inserts before it tell. Not a
 * participle after the verb ("For Kyiv, the strike was carried out by …").
 */
const VIEWPOINT_STATE =
  /^\W*For\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s*,(?:[^;]*?,)?\s+(?:(?:the|its|this|that|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:is|are|was|were|remains?|remained)\s+(?!\p{Ll}+ed\b|being\b)/u;
/** The viewpoint's subject a happening noun, told in the past ("For Kyiv, the meeting with Trump was a success"). */
const VIEWPOINT_HAPPENING = new RegExp(String.raw`^\W*For\s[^,]*,\s+(?:the|this|that|their|its)\s+(?:[\p{L}-]+\s+){0,2}?${EVENT_NOUN}\b[^,;]{0,60}?\s(?:was|were)\b`, "u");
/** A state from a side's point of view; not a happening noun with a date of its own (the only telling of the meeting). */
const viewpointState = (ctx: EventCtx, e: FoundEvent, clause: string) =>
  VIEWPOINT_STATE.test(clause) && !(VIEWPOINT_HAPPENING.test(clause) && datesIn(ctx, e.start, e.end).length > 0);
/** The subject's attitude or expectation in the present: "Diplomats expect…", "the EU now reckons…". */
const ATTITUDE = /^[^,;]{0,60}?\b(?:expects?|hopes?|believes?|reckons?|fears?|wants?|thinks?|doubts?|insists?)\b/;
/** A negated main verb: nothing happened ("did not comment", "has not responded", "declined to comment"). */
const NEGATED = /^[^;]{0,60}?\b(?:did|does|do|has|have|had)\s*(?:not|n't)\s+(?!only\b)\p{Ll}+|\bdeclined\s+to\s+comment\b/u;
/** "X said/told reporters (that) …": the report's verb, with the complement after it. */
const REPORT_VERB = /\b(?:said|says|told|tells|added|adds|noted|notes|wrote|writes|stated|states|insisted|insists)\b/;
/** A pledge reported in the past: "would give", "would send", "would provide". */
const WOULD_GIVE = /\bwould\s+(?:give|send|provide|supply|deliver|allocate|donate|transfer|contribute)\b/;
/** A forecast's modal and its verb ("would restore", "will not end"). */
const FORECAST_VERB = /\b(?:will|would|could|may|might)\s+(?:not\s+)?\p{Ll}+/u;
const MODAL_OR_STATE = /\b(?:will|would|could|may|might|should|must|can|was|were|is|are|remains?|remained|wants?|wanted|needs?|needed)\b/;
/** A perfect of "be" with no participle after it: 'had been "constructive"', "has been difficult". */
const PERFECT_BE = /\b(?:has|have|had)\s+been\s+["“'‘«]?(\p{Ll}+)/u;
/** A perfect of action beside it ("had taken full control of a town that has been under attack"): its participle. */
const PERFECT = /\b(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/gu;
const isParticiple = (w: string) => isPast(w) || lexiconTag(w) === "Participle";
function perfectState(complement: string): boolean {
  const next = PERFECT_BE.exec(complement)?.[1];
  if (!next || isParticiple(next) || next.endsWith("ing")) return false;
  return ![...complement.matchAll(PERFECT)].some((m) => m[1] !== "been" && isParticiple(m[1]));
}
const SPEECH = /^(?:says|tells|adds|writes|notes|claims|reports|states|announces|confirms)$/;

/** A verb of action; before "that" a verb of saying or judging ("warned that", "estimated that"), whose clause is told after it. */
const ACTION_NOT_REPORTING = new RegExp(String.raw`${ACTION.source}(?!\s+that\b)`, "u");

/**
 * A past progressive after "was"/"were" ("were loading a barge", "was already shelling the port"); not "was going to …",
 * nor "were still searching", which tells what went on, not a happening.
 */
const PROGRESSIVE = /^(?:(?:\p{Ll}+ly|already)\s+)?(\p{Ll}{2,}ing)\b(?!\s+to\b)/u;
/** The lexicon's tag of a verb's -ing form: "Gerund", or none for a regular verb it does not list ("shelling"). */
const ING_VERB_TAGS = new Set(["Gerund", undefined]);
/**
 * Verbs of mental activity and intention (cognition, deliberation, planning): in the progressive they tell what was
 * in someone's mind or on the table, not something done ("Russia was planning a new offensive", "Officials were
 * considering new sanctions", "Ministers were discussing a ceasefire proposal").
 */
const MENTAL_ACTIVITY = new Set(
  ("planning plotting preparing intending hoping expecting considering contemplating weighing mulling pondering thinking " +
    "discussing debating studying exploring reviewing assessing evaluating").split(" "),
);
/**
 * A past progressive tells something being done at a time ("Dock workers were loading a barge on Saturday"), not a
 * state: a happening in progress. Not in a that-clause, where the verb before "that" judges ("Police estimated that
 * 400 tractors were taking part"), nor in the present, which describes ("Russia is preparing …"), nor with a verb of
 * mental activity.
 */
function pastProgressive(head: string, rest: string): boolean {
  if (!/\bw(?:as|ere)\s+$/.test(head) || /\bthat\b/.test(head)) return false;
  const verb = PROGRESSIVE.exec(rest)?.[1];
  return !!verb && ING_VERB_TAGS.has(lexiconTag(verb)) && !MENTAL_ACTIVITY.has(verb);
}

/**
 * "be" with no participle after it and no action beside it; an irregular participle the pattern does not list counts
 * ("was paid out"). A state reported in a that-clause is still a state: the verb before "that" says or judges, it does
 * not act ("He added that Ankara was ready to host talks", "Police estimated that 300 tractors were taking part").
 */
function beState(clause: string): boolean {
  const m = STATE.exec(clause);
  if (!m) return false;
  const rest = clause.slice(m[0].length);
  const next = FIRST_LOWER_WORD.exec(rest)?.[0] ?? "";
  if (next && (lexiconTag(next) === "Participle" || lexiconTag(next) === "PastTense")) return false;
  if (pastProgressive(m[0], rest)) return false;
  return !ACTION_NOT_REPORTING.test(clause.slice(0, m[0].length)) && !ACTION.test(rest);
}

const isPast = (w: string) => lexiconTag(w) === "PastTense" || /^[a-z]{3,}ed$/.test(w);

/**
 * The clause describes in the present: its first finite verb is present simple, and no past verb in it
 * reports a happening ("Berlin's decision follows a drone attack that killed four" does).
 */
function presentSimpleMain(clause: string): boolean {
  const words = clause.split(NON_LETTERS).filter((w) => w && !CAPITALISED.test(w));
  if (words.some(isPast)) return false;
  for (const w of words) {
    const tag = lexiconTag(w);
    if (tag === "Participle" || tag === "Modal" || /^(?:has|have|had|is|are|was|were|will|would)$/.test(w)) return false;
    if (tag === "PresentTense" && !SPEECH.test(w)) return true;
  }
  return false;
}

/**
 * An insert set off by commas between the subject and the report's verb: a relative on the subject ("X, which had funded
 * her work, said …") or the question put to the speaker ("X, asked about the vote, said …").
 */
const SUBJECT_INSERT = /,\s+(?:which|who|whose|asked)\b[^;]*?,\s*$/;

/**
 * What comes before the report's verb, without an insert that only describes the speaker: the question put to them, or a
 * relative with no date of its own or only the start of a stretch ("who has served in Minsk since 2021"). A dated
 * relative tells a happening ("Marta, whose son signed a contract in 2024, says …") and stays.
 */
function withoutSpeakerInsert(ctx: EventCtx, start: number, before: string): string {
  const insert = SUBJECT_INSERT.exec(before);
  if (!insert) return before;
  const at = ctx.text.indexOf(insert[0], start);
  const tellsHappening =
    !/^,\s+asked\b/.test(insert[0]) &&
    (at < 0 || datesIn(ctx, at, at + insert[0].length).some((d) => !/^since\b/i.test(ctx.text.slice(d.start, d.end))));
  return tellsHappening ? before : before.slice(0, insert.index);
}

/**
 * A speech report whose complement is a forecast, a wish or a state ("Zelensky says the money would be
 * spent on drones", "Peskov told reporters that Moscow remained open") is a statement, not a happening.
 */
function isSpeechAboutNoHappening(ctx: EventCtx, start: number, clause: string, type: string): boolean {
  if (type === "threat_warning" || ADDRESS.test(clause) || reportedCommitment(clause)) return false;
  const verb = REPORT_VERB.exec(clause);
  if (!verb) return false;
  // A happening before the report's verb stands ("Shoigu said during a visit to Minsk that …", "Fico lifted his
  // veto after what he said were commitments").
  const before = withoutSpeakerInsert(ctx, start, clause.slice(0, verb.index));
  if (bestTrigger(before, verb.index) || before.split(NON_LETTERS).some((w) => w && !CAPITALISED.test(w) && isPast(w))) return false;
  const complement = clause.slice(verb.index + verb[0].length);
  // Declared readiness is an offer ("said Türkiye is ready to host talks").
  if (/\b(?:ready|prepared|willing)\s+to\b/.test(complement)) return false;
  // A commitment reported is a pledge ("told Zelenskyy that Japan will provide $1.2bn in aid").
  // Told backshifted, it is one still ("said the UK would give £350 million").
  if ((type === "aid_arms_decision" || type === "proposal") && (/\bwill\b/.test(complement) || WOULD_GIVE.test(complement))) return false;
  const isOutlet = (name: string) => ctx.index.byForm.get(name)?.kind === "media";
  if (sayingIsHappening(verb[0], complement, isOutlet)) return false;
  if (holdsPosition(verb[0], complement, isOutlet)) return true;
  // A forecast's own verb decides: a participle after it qualifies its object ("would restore exports lost since the summer").
  const forecast = FORECAST_VERB.exec(complement);
  return (MODAL_OR_STATE.test(complement) || perfectState(complement)) && !ACTION_DONE.test(forecast ? complement.slice(0, forecast.index) : complement);
}

/**
 * The expression of a feeling or a position as the clause's verb ("expressed its condolences", "voiced hope",
 * "reiterated its support", "reaffirmed its readiness"): a statement, not a happening, when no happening is told
 * before it.
 */
const EXPRESSION_IN_HEAD = /^([^,;]{0,80}?)\b(?:expresse[sd]|voice[sd]|reiterate[sd]|reaffirm(?:s|ed)|restate[sd])\b/u;

function expressionVerb(head: string): boolean {
  const before = EXPRESSION_IN_HEAD.exec(head)?.[1];
  return before !== undefined && !hasPastVerb(before) && !bestTrigger(before, before.length);
}

/** "Every night Zaporizhzhia is struck …": a cue of habit that opens the sentence is capitalised. */
const lowerFirst = (clause: string) => clause.replace(/^(\W*)(Every|Usually|Routinely|Regularly|Rarely)\b/, (_, lead: string, w: string) => lead + w.toLowerCase());

/**
 * Why the proposal is no happening: the class of non-event-cues.ts or the cue of state, habit, attitude or tense that
 * reads it so; null when it may be a happening. Named so that a measurement can tell which cue dropped a real one.
 */
export function nonEventReason(ctx: EventCtx, e: FoundEvent, others: readonly FoundEvent[]): string | null {
  if (isQuestion(ctx, e.start)) return "question";
  const parts = partsOf(ctx.text.slice(e.start, e.end).replace(SPEAKER_LABEL, ""));
  return nonEventClass(ctx, e, parts, others) ?? stateReason(ctx, e, ownWords(ctx, e) ?? parts);
}

function partsOf(clause: string): ClauseParts {
  // "…, saying Moscow's position had not changed": a reason given for a happening does not undo it.
  const main = clause.split(/,\s+(?:saying|adding|calling|arguing)\b/)[0];
  // A relative clause or an appositive describes its antecedent ("a campaign …, which left millions without power
  // every day", "demanded a pullback, a condition Kyiv has repeatedly rejected").
  return { clause, main, head: main.split(RELATIVE_OR_APPOSITIVE)[0] };
}

/**
 * The clause with its quotations blanked, when it opens with one ('"The offensive is going to plan," Gerasimov said during a
 * visit to …'): the cues of state, habit and tense read the attribution's grammar, not the quoted words'.
 */
function ownWords(ctx: EventCtx, e: FoundEvent): ClauseParts | null {
  const raw = ctx.text.slice(e.start, e.end);
  if (!OPENS_WITH_QUOTE.test(raw)) return null;
  const clause = maskQuotes(ctx, e.start, e.end);
  return /\p{L}/u.test(clause) ? partsOf(clause) : null;
}

/** The cue of state, habit, attitude or tense that reads the clause as no happening, or null. */
function stateReason(ctx: EventCtx, e: FoundEvent, { clause, main, head }: ClauseParts): string | null {
  if (UNCHANGED.test(main)) return "unchanged";
  if (lastingForecast(head, e.type)) return "lasting forecast";
  if (warnedForecast(main, ctx.index)) return "forecast warned of";
  if (habitual(lowerFirst(head))) return "habit or rate";
  if (ATTITUDE.test(head)) return "attitude";
  if (viewpointState(ctx, e, clause)) return "state from a side's point of view";
  if (NEGATED.test(head)) return "negated";
  if ((e.type === "other" && (LASTING.test(head) || ongoingSince(head))) || OVER_A_STRETCH.test(head)) return "lasting state";
  if (expressionVerb(head)) return "expression";
  // A clause with a date of its own tells a time, not a present state: the present verb read may be a plural noun the
  // lexicon files as one ("On Friday night, glide bombs hit …") or a past spelt like a present ("Last week they cut …").
  if (presentSimpleMain(main) && !datesIn(ctx, e.start, e.end).length) return "present description";
  if (isSpeechAboutNoHappening(ctx, e.start, main, e.type)) return "speech about no happening";
  return !KEEP_STATES.has(e.type) && beState(clause) ? "be-state" : null;
}

/**
 * A title of one word ("Responsibility", "Posted") or none (nothing left once the date phrase and the attribution go)
 * names no one doing anything. Asked after the gate, of the few events kept: a clause's title is made when first read.
 */
export const headlined = (e: FoundEvent) => /\s/.test(e.title.trim());

export function dropNonEvents(ctx: EventCtx, events: FoundEvent[]): FoundEvent[] {
  return dropStrikeTolls(ctx, events.filter((e) => nonEventReason(ctx, e, events) === null));
}
