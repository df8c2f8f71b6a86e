/**
 * Classes of clause told like a happening that an analyst does not put on a timeline, each read from general cues of
 * wording (round 15, from the tuning split's extra proposals): nothing happened ("Nobody was injured"), a detail of a
 * happening already told (a toll's update, a casualty clause with no subject), a plan ("is scheduled to visit"), a
 * reaction to what was told ("European leaders condemned the attack", round 18), a quotation's or a report's
 * attribution alone ('"…," Peskov told reporters', "…, the ministry reported on Monday", round 19), the
 * article's own making ("We spoke at the consulate"), analysis ("appeared to", an assessment) and a label ("called it 'a circus'").
 */
import { type EventCtx, type FoundEvent, sentenceAt } from "./context";
import { bestTrigger, hasPastVerb } from "./triggers";
import { REPORTING_VERBS } from "./finite-clause";

/**
 * A subject that says nothing happened, after an adverb of time if any: "Nobody was injured", "no missile has yet
 * landed", "So far nobody has received a payment" (not an answer's "No.").
 */
const NO_ONE = /^\W*(?:(?:so\s+far|as\s+yet|still|yet)\s*,?\s+)?(?:no|nobody|none|nothing|neither)\b(?!\s*[.,:;!?])/i;
/** A toll updated ("the death toll rose to 9", "the number of wounded has risen to 31"): a detail of a happening already told. */
const TOLL_UPDATE = /\b(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|injured|wounded|killed|casualties|victims))\b[^.;]{0,40}?\b(?:rose|rises|risen|climbed|increased|reached)\b/i;
/** A casualty clause with no subject of its own ("…, and killed five people."): the count of the happening the sentence told. */
const SUBJECTLESS_TOLL = /^\W*(?:killed|killing|injured|injuring|wounded|wounding)\b/;
/**
 * The sentence's subject, then a relative set off on it: "The blast, which | killed nine", or the main clause resumed
 * after it ("The strike, which hit Odesa, Mykolaiv and Kherson, | killed nine"): the toll's subject is that noun.
 */
const SUBJECT_ANTECEDENT = /^\W*([^,;]{1,80}),\s+(?:which\s+|(?:which|who)\s+[^;]*,\s+)$/;

/** Whether a casualty clause is a relative on the sentence's subject, whose happening is told nowhere else ("The blast, which killed nine, …"). */
function tollOfSubject(ctx: EventCtx, start: number): boolean {
  const s = ctx.sentences[sentenceAt(ctx, start)];
  const head = s ? SUBJECT_ANTECEDENT.exec(ctx.text.slice(s.start, start))?.[1] : undefined;
  return !!head && !hasPastVerb(head);
}

/**
 * A reaction to what the article already told, as the clause's main verb ("European leaders condemned the attack",
 * "Kyiv welcomed the offer"): an opinion on a happening, not one. A rejection is left alone: refusing a demand or an
 * offer is itself a turn of the story, and so is denying a claim ("the ministry denied that the drone had flown over").
 */
const REACTION =
  /^[^,;]{0,80}?\b(?:welcomed|welcomes|condemned|condemns|criticised|criticises|criticized|criticizes|denounced|denounces|hailed|hails|praised|praises)\s+(?:the|this|that|these|those|it|reports|claims)\b/u;

/**
 * A request announced for later ("the government would ask the Commission to …", "Bulgaria will raise the issue at the
 * meeting", "he would appeal"): a plan to ask, which the annotation conventions count as neither a happening nor, yet, a
 * statement. Not when a happening is told before it in the clause ("said he had spoken with Rutte and would ask for …").
 */
const ASK_LATER = /^(.*?)\b(?:will|would|is\s+to|are\s+to|plans?\s+to|intends?\s+to)\s+(?:also\s+|now\s+|formally\s+)?(?:ask|request|seek|raise|appeal)\b/su;
/** The reporting verb before a reported plan, itself no happening: "said", "told JusticeInfo that". */
const REPORT_BEFORE = new RegExp(String.raw`\b(?:${REPORTING_VERBS})\b`, "g");

function askLater(head: string): boolean {
  const before = ASK_LATER.exec(head)?.[1];
  return before !== undefined && !hasPastVerb(before.replace(REPORT_BEFORE, " "));
}

/**
 * A vote's tally told beside the vote ("The decision was supported by 263 MPs", "278 MPs voted in favour"): a detail of
 * the vote the article already told. Not a count that votes for something named ("61 MPs voted for the ban"): that may be
 * the vote's only telling.
 */
const VOTERS = String.raw`(?:MPs|lawmakers|legislators|deputies|senators|members|votes)`;
const VOTE_TALLY = new RegExp(
  String.raw`^\W*(?:(?:[Tt]he\s+|[Tt]his\s+)?(?:decisions?|moves?|measures?|It|it|They|they|This|this)\s+(?:was|were)\s+(?:supported|backed|approved|opposed)\s+by\s+(?:\d[\d,]*\s+(?:and\s+\d[\d,]*\s+)?${VOTERS}|a\s+majority\s+of)|\d[\d,]*\s+${VOTERS}\s+voted\s+(?:in\s+favou?r|for|against)(?=\s*[,.;]|\s+(?:on|in|at)\b|\s*$))`,
  "u",
);

/**
 * A source granted anonymity ("an official, speaking on condition of anonymity, told …", "a trader who asked not to be
 * named said …", "spoke to the paper on condition that his name not be published"): the clause tells what the source
 * said, a statement. Only when nothing is told before the source (quotations aside): "Drones hit the port, an official
 * who asked not to be named said" tells a strike.
 */
const ANONYMOUS = /\b(?:on\s+(?:the\s+)?condition\s+(?:of|that)|(?:asked|declined)\s+not\s+to\s+be\s+(?:named|identified)|declined\s+to\s+be\s+(?:named|identified))\b/;
const COMPOUND = /[\p{L}\p{N}]+-\p{Ll}+/gu;
const QUOTATION = /["“„«][^"”“«»]*["”»]?/g;

function anonymousSource(clause: string): boolean {
  const own = clause.replace(QUOTATION, " ");
  const cue = ANONYMOUS.exec(own);
  if (!cue) return false;
  // A compound adjective describes the source ("a Gdansk-based broker"), it tells nothing done.
  const before = own.slice(0, cue.index).replace(REPORT_BEFORE, " ").replace(COMPOUND, " ");
  // What the source reported after the cue may be a happening ("…, said Ukrainian drones struck the refinery"): keep it.
  return !hasPastVerb(before) && !toldAfter(own.slice(cue.index + cue[0].length));
}

/** A past happening told in a span once its verbs of saying are left out ("…, who said a guided bomb hit a school"). */
function toldAfter(rest: string): boolean {
  const told = rest.replace(REPORT_BEFORE, " ").replace(COMPOUND, " ");
  return hasPastVerb(told) && !!bestTrigger(told, told.length);
}

/**
 * A sentence about the report itself ("This was reported by the press service on Thursday", "The claim was made in the
 * ministry's daily briefing"): the attribution of what the sentence before told, no happening of its own.
 */
const REPORT_OF_REPORT =
  /^\W*(?:this|that|it|the\s+(?:claim|information|report|news|announcement|statement))\s+was\s+(?:reported|announced|stated|confirmed|made)\b/i;
/** A report that tells its own content after the attribution ("It was confirmed on Friday that …", "…, who said …"). */
const REPORTED_CONTENT = /\bthat\s+\S/;

/** The sentence is the attribution alone: no reported clause and no past happening after "was reported/confirmed". */
function reportOfReport(head: string, clause: string): boolean {
  const m = REPORT_OF_REPORT.exec(head);
  if (!m) return false;
  const rest = clause.slice(clause.indexOf(m[0]) + m[0].length);
  return !REPORTED_CONTENT.test(rest) && !toldAfter(rest);
}
/**
 * Who led a side at a meeting told ("The Ukrainian delegation was led by the defence minister", "led the American team at
 * the talks"): a detail of the meeting's event, not a happening of its own, when that event is proposed; else the only
 * telling of the talks ("X led the delegation at the talks in Florida on Sunday") stays.
 */
const DELEGATION_LEAD =
  /^\W*(?:(?:the|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}(?:delegation|team|side)\s+(?:was|were)\s+(?:led|headed)\s+by\b|\b(?:led|headed)\s+the\s+(?:[\p{L}-]+\s+){0,2}(?:delegation|team)\s+(?:at|in)\s+the\s+(?:talks|meeting|negotiations|summit)\b/iu;

/** A happening announced for later: "She is scheduled to visit Tokyo", "He was expected in Brussels on Thursday". */
const SCHEDULED =
  /^[^,;]{0,60}?\b(?:(?:is|are|was|were)\s+(?:also\s+)?(?:expected|scheduled|due|slated)\s+(?:to|in|at)|(?:is|are)\s+(?:set|scheduled|expected|due)\s+(?:for|later|next|this)|(?:is|are)\s+to\s+be\s+held)\b/;
/** The article's own making: "We spoke at the consulate", "The interview took place on Monday", "This article has been updated". */
const INTERVIEW_SETTING = /^\W*(?:we\s+(?:spoke|met|talked)|the\s+interview\s+(?:took\s+place|was\s+(?:conducted|recorded|held)))\b|\bthis\s+(?:article|story)\s+(?:has\s+been|was)\s+updated\b/i;
/** A refusal to tell, told after a relative clause the head check leaves out ("The Commission, which …, declined to comment"). */
const DECLINED = /\bdeclined\s+to\s+(?:comment|confirm|disclose|elaborate)\b/;
const MEETING_VERB = /^\W*(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*\s+){1,4}(?:met|interviewed|spoke\s+(?:to|with))\s+(?:him|her|them)(?=\s*[.,;]|\s+(?:at|in|on|last|this|after|before|during)\b)/u;

/** "The Guardian met him …", "Le Monde interviewed her …": the outlet meeting its interviewee. */
function outletMeetsInterviewee(ctx: EventCtx, start: number, clause: string): boolean {
  if (!MEETING_VERB.test(clause)) return false;
  return ctx.index.mentions.some((m) => m.actor.kind === "media" && m.start >= start && m.start <= start + 30);
}

/** An analysis of what happened, not a happening: an assessment, an analyst's reading, an appearance, a model's estimate. */
const ANALYSIS = /\b(?:in\s+(?:its|their|a)\s+(?:\p{Ll}+\s+|\p{Lu}\p{Ll}+day\s+)?assessment|analysts?\b[^.;]{0,80}?\b(?:said|says|say|wrote|write|believe)|(?:appears?|appeared|seems?|seemed)\s+(?:to|aimed|likely)|model\s+estimates)\b/u;

/**
 * A label put on something as the clause's only verb ("Zakharova called the plan 'a provocation'"), not "what he called".
 * Its subject may hold inserts set off by commas ("Ivo Marsh, a spokesman for the guard, called …", "Speaking on radio,
 * the mayor called …"): read by labelOnly.
 */
const CHARACTERISATION = /^([^;]{0,160}?)(?<!\bwhat\s+\p{Ll}+\s+)\b(?:called|described|branded|labell?ed|termed|dubbed)\s+(?!on\b|for\b|off\b|up\b|in\b)(?:[^.;"“]{0,60}?\s+)?(?:as\s+)?(?:an?\s+)?["“][^"”]*["”]?\s*[^\p{L}]*$/u;

/** The label's subject: 80 characters with no comma, or inserts set off by commas that tell nothing done (no past verb). */
function labelOnly(head: string): boolean {
  const subject = CHARACTERISATION.exec(head)?.[1];
  if (subject === undefined) return false;
  return subject.includes(",") ? !hasPastVerb(subject) : subject.length <= 80;
}

/** A clause that opens inside a quotation ('"We will rebuild," …', "– It was the worst night – …"). */
export const OPENS_WITH_QUOTE = /^[^\p{L}\p{N}]{0,3}?["“‘«„»–—]/u;
/** The engine's reporting verbs, with the present forms and the stressing verbs a closing attribution also uses. */
const SAYING = String.raw`(?:${REPORTING_VERBS}|tells|writes|adds|noted|notes|stressed|stresses)`;
/**
 * The attribution that closes a quotation: after the quote's last mark, a speaker and a verb of saying with only its
 * setting after it ('," Peskov told reporters on Tuesday.', "– she said by phone.", '," said a nurse in Kherson.').
 */
const CLOSING_ATTRIBUTION = new RegExp(
  String.raw`["”’»“–—,]\s*(?:(?:[\p{L}\p{N}][\p{L}\p{N}.'’()-]*,?\s+){1,7}?${SAYING}|(?:said|says|told|tells|added|adds|wrote|writes)\s+\p{L})([^"“”«»„;]*)$`,
  "u",
);
/** A report's attribution cut off after a comma ("…, the ministry reported on Monday"): a speaker, a verb, a setting. */
const TRAILING_ATTRIBUTION = new RegExp(String.raw`^(?:(?:the|its|their)\s+)?(?:[\p{L}\p{N}’'.-]+\s+){1,4}?${SAYING}\b([^"“”«»„;:]*)$`, "u");
const AFTER_COMMA = /,\s*(?:the\s+)?$/;
/**
 * A setting that tells something of its own: a speech, an address, a briefing, a conference, a closing argument or a
 * final statement, itself a happening by the annotation conventions ("… he said in his closing speech", "… the
 * prosecutor said in her closing argument"), or a reported clause ("…, the ministry said on Monday that …"). Not a
 * conference call, the daily line to reporters.
 */
const TELLING_SETTING = /\b(?:speech|address|addressing|that|briefing|conference(?!\s+call)|closing\s+arguments?|final\s+statement)\b/;

/** A meeting with someone named as the saying's setting ("… the minister said after talks with Szijjarto"): a happening. */
const MEETING_SETTING = /\b(?:during|at|after|following|in)\s+(?:(?:a|an|his|her|their)\s+(?:\p{Ll}+\s+){0,2})?(?:visit|trip|meeting|talks|call|conversation)\s+(?:to|with|in|between)\b/u;

/** The setting of the saying holds nothing told of its own: no speech, no meeting, no complement, no past verb. */
const bareSetting = (setting: string | undefined) =>
  setting !== undefined && !TELLING_SETTING.test(setting) && !MEETING_SETTING.test(setting) && !hasPastVerb(setting);

/**
 * The attribution of a quotation or a report whose only happening is that it was said ('"Europe has kept its word,"
 * Costa said at a press conference', "…, the company announced on Tuesday"): the words are a statement, the saying no
 * event of its own. A speech, or a happening told after the verb of saying, stays.
 */
function attributionOnly(ctx: EventCtx, start: number, clause: string): boolean {
  if (OPENS_WITH_QUOTE.test(clause)) return bareSetting(CLOSING_ATTRIBUTION.exec(clause)?.[1]);
  return AFTER_COMMA.test(ctx.text.slice(Math.max(0, start - 8), start)) && bareSetting(TRAILING_ATTRIBUTION.exec(clause)?.[1]);
}

/** The clause, its main part (before a ", saying …" reason) and its head (before a relative or an appositive). */
export interface ClauseParts {
  clause: string;
  main: string;
  head: string;
}

/** A meeting proposed in another sentence of the article, of which a delegation's head is a detail (not the talks the clause itself names). */
function meetingProposed(ctx: EventCtx, e: FoundEvent, others: readonly FoundEvent[]): boolean {
  const own = sentenceAt(ctx, e.start);
  return others.some((o) => o.type === "summit_talks" && sentenceAt(ctx, o.start) !== own);
}

/** The class of non-event the proposal belongs to, or null when it may be a happening. */
export function nonEventClass(ctx: EventCtx, e: FoundEvent, { clause, main, head }: ClauseParts, others: readonly FoundEvent[] = []): string | null {
  if (NO_ONE.test(head)) return "nothing happened";
  if (DECLINED.test(main)) return "declined to tell";
  if (TOLL_UPDATE.test(head) || (e.type === "casualties" && SUBJECTLESS_TOLL.test(head) && !tollOfSubject(ctx, e.start))) return "detail of a happening told";
  if (VOTE_TALLY.test(head) || (DELEGATION_LEAD.test(head) && meetingProposed(ctx, e, others))) return "detail of a happening told";
  if (SCHEDULED.test(head) || askLater(head)) return "plan";
  if (attributionOnly(ctx, e.start, clause.trim()) || reportOfReport(head, clause)) return "attribution alone";
  if (REACTION.test(head)) return "reaction";
  if (anonymousSource(clause)) return "anonymous source's remark";
  if (INTERVIEW_SETTING.test(main) || outletMeetsInterviewee(ctx, e.start, clause)) return "the article's own making";
  if (ANALYSIS.test(head)) return "analysis";
  if (labelOnly(head)) return "label";
  return null;
}
