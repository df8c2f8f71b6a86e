/**
 * Event titles written like headlines from the clause itself: who did what (to whom), in the present
 * tense, at most 80 characters, never clipped with an ellipsis.
 *   "On Tuesday, Russian forces captured the village of Shandryholove in the Donetsk region, the Russian
 *    Defence Ministry said" → "Russian forces capture village of Shandryholove in Donetsk region"
 */
import type { Actor, Mention } from "../actors";
import type { DateMention } from "../dates";
import { conjugatesAsPast, isParticipleForm, isPastOnly, isPastTense, lexiconTag, toPast, toPresent } from "../nlp";
import { type EventCtx, sentenceAt, SPEAKER_LABEL } from "./context";
import { type Antecedent, antecedentVerbIndex, withAntecedent } from "./relative";
import { leadingAdjunct } from "./clauses";
import { openingVerbGroup, opensFiniteVerb } from "./finite-clause";
import { capitalFirst } from "../capital-first";
import { OFFICE_INITIALS } from "../actors/lexicon";
import { EVENT_NOUN } from "./event-nouns";
import { nounHeadline } from "./nominal-headline";
import { gatheringSaid } from "./said-at-gathering";
import { sharedPassiveAuxiliary } from "./passive-member";
import { capitalize, ED_WORD, FIRST_LOWER_WORD, ING_OPENING, ING_WORD, LOWER_START, REGULAR_PLURAL_ENDING, SINGULAR_IN_S, UPPER_START } from "../word-shapes";

/** A kicker in capitals before a dash ("KYIV — …", "UPDATE — …"). */
const DESK_KICKER = /^\s*\p{Lu}{3,}[^—–]{0,40}?\s+[—–-]\s+/u;
/** A dateline naming its outlet ("Washington (Dispatch) — …"). */
const OUTLET_DATELINE = /^\s*\p{Lu}[\p{L}. ]{1,30}\s\([^()]{2,30}\)\s*[—–-]\s+/u;
/** A lead-in that only places the report ("Elsewhere, …", "In the south, …", "Speaking at a press conference, …"). */
const PLACING_LEAD = /^\s*(?:elsewhere|in\s+the\s+(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)|speaking\s+(?:at|in|on|to|after|before|during)\s+[^,]{2,60}(?:,\s+[^,]{2,60}){0,2}?(?=,\s+\p{Lu}\p{L}+\s+(?:said|says|told|tells)\b)),\s+/iu;
/** Whether words tell a happening of their own: a finite past verb ("drones had entered …"), not an adjunct ("Speaking at …"). */
const tellsHappening = (t: string) => t.split(/\s+/).some((w, i) => i > 0 && LOWER_START.test(w) && (w === "had" || isPastTense(w)));
/** "Asked about reports that …", "Asked whether …". */
const QUESTION_LEAD = /^\s*(?:asked|questioned|pressed)\s+(?:about|on|over)\s+(?:\p{L}+\s+){0,3}?(?:that|of)\s+/iu;
/** A role phrase before the name it stands beside ("Ukraine's commander-in-chief, Syrskyi, visited …"). */
const ROLE_BEFORE_NAME = /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}]*['’]s\s+)?(?:(?:\p{Lu}\p{L}*|deputy|foreign|defen[cs]e|prime|top|army|military|special|regional)[\s-]){0,3}(?:commander-in-chief|minister|president|chancellor|governor|envoy|commander|chief|spokes(?:man|woman|person)|secretary|ambassador|mayor|leader|head)(?:\s+of\s+[^,]{2,30})?,\s+(\p{Lu}[\p{L}’'-]+),\s+/u;
/** A role of someone named before, then the name ("its chief executive, Varga, told …", "his predecessor Lutz was …"): the name alone. */
const POSSESSIVE_ROLE_NAME = /^[\s,]*(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\p{Ll}+[\s-]){0,2}?(?:commander-in-chief|minister|president|chancellor|governor|envoy|commander|chief|spokes(?:man|woman|person)|secretary|ambassador|mayor|leader|head|executive|director|predecessor|successor|deputy|founder|owner)(?:\s+(?:of|in|to)\s+\p{Lu}[^,]{1,30})?(?:,\s+(\p{Lu}[\p{L}’'-]+),|\s+(\p{Lu}[\p{L}’'-]+))\s+(?=\p{Ll})/u;
/** "speaking", "visiting": a participle of the subject, no apposition ("following", "having" open an adjunct instead). */
const SUBJECT_PARTICIPLE = String.raw`(?!following\b|having\b)\p{Ll}+ing\b`;
/** A name and its apposition ("Zelensky, the Ukrainian president, …"), or an adjunct set off the same way ("Pavel, following talks in Kyiv, …", "Merz, having visited troops, …"), not a participle of the subject ("Zelensky, speaking in Kyiv, …"). */
const NAME_APPOSITION = capitalFirst(new RegExp(String.raw`(\p{Lu}[\p{L}]+),\s+(?:the\s+)?(?!${SUBJECT_PARTICIPLE})\p{Ll}[^,]{2,70},\s`, "u"));
/** "…, six months" left at the end once an "after" clause is split off. */
const TRAILING_SPAN = /,\s+(?:just\s+|only\s+)?(?:a\s+few\s+)?(?:\p{L}+|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s*$/u;
/** A capitalised plural ("Ukrainians"). */
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+s$/u;

/** Starts with a lower-case letter. */
const LOWER_FIRST = /^\p{Ll}/u;

export const MAX_TITLE = 80;

export interface TitleInput {
  start: number;
  end: number;
  /** The event's own date phrase: left out of the title (the date is a field of its own). */
  date: DateMention | null;
  /** The clause's subject, to name a pronoun subject ("He dismissed …" → "Zelenskiy dismisses …"). */
  subject: Mention | undefined;
  /** Where the trigger word is, to tell a reported happening from its attribution. */
  trigger: number | null;
  /** What a "which" clause stands for ("…, which expired on May 30" → "truce expires"): put back into its title. */
  antecedent?: Antecedent | null;
  /** Where the subject is written of a clause that opens with its verb ("… met in Paris and is proposing …"): ./clauses.ts. */
  sharedSubject?: { start: number; end: number };
}

const SAY = /^(.{2,90}?)\s+(?:said|says|reported|announced|claimed|confirmed|wrote|stated|(?:pointed|points)\s+out(?=\s+that\b)|told\s+(?:reporters|journalists|the\s+press|(?:a|the)\s+(?:news|press)\s+(?:conference|briefing))(?:\s+(?:at|in)\s+(?:a|the)\s+(?:news|press)\s+(?:conference|briefing))?(?:\s+(?:in|at)\s+(?:the\s+)?\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)?)(?:\s+(?:on|in)\s+(?:Telegram|X|a statement|its\s+\p{L}+(?:\s+\p{L}+)?\s+report))?(?:\s+(?:in|during)\s+(?:a|an|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:interview|address|speech|briefing)(?:\s+(?:with|to|on)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?)?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?(?=\s+that\b))?\s*,?\s+(?:that\s+)?/u;
const ROLE_WORD = /^(?:sheikh|sheikha|datuk|dato|datin|seri|sri|tun|tunku|president|minister|chancellor|spokes(?:man|woman|person)|governor|gov\.|envoy|commander|commander-in-chief|chief|head|secretary|aide|mr|ms|mrs|dr|pm|premier|leader|mayor|ambassador|director|expert|general|adviser|advisor)$/i;
/** "then-president", "ex-minister": a role held before, read as the role. */
const FORMER_ROLE = /^(?:then|ex)-(?=\p{L})/iu;
const PREFIX_WORD = /^(?:\p{Lu}[\p{L}.-]*|of|the|regional|special|deputy|foreign|defen[cs]e|prime|external|affairs|interior|general|military|oblast|state|\p{Ll}*(?:man|woman|person)|president|minister|governor|envoy|commander|chief|head|secretary|aide|leader|mayor|ambassador|director|expert|adviser|advisor)$/u;
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|this|that|these|those|to)$/i;
const PLURAL_HINT = /^(?:\p{Ll}+[^s'’]s|\p{Lu}\p{L}+ans|[Pp]eople|[Pp]olice|both|militaries)$/u;
/** Words a clause cannot end on ("Talks at the", "Moscow says that"); not "her" or "his", which may be its object. */
const FUNCTION_TAIL = "and|or|the|a|an|of|in|on|at|to|for|with|by|from|as|into|near|while|which|who|that|amid|than|its|their";
/** A cut title's end: those, and gerunds and words that need what follows. */
const STOP_TAIL = new RegExp(`\\s+(?:killing|injuring|wounding|leaving|saying|writing|adding|noting|including|after|over|his|her|our|my|your|some|about|more|${FUNCTION_TAIL})$`, "i");
const TRAILING_WORD = /\s+([\p{L}-]+)$/u;
const DANGLING_GERUND = /\s+(?:\p{Ll}+ed\s+)?(?:of|for|by|in|on|at|with|from)\s+\p{Ll}{3,}ing$/u;
const ROUNDED_NUMBER = /\s+(?:of\s+)?(?:around|about|some|nearly|almost|roughly|approximately)\s+[\d,.]+$/;
const isModifier = (w: string) => MODIFIER_TAG.test(lexiconTag(w) ?? "");
const MODIFIER_TAG = /^(?:Adjective|Demonym|Comparative|Superlative)$/;
const RELATIVE_START = /,?\s(?=(?:(?:under|in|on|at|for|by|from|with|of|through)\s+)?(?:which|whom|whose)\s|who\s)/;
const CUT_BEFORE = /,\s|\s(?=(?:and|in|on|at|for|with|after|as|to|from|over|near|by|during|while|which|who|amid|including|saying|according|before|since|despite)\s(?!least\b))/g;

/** "Abdullah bin Zayed": a given name, a patronymic particle and the father's name, no family name. */
const PATRONYMIC = /\s(?:bin|ibn|bint)\s/;
/** "Mohammed bin Abdulrahman Al Thani": the family name after a patronymic. */
const FAMILY_NAME_AFTER_PATRONYMIC = /\b(?:Al\s|[Aa]l-)\S+$/;

/**
 * A person's surname with its particles ("Bart De Wever" → De Wever, "Ursula von der Leyen" → von der Leyen). A name
 * built on a patronymic goes by its family name ("Al Thani") or, without one, in full: "Zayed" is the father's name.
 */
export function surname(name: string): string {
  if (PATRONYMIC.test(name)) return FAMILY_NAME_AFTER_PATRONYMIC.exec(name)?.[0] ?? name;
  return /(?:\b(?:[Dd]e|[Vv]an|[Vv]on|[Dd]er|[Dd]en|[Dd]a|[Dd]i|[Dd]u|[Ll]e|[Ll]a|[Dd]el|[Tt]er)\s+)*\S+$/.exec(name)?.[0] ?? name;
}

function shortName(a: Actor): string {
  return a.kind === "person" ? surname(a.name) : a.name;
}

/**
 * The span the title is written from: after a leading adjunct, unless the adjunct holds the clause's happening
 * ("Following talks with Macron, Zelenskiy said …": the talks are the happening, titled by the adjunct alone, "Talks with Macron").
 */
function titleSpan(ctx: EventCtx, inp: TitleInput): { start: number; end: number } {
  const lead = leadingAdjunct(ctx.text.slice(inp.start, inp.end), inp.trigger === null ? null : inp.trigger - inp.start);
  if (!lead) return { start: inp.start, end: inp.end };
  return lead.holdsHappening ? { start: inp.start, end: inp.start + lead.comma } : { start: inp.start + lead.length, end: inp.end };
}

/** The preposition that led to a date ("overnight into", "as of", "on the night of"): left dangling without it. */
const DATE_PREPOSITION = /(?:^|\s)(?:(?:on|in|during|over)\s+the\s+(?:nights?|mornings?|evenings?|afternoons?|days?)\s+of|into|on|in|by|until|till|through|of|at|during|as\s+of)\s+$/i;
/** The preposition of a range, left dangling only once both its ends go ("between [May and June]"). */
const RANGE_PREPOSITION = /(?:^|\s)(?:between|from)\s+$/i;
/** The same with an article ("over the [past week]", "at the [end of May]"), unless the date modifies a noun ("in the [Monday] strike"). */
const DATE_PREPOSITION_THE = /(?:^|\s)(?:into|on|in|by|until|till|through|over|of|at|during)\s+the\s+$/i;
/** "over the past week", "over recent months": a date phrase that is a stretch of time. */
const STRETCH_OF_TIME = /^(?:the\s+)?(?:past|last|recent|previous|coming|next)\b/i;
const OVER = /(?:^|\s)over\s+$/i;
const NEXT_WORD = /^\s+(\p{Ll}+)/u;
const NOUN_TAG = /^(?:Singular|Plural|Noun|Uncountable|Duration)$/;

/** How many characters before `start` lead to the date phrase from `start` to `end` (two dates if `range`), the span starting at `from`. */
function datePrepositionLength(text: string, from: number, { start, end }: { start: number; end: number }, range: boolean): number {
  const before = text.slice(from, start);
  const ofRange = range ? RANGE_PREPOSITION.exec(before)?.[0].length : 0;
  if (ofRange) return ofRange;
  // "over the past week", not "handed over [in September]".
  const over = STRETCH_OF_TIME.test(text.slice(start, end)) ? OVER.exec(before)?.[0].length : 0;
  if (over) return over;
  const next = NEXT_WORD.exec(text.slice(end, end + 30))?.[1];
  const modifiesNoun = next !== undefined && !isPastTense(next) && (NOUN_TAG.test(lexiconTag(next) ?? "") || !lexiconTag(next));
  return (!modifiesNoun && DATE_PREPOSITION_THE.exec(before)?.[0].length) || (DATE_PREPOSITION.exec(before)?.[0].length ?? 0);
}
/** What joins two dates into one phrase ("in November and December", "May to June"). */
const DATE_JOIN = /^\s*(?:and|or|to|through|until|[-–—])(?:\s+the)?\s*$/;

/** The span of the event's date phrase with a date coordinated to it on either side ("November and [December]"). */
function withCoordinatedDates(ctx: EventCtx, date: DateMention): { start: number; end: number } {
  const before = ctx.dates.find((d) => d.end <= date.start && date.start - d.end <= 10 && DATE_JOIN.test(ctx.text.slice(d.end, date.start)));
  const after = ctx.dates.find((d) => d.start >= date.end && d.start - date.end <= 10 && DATE_JOIN.test(ctx.text.slice(date.end, d.start)));
  return { start: before?.start ?? date.start - dayBefore(ctx.text, date), end: after?.end ?? date.end + dayAfter(ctx.text, date) };
}

/** A bare day coordinated after a date ending in its day ("March 5 [and 6]", "March 3 [to 4], killing …"), not a count ("and 6 people"). */
const DAY_AFTER = /^\s*(?:and|or|to|through|until|[-–—])\s*(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?=[,.;:)]|\s*$|\s+(?:in|at|on|near|when|while|as|after|before|during|and|the)\b)/u;
/** A bare day coordinated before a date opening with its day ("[5 and] 6 March"). */
const DAY_BEFORE = /(?<![\d,.])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s*(?:and|or|to|[-–—])\s*$/u;
const dayAfter = (text: string, date: DateMention) => (/\d$/.test(date.text) ? DAY_AFTER.exec(text.slice(date.end, date.end + 20))?.[0].length ?? 0 : 0);
const dayBefore = (text: string, date: DateMention) => (/^\d/.test(date.text) ? DAY_BEFORE.exec(text.slice(Math.max(0, date.start - 12), date.start))?.[0].length ?? 0 : 0);

const HAPPENING_NOUN = new RegExp(`^${EVENT_NOUN}$`);
/** "the 2027 budget draft", "its 2026 plan": a bare year between a determiner and a noun names the thing, not when it happened. */
function yearOfThing(text: string, date: DateMention): boolean {
  // The date phrase may carry its article ("the 2027").
  const determined = /^(?:the|an?|its|his|her|their)\s+\d{4}$/i.test(date.text) || (/^\d{4}$/.test(date.text) && /\b(?:the|an?|its|his|her|their)\s+$/i.test(text.slice(Math.max(0, date.start - 8), date.start)));
  const next = NEXT_WORD.exec(text.slice(date.end, date.end + 30))?.[1];
  // "the 2024 strike": a happening's year is its date.
  return determined && !!next && !isPastTense(next) && (NOUN_TAG.test(lexiconTag(next) ?? "") || !lexiconTag(next)) && !HAPPENING_NOUN.test(next);
}

/** The span's text with the date phrase removed and each person named by surname, without title or role words. */
function plainText(ctx: EventCtx, inp0: TitleInput): string {
  const inp = { ...inp0, ...titleSpan(ctx, inp0) };
  const edits: { from: number; to: number; put: string }[] = [];
  if (inp.date && inp.date.start >= inp.start && inp.date.end <= inp.end && !yearOfThing(ctx.text, inp.date)) {
    const span = withCoordinatedDates(ctx, inp.date);
    const inside = span.start >= inp.start && span.end <= inp.end && (span.start !== inp.date.start || span.end !== inp.date.end) ? span : inp.date;
    // A possessive date goes with its "'s" ("Last year's summer offensive" → "summer offensive").
    const possessive = /^['’]s\b/.exec(ctx.text.slice(inside.end, inside.end + 3))?.[0].length ?? 0;
    // The preposition that led to the date goes with it ("overnight into Wednesday" → "overnight").
    const lead = datePrepositionLength(ctx.text, inp.start, inside, inside !== inp.date || !!inp.date.range);
    edits.push({ from: inside.start - lead, to: inside.end + possessive, put: "" });
  }
  // Another happening's possessive date is no word of a headline either ("condemned Thursday's strike" → "condemns strike").
  for (const d of ctx.dates) {
    if (d === inp.date || d.start < inp.start || d.end > inp.end || !/^['’]s\s/.test(ctx.text.slice(d.end, d.end + 3))) continue;
    edits.push({ from: d.start, to: d.end + 3, put: "" });
  }
  for (const m of ctx.index.mentions) {
    if (m.start < inp.start || m.end > inp.end || m.actor.kind !== "person" || m.pronoun) continue;
    const before = ctx.text.slice(inp.start, m.start).split(/(\s+)/);
    let eat = 0, sawRole = false;
    for (let i = before.length - 1; i >= 0; i--) {
      // A role held before ("then-president", "ex-minister") goes like the role.
      const w = before[i].replace(FORMER_ROLE, "");
      if (!w || /^\s+$/.test(w)) continue;
      if (!PREFIX_WORD.test(w)) break;
      if (ROLE_WORD.test(w) || OFFICE_INITIALS.test(w)) sawRole = true;
      eat = before.slice(i).join("").length;
    }
    const from = sawRole ? m.start - eat : m.start;
    const possessive = /['’]s$/.test(m.surface) ? "'s" : "";
    edits.push({ from, to: m.end, put: shortName(m.actor) + possessive });
  }
  edits.sort((a, b) => b.from - a.from);
  let t = ctx.text.slice(inp.start, inp.end);
  let lastFrom = Infinity;
  for (const e of edits) {
    if (e.to > lastFrom) continue;
    t = t.slice(0, e.from - inp.start) + e.put + t.slice(e.to - inp.start);
    lastFrom = e.from;
  }
  return t;
}

const CAPITAL_LETTERS = /\p{Lu}/gu;
const SPELT_OUT_ABBREVIATION = /((?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|for|and|the)\s+)*){1,6})\((\p{Lu}{2,6})\)/gu;
/** "the Armed Forces of Russia (AFR)" → "AFR": a name spelt out before its abbreviation is named by the abbreviation. */
function byAbbreviation(t: string): string {
  if (!t.includes("(")) return t;
  return t.replace(SPELT_OUT_ABBREVIATION, (whole, name: string, abbr: string) => {
    const initials = name.replace(/^the\s+/i, "").match(CAPITAL_LETTERS)?.join("") ?? "";
    return initials === abbr ? `${abbr} ` : whole;
  });
}

// Each lookahead below tests at once for the words the pattern needs, before its costly backtracking over the words.
const SPEAKERS_OWN_REPORT = /^(?=.*\s(?:said|says)\s)((?:\S+\s+){2,}\S+?)\s*,\s+(?:\p{Lu}\S*\s+){1,3}(?:said|says)\s.*$/su;
const CLOSING_PARTICIPLE = /^(?=.*,\s+(?:calling|describing|branding|saying|adding|noting|citing)\b)((?:\S+\s+){2,}\S+?)\s*,\s+(?:calling|describing|branding|saying|adding|noting|citing)\b.*$/s;
/** Drops what is not the happening: attribution, leading time words and connectives, "according to …". */
function dropFraming(t: string, reportedHappening: boolean): string {
  const happening = withoutAsides(withoutAttribution(withoutLeadIn(t)));
  return tidyEdges(reportedHappening ? reportedClauseOnly(happening) : happening);
}

/** What opens a sentence before its clause: a speaker's label, a time stamp, a kicker or dateline, a placing, a question, a role before a name. */
function withoutLeadIn(t: string): string {
  return t
    .replace(SPEAKER_LABEL, "")
    // A live blog's time stamp ("10:42 — Russian drones hit …", "10:42 | …").
    .replace(/^\s*\d{1,2}[:.]\d{2}\s*(?:(?:a\.?m\.?|p\.?m\.?|GMT|UTC|CET|EET|local time)\s*)?[—–|-]?\s*/i, "")
    .replace(DESK_KICKER, "")
    .replace(OUTLET_DATELINE, "")
    .replace(PLACING_LEAD, "")
    // A reporter's question as the lead-in ("Asked about reports that drones had entered …"): titled by what it asks about.
    .replace(QUESTION_LEAD, "")
    .replace(ROLE_BEFORE_NAME, "$1 ")
    .replace(POSSESSIVE_ROLE_NAME, "$1$2 ");
}

/** "according to …" and a report's attribution ("…, the city's mayor, Vitalii Maletskyi, said"). */
function withoutAttribution(t: string): string {
  return t
    .replace(/^\s*according to [^,]{2,80},\s*/i, "")
    // A source set off inside the sentence ("In Ternopil, according to officials, a missile hit …"): the clause goes on after it.
    .replace(/,\s+according to [^,]{2,80},\s+(?=\S)/i, ", ")
    .replace(/,?\s+according to\b.*$/s, "")
    // A trailing attribution, with one apposition in it (", the city's mayor, Vitalii Maletskyi, said").
    .replace(/,\s+(?:[^,]{2,90}?)(?:,\s+[^,]{2,60}?,)?\s+(?:said|says|reported|announced|claimed|wrote|told\s+\S+)(?:\s+(?:on|in)\s+[^,]+)?\s*[.,]?$/s, "")
    // An attribution inside the sentence, an apposition after it (", the Kremlin said, their first call since March").
    .replace(/,\s+(?:the\s+)?[^,]{2,40}?\s+(?:said|says|reported|announced),\s+(?:their|its|his|her|the|a)\s.*$/s, "");
}

/** Relative clauses, prices and dashes set off, appositions, closing participles and report tails: not the happening. */
function withoutAsides(t: string): string {
  return t
    .replace(/,\s+(?:who|which)\s+[^,]+,/g, "")
    // "drones entered Romanian airspace, Rutte said the alliance was investigating": the speaker's own report after it.
    .replace(SPEAKERS_OWN_REPORT, (whole, told: string) => (tellsHappening(told) ? told : whole))
    // A price set off by commas ("the package, worth around €2bn, was signed"): not the happening.
    .replace(/,\s+(?:worth|valued\s+at|estimated\s+at|totalling|totaling|costing)\s+[^,]{2,40},/g, "")
    // An aside between dashes ("troops entering Ukraine — regardless of mandate — would …"): not the happening.
    .replace(/\s+[—–]\s+[^—–]{2,60}?\s+[—–](?=\s)/g, "")
    .replace(NAME_APPOSITION, "$1 ")
    .replace(/,\s+(?:he|she|they|it|officials?|police)\s+(?:said|says|added|wrote)\b(?=\s*(?:,|$))/gi, "")
    // "said on Monday, citing radar data, that …": an aside between the report's verb and its "that".
    .replace(/,\s+(?:citing|adding|noting|saying|quoting)\s+[^,]{2,60}?,(?=\s+that\s)/g, "")
    .replace(CLOSING_PARTICIPLE, "$1")
    .replace(/,\s*(?=,)/g, "")
    .replace(/\s+(?:said|says|reported|announced)\s*$/, "")
    .replace(/\s+in a statement\b|\s+on Telegram\b|\s+in an interview\b/g, "")
    // What an "after" clause split off leaves behind: "…, six months [after …]".
    .replace(TRAILING_SPAN, "");
}

/** "X said (that) …" opening the clause: the reported happening alone, or "X says …" when its subject is a pronoun for X. */
function reportedClauseOnly(t: string): string {
  const m = SAY.exec(t);
  if (!m) return t;
  const rest = t.slice(m[0].length);
  const speaker = m[1].replace(/^(?:[\s,]*(?:but|and|then|also|meanwhile|separately|earlier)\b[\s,]*)+/i, "").trim();
  return /^(?:it|its|they|their|he|his|she|her)\b/i.test(rest) ? `${speaker} says ${withoutPluperfect(rest)}` : rest;
}

/** Connectives, a lone report verb and stray punctuation at the edges; spaces before commas and doubled. */
function tidyEdges(t: string): string {
  return t
    .replace(/^[\s,;—–-]*(?:(?:but|and|before|after|since|until|while|whereas|however|meanwhile|in the meantime|following|then|also|separately|(?:on|in|at|during|over|since|earlier|later|previously|subsequently)(?=\s*,))\b(?![-‑])[\s,]*)+/i, "")
    // "… but said Budapest would not contribute": the report's verb alone, its speaker in the clause before.
    .replace(/^(?:said|says|added|adds)\s+(?:that\s+)?(?=\S)/i, "")
    // "… told reporters the sides had agreed …": the report's verb and its audience alone, the report is the happening.
    .replace(TOLD_AUDIENCE, "")
    .replace(/\s+,/g, ",")
    .replace(/\s{2,}/g, " ")
    // A list's dash or bullet ("- UK sanctions 40 tankers").
    .replace(/^[\s,;:—–•*|-]+|[\s,.;:]+$/g, "")
    // A quotation closed after its sentence's comma ("… “legitimate targets,”").
    .replace(/[,.;:]+(["”’])$/u, "$1");
}

/** A report's verb opening the clause with the press as its audience ("told reporters", "told a news conference in Kyiv that"). */
const TOLD_AUDIENCE = /^(?:told|tells)\s+(?:reporters|journalists|the\s+press|lawmakers|parliament|(?:a|the)\s+(?:news|press)\s+(?:conference|briefing))(?:\s+(?:in|at|on)\s+\p{Lu}\p{L}+)?\s+(?:that\s+)?(?=\S)/iu;

const PLUPERFECT_OPENING = /^((?:\S+\s+){1,4}?)had\s+(["“‘]?)(\p{Ll}+)/u;
/** "its forces had taken …" → "its forces took …": a report's pluperfect as the simple past. */
function withoutPluperfect(t: string): string {
  // A participle spelt like its infinitive ("had become") keeps its "had"; a quoted one ('had "secured"') its words.
  return t.replace(PLUPERFECT_OPENING, (whole, subject: string, mark: string, participle: string) =>
    mark ? (spelledAsPast(participle) ? subject + mark + participle : whole) : isPastTense(toPast(participle)) || conjugatesAsPast(participle) ? subject + toPast(participle) : whole);
}

/** What opens a phrase inserted after the subject's head: "leaders, including Zelenskiy", "leaders, meeting in Brussels", "forces, backed by …". */
const INSERT_OPENING = /^(?:including|among|such|along|together|like|\p{Ll}{3,}ing|\p{Ll}{3,}ed)$/u;
const SUBJECT_FILLER = /^(?:\p{Ll}+ly|last|first|also|still|already|now|jointly|again|then|later|earlier|previously|subsequently)$/u;
/** Adverbs of sequence between a subject and its verb ("Poland then invokes …", "Li last visits …"): no words of a headline. */
const SEQUENCE_ADVERB = /^(?:then|later|also|again|already|still|now|first|last|earlier|previously|subsequently)$/;

const HEAD_PREPOSITION = /^(?:of|in|at|on|from)$/;
/** A word that opens a noun phrase of its own: an article, a possessive or a demonstrative. */
const NOUN_PHRASE_OPENING = /^(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those)$/i;
/** Prepositions after a subject's head, before the nouns they take ("for Reconstruction and Development"). */
const PHRASE_PREPOSITION = /^(?:of|in|at|on|from|for|between|with|against)$/;
/** Whether the words before the verb name more than one: "Russia and Ukraine", "Russian forces", "They". */
export function pluralSubject(words: string[], isName: (word: string) => boolean = noName): boolean {
  // "COW leaders, including Zelenskiy": the head comes before the inserted phrase.
  // "Pavel, following talks, met": also when the head is the title's first word.
  const insert = words.findIndex((w, i) => w.endsWith(",") && INSERT_OPENING.test(words[i + 1] ?? ""));
  if (insert >= 0) words = words.slice(0, insert + 1);
  // "I sign", like "they sign": the first person takes the bare verb.
  if (/^(?:they|we|i|you)$/i.test(words[0] ?? "")) return true;
  // "Russia and Ukraine" name two; "Trade between Russia and Ukraine", "Bank for Reconstruction and Development": an "and"
  // after a preposition joins the preposition's objects, and the head before the preposition decides. Not after "of", "in"
  // and the like when a determiner follows it: "The head of Naftogaz and his deputy", "A court in Moscow and a court in
  // Minsk" start a second subject.
  const and = words.indexOf("and");
  const preposition = words.findIndex((w, i) => i > 0 && PHRASE_PREPOSITION.test(w));
  if (and >= 0 && !(preposition > 0 && preposition < and)) return true;
  if (and >= 0 && HEAD_PREPOSITION.test(words[preposition]) && NOUN_PHRASE_OPENING.test(words[and + 1] ?? "")) return true;
  if (and >= 0) words = words.slice(0, preposition);
  // "alliance of coastal states", "talks in Vienna": the head of a short subject is before its preposition.
  const of = words.findIndex((w) => HEAD_PREPOSITION.test(w));
  // "Units of the 93rd Brigade …", "Hundreds of families": a plural head before "of" makes the subject plural, however long.
  if (of === 1 && pluralHead(words[0])) return true;
  if (of > 0 && of <= 2 && words.length - of <= 5 && !words.some((w) => w.endsWith(","))) words = words.slice(0, of);
  const head = [...words].reverse().find((w) => !SUBJECT_FILLER.test(w)) ?? "";
  if (/^(?:they|we)$/i.test(head)) return true;
  if (head === words[0] && CAPITALISED_PLURAL.test(head)) return capitalisedPlural(head, isName);
  return PLURAL_HINT.test(head.replace(/[,;]$/, ""));
}

/**
 * A subject's first word before its "of" as a plural noun ("Units of …", "Hundreds of …"): an -s word that is no name,
 * mass noun or singular the lexicon knows ("Series", "Brussels"), nor a singular in -ss, -us or -is ("Congress", "Status").
 */
function pluralHead(w: string): boolean {
  const tags = [lexiconTag(w) ?? []].flat();
  if (!/^\p{L}{3,}[^su'’]s$/iu.test(w) || /is$/i.test(w)) return false;
  return !tags.some((t) => NAME_TAG.test(t) || /^(?:Uncountable|Singular)$/.test(t));
}

/** How an unknown common plural ends ("Shipowners", "Separatists"), unlike a surname ending in s ("Kallas", "Landsbergis"). */
const COMMON_PLURAL_ENDING = /(?:er|or|ist|ian|ant|ent|al|ive|ee|ier|ie|ite|ard)s$/;

/** A title's capitalised first word as a common plural ("Officials", "Insurers"), not a name or place ("Brussels", an actor's "Robles"). */
function capitalisedPlural(word: string, isName: (word: string) => boolean): boolean {
  const tag = [lexiconTag(word) ?? []].flat();
  if (tag.some((t) => NAME_TAG.test(t))) return false;
  const lower = word.toLowerCase();
  if (tag.includes("Plural") || pluralOfKnownNoun(lower)) return true;
  // "Balloons", "Troops" (filed as a mass noun): a regular plural, not a mass noun in -ews or -ics ("news", "politics").
  return !isName(word) && (!tag.length || (tag.includes("Uncountable") && !SINGULAR_IN_S.test(lower))) && (COMMON_PLURAL_ENDING.test(lower) || REGULAR_PLURAL_ENDING.test(lower));
}

const noName = () => false;
const NAME_TAG = /^(?:City|Country|Place|Region|LastName|FirstName|Person|ProperNoun|Organization)$/;
/** "banks", "agencies": the word less its plural ending is a noun the lexicon knows ("bank", "agency"). */
function pluralOfKnownNoun(word: string): boolean {
  const singular = word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  return [lexiconTag(singular) ?? []].flat().some((t) => t === "Singular" || t === "Actor");
}

const replaceAt = (words: string[], i: number, put: string[], drop = 1) => [...words.slice(0, i), ...put, ...words.slice(i + drop)];
/** Participles spelt like their verb ("has cut", "had hit"). */
const SAME_FORM_PARTICIPLE = /^(?:cut|hit|put|set|shut|let|hurt|spread|cost|quit|split|burst|cast|shed|beat)$/;
/** Words after which a verb stays bare ("will hit", "to cut", "did put"). */
const AUX_BEFORE_BARE = /^(?:to|will|would|could|can|may|might|must|should|shall|did|does|do|not|n't)$/i;
const isParticiple = (w: string) => isPastTense(w) || isParticipleForm(w) || /ed$/.test(w) || SAME_FORM_PARTICIPLE.test(w);
/**
 * "attacked by drones": an agent after a past form makes it a participle; "fell by 11%" is a measure, not an agent, and a
 * past no participle shares ("fell by about a fifth", "grew by barely 1%") is never a passive.
 */
const agentFollows = (words: string[], i: number) => words[i + 1]?.toLowerCase() === "by" && !isPastOnly(words[i]) && !/^\d/.test(words[i + 2] ?? "") && !MEANS_AFTER_BY.test(words[i + 2] ?? "");
/** "spoke by phone", "travelled by train": the means, not an agent. */
const MEANS_AFTER_BY = /^(?:phone|telephone|video|videolink|video-link|letter|e-?mail|post|car|train|plane|air|sea|road|land|rail|boat|bus)$/i;
/** "Russian troops advanced near …": a plural head, then an -ed word and a preposition or an object, is subject and verb. */
const pluralHeadBeforeVerb = (head: string, next: string) =>
  (lexiconTag(head) === "Plural" || PLURAL_HINT.test(head)) && (MOTION_PREPOSITION.test(next) || OBJECT_START.test(next));
const MOTION_PREPOSITION = /^(?:near|in|on|at|into|to|towards?|across|along|around|from|through|past|beyond|inside|outside)$/;
/** A modal or a past copula ahead of a past form makes it a participle on the subject ("any deal made without Kyiv would fail", "frigates built in Russia were delayed"). */
const MODAL_AHEAD = /^(?:would|will|could|can|may|might|must|should|was|were)$/;
const participleBeforeModal = (words: string[], i: number) => {
  const ahead = words.slice(i + 1, i + 6);
  const modal = ahead.findIndex((w) => MODAL_AHEAD.test(w));
  return modal >= 0 && !ahead.slice(0, modal).some((w) => /[,;]$|^(?:that|which|who|it|they|he|she|and)$/i.test(w));
};

/**
 * "The company [then] imported …", "A Russian missile damaged …", "Moldova's parliament ratified …": a determiner or a
 * possessor, modifiers, and a common noun, then an -ed word, are subject and verb.
 */
function determinedNoun(before: string[]): boolean {
  // After a leading adjunct set off by a comma ("In Ternopil, a Russian missile damaged …").
  const head = before.slice(before.findLastIndex((x) => x.endsWith(",")) + 1).filter((x) => !SUBJECT_FILLER.test(x));
  const noun = head[head.length - 1] ?? "";
  // Not a possessor before its noun ("the regions' combined deficit").
  if (head.length < 2 || head.length > 4 || !/^\p{Ll}+$/u.test(noun) || !/^(?:Singular|Noun|Uncountable|)$/.test(lexiconTag(noun) ?? "")) return false;
  const [first, ...modifiers] = head.slice(0, -1);
  const opens = DETERMINER.test(first) || POSSESSOR.test(first) || (UPPER_START.test(first) && isModifier(first));
  return opens && modifiers.every(isModifier);
}
/** A name as possessor ("Moldova's", "NATO's"). */
const POSSESSOR = /^\p{Lu}[\p{L}.-]*['’]s$/u;

/** "rose 12%", "rose to 3.6 million", "rose by about $2": a figure right after the word, or after its "to" or "by". */
const FIGURE_AFTER = /^(?:(?:to|by)\s+)?(?:(?:about|around|nearly|almost|roughly|some)\s+)?[\d$€£¥]/;
const figureFollows = (words: string[], i: number) => FIGURE_AFTER.test(words.slice(i + 1, i + 4).join(" "));
const pastBeforeFigure = (words: string[], i: number, w: string) => figureFollows(words, i) && lexiconTag(w) === "Noun" && !ED_WORD.test(w) && toPresent(w, { plural: true }) !== w;
const ARTICLE_OR_ADVERB = /^(?:the|an?|\p{L}+ly)$/iu;
const PERFECT_FILLER = /^(?:\p{Ll}+ly|also|already|now|since|been|just|again)$/u;
/** A clause's words with its verb group put in the present, and how many of them reach up to the verb (0: no verb found). */
type InPresent = { words: string[]; verbEnd: number };

/**
 * The first verb group after the subject, put in the present: "dismissed" → "dismisses", "has called" → "calls",
 * "was attacked" → "attacked". `knownVerb`: where the clause's verb is known to stand, if known.
 */
function presentTense(t: string, knownVerb = 0, isName: (word: string) => boolean = noName): InPresent {
  const words = t.split(" ");
  for (let i = Math.max(1, knownVerb); i < words.length && i < Math.max(12, knownVerb + 1); i++) {
    const found = verbGroupInPresent(words, i, knownVerb, isName);
    if (found) return found;
  }
  return { words, verbEnd: 0 };
}

/** The clause in the present if its verb group starts at word `i`; null: the verb is further on. */
function verbGroupInPresent(words: string[], i: number, knownVerb: number, isName: (word: string) => boolean): InPresent | null {
  const w = words[i].toLowerCase();
  const next = words[i + 1]?.toLowerCase() ?? "";
  // Asked only where a verb is put in the present: most words are passed over before.
  const plural = () => pluralSubject(words.slice(0, i), isName);
  if (/^(?:has|have|had)$/.test(w)) return perfectInPresent(words, i, plural);
  // "is proposing to send" → "proposes to send", "were shelling the port" → "shell the port": a headline tells what
  // is or was under way in the simple present.
  const simple = /^(?:is|are|was|were)$/.test(w) && progressiveVerb(next) ? toPresent(next, { plural: /^(?:are|were)$/.test(w) }) : null;
  if (simple && !simple.endsWith("ing")) return { words: replaceAt(words, i, [simple], 2), verbEnd: i + 1 };
  if (/^(?:was|were)$/.test(w)) return pastCopulaInPresent(words, i);
  if (w === "did") return { words: replaceAt(words, i, [plural() ? "do" : "does"]), verbEnd: i + 1 };
  if (!LOWER_FIRST.test(words[i]) || DETERMINER.test(words[i - 1])) return null;
  return simpleVerbInPresent(words, i, knownVerb, plural);
}

/**
 * A verb's -ing form after "be" ("proposing", "towing"), not "going (to)", "being", nor a noun ("nothing", "evening").
 * One the lexicon cannot put in the present ("shelling") keeps its "be" ("are shelling").
 */
const progressiveVerb = (w: string) => ING_WORD.test(w) && !/^(?:going|being)$/.test(w) && [undefined, "Gerund"].includes(lexiconTag(w));

/** A word in quotation marks ('"liberated"', '“stalled”'), the marks themselves. */
const QUOTED_PARTICIPLE = /^["“'‘]\p{Ll}+["”'’]?[,.;:]?$/u;
const QUOTE_MARKS = /["“”'‘’,.;:]/g;
/** A participle that reads as the past once its "had" goes ('"liberated"'), unlike '"taken"'. */
const spelledAsPast = (w: string) => isPastTense(w) || /\p{Ll}ed$/u.test(w);
/** Participles spelt like their verb's bare form, which the lexicon reads as the present. */
const BARE_PARTICIPLE = /^(?:become|come|overcome|run)$/;

/** "has called" → "calls", "have been blocking" → "block", "has been named" → "named": the perfect at word `i` in the present. */
function perfectInPresent(words: string[], i: number, plural: () => boolean): InPresent {
  let j = i + 1;
  while (j < words.length && PERFECT_FILLER.test(words[j])) j++;
  // "have been blocking the crossing" → "block the crossing": the activity, in the present.
  if (words[j - 1] === "been" && ING_WORD.test(words[j] ?? "")) return { words: [...words.slice(0, i), ...words.slice(i + 1, j - 1), toPresent(words[j], { plural: plural() }), ...words.slice(j + 1)], verbEnd: j - 1 };
  if (words[j - 1] === "been") return { words: replaceAt(words, i, [], j - i), verbEnd: i + 1 };
  // 'had "liberated"': a quoted participle keeps its words and marks; the perfect's auxiliary goes.
  if (words[i] === "had" && QUOTED_PARTICIPLE.test(words[j] ?? "") && spelledAsPast(words[j].replace(QUOTE_MARKS, ""))) return { words: replaceAt(words, i, [], j - i), verbEnd: i + 1 };
  // "had become", "had come": a participle spelt like its verb.
  if (words[j] && BARE_PARTICIPLE.test(words[j])) return { words: [...words.slice(0, i), ...words.slice(i + 1, j), toPresent(words[j], { plural: plural() }), ...words.slice(j + 1)], verbEnd: j };
  // "had dinner", "had about 67,000 residents", "had to turn back": "had" the verb itself, in the present.
  if (words[i] === "had" && !(words[j] && (isParticiple(words[j]) || conjugatesAsPast(words[j])))) return { words: replaceAt(words, i, [plural() ? "have" : "has"]), verbEnd: i + 1 };
  // "had left", "had lost": a past the lexicon files as an adjective is the participle after "had".
  if (!words[j] || !(isParticiple(words[j]) || conjugatesAsPast(words[j]))) return { words, verbEnd: i + 1 };
  // "has since launched" → "launches", "had just returned" → "returns": "since" and "just" only tie the perfect to a time before.
  const adverbs = words.slice(i + 1, j).filter((a) => a !== "since" && a !== "just");
  return { words: [...words.slice(0, i), ...adverbs, toPresent(words[j], { plural: plural() }), ...words.slice(j + 1)], verbEnd: i + adverbs.length + 1 };
}

/** "was attacked" → "attacked", "was also put" → "also put", "were" → "are": the past of "be" at word `i` in the present. */
function pastCopulaInPresent(words: string[], i: number): InPresent {
  const w = words[i].toLowerCase();
  const next = words[i + 1]?.toLowerCase() ?? "";
  if (isParticiple(next)) return { words: replaceAt(words, i, []), verbEnd: i + 1 };
  // "was also put on the list" → "also put on the list" (the "also" goes with the headline style).
  if (SUBJECT_FILLER.test(next) && isParticiple(words[i + 2]?.toLowerCase() ?? "")) return { words: replaceAt(words, i, []), verbEnd: i + 2 };
  // "Ukraine was not invited" → "Ukraine not invited".
  if (next === "not" && isParticiple(words[i + 2]?.toLowerCase() ?? "")) return { words: replaceAt(words, i, []), verbEnd: i + 2 };
  return { words: replaceAt(words, i, [w === "was" ? "is" : "are"]), verbEnd: i + 1 };
}

/** An adjective or a demonym ("Russian glide bombs"), not a demonym's plural ("Ukrainians vote"), which is an array of tags. */
const MODIFIER_BEFORE_NOUN = /^(?:Adjective|Demonym)$/;
/** How many words of a noun phrase may stand between a noun and its clause's verb ("imports [of Russian crude] fell"). */
const MAX_NOUN_TAIL = 4;
/** A word of a noun phrase after its head: "of", a modifier, a possessor ("India's"), a common noun. */
const nounPhraseWord = (w: string) => w === "of" || isModifier(w) || POSSESSOR.test(w) || (/^\p{Ll}+$/u.test(w) && !lexiconTag(w)) || /^(?:Singular|Plural|Noun|Uncountable)$/.test(lexiconTag(w) ?? "");
/** A capitalised word of a name ("Sea Star"), in apposition to the noun before it. */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Whether a past verb ("fell", "has dropped", "were found") follows word `i` after only words of its noun phrase: the word is the subject's, not the verb. */
function pastVerbAfterNoun(words: string[], i: number): boolean {
  for (let k = i + 1; k < words.length && k <= i + 1 + MAX_NOUN_TAIL; k++) {
    const w = words[k];
    // "products made from crude": a participle before its source or agent is a reduced relative, not the clause's verb.
    if (/^(?:by|from)$/.test(words[k + 1] ?? "")) return false;
    // "fragments were found": no present verb stands before "was" or "were".
    if ((k === i + 1 ? isPastTense(w) || /^(?:was|were)$/.test(w) : lexiconTag(w) === "PastTense") || (/^(?:has|have|had)$/.test(w) && isParticiple(words[k + 1] ?? ""))) return true;
    // "cargo ship Sea Star was hit", "decree on wages was approved": a passive further on; a bare form ("ship", not
    // "claims") before it is no verb, as a verb after a singular subject would take its -s.
    if (k > i + 1 && /^(?:was|were)$/.test(w) && isParticiple(words[k + 1] ?? "") && !/s$/.test(words[i])) return true;
    // "decree on aid": a preposition's object, whatever the lexicon files it as.
    if (/^(?:on|for)$/.test(w) || (/^(?:on|for)$/.test(words[k - 1]) && /^\p{Ll}+$/u.test(w))) continue;
    if (/[,;:"“”]/.test(w) || !(nounPhraseWord(w) || NAME_WORD.test(w))) return false;
  }
  return false;
}

/** A one-word verb at word `i` (a past, a bare "hit", a present form) in the present; null where the word is no verb. */
function simpleVerbInPresent(words: string[], i: number, knownVerb: number, plural: () => boolean): InPresent | null {
  const w = words[i].toLowerCase();
  const prev = words[i - 1];
  const next = words[i + 1]?.toLowerCase() ?? "";
  // "Talks, led by Rubio": a participle of a reduced relative, not the verb.
  // The lexicon files some past forms under adjectives ("rejected"); right after a named subject an -ed word is the verb.
  // "The newly retitled Secretary …": a participle after nothing but an adverb modifies the subject.
  const modifier = words.slice(0, i).every((x) => ARTICLE_OR_ADVERB.test(x));
  // "Rutte also rejected": an adverb between the named subject and its verb.
  const beforeAdverbs = [...words.slice(0, i)].reverse().find((x) => !SUBJECT_FILLER.test(x)) ?? "";
  if (isPastTense(w) && participleBeforeModal(words, i)) return null;
  // "exports rose 12%": a past the lexicon files as a noun, before a figure, is the verb.
  if (pastBeforeFigure(words, i, w)) return { words: replaceAt(words, i, [toPresent(w, { plural: plural() })]), verbEnd: i + 1 };
  if ((isPastTense(w) || (/^[a-z]{4,}ed$/.test(w) && (UPPER_START.test(beforeAdverbs) || i === knownVerb || pluralHeadBeforeVerb(beforeAdverbs, next) || determinedNoun(words.slice(0, i))))) && !agentFollows(words, i) && !modifier && !/^(?:be|been|being|to)$/.test(prev)) return { words: replaceAt(words, i, [toPresent(w, { plural: plural() })]), verbEnd: i + 1 };
  // "Two tankers [that were waiting …] left port": where the verb is known, a past the lexicon files otherwise is it.
  if (i === knownVerb && pastForm(w)) return { words: replaceAt(words, i, [toPresent(w, { plural: plural() })]), verbEnd: i + 1 };
  // "alliance of coastal states met", "Russian glide bombs struck", "India's imports of crude fell": before a past verb, or
  // after a preposition or a modifier, a present-tense form is a noun.
  if (/^(?:PresentTense|Infinitive)$/.test(lexiconTag(w) ?? "") && i !== knownVerb && (pastVerbAfterNoun(words, i) || /^(?:of|for|with|from)$/.test(prev) || MODIFIER_BEFORE_NOUN.test(lexiconTag(prev) ?? ""))) return null;
  // "Russia hit Kyiv": after a singular subject a bare "hit" can only be the past; the headline says "hits".
  if (SAME_FORM_PARTICIPLE.test(w) && !plural() && !/['’]s$/.test(prev) && !AUX_BEFORE_BARE.test(prev)) return { words: replaceAt(words, i, [toPresent(w, { plural: plural() })]), verbEnd: i + 1 };
  if (/^(?:PresentTense|Infinitive|Modal|Copula)$/.test(lexiconTag(w) ?? "")) return { words, verbEnd: i + 1 };
  return null;
}

/** The start of an object: "no fresh funds", "two plants", "the city". */
const OBJECT_START = /^(?:the|a|an|its|his|her|their|no|all|some|more|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/;

const LOWER_PLURAL_WORD = /^\p{Ll}{3,}s$/u;
/** A past verb coordinated after the headline's verb, in the present too: "stops all support and sent no funds" → "and sends no funds", "and met Modi" → "and meets Modi". */
function coordinatedInPresent(words: string[], from: number, plural: boolean): void {
  for (let k = from + 1; k < words.length - 1; k++) {
    // The object may be a name ("visits Kyiv and met Zelensky").
    // "drones shot down or suppressed by jamming": a passive's participles stay.
    if ((words[k - 1] !== "and" && words[k - 1] !== "or") || words[k + 1] === "by") continue;
    // A past the lexicon knows as a verb needs no object start ("and awarded medals").
    const lexiconPast = lexiconTag(words[k]) === "PastTense" || (ED_WORD.test(words[k]) && LOWER_PLURAL_WORD.test(words[k + 1]));
    if (!lexiconPast && !(OBJECT_START.test(words[k + 1].toLowerCase()) || UPPER_START.test(words[k + 1]))) continue;
    if (isPastTense(words[k]) || ED_WORD.test(words[k])) words[k] = toPresent(words[k], { plural });
  }
  passiveAfterAnd(words, from);
}

/** "One person killed and 11 were injured" → "… and 11 injured": a passive coordinated with a passive, in the headline's form. */
function passiveAfterAnd(words: string[], from: number): void {
  const and = words.indexOf("and", from);
  // Only after a passive headline verb: "spends two months in custody and was released" keeps its "was".
  if (and < 0 || !isParticiple(words[from - 1]?.toLowerCase() ?? "")) return;
  const aux = words.findIndex((w, k) => k > and && k <= and + 3 && /^(?:was|were)$/.test(w) && isParticiple(words[k + 1] ?? ""));
  if (aux > 0) words.splice(aux, 1);
}

/** "government says that workers had rebuilt the bridge" → "government says workers rebuilt the bridge". */
function reportedInPast(words: string[], verbEnd: number): void {
  if (/^says?$/.test(words[verbEnd - 1] ?? "")) return reportAfter(words, verbEnd);
  // "Berg points out that the army had received …" → "Berg says army received …": the same frame as "said that".
  if (/^points?$/.test(words[verbEnd - 1] ?? "") && words[verbEnd] === "out" && words[verbEnd + 1] === "that") {
    words.splice(verbEnd - 1, 2, words[verbEnd - 1] === "points" ? "says" : "say");
    return reportAfter(words, verbEnd);
  }
  // "Lee tells reporters that the government had lodged a protest" → "Lee tells reporters government lodged protest".
  if (!REPORT_VERB.test(words[verbEnd - 1] ?? "")) return;
  const that = words.indexOf("that", verbEnd);
  if (that >= verbEnd && that <= verbEnd + 3 && !words.slice(verbEnd, that).some((w) => /[,;]$/.test(w))) reportAfter(words, that);
}
const REPORT_VERB = /^(?:tells?|adds?|notes?|stresses|stress|warns?|insists?|claims?|reiterates?|assures?|informs?)$/;

/** The report after `from` without its "that", its pluperfect as the simple past. */
function reportAfter(words: string[], from: number): void {
  // "warns that about three million …" keeps its "that": without it "warns about" reads as what is warned of.
  const rest = words.slice(from).join(" ").replace(/^that\s+(?!(?:about|around|over|of|on|for|against)\s)/, "");
  if (!rest) return;
  words.splice(from, words.length - from, ...withoutPluperfect(rest).split(" "));
}

const RELATIVE_WORD = /^(?:that|which|who)$/;
const FINITE_AUXILIARY = /^(?:is|are|was|were|has|have|had)$/;
/**
 * "sign free trade agreement that came into force this year" → "sign free trade agreement": a relative clause on the
 * object (its word, then a finite verb) tells about the object, not the happening. "suggestion that NATO was …" stays.
 */
function withoutObjectRelative(words: string[], verbEnd: number): void {
  // "…, and that has had an effect": a demonstrative opening a clause of its own, not a relative.
  const at = words.findIndex((w, i) => i > verbEnd && RELATIVE_WORD.test(w) && !/^(?:says?|and|but)$/.test(words[i - 1]) && finiteAfterRelative(words[i + 1] ?? ""));
  if (at <= verbEnd + 1) return;
  words.splice(at, words.length - at);
  words[at - 1] = words[at - 1].replace(/[,;:]+$/, "");
}
const finiteAfterRelative = (w: string) => FINITE_AUXILIARY.test(w) || (LOWER_START.test(w) && isPastTense(w));

const COORDINATOR = /^(?:and|but)$/;
/** Words that open a clause of time or reason beside the happening ("when", "as", "because"). */
const SUBORDINATOR = /^(?:when|as|because|while|whereas)$/;
/** An auxiliary or modal that opens a predicate of its own ("and would meet again", "and repair crews had restored …"). */
const CLAUSE_AUXILIARY = /^(?:would|will|could|can|might|must|should|had|has|have|was|were|is|are)$/;
/** What opens the object of a past verb: a pronoun or a determiner ("rented them a flat", "closed the road"). */
const PAST_OBJECT = /^(?:them|him|her|it|us|me|the|a|an|its|their|his)$/;
/**
 * Whether a past verb and its object at `at` are a second predicate of the subject: the comma before it is the first
 * after the subject ("Lind, the envoy, said …" has one in its subject) and no quotation is open.
 */
function secondPredicate(words: string[], verbEnd: number, at: number): boolean {
  if (!LOWER_START.test(words[at]) || !isPastTense(words[at]) || !PAST_OBJECT.test(words[at + 1] ?? "")) return false;
  return !words.slice(0, at - 1).some((w) => /[,"“”«»„]/.test(w));
}
/** How many words a second clause's own subject may take before its verb ("repair crews", "the two sides"). */
const MAX_SECOND_SUBJECT = 4;
/** Where a coordinated clause starts after `verbEnd`: "and", its own subject (or none), then an auxiliary or modal; -1 if none. */
function secondClauseAt(words: string[], verbEnd: number): number {
  // From the verb's own place: a passive's dropped "were" leaves `verbEnd` one word on.
  for (let i = Math.max(1, verbEnd - 1); i < words.length - 1; i++) {
    // "shell Kherson, when residents usually queue for water", "visits Odesa, where she opened a plant": a clause set off
    // by a comma only sets the time or the place.
    if (i >= verbEnd && /^(?:when|where)$/.test(words[i]) && words[i - 1].endsWith(",")) return i;
    // "drives them around the region, rented them a flat": a second predicate set off by a comma, in the past, with its object.
    if (i > verbEnd && words[i - 1].endsWith(",") && secondPredicate(words, verbEnd, i)) return i;
    const subordinate = i >= verbEnd && SUBORDINATOR.test(words[i]);
    if (!COORDINATOR.test(words[i]) && !subordinate) continue;
    for (let k = i + 1; k <= i + 1 + MAX_SECOND_SUBJECT && k < words.length; k++) {
      if (CLAUSE_AUXILIARY.test(words[k])) return i;
      // "killed when Russian forces dropped bombs": a time or reason clause with a subject and a past verb of its own.
      if (subordinate && k > i + 1 && lexiconTag(words[k]) === "PastTense") return i;
      // The subject is a noun phrase: no punctuation, no verb of its own.
      if (/[,;:"“”]/.test(words[k]) || isPastTense(words[k]) || COORDINATOR.test(words[k])) break;
    }
  }
  return -1;
}

/**
 * "sides agree to swap prisoners and would meet again", "two workers injured and repair crews had restored power": a title
 * is one clause, so a coordinated clause with an auxiliary of its own (its own subject or a modal) is left out.
 */
function withoutSecondClause(words: string[], verbEnd: number): void {
  const at = secondClauseAt(words, verbEnd);
  if (at < 0) return;
  words.splice(at, words.length - at);
  words[at - 1] = words[at - 1].replace(/[,;:]+$/, "");
}

/**
 * "Poland then invokes Article 4" → "Poland invokes Article 4", "Orban once again blocks" → "Orban blocks": the adverbs just before the verb go from the fitted title
 * (`head` is the styled words before the verb, which the fitting never cuts).
 */
function withoutSequenceAdverbs(title: string, head: string): string {
  if (!title.startsWith(head)) return title;
  const words = head.split(" ");
  let keep = words.length;
  while (keep > 1 && SEQUENCE_ADVERB.test(words[keep - 1])) {
    keep--;
    // "once again", "yet again": the adverb goes whole.
    if (words[keep] === "again" && keep > 1 && /^(?:once|yet)$/.test(words[keep - 1])) keep--;
  }
  return keep === words.length ? title : words.slice(0, keep).join(" ") + title.slice(head.length);
}

/** "COW leaders, including Zelenskiy call Trump": the inserted phrase is closed before the verb at `verb`. */
function closeInsert(words: string[], verb: number): void {
  const opened = words.findIndex((w, i) => i < verb - 1 && w.endsWith(",") && /^(?:including|among)$/.test(words[i + 1]));
  if (opened > 0 && !words.slice(opened + 1, verb).some((w) => w.endsWith(","))) words[verb - 1] += ",";
}

/** ", the air force said", ", data showed" still closing the title once the words after it are gone: not the happening. */
const CLOSING_ATTRIBUTION = /,\s+(?:[\p{L}’'.-]+\s+){1,4}(?:said|added|showed|reported|wrote)$/u;

/** Headline style: no articles, no "also"; a duration keeps its "a" ("for nearly a month", not "for nearly month"). */
function headlineStyle(t: string): string {
  return t
    .replace(/(?<![\p{L}\p{N}'’-])(?:the|an?(?!\s+(?:hour|day|week|fortnight|month|year|decade)\b))\s+(?!(?:dozen|few|number|third|half|quarter)\b)(?=\S)/giu, "")
    .replace(/\s+also(?![\p{L}])/gu, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** Where the last match of `boundary` starts between `minCut` and `max`, or -1. */
function lastBoundary(t: string, boundary: RegExp, max: number, minCut: number): number {
  let best = -1;
  boundary.lastIndex = 0;
  for (let m = boundary.exec(t); m && m.index <= max; m = boundary.exec(t)) if (m.index >= minCut && !insideQuote(t, m.index)) best = m.index;
  return best;
}

/** A cut inside a noun phrase ends on its head, not a modifier left without it ("10,000 combined European [soldiers]"). */
function withoutTrailingModifiers(cut: string, minCut: number): string {
  for (let m = TRAILING_WORD.exec(cut); m && m.index >= minCut && isModifier(m[1]); m = TRAILING_WORD.exec(cut)) cut = cut.slice(0, m.index);
  // A rounded number whose noun was cut ("a force of around 10,000 [soldiers]") says nothing on its own.
  const rounded = ROUNDED_NUMBER.exec(cut);
  return rounded && rounded.index >= minCut ? cut.slice(0, rounded.index) : cut;
}

/** The scale of an amount ("[2] billion euros", "[40] million"). */
const SCALE_AFTER = /^\s+(?:thousand|million|billion|trillion|bn|mn)\b/i;
/** What leads to an amount and the amount's number ("worth 2", "of up to 3.5"). */
const AMOUNT_NUMBER = /\s+(?:(?:of|worth|at|to|by|for)\s+)?(?:(?:around|about|some|nearly|almost|roughly|approximately|up\s+to|over|more\s+than)\s+)?[$€£¥]?\d[\d,.]*$/;
/** A cut inside an amount ("a package worth 2 [billion euros]") leaves the amount out whole. */
function withoutCutAmount(cut: string, t: string, minCut: number): string {
  if (!SCALE_AFTER.test(t.slice(cut.length))) return cut;
  const amount = AMOUNT_NUMBER.exec(cut);
  return amount && amount.index >= minCut ? cut.slice(0, amount.index) : cut;
}

/** Whether a quotation opened before `at` is still open there ('after "weeks of hard|, methodical fighting"'). */
function insideQuote(t: string, at: number): boolean {
  const before = t.slice(0, at);
  return (before.match(/"/g) ?? []).length % 2 === 1 || before.lastIndexOf("“") > before.lastIndexOf("”");
}

const COORDINATED_LAST_WORD = /\s+and\s+(\p{Ll}+)$/u;
/** A participle closing a cut title, its agent or goal cut ("tanks sent [to Kyiv]", "interceptors already paid [for]"), and a share set off before it ("…, most of them [carried by …]"). */
const LAST_PARTICIPLE = /(?:,\s+(?:most|some|many|all|both|none|one|two)\s+of\s+them)?\s+(?:already\s+|\p{Ll}+ly\s+)?(\p{Ll}{3,})$/u;
/** A cut that left a verb without what it says loses that verb too. */
function withoutDanglingVerb(cut: string, minCut: number): string {
  // "companies accused of supplying [drone parts]": a gerund whose object was cut goes with what introduced it.
  const gerund = DANGLING_GERUND.exec(cut);
  if (gerund && gerund.index >= minCut) return cut.slice(0, gerund.index);
  // "… overrun in 2022 and retaken [by Ukraine]".
  const coordinated = COORDINATED_LAST_WORD.exec(cut);
  const verb = coordinated && (isPastTense(coordinated[1]) || isParticipleForm(coordinated[1]));
  return verb && coordinated.index >= minCut ? cut.slice(0, coordinated.index) : cut;
}

/** What may stand before a verb of the clause itself ("were struck", "it destroyed"): then the past form is no participle on a noun. */
const FUNCTION_WORD = new RegExp(`^(?:${FUNCTION_TAIL})$`, "i");
const BEFORE_OWN_VERB = /^(?:is|are|was|were|be|been|being|has|have|had|it|he|she|they|we|i|you|who|which|that|and|or|says?|said)$/i;
/**
 * "interceptors already paid [for by Europe]", "swap mediated [by the UAE]", "cargoes, most of them carried [by …]": a
 * participle on a noun whose agent (or all after "already") was cut says nothing of its own, so it goes.
 */
function withoutCutParticiple(cut: string, rest: string, minCut: number): string {
  const m = LAST_PARTICIPLE.exec(cut);
  if (!m || m.index < minCut || !(ED_WORD.test(m[1]) || isParticipleForm(m[1]) || isPastTense(m[1]))) return cut;
  const before = /(\S+)\s+\S+$/.exec(cut.slice(0, cut.length - m[1].length).trimEnd() + " x")?.[1] ?? "";
  // After a name, a comma or a function word the past form may be the clause's own verb ("Treasury Department extended").
  if (BEFORE_OWN_VERB.test(before) || !/^\p{Ll}[\p{Ll}-]{2,}$/u.test(before) || FUNCTION_WORD.test(before)) return cut;
  return /^\s*by\s/.test(rest) || /\salready\s+\S+$/.test(cut) ? cut.slice(0, m.index) : cut;
}

/** Words a clause cannot end on when what followed them was left out ("… closed until [the date]", "… to import up [to 2m tonnes]", "peace based [on …]"). */
const CLIPPED_TAIL = /\s+(?:since|until|till|before|but|compared|between|without|within|against|across|through|under|towards?|via|despite|during|among|whose|based|aimed|designed|intended|meant|(?<=\b(?:of|for|to|with|at|by)\s+)up|(?<=\b(?:to|can|could|will|would)\s+\p{Ll}+\s+)up)$/iu;
const CLAUSE_TAIL = new RegExp(`\\s+(?:${FUNCTION_TAIL})$`, "i");
/** A title whose clause stops on a word that needs what follows ("Moscow says that", "Talks at the") ends before it. */
function withoutClippedTail(t: string, minCut: number, tail = STOP_TAIL): string {
  let cut = t;
  while (cut.length > minCut && (tail.test(cut) || CLIPPED_TAIL.test(cut))) cut = cut.replace(tail, "").replace(CLIPPED_TAIL, "");
  return cut.length >= minCut && cut.split(" ").length >= 2 ? cut : t;
}

/** An opening quotation mark and the words up to its closing one (or the end, when it never closes). */
const QUOTATION = /["“„«]([^"”“„«»]*)(?:["”“»]|$)/gu;
/**
 * A quotation the cut at `max` would split loses its marks: a headline tells it in its own words ('says its forces struck
 * "energy facilities used by …"' → "… struck energy facilities used by …"), never a quotation left open.
 */
function withoutQuoteMarksAcross(t: string, max: number): string {
  return t.replace(QUOTATION, (whole, words: string, at: number) => (at < max && at + whole.length > max ? words : whole));
}

/** At most `max` characters, cut at a phrase boundary and never with an ellipsis. */
export function fitTitle(title: string, max = MAX_TITLE, minCut = 12): string {
  if (title.length <= max) return withoutClippedTail(title, 0, CLAUSE_TAIL);
  let t = title;
  let best = lastBoundary(t, CUT_BEFORE, max, minCut);
  // With no phrase boundary outside a quotation, one inside it, the quotation told in the title's own words.
  if (best < 0) {
    t = withoutQuoteMarksAcross(title, max);
    best = lastBoundary(t, CUT_BEFORE, max, minCut);
  }
  // A relative clause is cut whole or not at all ("hub of Pokrovsk [which came close …]").
  const relative = RELATIVE_START.exec(t.slice(minCut, best > 0 ? best : max));
  if (relative && t.slice(0, minCut + relative.index).split(" ").length >= 4) best = minCut + relative.index;
  let cut = best > 0 ? t.slice(0, best) : withoutCutAmount(withoutTrailingModifiers(t.slice(0, t.lastIndexOf(" ", max)), minCut), t, minCut);
  // The cut may come back to the verb and the word after it, one short of `minCut` ("exports rise 12% [compared with …]").
  cut = withoutClippedTail(cut, minCut - 1);
  cut = withoutCutParticiple(cut, t.slice(cut.length), minCut);
  return withoutDanglingVerb(cut, minCut).replace(/[\s,;:—–-]+$/, "").replace(/[,;:]+(["”’])$/u, "$1");
}

/** A clause coordinated with the one before, or a "who" relative on its subject: it shares that subject (not "which"/"that"/"where"). */
function sharesSubject(ctx: EventCtx, inp: TitleInput): boolean {
  if (!inp.subject || inp.subject.end > inp.start) return false;
  // "Reliance Industries, which signed …": the named antecedent of a "which" relative is its subject.
  if (/^,\s+which\s+$/.test(ctx.text.slice(inp.subject.end, inp.start))) return true;
  return !/\b(?:which|that|where)\s*$/.test(ctx.text.slice(Math.max(0, inp.start - 8), inp.start));
}

/** "fighting continued …": an -ing word followed by its verb is the subject, not a verb of the subject before. */
const gerundSubject = (t: string) => isPastTense(t.trim().split(/\s+/)[1] ?? "");

const ED_OPENING = /^\p{Ll}+ed\b/u;
/** Whether the text opens with a past verb ("visited …", "held …"). */
const startsPast = (t: string) => ED_OPENING.test(t.trim()) || isPastTense(FIRST_LOWER_WORD.exec(t.trim())?.[0] ?? "");
const AUXILIARY_OPENING = /^(?:is|are|was|were|has|have|had)\s+(?:(?:now|also|already|still|been)\s+)*\p{Ll}{3,}(?:ing|ed)\b/u;
/** Whether the text opens with a verb group under way or done ("is proposing …", "has been shelling …", "were evacuated …"). */
const startsAuxiliary = (t: string) => AUXILIARY_OPENING.test(t.trim());

/** A place or setting set off before the clause ("In Ternopil, …", "At the summit in Rome, …"), not one that tells a happening ("After talks, …"). */
const LEADING_SETTING = /^\s*(?:in|at|on|near|over|across|outside|inside|along|throughout)\s+(?!least\b|most\b|\d)([^,]{2,50}),\s+(?=\S+\s+\S)/iu;
/** An auxiliary: words with one are a clause ("At least 12 people were killed, …"), not a setting. */
const FINITE_WORD = /\b(?:is|are|was|were|has|have|had|will|would)\b/;
/** A place's name, maybe with its kind ("Ternopil", "Kryvyi Rih", "the Samara region"). */
const PLACE_NAME = /^(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*(?:\s+(?:region|oblast|province|district))?$/u;
/** A day or month ("On Monday"): a date, no place. */
const TIME_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** A report in the clause ("Peskov says Russia would …"): a place after it would read as the reported one's. */
const REPORT_IN = /\s(?:says?|said|tells?|told|adds?|added|warns?|warned)\s/;
/**
 * "In Ternopil, rescuers searched …" → "rescuers searched … in Ternopil", "In his nightly address, Zelensky said …" →
 * "Zelensky said …": a headline opens with who did what; a place closes the clause, another setting goes.
 */
function withoutLeadingAdjunct(t: string): string {
  const m = LEADING_SETTING.exec(t);
  if (!m || FINITE_WORD.test(m[1]) || tellsHappening(`. ${m[1]}`)) return t;
  const rest = t.slice(m[0].length).trim().replace(/[.\s]+$/, "");
  if (!PLACE_NAME.test(m[1]) || TIME_NAME.test(m[1]) || REPORT_IN.test(rest)) return rest;
  // The place closes the clause, before what is set off after it ("… shells city centre in Kherson, wounding …").
  const clauseEnd = /[,;]\s|\s[—–]\s/.exec(rest)?.index ?? rest.length;
  const place = m[0].trim().slice(0, -1).replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  return `${rest.slice(0, clauseEnd)} ${place}${rest.slice(clauseEnd)}`;
}

/**
 * What is left of a quote-led report told on an occasion: "X said in a video address[ posted on Telegram][, adding …]",
 * "X told a weekly briefing in Riga", "X said in her closing argument at the court" (the occasion is what happened), and its place.
 */
const SAID_ON_OCCASION =
  /^(.{2,60}?)\s+(?:said|says|told|tells|declared|declares)\s+(?:(?:in|during|at)\s+)?(?:a|an|his|her|their)\s+((?:[\p{Ll}-]+\s+){0,2}?(address|speech|briefing|(?:press|news)\s+conference|(?:closing|final)\s+(?:argument|statement))(?:\s+(?:to|in|at)\s+[^,;]+)?)(?:\s+\p{Ll}+ed\b[^,;]*)?(?:[,;]\s.*)?$/u;
/** The verb a headline gives each occasion: one gives a speech, holds a briefing, delivers a closing argument. */
const occasionVerb = (occasion: string) => (/address|speech/.test(occasion) ? "gave" : /briefing|conference/.test(occasion) ? "held" : "delivered");

/** The same told during a visit: "X, the chief of staff, said during a visit to the front" (its speaker the name set off last). */
const SAID_ON_VISIT = /^(?:.{0,60},\s+)?(.{2,40}?),?\s+(?:said|says)\s+(?:during|on)\s+(?:a|an|his|her|their)\s+visit\s+to\s+(?:the\s+)?([^,;]+)(?:[,;]\s.*)?$/u;

/**
 * "Zelensky said in a video address on Monday" → "Zelensky gave a video address", "Gerasimov said during a visit to the
 * front" → "Gerasimov visited front": a quote's setting as the happening it is.
 */
function settingAsHappening(ctx: EventCtx, inp: TitleInput): string | null {
  const told = dropFraming(plainText(ctx, inp), false);
  const occasion = SAID_ON_OCCASION.exec(told);
  if (occasion) return `${occasion[1]} ${occasionVerb(occasion[3])} a ${occasion[2]}`;
  const visit = SAID_ON_VISIT.exec(told);
  return visit ? `${visit[1]} visited ${visit[2]}` : null;
}

/** The written subject a verb-led clause shares, as a title writes it (people by surname): "The coalition of the willing". */
function sharedSubjectWords(ctx: EventCtx, span: { start: number; end: number }): string {
  return plainText(ctx, { ...span, date: null, subject: undefined, trigger: null }).trim();
}

/** A member sharing a passive's auxiliary ("was detained … and | sentenced to …") with it put back: "was sentenced to …". */
function withSharedPassive(ctx: EventCtx, inp: TitleInput, t: string): string {
  const from = ctx.sentences[sentenceAt(ctx, inp.start)]?.start ?? inp.start;
  const auxiliary = sharedPassiveAuxiliary(ctx.text.slice(Math.max(from, inp.start - 200), inp.start), t);
  return auxiliary ? `${auxiliary} ${t.trim()}` : t.trim();
}

/** A past form the lexicon may file otherwise ("left", "fled"): a word whose present is a verb the lexicon knows. */
function pastForm(w: string): boolean {
  if (isPastTense(w) || /^\p{Ll}{3,}ed$/u.test(w)) return true;
  const present = toPresent(w, { plural: true });
  return present !== w && lexiconTag(present) === "Infinitive";
}

/** A subject, then a relative with its own verb group ("Two tankers | that were waiting"). */
const SUBJECT_RELATIVE = /^(\s*(?:[^\s,;]+\s+){1,5}?)(?:that|which|who)\s+(?:was|were|is|are|had|has|have)\s+(?:been\s+)?\p{Ll}+\s+/u;

/**
 * "Two tankers that were waiting off the coast left port" → "Two tankers left port": a relative on the subject describes
 * it; the clause's own verb is the first past form after it, with no comma between.
 */
function withoutSubjectRelative(t: string): [verbIndex: number, title: string] {
  const m = SUBJECT_RELATIVE.exec(t);
  if (!m) return [0, t];
  const rest = t.slice(m[0].length).split(" ");
  // The main verb group may open with its auxiliary ("A soldier who was wounded … was evacuated").
  const verb = rest.findIndex((w, i) => i > 0 && /^\p{Ll}+$/u.test(w) && (/^(?:was|were|had|has|have)$/.test(w) || pastForm(w)));
  if (verb < 0 || rest.slice(0, verb).some((w) => /[,;]$/.test(w))) return [0, t];
  return [m[1].trim().split(/\s+/).length, m[1].trimStart() + rest.slice(verb).join(" ")];
}

/** What leads into a leading adjunct's noun phrase ("During a", "Following"). */
const ADJUNCT_LEAD_IN = /^\s*(?:following|after|before|during|amid|despite|ahead\s+of|in\s+response\s+to|in\s+the\s+wake\s+of)\s+(?:(?:the|an?|his|her|their|its)\s+)?/i;

/**
 * "During a visit to the southern front, Koval said …" → "Koval visits southern front": a happening held in a leading
 * adjunct, told by its noun's verb with the clause's subject as who did it; null when the noun has no verb headline.
 */
function heldHappeningTitle(ctx: EventCtx, inp: TitleInput): string | null {
  const lead = leadingAdjunct(ctx.text.slice(inp.start, inp.end), inp.trigger === null ? null : inp.trigger - inp.start);
  if (!lead?.holdsHappening) return null;
  // The clause's subject: the first actor named after the adjunct, before its verb ("…, Norwegian Prime Minister Anna Berg said").
  const rest = inp.start + lead.length;
  const subject = ctx.index.mentions.find((m) => m.start >= rest && m.end <= inp.end && !/\s\p{Ll}+\s/u.test(` ${ctx.text.slice(rest, m.start)}`));
  if (!subject) return null;
  const phrase = plainText(ctx, { ...inp, end: inp.start + lead.comma }).replace(ADJUNCT_LEAD_IN, "");
  const title = nounHeadline(phrase, shortName(subject.actor));
  return title && title.split(" ").length >= 3 ? headlineStyle(title) : null;
}

/** "Fidan says in televised interview": a report whose words are gone is told by its setting, a happening of its own. */
const SAYS_IN_SETTING = /^(.{2,60}?) says (?:in|during) ((?:[\p{Ll}-]+ ){0,2}(?:interview|address|speech)(?: (?:with|to) [^,;]+)?)$/u;

/** A forecast said at a gathering is titled by the gathering (./said-at-gathering.ts): "EU leaders meet". `text`: the span's plainText. */
function gatheringOfSaying(inp: TitleInput, text: string): string | null {
  const held = gatheringSaid(text);
  if (!held) return null;
  // The speaker holds no gathering he spoke at: he is its agent only beside whom he met ("a meeting with Lindqvist").
  const speaker = inp.subject && !inp.subject.pronoun && /\bwith\b/.test(held.gathering) ? shortName(inp.subject.actor) : null;
  return nounHeadline(held.gathering, speaker) ?? capitalize(held.gathering.replace(/^(?:the|an?|his|her|their|its)\s+/i, ""));
}

export function makeTitle(ctx: EventCtx, inp: TitleInput): string {
  const held = heldHappeningTitle(ctx, inp);
  if (held) return capitalize(held);
  // Both readings below start from the same plain text: made once.
  const text = plainText(ctx, inp);
  const gathering = gatheringOfSaying(inp, text);
  if (gathering) return capitalize(gathering);
  return capitalize(clauseHeadline(ctx, inp, text).replace(SAYS_IN_SETTING, "$1 gives $2"));
}

/** A subordinate clause set off before the main one ("When the buses crossed the border, …", "As talks went on, …"). */
const FRONTED_SUBORDINATE = /^\s*(?:when|while|once|as|although|though|because|whereas|after|before|since|until)\s+([^,;]{3,90}?),\s+(?=\S+\s+\S)/iu;
/** Whether the clause's happening is told in its fronted subordinate clause ("When Rheinmetall opened its plant, Merz called it …"). */
function frontedHolds(ctx: EventCtx, inp: TitleInput): boolean {
  const fronted = FRONTED_SUBORDINATE.exec(ctx.text.slice(inp.start, inp.end));
  return !!fronted && inp.trigger !== null && inp.trigger - inp.start < fronted[0].length;
}
/**
 * "When the buses crossed the border, families waited" → "families waited": a headline tells the main clause; the
 * subordinate one alone ("Rheinmetall opened its plant") when it holds the happening.
 */
function withoutFrontedClause(t: string, holds: boolean): string {
  const m = FRONTED_SUBORDINATE.exec(t);
  if (!m) return t;
  return holds ? m[1] : t.slice(m[0].length);
}

/** The clause told as a headline: who did what, in the present, fitted to MAX_TITLE. `text`: the span's plainText. */
function clauseHeadline(ctx: EventCtx, inp: TitleInput, text: string): string {
  // Where the verb is when the title's subject is put before a verb-led clause.
  let verbIndex = 0;
  const attribution = SAY.exec(text.replace(/^[\s,]+/, ""));
  const reportedHappening = !!attribution && inp.trigger !== null && inp.trigger - inp.start > attribution.index + attribution[0].length - 2;
  let t = withoutLeadingAdjunct(byAbbreviation(dropFraming(text, reportedHappening)));
  t = withoutFrontedClause(t, frontedHolds(ctx, inp));
  // "warned that if the allies send troops, the army will …": a title too long for both keeps the consequence.
  if (t.length > MAX_TITLE) t = t.replace(/\b(that\s+)if\s+[^,;]{3,100},\s+/u, "$1");
  if (!inp.antecedent) [verbIndex, t] = withoutSubjectRelative(t);
  if (inp.antecedent) [verbIndex, t] = [antecedentVerbIndex(t, inp.antecedent), withAntecedent(t, inp.antecedent)];
  // A clause opening with a quotation is titled by what follows it.
  const opening = ctx.quotes.find((q) => q.start >= inp.start && !ctx.text.slice(inp.start, q.start).trim() && q.end < inp.end);
  if (opening && ctx.text.slice(opening.end, inp.end).split(/\s+/).filter(Boolean).length >= 4) t = settingAsHappening(ctx, { ...inp, start: opening.end }) ?? dropFraming(ctx.text.slice(opening.end, inp.end), false);
  if ((inp.subject?.pronoun && /^(?:he|she|it|they)\b/i.test(t)) || (sharesSubject(ctx, inp) && /^it\s/i.test(t))) t = t.replace(/^(?:he|she|it|they)\b/i, shortName(inp.subject!.actor));
  // A coordinated verb phrase ("… and visited a plant in Osaka") is titled with the subject it shares.
  else if (sharesSubject(ctx, inp) && startsPast(t)) t = `${shortName(inp.subject!.actor)} ${withSharedPassive(ctx, inp, t)}`;
  // "…, his second visit since taking office in May" → "Merz takes office".
  else if (sharesSubject(ctx, inp) && ING_OPENING.test(t.trim()) && !gerundSubject(t)) t = `${shortName(inp.subject!.actor)} ${t.trim().replace(FIRST_LOWER_WORD, (g) => toPresent(g, { plural: false }))}`;
  // "… met in Paris and is proposing to send a force": the subject written in the clause before, actor or not; "[sanctions
  // that took effect on Monday] hit exports": a bare past before its object opens the clause too.
  else if (inp.sharedSubject && (startsPast(t) || startsAuxiliary(t) || openingVerbGroup(t) || opensFiniteVerb(t))) {
    const subject = sharedSubjectWords(ctx, inp.sharedSubject);
    verbIndex = subject.split(" ").length;
    t = `${subject} ${withSharedPassive(ctx, inp, t)}`;
  }
  // The article's actors by name and surname: a subject "Robles" or "Kravets" is no plural.
  const isName = (w: string) => ctx.index.byForm.has(w) || ctx.index.actors.some((a) => shortName(a) === w);
  const { words, verbEnd } = presentTense(t, verbIndex, isName);
  if (verbEnd) reportedInPast(words, verbEnd);
  if (verbEnd) coordinatedInPresent(words, verbEnd, pluralSubject(words.slice(0, verbEnd - 1), isName));
  if (verbEnd) closeInsert(words, verbEnd - 1);
  if (verbEnd) withoutObjectRelative(words, verbEnd);
  if (verbEnd) withoutSecondClause(words, verbEnd);
  // Cut after the verb and the word that follows it, so the title keeps who did what.
  const styled = headlineStyle(words.join(" ")).replace(CLOSING_ATTRIBUTION, "");
  const verbAt = headlineStyle(words.slice(0, verbEnd + 1).join(" ")).length;
  t = fitTitle(styled, MAX_TITLE, Math.min(verbAt + 1, MAX_TITLE - 20));
  if (verbEnd > 1) t = withoutSequenceAdverbs(t, headlineStyle(words.slice(0, verbEnd - 1).join(" ")));
  return capitalize(t);
}
