/**
 * Date phrases resolved against the publication date. chrono-node does the general parsing;
 * a thin layer covers news idioms it lacks or gets wrong for reporting ("last week" on a Sunday,
 * "over the weekend", "a few days later" relative to the previously mentioned date, "at the end of
 * the meetings" relative to the last dated meeting). A day is never invented when the text gives less.
 */
import * as chrono from "chrono-node";
import { EVENT_NOUN } from "./events/event-nouns";
import { REPORTING_VERBS } from "./events/finite-clause";
import type { Sentence } from "./sentences";
import { allMatches } from "./all-matches";
import {
  cuedMatches, DAYS_APART_CUE, DURING_CUE, HALF_OR_QUARTER_CUE, HOURS_APART_CUE, LATER_OR_EARLIER_CUE, MEANTIME_CUE, NINETEENTH_CENTURY_YEAR_CUE,
  PLURAL_PERIOD_CUE, SEASON_CUE, THAT_PERIOD_CUE, WEEKEND_CUE, WHILE_CUE, YEAR_SPAN_CUE, type CuedPattern,
} from "./date-cues";

export type Precision = "day" | "week" | "month" | "quarter" | "year" | "unknown";

export interface DateValue {
  /** Inclusive range of UTC days the phrase can denote. */
  from: Date;
  to: Date;
  precision: Precision;
}

export interface DateMention extends DateValue {
  start: number;
  end: number;
  text: string;
  date: string | null;
  source: "chrono" | "idiom" | "anchor" | "meeting";
  /** The time a pledge or decision sets ("agreed to deliver the jets by March"), not when it was made. */
  promised?: boolean;
  /** The start of a span ("since 2023", "since the invasion in February 2022"): no happening's own time. */
  spanStart?: boolean;
  /** Both ends of a range ("between May and June"), read as one date. */
  range?: boolean;
}

const DAY = 86_400_000;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);
const pad = (n: number) => String(n).padStart(2, "0");
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ym = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
const monthRange = (y: number, m: number): [Date, Date] => [utc(y, m, 1), utc(y, m + 1, 0)];
const sameMonth = (a: Date, b: Date) => a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth();

export function parseIsoDay(s: string): Date {
  const [y, m, d] = s.split("-").map(Number);
  return utc(y, m - 1, d);
}

/** The most precise string the value supports: YYYY-MM-DD, YYYY-MM or YYYY. Weeks become a month when they lie within one. */
export function formatDate(v: DateValue): string | null {
  switch (v.precision) {
    case "day":
      return ymd(v.from);
    case "week":
    case "month":
      if (sameMonth(v.from, v.to)) return ym(v.from);
      if (v.precision === "week" && isCalendarWeek(v)) return ym(workdayMonth(v.from));
      if (v.precision === "week") return ym(mostDaysMonth(v));
      return v.from.getUTCFullYear() === v.to.getUTCFullYear() ? String(v.from.getUTCFullYear()) : null;
    case "quarter":
    case "year":
      return v.from.getUTCFullYear() === v.to.getUTCFullYear() ? String(v.from.getUTCFullYear()) : null;
    default:
      return null;
  }
}

/** A calendar week ("last week", "next week"): Monday to Friday or to Sunday. */
const isCalendarWeek = (v: DateValue) => v.from.getUTCDay() === 1 && [4, 6].includes(Math.round((v.to.getTime() - v.from.getTime()) / DAY));

/** Of a span of days straddling two months ("three weeks ago", a weekend), the month holding most of them; the later on a tie. */
function mostDaysMonth(v: DateValue): Date {
  const days = Math.round((v.to.getTime() - v.from.getTime()) / DAY) + 1;
  const inFirst = [...Array(days).keys()].filter((i) => sameMonth(addDays(v.from, i), v.from)).length;
  return inFirst * 2 > days ? v.from : v.to;
}

/** Of a week straddling two months, the month holding most of its working days: news of "last week" is mostly weekday news. */
function workdayMonth(monday: Date): Date {
  const inFirst = [0, 1, 2, 3, 4].filter((i) => sameMonth(addDays(monday, i), monday)).length;
  return inFirst >= 3 ? monday : addDays(monday, 4);
}

const value = (from: Date, to: Date, precision: Precision): DateValue => ({ from, to, precision });
/** Monday of the ISO week containing d. */
const mondayOf = (d: Date) => addDays(d, -((d.getUTCDay() + 6) % 7));

/** A month's name or its abbreviation ("September", "Sept.", "Sep"). */
const MONTH_NAME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

type PubIdiom = CuedPattern & { resolve: (pub: Date, m: RegExpExecArray, tense: () => Tense) => DateValue };

/** The year of "(this|the|last) year" (group 1) or a year written out (group 2). */
const yearNamed = (pub: Date, m: RegExpExecArray) => (m[2] ? +m[2] : pub.getUTCFullYear() - (m[1].toLowerCase() === "last" ? 1 : 0));

const PUB_IDIOMS: PubIdiom[] = [
  {
    re: /\b(?:(?:over|during|at|on)\s+the|this(?:\s+past)?)\s+weekend\b/gi,
    cue: WEEKEND_CUE,
    resolve: (pub) => {
      const dow = pub.getUTCDay();
      if (dow === 6) return value(pub, addDays(pub, 1), "week");
      if (dow === 0) return value(addDays(pub, -1), pub, "week");
      const sat = addDays(pub, -((dow + 1) % 7));
      return value(sat, addDays(sat, 1), "week");
    },
  },
  {
    re: /\blast\s+weekend\b/gi,
    resolve: (pub) => {
      const dow = pub.getUTCDay();
      const back = dow === 0 ? 8 : dow === 6 ? 7 : (dow + 1) % 7;
      const sat = addDays(pub, -back);
      return value(sat, addDays(sat, 1), "week");
    },
  },
  {
    // "on Thursday last week": that weekday of the week "last week" names (below), a day.
    re: /\b(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:of\s+)?(?:last|the\s+previous)\s+week\b/g,
    resolve: (pub, m) => {
      const dow = pub.getUTCDay();
      const mon = dow === 0 || dow === 6 ? mondayOf(pub) : addDays(mondayOf(pub), -7);
      const day = addDays(mon, (WEEKDAY_NAMES.indexOf(m[1]) + 6) % 7);
      return value(day, day, "day");
    },
  },
  {
    // On a weekend "last week" is the working week just ended; on a weekday it is the previous calendar week.
    re: /\b(?:last|the\s+previous|the\s+past)\s+week\b/gi,
    resolve: (pub) => {
      const dow = pub.getUTCDay();
      const mon = mondayOf(pub);
      if (dow === 0 || dow === 6) return value(mon, addDays(mon, 4), "week");
      return value(addDays(mon, -7), addDays(mon, -1), "week");
    },
  },
  { re: /\b(?:earlier\s+)?this\s+week\b/gi, resolve: (pub) => value(mondayOf(pub), pub, "week") },
  { re: /\bnext\s+week\b/gi, resolve: (pub) => value(addDays(mondayOf(pub), 7), addDays(mondayOf(pub), 13), "week") },
  {
    re: /\b(?:(?:at|in)\s+the\s+(?:start|beginning)\s+of\s+(?:this|the)\s+month|(?:earlier|later)\s+this\s+month|this\s+month)\b/gi,
    resolve: (pub) => value(...monthRange(pub.getUTCFullYear(), pub.getUTCMonth()), "month"),
  },
  { re: /\b(?:last|the\s+previous|the\s+past)\s+month\b/gi, resolve: (pub) => value(...monthRange(pub.getUTCFullYear(), pub.getUTCMonth() - 1), "month") },
  { re: /\bnext\s+month\b/gi, resolve: (pub) => value(...monthRange(pub.getUTCFullYear(), pub.getUTCMonth() + 1), "month") },
  // "in the first half of the year", "the second quarter of 2025", "in the third quarter": part of a year, given at the
  // year (a half or quarter of no named year, or of "the year", is the latest one begun by publication). Not the period
  // something is booked "for", which may lie ahead, nor a compound ("the last quarter-century", "the first half-hour").
  {
    cue: HALF_OR_QUARTER_CUE,
    re: /\b(?<!\bfor\s)(?:(?:in|during|over|through)\s+)?the\s+(first|second|third|fourth|final|last)\s+(half|quarter)\b(?!-)(?:\s+of\s+(?:(this|the|last|next)\s+year|((?:19|20)\d\d)))?(?!\s+of\b)/gi,
    resolve: (pub, m) => {
      const months = m[2].toLowerCase() === "half" ? 6 : 3;
      const nth = /^(?:final|last)$/i.test(m[1]) ? 12 / months : ["first", "second", "third", "fourth"].indexOf(m[1].toLowerCase()) + 1;
      const first = (nth - 1) * months;
      let y = m[4] ? +m[4] : pub.getUTCFullYear() + ({ last: -1, next: 1 }[m[3]?.toLowerCase() as "last"] ?? 0);
      if ((!m[3] || m[3].toLowerCase() === "the") && !m[4] && first > pub.getUTCMonth()) y--;
      return value(utc(y, first, 1), utc(y, first + months, 0), "quarter");
    },
  },
  // A marketing, fiscal or crop year ("the 2025/26 marketing year", "in fiscal 2025-26", "the first half of the
  // 2025-26 oil year"): its first year, at year precision.
  {
    cue: YEAR_SPAN_CUE,
    re: /(?:\b(?:fiscal|FY)\s*(?:year\s+)?((?:19|20)\d\d)\s*[-/–]\s*\d\d\b|\b(?:(?:the\s+)?(?:first|second|third|fourth|final|last)\s+(?:half|quarter)\s+of\s+)?(?:the\s+)?((?:19|20)\d\d)\s*[-/–]\s*\d\d\s+(?:\p{L}+\s+)?(?:year|season)\b)/giu,
    resolve: (_pub, m) => {
      const y = +(m[1] ?? m[2]);
      return value(utc(y, 0, 1), utc(y, 11, 31), "year");
    },
  },
  // "the winter of 2025-26", "the winters of 2022-23": a season written with both years, dated by the first at year
  // precision, as a marketing year is.
  {
    cue: YEAR_SPAN_CUE,
    re: /\b(?:spring|summer|autumn|fall|winter)s?\s+(?:of\s+)?((?:19|20)\d\d)\s*[-–/]\s*(?:19|20)?\d\d\b/gi,
    resolve: (_pub, m) => value(utc(+m[1], 0, 1), utc(+m[1], 11, 31), "year"),
  },
  // "at the start of this year", "at the end of 2024": the year's first or last month.
  {
    re: /\b(?:at|in)\s+the\s+(?:start|beginning)\s+of\s+(?:(this|the|last)\s+year|((?:19|20)\d\d))\b/gi,
    resolve: (pub, m) => value(...monthRange(yearNamed(pub, m), 0), "month"),
  },
  {
    re: /\b(?:at|by|towards?|in)\s+the\s+end\s+of\s+(?:(this|the|last)\s+year|((?:19|20)\d\d))\b/gi,
    resolve: (pub, m) => value(...monthRange(yearNamed(pub, m), 11), "month"),
  },
  {
    re: /\b(early|late)\s+(this|last)\s+year\b/gi,
    resolve: (pub, m) => {
      const y = pub.getUTCFullYear() - (m[2].toLowerCase() === "last" ? 1 : 0);
      return m[1].toLowerCase() === "early" ? value(utc(y, 0, 1), utc(y, 2, 31), "quarter") : value(utc(y, 9, 1), utc(y, 11, 31), "quarter");
    },
  },
  // "since the start of the year": this year so far, as "this year" is (a month would be too precise).
  { re: /\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b/gi, resolve: (pub) => value(utc(pub.getUTCFullYear(), 0, 1), utc(pub.getUTCFullYear(), 11, 31), "year") },
  { re: /\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+month\b/gi, resolve: (pub) => value(...monthRange(pub.getUTCFullYear(), pub.getUTCMonth()), "month") },
  { re: /\b(?:(?:earlier|later|so\s+far)\s+)?this\s+year\b/gi, resolve: (pub) => value(utc(pub.getUTCFullYear(), 0, 1), utc(pub.getUTCFullYear(), 11, 31), "year") },
  { re: /\b(?:last|the\s+previous|the\s+past)\s+year\b/gi, resolve: (pub) => value(utc(pub.getUTCFullYear() - 1, 0, 1), utc(pub.getUTCFullYear() - 1, 11, 31), "year") },
  { re: /\bnext\s+year\b/gi, resolve: (pub) => value(utc(pub.getUTCFullYear() + 1, 0, 1), utc(pub.getUTCFullYear() + 1, 11, 31), "year") },
  {
    // A season: of a year written after it ("in early summer 2024") that year's; else "in the summer" (or its start or
    // end, or "in early spring") the latest one begun by publication, or after a future verb the first one not yet
    // over; "last spring" the latest one ended before it, "next winter" the first one after it; "this spring" the
    // publication year's even when still ahead (a winter of January the one begun the December before). A year at
    // most (a winter spans two and gives none).
    cue: SEASON_CUE,
    re: /\b(?:(?:(?:in|during|over|since|through|at|by|towards?)\s+the\s+(?:start|beginning|end|middle|height)\s+of|in|during|over|since|through)\s+the|in\s+(?:early|late|mid-?)\s*|(last|next|this))\s+(spring|summer|autumn|fall|winter)\b(?:\s+((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d))?(?!\s+of\b)/gi,
    resolve: (pub, m, tense) => {
      const first = { spring: 2, summer: 5, autumn: 8, fall: 8, winter: 11 }[m[2].toLowerCase() as "spring"];
      const span = (y: number) => value(utc(y, first, 1), utc(y, first + 3, 0), "quarter");
      if (m[3]) return span(+m[3]);
      const which = (m[1] ?? "").toLowerCase();
      let y = pub.getUTCFullYear() + 1;
      if (which === "next") while (span(y - 1).from > pub) y--;
      else if (which === "last") while (span(y).to >= pub) y--;
      else if (which === "this") y = span(y - 2).to >= pub ? y - 2 : y - 1;
      else if (tense() === "future") while (span(y - 1).to >= pub) y--;
      else while (span(y).from > pub) y--;
      return span(y);
    },
  },
  // "in the first two months of the year", "the first 10 months of 2025": a stretch of a year from its start, given at the
  // year as a half or quarter is (of no named year: the latest one begun by publication).
  {
    cue: PLURAL_PERIOD_CUE,
    re: /\b(?<!\bfor\s)(?:(?:in|during|over|through)\s+)?the\s+first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\b(?:\s+of\s+(?:(this|the|last)\s+year|((?:19|20)\d\d)))?(?!\s+of\b)/gi,
    resolve: (pub, m) => {
      const months = Math.min(NUMBER_WORDS[m[1].toLowerCase()] ?? (Number(m[1]) || 11), 12);
      const y = m[3] ? +m[3] : pub.getUTCFullYear() - (m[2]?.toLowerCase() === "last" ? 1 : 0);
      return value(utc(y, 0, 1), utc(y, months, 0), "quarter");
    },
  },
  // A bare year used as a modifier: "the 2022 grain deal" ("t" checked first: the lookbehind is slow tried everywhere).
  { re: /(?=t)(?<![\d$€£.,]\s?)\bthe\s+((?:19|20)\d{2})(?=\s+\p{L})(?!\s+(?:people|soldiers|troops|km|tonnes|drones|missiles))/giu, resolve: (_pub, m) => value(utc(+m[1], 0, 1), utc(+m[1], 11, 31), "year") },
  // "in the past two weeks", "over the last three days": the span up to publication, no single day (chrono reads one);
  // a month or less at week precision (written as the month it ends in), longer spans at year; not "the last two weeks of October".
  {
    cue: PLURAL_PERIOD_CUE,
    re: /\b(?:(?:in|over|during|within)\s+)?the\s+(?:past|last|previous)\s+(two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(days|weeks|months)\b(?!\s+(?:of|before|after|since)\b)/gi,
    resolve: (pub, m) => {
      const n = NUMBER_WORDS[m[1].toLowerCase()] ?? (Number(m[1]) || 3);
      const unit = m[2].toLowerCase();
      const days = n * (unit === "days" ? 1 : unit === "weeks" ? 7 : 30);
      return value(addDays(pub, 1 - days), pub, days <= 31 ? "week" : "year");
    },
  },
  // Daily military reports: "over the past day" is the 24 hours ending on the report's day, dated as that day (as "overnight" is).
  { re: /\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours)\b/gi, resolve: (pub) => value(pub, pub, "day") },
  // Daily military reports: "since the beginning of the day" is the publication day.
  { re: /\b(?:since|from)\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+day\b/gi, resolve: (pub) => value(pub, pub, "day") },
  // Wire copy: "overnight" is the night ending on the publication day.
  { re: /\b(?:overnight|earlier\s+today|this\s+morning)\b(?!\s+(?:on|into|to|from)\b)/gi, resolve: (pub) => value(pub, pub, "day") },
  {
    // Not "May of 2025", chrono's month.
    re: new RegExp(String.raw`\b(?:in|since|by|until|from|of(?<!${MONTH_NAME}\s+of)|during)\s+(?:(?:early|late|mid)[-\s])?((?:19|20)\d{2})\b(?!\s*[-/]\d)`, "gi"),
    resolve: (_pub, m) => value(utc(+m[1], 0, 1), utc(+m[1], 11, 31), "year"),
  },
  // "arrived in 1895.": a year of the 19th century ends its phrase, unlike a count ("in 1850 cases").
  { cue: NINETEENTH_CENTURY_YEAR_CUE, re: /\b(?:in|since)\s+(18\d\d)(?=\s*(?:[,.;:)]|$)|\s+(?:and|when|as|after|before|until)\b)/gi, resolve: (_pub, m) => value(utc(+m[1], 0, 1), utc(+m[1], 11, 31), "year") },
];

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 };

type AnchorIdiom = CuedPattern & {
  offset: (m: RegExpExecArray) => { n: number; unit: "day" | "week" | "month" | "year"; fuzzy: boolean } | "same" | "week" | "month" | "year";
  /** The happening the phrase points back to, as words ("during the call" → the call). */
  ref?: (m: RegExpExecArray) => string[];
  /** How many paragraphs back a same-day phrase looks for its day (default: its own paragraph only), or a `refOnly` one for its happening. */
  back?: number;
  /** Read only right after a date it relates to ("on Wednesday, a day after he signed …"): alone, it names no day. */
  appositiveOnly?: boolean;
  /** Read only in a past narrative: "within a week" of a forecast ("could arrive within three years") dates nothing. */
  pastOnly?: boolean;
  /** Dates nothing unless an earlier sentence names and dates the happening it points back to ("after the vote"). */
  refOnly?: boolean;
  /** "day": repeats a day told, never a month or week ("the same day" after "in December" is no day of December). */
  unit?: "day";
};

const CAME = "(?:came|comes|happened|occurred|took\\s+place)\\s+(?:just\\s+|only\\s+)?";
/** "The attack came a day after …": the shift counts back from the subject, and dates what follows "after". */
const CAME_BEFORE = new RegExp(`\\b${CAME}$`);
const cameBefore = (m: RegExpExecArray) => CAME_BEFORE.test(m.input.slice(Math.max(0, m.index - 30), m.index));
/** The subject's head noun before "came" ("the attack", "Thune's announcement", "its decision" → attack, announcement, decision): the happening the shift counts from. */
const CAME_SUBJECT = new RegExp(`(?:\\b[Tt]he|\\b[Ii]ts|\\b[Hh]is|\\b[Hh]er|\\b[Tt]heir|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:[\\p{L}-]+\\s+){0,2}?([\\p{Ll}-]{4,})\\s+${CAME}$`, "u");
const cameSubject = (m: RegExpExecArray) => CAME_SUBJECT.exec(m.input.slice(Math.max(0, m.index - 80), m.index))?.[1];

/** Whether a report verb leads the phrase's clause: "Fidan said after the meeting", "told a news conference after the talks". */
const reportedBefore = (m: RegExpExecArray) => REPORT_VERB.test(m.input.slice(Math.max(0, m.index - 60), m.index).replace(/^[^]*[,;.!?]/, ""));

/** A distance of days or more heads the phrase: "years before the vote", "long after the summit" lie on no day of it. */
const SPAN_BEFORE = /\b(?:days?|weeks?|months?|years?|decades?|long|well)\s+$/i;
const spanBefore = (m: RegExpExecArray) => SPAN_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index));

const countShift = (m: RegExpExecArray) => {
  const q = m[1].toLowerCase().replace(/\s+/g, " ");
  const fuzzy = /several|few|couple/.test(q);
  const n = fuzzy ? (q.includes("couple") ? 2 : 3) : NUMBER_WORDS[q] ?? Number(q);
  const sign = /later|after/.test(m[3]) ? 1 : -1;
  return { n: sign * n, unit: m[2].replace(/s$/, "") as "day", fuzzy };
};

/**
 * "The attack came two days after …": the happening after "after" lies N days before the one that came. The count's
 * first letter is checked first: the lookbehind, tried at every position of the text, is the slow part.
 */
const CAME_AFTER = /(?=[AaOoTtFfSs\d])(?<=\b(?:came|comes|happened|occurred|took\s+place)\s+(?:just\s+|only\s+)?)([Aa]|[Aa]n|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|\d+)\s+(day|days|week|weeks)\s+(after|before)\b/g;

/** Nouns of an occasion, besides the happening nouns, that a clause may be told before or after ("before the dinner"). */
const OCCASION_NOUN = String.raw`dinner|lunch|breakfast|verdict|ruling|announcement|speech|briefing|ceremony|hearing|debate|session|incident`;
/**
 * "(shortly) before the final vote", "ahead of the summit": group 1 the noun and its lower-case modifiers ("the April
 * incident" is chrono's); not one that is a date ("the overnight attack") or sets the happening apart from one told
 * ("the first conference", "the next meeting").
 */
const NAMED_HAPPENING = String.raw`(?:the|that|this)\s+((?:(?!(?:overnight|recent|latest|last|previous|next|first|same|earlier|later|upcoming|new)\s)\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:${EVENT_NOUN}|${OCCASION_NOUN}))\b(?!\s+of\b)`;
const SEQUENCE_REF = new RegExp(String.raw`(?:\b(?:[Ss]hortly|[Jj]ust|[Ii]mmediately|[Ss]oon)\s+)?\b(?:[Bb]efore|[Aa]fter|[Ff]ollowing|[Aa]head\s+of)\s+${NAMED_HAPPENING}`, "gu");
/**
 * "Weeks before the vote", "two months ahead of the summit": a distance from a happening named (group 5), counted
 * (groups 1 and 2) or not (group 3); group 4 its direction.
 */
const DISTANCE_REF = new RegExp(
  String.raw`\b(?:([Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)\s+(days?|weeks?|months?)|([Dd]ays|[Ww]eeks|[Mm]onths))\s+(before|after|ahead\s+of)\s+${NAMED_HAPPENING}`,
  "gu",
);
const distanceShift = (m: RegExpExecArray) => {
  const unit = (m[2] ?? m[3]).toLowerCase().replace(/s$/, "") as "day" | "week" | "month";
  const sign = m[4] === "after" ? 1 : -1;
  return m[1] ? { n: sign * (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])), unit, fuzzy: false } : { n: sign * 3, unit, fuzzy: true };
};
/** The happening a sequence phrase names, unless it dates the subject of "came" or a report: "after the vote" → vote. */
const namedHappening = (m: RegExpExecArray, noun: string) => (cameBefore(m) || reportedBefore(m) ? [] : [noun.split(/\s+/).pop()!.toLowerCase()]);

const ANCHOR_IDIOMS: AnchorIdiom[] = [
  {
    re: CAME_AFTER,
    cue: DAYS_APART_CUE,
    offset: (m) => ({ ...countShift(m), n: -countShift(m).n }),
    ref: (m) => [cameSubject(m) ?? ""],
  },
  {
    re: /\b([Aa]|[Aa]n|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ss]everal|[Aa]\s+few|[Ff]ew|[Aa]\s+couple\s+of|\d+)\s+(day|days|week|weeks|month|months|year|years)\s+(later|afterwards|earlier|previously|(?:after|before)(?=\s*(?:[,.;:)]|$)))\b/g,
    offset: countShift,
  },
  // "A day after the meeting": counted from the date of the happening it names.
  { re: /\b([Aa]|[Aa]n|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d+)\s+(day|days|week|weeks)\s+(after|before)(?=\s+the\s)/g, cue: DAYS_APART_CUE, offset: countShift },
  // "Sandvik spoke on Wednesday, a day after he signed …": set off after a date, the clause it leads lies that many days before it.
  {
    re: /(?=[AaOoTtFf\d])(?<=[,;]\s*)([Aa]|[Aa]n|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d+)\s+(day|days|week|weeks)\s+(after|before)(?=\s+(?!the\s)\p{L})/gu,
    cue: DAYS_APART_CUE,
    offset: countShift,
    appositiveOnly: true,
  },
  // "During the call", "during that visit", "on the sidelines of the summit": the day of the happening named.
  {
    cue: DURING_CUE,
    re: /\b(?:during|throughout|on\s+the\s+sidelines\s+of|in\s+the\s+course\s+of)\s+(?:the|that|this|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(call|talks|meeting|summit|conversation|visit|negotiations|attack|strike|assault|bombardment|barrage)\b/giu,
    offset: () => "same",
    ref: (m) => [m[1].toLowerCase()],
  },
  // "While the two men were speaking": the day of the conversation just reported, by phone or face to face.
  { cue: WHILE_CUE, re: /\b[Ww]hile\s+the\s+(?:two|three)\s+(?:men|women|leaders|presidents|sides|ministers)\s+were\s+(?:speaking|talking|meeting)\b/g, offset: () => "same", ref: () => ["call", "meeting"] },
  // "Within a week she had opened a ward": a few units after the date told before (a span, so no day).
  {
    re: /\b[Ww]ithin\s+([Aa]|[Aa]n|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Aa]\s+few|[Ss]everal|\d+)\s+(day|days|week|weeks|month|months)\b(?!\s+(?:of|after|before|later|earlier)\b)/g,
    offset: (m) => ({ ...countShift(m), n: Math.abs(countShift(m).n), fuzzy: true }),
    pastOnly: true,
  },
  { re: /\b(days|weeks|months)\s+(later|earlier)\b/gi, offset: (m) => ({ n: m[2] === "later" ? 3 : -3, unit: m[1].replace(/s$/, "") as "day", fuzzy: true }) },
  {
    re: /\bthe\s+(next|following|previous|preceding)\s+(day|morning|evening|night|week|month|year)\b/gi,
    offset: (m) => {
      const unit = /day|morning|evening|night/.test(m[2]) ? "day" : (m[2] as "week");
      return { n: /next|following/.test(m[1].toLowerCase()) ? 1 : -1, unit, fuzzy: false };
    },
  },
  // "The verdict came the day after a meeting …": the meeting was the day before the verdict. "The night before" is a day too.
  {
    re: /\bthe\s+(?:day|night|evening|morning)\s+(before|after)\b/gi,
    offset: (m) => ({ n: (m[1].toLowerCase() === "after" ? 1 : -1) * (cameBefore(m) ? -1 : 1), unit: "day", fuzzy: false }),
    ref: (m) => (cameBefore(m) ? [cameSubject(m) ?? ""] : []),
  },
  { re: /\b(?:earlier|later)\s+(?:in|that)\s+(?:the\s+)?week\b/gi, offset: () => "week" },
  // "That month, Ukrainian drones hit …", "in the spring of that year": the month or year of the date just given.
  {
    cue: THAT_PERIOD_CUE,
    re: /\b(?:(?:in|during|by)\s+)?(?:(?:the\s+)?(?:(?:spring|summer|autumn|fall|winter|start|beginning|end|middle)\s+of\s+)|(?:early|late)\s+)?(?:that|the\s+same)\s+(month|year)\b(?!\s+(?:of|on|in|when|after|before)\b)/gi,
    offset: (m) => (m[1].toLowerCase() === "month" ? "month" : "year"),
  },
  // "Kharkiv spent much of that spring in the dark": a season of the year just told, given at that year.
  { re: /\b(?:(?:in|during|over|through|by)\s+)?(?:that|the\s+same)\s+(?:spring|summer|autumn|fall|winter)\b(?!\s+of\b)/gi, cue: SEASON_CUE, offset: () => "year" },
  // "The same night", "during the same night": the night told before ("crashed on Sunday night"), else the last day told.
  { re: /\b(?:that|the)\s+same\s+night\b/gi, offset: () => "same", ref: () => ["night"], back: 2, unit: "day" },
  // "On the same day", "that night", "later that day": the day told just before, in this paragraph or the two before it.
  { re: /\b(?:later|earlier)\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b|\b(?:that|the)\s+same\s+(?:day|morning|afternoon|evening)\b|\bthat\s+(?:day|morning|afternoon|evening|night)\b/gi, offset: () => "same", back: 2, unit: "day" },
  { cue: LATER_OR_EARLIER_CUE, re: /\b(?:later|earlier)\s+(?:that|the\s+same)\s+(?:week|month)\b|\b(?:later|earlier)\s+in\s+the\s+day\b|\b(?:(?:a\s+few|several|a\s+couple\s+of|two|three|four|five|six|\d+)\s+)?hours\s+(?:later|earlier)\b/gi, offset: () => "same" },
  // "Weeks before the vote, thousands protested": a few such units from the happening's date, at no finer precision
  // than the distance allows (days: the week, weeks: the month, months: the year); "two months before" that many.
  {
    re: DISTANCE_REF,
    cue: DAYS_APART_CUE,
    offset: distanceShift,
    ref: (m) => namedHappening(m, m[5]),
    refOnly: true,
    back: 2,
  },
  // A report told after a happening ("told reporters after the meeting that …") is a statement, not dated by it.
  // "Before the final vote, MPs rejected …", "After the attack, he held a meeting": next to a happening told and dated
  // before, on its day. Not "came after the talks" (after them). Last: "the day after the vote" and
  // "a day after the meeting" are read first.
  {
    re: SEQUENCE_REF,
    offset: () => "same",
    ref: (m) => (spanBefore(m) ? [] : namedHappening(m, m[1])),
    refOnly: true,
    back: 2,
  },
];

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORD = `(${MONTH_NAME})`;
const NIGHT_OF = new RegExp(`\\b(?:on\\s+|during\\s+|overnight\\s+on\\s+)?the\\s+night\\s+of\\s+(?:${MONTH_WORD}\\s+(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?|(?:\\d{1,2}\\s*[-–]\\s*)?(\\d{1,2})\\s+${MONTH_WORD})\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, "gi");
const REF_STOP = /^(same|first|last|next|previous|following|this|that|these|those|their|there|which|when|with)$/i;
const stemOf = (w: string) => w.toLowerCase().slice(0, 5);
/** Words by which a sentence reports the happening a later phrase names ("the meeting" ← "Putin met Witkoff"). */
const REF_FORMS: Record<string, string[]> = {
  // A host "received", "hosted" or "welcomed" a guest: the meeting a later phrase names.
  meeti: ["met", "meet", "meeti", "talks", "summi", "held", "recei", "hoste", "welco"],
  talks: ["talks", "met", "meet", "meeti", "negot", "recei", "hoste", "welco"],
  summi: ["summi", "met", "meet", "talks"],
  call: ["call", "calle", "phone", "spoke", "conve"],
  conve: ["call", "calle", "phone", "spoke", "conve", "talke"],
  night: ["night", "overn"],
  negot: ["negot", "talks", "met"],
  attac: ["attac", "strik", "struc", "hit", "launc", "bomba", "shell"],
  strik: ["attac", "strik", "struc", "hit", "launc", "bomba", "shell"],
  assau: ["attac", "assau", "strik", "struc", "launc"],
};
const refForms = (stems: string[]) => [...new Set(stems.flatMap((st) => REF_FORMS[st] ?? [st]))];

const MEETING_REF = /\b(?:at|by|towards?|near|after)\s+the\s+(?:end|close|conclusion|start|beginning|opening)\s+of\s+the\s+(?:meetings?|summit|talks|negotiations|conference|forum|visit)\b/gi;
const MEETING_WORDS = /\b(met|meet|meeting|meetings|summit|talks|conference|negotiations|forum)\b/i;

/** Phrases chrono would misread as dates in reporting prose ("for the fourth time in a month", "10km"). */
const BLOCKERS: CuedPattern[] = [
  { re: /\bin\s+the\s+meantime\b/gi, cue: MEANTIME_CUE },
  // "a few hours after a drone attack": a relation to a happening (chrono reads it as hours after now), no date of its own.
  { re: /\b(?:a\s+few|several|a\s+couple\s+of|a|an|one|two|three|four|five|six|\d+)\s+hours?\s+(?:after|before)\b/gi, cue: HOURS_APART_CUE },
  // "The talks came a day after Russian forces launched …": a relation between two happenings, not a date of its own.
  { re: /\b(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?)\s+(?:after|before)(?=\s+(?:\p{Lu}|his\s|her\s|its\s|their\s))/giu, cue: DAYS_APART_CUE },
  { re: /\bsince\s+the\s+(?:war|invasion|conflict|start\s+of\s+the\s+war)\b(?:\s+(?:began|started))?/gi },
  { re: /\b(?:in|within|for|over)\s+(?:a|an|one|the\s+past|the\s+last|the\s+next)\s+(?:day|week|month|year|decade)\b/gi },
  { re: /\bfor\s+(?:\w+\s+)?(?:days|weeks|months|years|hours)\b/gi },
  { re: /\b(?:after|within|in)\s+(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|hours?|years?|decades?)\b(?!\s+(?:later|earlier|ago))/gi },
  { re: /\b\d+(?:\.\d+)?\s*(?:km|kilometres|kilometers|miles|m|mm|tonnes|tons|bn|billion|million|%|per\s+cent|percent)\b/gi },
  { re: /\b(?:the\s+)?(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+time\b/gi },
  { re: /\b(?:\d+|a|one|two|three)[-\s](?:day|week|month|year)[-\s](?:old|long)\b/gi },
];

/** chrono reads "sat down", "the sun", "mon ami" as weekdays; an abbreviated weekday is capitalised. */
const LOWERCASE_WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/;

/** "for 40 minutes", "for five S(-400 squadrons)": a span of seconds, minutes or hours, which chrono counts from now. */
const DURATION = /^(?:(?:for|in|within|over)\s+)?(?:\d+|an?|\p{L}+)\s+(?:s|secs?|seconds?|mins?|minutes?|hrs?|hours?)$/iu;

/** chrono joins a time ending one paragraph to a weekday opening the next ("Updated 15:04\n\nON MONDAY the …"): a phrase keeps to one paragraph, the side with words. */
function oneParagraph(text: string, start: number, end: number): [number, number] {
  const phrase = text.slice(start, end);
  const first = phrase.indexOf("\n"), last = phrase.lastIndexOf("\n");
  if (first < 0) return [start, end];
  const after = phrase.slice(last + 1);
  if (/\p{L}/u.test(after)) return [end - after.trimStart().length, end];
  return [start, start + phrase.slice(0, first).trimEnd().length];
}

/**
 * What chrono reads as a date and the text does not give as one: "now" (the present of a state: "the coalition now
 * has 44 members"), a span of seconds, minutes or hours ("five S-400 squadrons" read as five seconds), and an
 * abbreviated weekday that is part of a hyphenated name ("Park Sun-won").
 */
function notADate(text: string, phrase: string, end: number): boolean {
  if (/^(?:right\s+)?now$/i.test(phrase) || DURATION.test(phrase)) return true;
  return /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/.test(phrase) && /^[-‐]\p{L}/u.test(text.slice(end, end + 2));
}

const PREPOSITION_BEFORE = /(?:^|\s)((?:on|in|at|during|since|by|from|until|through|throughout|over|early|late|mid|earlier|later|before|after)\s+)$/i;

export type Tense = "past" | "future" | "unknown";

const FUTURE = /\b(will|shall|would|due\s+to|(?:is|are)\s+to\s+[a-z]+|is\s+due|are\s+due|is\s+scheduled|are\s+scheduled|is\s+expected\s+to|are\s+expected\s+to|plans?\s+to|intends?\s+to|is\s+set\s+to|are\s+set\s+to|upcoming)\b/gi;
/**
 * Not a participle after "be" ("would be applied on Tuesday" looks forward with its modal), nor an "-ed" word after a
 * determiner or a number, an adjective ("30 armoured vehicles", "the sanctioned tankers").
 */
const PAST = /(?<!\bbe\s)\b(was|were|had|did|said|told|met|took|hit|came|began|sent|made|held|gave|spoke|struck|saw|won|lost|fell|rose|went|left|led|shot|brought|became|killed|(?<!\b(?:a|an|the|its|their|his|her|this|that|these|those|\d[\d,.]*)\s)[a-z]{3,}ed)\b/gi;

/** Quoted words blanked out (unless `pos` is inside them): "said on Friday that the U.S. “will not press …”" is told in the past. */
function outsideQuotes(sentence: string, pos: number): string {
  return sentence.replace(/[“"][^“”"]*[”"]/g, (q, at: number) => (pos >= at && pos < at + q.length ? q : " ".repeat(q.length)));
}

/** The tense of the verb nearest `pos`, within its comma-delimited stretch when that has a verb of its own. */
export function tenseNear(text: string, pos: number): Tense {
  const sentence = outsideQuotes(text, pos);
  const from = Math.max(sentence.lastIndexOf(",", pos), sentence.lastIndexOf(";", pos)) + 1;
  const next = sentence.slice(pos).search(/[,;]/);
  const to = next < 0 ? sentence.length : pos + next;
  const own = verbTense(sentence.slice(from, to), pos - from);
  return own !== "unknown" ? own : verbTense(sentence, pos);
}

const TRAILING_ADVERB = /\s+(?:\p{Ll}+ly\s+)?$/u;
/** Where the next clause opens before a verb: "and", "but" or a semicolon, with "that" and a pronoun subject between ("… on Monday and that they would …"). */
const NEXT_CLAUSE_OPENS = /\b(?:and|but)\s+(?:that\s+)?(?:(?:he|she|it|they|we|I)\s+)?$|;/;
function verbTense(sentence: string, pos: number): Tense {
  const verbs: { at: number; end: number; t: Tense }[] = [];
  for (const [re, t] of [[FUTURE, "future"], [PAST, "past"]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) verbs.push({ at: m.index, end: m.index + m[0].length, t });
  }
  verbs.sort((a, b) => a.at - b.at);
  // A verb after a coordinating "and"/"but" opens the next clause, and what follows is that clause's ("cut the rate in
  // October and will hold …"; "spoke with him on Monday and assured him that Vienna would not host …"; "arrested them on
  // Monday and that they would be charged …").
  const next = verbs.find((v) => v.at > pos && NEXT_CLAUSE_OPENS.test(sentence.slice(pos, v.at).replace(TRAILING_ADVERB, " ")));
  let best: { d: number; t: Tense } | null = null;
  for (const v of verbs) {
    if (next && v.at >= next.at) break;
    // Measured from the verb's near end: "announced in July that it would …" is the announcement's July.
    const d = v.at >= pos ? v.at - pos : Math.max(0, pos - v.end);
    if (!best || d < best.d) best = { d, t: v.t };
  }
  return best?.t ?? "unknown";
}

/**
 * A fuzzy span ("weeks earlier", "months before the summit") that straddles two months (or years) at month (or year)
 * precision: the month (or year) holding most of its days, as a week is written; one wider names neither.
 */
function settled(v: DateValue): DateValue {
  const [fromYear, toYear] = [v.from.getUTCFullYear(), v.to.getUTCFullYear()];
  if (v.precision === "month" && !sameMonth(v.from, v.to)) {
    const m = mostDaysMonth(v);
    return value(...monthRange(m.getUTCFullYear(), m.getUTCMonth()), "month");
  }
  if (v.precision !== "year" || toYear - fromYear !== 1) return v;
  const inFirst = (utc(toYear, 0, 1).getTime() - v.from.getTime()) / DAY;
  const year = inFirst * 2 > (v.to.getTime() - v.from.getTime()) / DAY + 1 ? fromYear : toYear;
  return value(utc(year, 0, 1), utc(year, 11, 31), "year");
}

function shift(v: DateValue, n: number, unit: "day" | "week" | "month" | "year", fuzzy: boolean): DateValue {
  const rank: Record<Precision, number> = { day: 0, week: 1, month: 2, quarter: 3, year: 4, unknown: 5 };
  const unitRank = { day: 0, week: 1, month: 2, year: 4 }[unit];
  const span = Math.abs(n) * (unit === "day" ? 1 : unit === "week" ? 7 : unit === "month" ? 30 : 365);
  const anchorSpan = { day: 1, week: 7, month: 30, quarter: 91, year: 365, unknown: 0 }[v.precision];
  // A shift much smaller than the anchor's own vagueness leaves the anchor as the best estimate.
  if (rank[v.precision] > unitRank && span < anchorSpan) return v;
  // A span of days at day precision (a night dated by its evening, "the night of 17 to 18 May") is counted on from its
  // last day and back from its first: "four days later" is the 22nd.
  if (unit === "day" && v.precision === "day" && v.from.getTime() !== v.to.getTime()) v = n > 0 ? value(v.to, v.to, "day") : value(v.from, v.from, "day");
  const move = (d: Date, k: number): Date => {
    if (unit === "day") return addDays(d, k);
    if (unit === "week") return addDays(d, 7 * k);
    if (unit === "month") return utc(d.getUTCFullYear(), d.getUTCMonth() + k, Math.min(d.getUTCDate(), 28));
    return utc(d.getUTCFullYear() + k, d.getUTCMonth(), d.getUTCDate());
  };
  if (fuzzy) {
    const lo = Math.sign(n) * 2, hi = Math.sign(n) * 5;
    const [a, b] = n > 0 ? [move(v.from, unit === "day" ? lo : 1), move(v.to, unit === "day" ? hi : n)] : [move(v.from, unit === "day" ? hi : n), move(v.to, unit === "day" ? lo : -1)];
    const precision: Precision = unit === "day" ? "week" : unit === "week" ? "month" : "year";
    return settled(value(a, b, precision));
  }
  const from = move(v.from, n);
  const to = move(v.to, n);
  const precision: Precision = unit === "day" ? v.precision : unit === "week" ? (v.precision === "day" ? "week" : v.precision) : v.precision === "day" || v.precision === "week" ? "month" : v.precision;
  if (precision === "month") return value(...monthRange(from.getUTCFullYear(), from.getUTCMonth()), "month");
  return value(from, to, precision);
}

/**
 * chrono reads "the evening of Saturday, 15 November 2025" as this evening and drops the date; blanked (same length,
 * so offsets hold), the date is read and the qualifier rejoins it as the phrase's start.
 */
const maskPartOfDay = (text: string) => text.replace(/\b(?:morning|afternoon|evening|night)\s+of(?=\s+(?:\p{Lu}|\d))/gu, (m) => " ".repeat(m.length));

/**
 * A count before a weekday ("pledged another 20 on Tuesday", "killed 3 on Monday"), which chrono reads as the day of the month.
 * The digit is checked first: the month lookbehind, tried at every position of the text, is the slow part.
 */
const COUNT_BEFORE_WEEKDAY = /(?=\d)(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s)\b\d{1,4}(?=\s+(?:on|by|until)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/gu;
const maskForChrono = (text: string) => maskPartOfDay(text).replace(COUNT_BEFORE_WEEKDAY, (m) => " ".repeat(m.length));

function overlaps(a: { start: number; end: number }, list: { start: number; end: number }[]) {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

/** A date phrase found, before it is resolved in text order. */
type Raw = {
  start: number; end: number; kind: "pub" | "anchor" | "meeting" | "chrono";
  /** `flip`: the shift counts the other way ("on Tuesday, the day after he met …" dates the meeting Monday). */
  resolve: (anchor: DateValue | null, meeting: DateValue | null, flip?: boolean) => DateValue | null;
  source: DateMention["source"];
  /** Word stems of the happening an anchor phrase points to ("the day before the adoption"). */
  ref?: string[];
  /** The stems of the very words that name it ("meeting"), before the other words that may report it ("met", "talks"). */
  refNoun?: string[];
  /** "later in the day": the same day as a date of its own paragraph, else the story's first day. */
  sameDay?: boolean;
  /** Paragraphs back a same-day phrase may find its day ("On the same day" opening a paragraph: the one before). */
  back?: number;
  /** "day" for exact day shifts, which do not count from a month ("the day before" after "last month"). */
  unit?: "day";
  /** "The attack came a day after …": counts from its subject, else from the publication day. */
  came?: boolean;
  /** Dated only by the happening it names (see AnchorIdiom.refOnly). */
  refOnly?: boolean;
  /** "the day after …", "two days before the vote": a relation that a date right before it can head (see `appositive`). */
  relation?: boolean;
  /** A bare weekday told in the past ("on Sunday"): 0 (Sunday) to 6; see `narrativeWeekday`. */
  weekday?: number;
};

/** A date told so far that later relative phrases may count from; `background`: one of a background clause, which anchors only the rest of its own sentence. */
type Anchor = { v: DateValue; paragraph: number; start: number; background: boolean };

/** What resolving a relative phrase has to go on: the text, the publication day, the dates told before it and those that may anchor it. */
interface Told { text: string; sentences: Sentence[]; pub: Date; out: DateMention[]; anchors: Anchor[] }

const paragraphAt = (sentences: Sentence[], pos: number) => sentences.find((s) => pos >= s.start && pos < s.end)?.paragraph ?? 0;
const sentenceIndexAt = (sentences: Sentence[], pos: number) => sentences.findIndex((s) => pos >= s.start && pos < s.end);

/** The date an anchor phrase ("the next day", "during the call", "came a day after …") counts from; null: the publication day. */
function anchorFor(r: Raw, { text, sentences, pub, out, anchors }: Told): DateValue | null {
  const here = paragraphAt(sentences, r.start);
  const sentenceOf = (pos: number) => sentenceIndexAt(sentences, pos);
  // A relative phrase counts from a date of the last few paragraphs, else from the publication day.
  // Only a past date at least as precise as the shift can anchor it ("next week" or "last month" cannot anchor "the day before").
  const fine = (a: Anchor) =>
    a.v.from.getTime() <= pub.getTime() && (!r.unit || precisionRank(a.v.precision) <= precisionRank(r.unit)) && (!a.background || sentenceOf(a.start) === sentenceOf(r.start));
  const recent = [...anchors].reverse().find((a) => a.paragraph >= here - (r.sameDay ? r.back ?? 0 : 2) && fine(a));
  // "The next day" with no date in the last few paragraphs still counts from the last day told, not from publication.
  const lastDay = r.unit === "day" ? [...anchors].reverse().find((a) => a.v.precision === "day" && fine(a))?.v ?? null : null;
  let anchor = recent?.v ?? (r.sameDay ? anchors.find((a) => a.v.precision === "day" && !a.background)?.v ?? null : lastDay);
  // "In January she recorded a video. Police detained her the next day.": a day after a month told just before
  // lies in that month (at its precision), not after the last day told elsewhere.
  const coarse = r.unit === "day" ? [...anchors].reverse().find((a) => a.v.from.getTime() <= pub.getTime() && !a.background) : undefined;
  if (coarse && precisionRank(coarse.v.precision) > precisionRank("day") && sentenceOf(coarse.start) >= sentenceOf(r.start) - 1 && coarse.paragraph === here) anchor = coarse.v;
  // "KCNA reported Thursday that Kim had inspected a factory the previous day": the report's own day.
  const report = r.unit === "day" ? reportDayBefore(text, sentences, out, r.start) : null;
  if (report) anchor = report;
  if (r.refOnly && !r.ref?.length) return null;
  if (r.ref?.length) {
    const named = r.refOnly ? refAnchor(text, sentences, out, r.ref, r.start, "day", here - (r.back ?? 0)) : namedAnchor(text, sentences, out, r);
    if (r.refOnly) return named && value(named.from, named.to, named.precision);
    // "The talks came a day after …" with the talks dated nowhere before: the day's news, the story's first day
    // (a report's day too: "Macron said on Wednesday …"), else publication.
    const storyDay = out.find((d) => d.precision === "day" && !inBackgroundClause(text, sentences, d.start)) ?? null;
    if (named || r.came) anchor = named ?? (r.came ? storyDay : null);
  }
  return anchor;
}

/**
 * "On the evening of Saturday, 15 November 2025, a charge destroyed the track. On Sunday morning a driver noticed …":
 * in a story told well before publication, whose dates name their weekdays, a bare weekday is the first such day from
 * the day told just before it (this paragraph or the one before), not the one before the publication day.
 */
function narrativeWeekday(r: Raw, sentences: Sentence[], pub: Date, anchors: Anchor[], out: DateMention[]): DateValue | null {
  if (r.weekday === undefined) return null;
  const here = paragraphAt(sentences, r.start);
  // The last full date naming its weekday, though days counted from it ("the next day") were told after it.
  const phraseOf = (a: Anchor) => out.find((d) => d.start === a.start)?.text ?? "";
  const told = [...anchors].reverse().find((a) => a.paragraph >= here - 1 && !a.background && a.v.precision === "day" && WEEKDAY_WITH_DATE.test(phraseOf(a)));
  if (!told || pub.getTime() - told.v.from.getTime() <= 7 * DAY) return null;
  // Only while the story goes forward from it: a day told since that lies before it breaks the thread.
  if (anchors.some((a) => a.start > told.start && a.v.to.getTime() < told.v.from.getTime())) return null;
  const date = addDays(told.v.from, (r.weekday - told.v.from.getUTCDay() + 7) % 7);
  return value(date, date, "day");
}

/** "Saturday, 15 November 2025", "Tuesday, March 3": a full date that names its weekday. */
const WEEKDAY_WITH_DATE = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:\d{1,2}\s+\p{Lu}|\p{Lu}\p{Ll}+\.?\s+\d{1,2})/iu;

const MODAL_BEFORE = /\b(?:will|would|could|can|may|might|must|should|shall|expected|if|unless|to)\b/i;

/** Whether the verb nearest `at` is past and no modal, condition or infinitive opens its stretch ("could arrive within …"). */
function pastNarrative(text: string, sentences: Sentence[], at: number): boolean {
  const s = sentences.find((x) => at >= x.start && at < x.end);
  const sText = s ? text.slice(s.start, s.end) : text;
  const pos = at - (s?.start ?? 0);
  const stretch = sText.slice(Math.max(sText.lastIndexOf(",", pos), sText.lastIndexOf(";", pos)) + 1, pos);
  return tenseNear(sText, pos) === "past" && !MODAL_BEFORE.test(stretch);
}

/** Finds and resolves every date phrase in `text`, in text order. */
export function findDates(text: string, publishedOn: string, sentences: Sentence[]): DateMention[] {
  const pub = parseIsoDay(publishedOn);
  // The finders run in this order, and a phrase overlapping one found before it is left out.
  const phrases = phraseCollector(blockedSpans(text));
  phrases.addAll(meetingPhrases(text));
  phrases.addAll(anchorPhrases(text, sentences, pub));
  phrases.addAll(publicationIdiomPhrases(text, sentences, pub));
  phrases.addAll(nightOfPhrases(text, pub));
  addChronoPhrases(text, sentences, pub, phrases);
  const resolved = resolveInTextOrder(text, sentences, pub, phrases.inTextOrder());
  const dated = monthsOfANamedYear(text, monthYearIdioms(text, withoutSelfDatedSettings(text, sentences, resolved), pub));
  return markSpanStarts(text, markPromised(text, sentences, restatedRelatives(text, onTheReportDay(text, sentences, rangesAsOne(text, dated), pub))));
}

/** Between a relative phrase and the date that restates it: a comma, or a report set off by one ("Three days later, the UN said on Monday"). */
const RESTATING_GAP = /^\s*,\s*$|^\s*,\s+(?:[\p{L}’'-]+\s+){1,4}?(?:said|says|told\s+\p{L}+|reported|announced|confirmed)\s+$/u;

/**
 * "Two days later, on Wednesday, a jet flew close …": a relative phrase restated by a date set off right after it is
 * that date; the count from an earlier date told is the less sure reading of the two.
 */
function restatedRelatives(text: string, dates: DateMention[]): DateMention[] {
  dates.forEach((d, i) => {
    const next = dates[i + 1];
    if (d.source !== "anchor" || !next?.date || next.source === "anchor" || precisionRank(next.precision) > precisionRank(d.precision)) return;
    if (!RESTATING_GAP.test(text.slice(d.end, next.start))) return;
    Object.assign(d, { from: next.from, to: next.to, precision: next.precision, date: next.date });
  });
  return dates;
}

type Span = { start: number; end: number };
type PhraseCollector = ReturnType<typeof phraseCollector>;

/** The date phrases found so far; `blocked`: spans chrono's readings must keep clear of. */
function phraseCollector(blocked: Span[]) {
  const taken: Span[] = [];
  const raws: Raw[] = [];
  const add = (r: Raw) => {
    if (overlaps(r, taken)) return;
    taken.push(r);
    raws.push(r);
  };
  return {
    add,
    addAll: (found: Raw[]) => found.forEach(add),
    /** Whether chrono's reading of a phrase is clear of the phrases found before and of the blockers. */
    isFree: (span: Span) => !overlaps(span, taken) && !overlaps(span, blocked),
    inTextOrder: () => raws.sort((a, b) => a.start - b.start),
  };
}

function blockedSpans(text: string): Span[] {
  return BLOCKERS.flatMap((blocker) => cuedMatches(blocker, text).map((m) => ({ start: m.index, end: m.index + m[0].length })));
}

/** "at the end of the meetings": the day of the last meeting told. */
function meetingPhrases(text: string): Raw[] {
  return allMatches(MEETING_REF, text).map((m) => ({ start: m.index, end: m.index + m[0].length, kind: "meeting", source: "meeting", resolve: (_a, meeting) => meeting }));
}

/** Phrases counted from another date ("the next day", "two days before the vote", "during the call"). */
function anchorPhrases(text: string, sentences: Sentence[], pub: Date): Raw[] {
  return ANCHOR_IDIOMS.flatMap((idiom) =>
    cuedMatches(idiom, text)
      .filter((m) => !idiom.pastOnly || pastNarrative(text, sentences, m.index))
      .map((m) => anchorPhrase(text, idiom, m, pub)),
  );
}

function anchorPhrase(text: string, idiom: AnchorIdiom, m: RegExpExecArray, pub: Date): Raw {
  const off = idiom.offset(m);
  const countedFrom = happeningAfterRelation(text, m);
  const named = idiom.ref?.(m).filter(Boolean) ?? [];
  const refNoun = named.length ? named.map(stemOf) : countedFrom?.stems.length ? countedFrom.stems : undefined;
  const ref = refNoun && refForms(refNoun);
  // The phrase includes the happening it counts from: "the day before the adoption".
  const end = m.index + m[0].length + (countedFrom?.stems.length ? countedFrom.phrase.length : 0);
  const exactDays = typeof off === "object" && off.unit === "day" && !off.fuzzy;
  return {
    start: m.index, end, kind: "anchor", source: "anchor", ref, refNoun, came: cameBefore(m), refOnly: idiom.refOnly, sameDay: off === "same", back: idiom.back,
    unit: idiom.unit ?? (exactDays ? "day" : undefined),
    relation: /\b(?:before|after)$/i.test(m[0]) && !cameBefore(m),
    resolve: (anchor, _meeting, flip) => {
      if ((idiom.appositiveOnly && !flip) || (idiom.refOnly && !anchor)) return null;
      const base = anchor ?? value(pub, pub, "day");
      if (off === "same") return base;
      if (typeof off === "string") return periodHolding(base, off);
      return shift(base, flip ? -off.n : off.n, off.unit, off.fuzzy);
    },
  };
}

/**
 * "two days before the adoption": the noun phrase after "before"/"after" and its word stems, the happening the
 * phrase counts from. Not after "came", where that noun phrase is what the phrase dates.
 */
function happeningAfterRelation(text: string, m: RegExpExecArray): { stems: string[]; phrase: string } | undefined {
  if (!/\b(?:before|after)$/i.test(m[0]) || cameBefore(m)) return undefined;
  const end = m.index + m[0].length;
  const np = /^\s+the\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=[\s,.;]|$)/u.exec(text.slice(end, end + 60));
  if (!np) return undefined;
  return { stems: np[1].split(/\s+/).filter((w) => w.length >= 4 && !REF_STOP.test(w)).map(stemOf), phrase: np[0] };
}

/** "that week", "later that month", "the same year": the period holding a date; null where the date is vaguer than a month or spans years. */
export function periodHolding(base: DateValue, period: "week" | "month" | "year"): DateValue | null {
  const year = base.from.getUTCFullYear();
  if (period === "week") return base.precision === "day" ? value(mondayOf(base.from), addDays(mondayOf(base.from), 6), "week") : base;
  if (period === "month") return precisionRank(base.precision) <= precisionRank("month") ? value(...monthRange(year, base.from.getUTCMonth()), "month") : null;
  return year === base.to.getUTCFullYear() ? value(utc(year, 0, 1), utc(year, 11, 31), "year") : null;
}

/** Idioms dated from the publication day ("last week", "over the weekend"), resolved as they are found. */
function publicationIdiomPhrases(text: string, sentences: Sentence[], pub: Date): Raw[] {
  return PUB_IDIOMS.flatMap((idiom) =>
    cuedMatches(idiom, text).map((m): Raw => {
      const tense = () => {
        const s = sentences.find((s) => m.index >= s.start && m.index < s.end);
        return tenseNear(s ? text.slice(s.start, s.end) : text, m.index - (s?.start ?? 0));
      };
      const v = idiom.resolve(pub, m, tense);
      return { start: m.index, end: m.index + m[0].length, kind: "pub", source: "idiom", resolve: () => v };
    }),
  );
}

/** "on the night of November 11-12", which chrono misses: the night is dated by the morning it ends. */
function nightOfPhrases(text: string, pub: Date): Raw[] {
  return allMatches(NIGHT_OF, text).map((m): Raw => {
    const month = MONTHS.indexOf((m[1] ?? m[5]).slice(0, 3).toLowerCase());
    const dayLater = m[1] ? Number(m[3] ?? m[2]) : Number(m[4]);
    // "the night of 3 March 2025": the year written; else the latest such night by publication.
    let date = utc(m[6] ? +m[6] : pub.getUTCFullYear(), month, dayLater);
    if (!m[6] && date.getTime() > pub.getTime() + 7 * DAY) date = utc(pub.getUTCFullYear() - 1, month, dayLater);
    return { start: m.index, end: m.index + m[0].length, kind: "chrono", source: "idiom", resolve: () => value(date, date, "day") };
  });
}

/** "said on", "told reporters late on", "announced in a statement on": the day a past report was made, which the page reports after. */
const SAID_BEFORE = /\b(?:said|told|announced|reported|wrote|added|stated|confirmed|claimed)(?:\s+[\p{L}-]+){0,4}?\s+(?:on|late\s+on|early\s+on)\s+$/iu;

/** chrono's readings, each added (and so blocking the next) as it is read. */
function addChronoPhrases(text: string, sentences: Sentence[], pub: Date, phrases: PhraseCollector): void {
  const noon = new Date(pub.getTime() + 12 * 3_600_000);
  for (const r of chrono.en.parse(maskForChrono(text), { instant: noon, timezone: 0 }, { forwardDate: false })) {
    const [start, end] = oneParagraph(text, r.index, r.index + r.text.replace(/[\s,.;:]+$/, "").length);
    if (!phrases.isFree({ start, end }) || LOWERCASE_WEEKDAY.test(r.text) || notADate(text, text.slice(start, end), end)) continue;
    // "overnight on Monday to Tuesday", "the night from 11 to 12 May": a night is dated by the morning it ends;
    // "the night of 17 to 18 May" is the night of the 17th, dated by its evening.
    const before = text.slice(Math.max(0, r.index - 24), r.index);
    const nightOfEvening = NIGHT_OF_BEFORE.test(before) && /^\S+\s+to\s/i.test(r.text);
    const c = r.end && NIGHT_BEFORE.test(before) && !nightOfEvening ? r.end : r.start;
    const sentence = sentences.find((s) => start >= s.start && start < s.end);
    const tense = tenseNear(sentence ? text.slice(sentence.start, sentence.end) : text, start - (sentence?.start ?? 0));
    const deadline = /\b(?:by|until)\s+$/i.test(text.slice(Math.max(0, start - 7), start)) || /^(?:by|until)\s/i.test(r.text);
    const said = tense === "past" && SAID_BEFORE.test(text.slice(Math.max(0, start - 40), start));
    const reading = chronoValue(c, r.text, said ? "said" : tense, deadline, pub);
    if (!reading) continue;
    const morning = nightOfEvening && r.end ? chronoValue(r.end, r.text, said ? "said" : tense, deadline, pub)?.v : undefined;
    const v = morning ? nightEveningToMorning(reading.v, morning) : coarsenedToText(reading.v, r.text);
    phrases.add({ start: withLeadingWords(text, start, end, r.text), end, kind: "chrono", source: "chrono", weekday: reading.pastWeekday, resolve: () => v });
  }
}

/** A night from its evening to the next morning, at day precision: dated by the evening, counted on from the morning. */
function nightEveningToMorning(evening: DateValue, morning: DateValue): DateValue {
  const oneNight = evening.precision === "day" && morning.precision === "day" && morning.from.getTime() - evening.from.getTime() === DAY;
  return oneNight ? value(evening.from, morning.from, "day") : evening;
}

/**
 * The value of chrono's reading, at the precision it is certain of, with the year and the weekday's week set by tense;
 * `pastWeekday`: a bare weekday told in the past (see `narrativeWeekday`). Null when chrono is certain of nothing.
 */
function chronoValue(c: chrono.ParsedComponents, phrase: string, tenseOrSaid: Tense | "said", deadline: boolean, pub: Date): { v: DateValue; pastWeekday?: number } | null {
  const said = tenseOrSaid === "said", tense: Tense = said ? "past" : tenseOrSaid;
  const certainDay = c.isCertain("day"), certainMonth = c.isCertain("month"), certainYear = c.isCertain("year"), weekday = c.isCertain("weekday");
  if (!certainDay && !certainMonth && !certainYear && !weekday) return null;
  const relative = /\b(last|next|this|ago|yesterday|today|tomorrow|tonight)\b/i.test(phrase);
  const y = c.get("year")!, mo = c.get("month")! - 1, d = c.get("day")!;
  if (weekday && !certainDay && !relative) {
    const w = c.get("weekday")!;
    const pw = pub.getUTCDay();
    const date = tense === "future" ? addDays(pub, (w - pw + 7) % 7 || 7) : addDays(pub, -((pw - w + 7) % 7));
    return { v: value(date, date, "day"), pastWeekday: tense !== "future" ? w : undefined };
  }
  if (certainDay || relative) {
    let date = utc(y, mo, d);
    if (!certainYear && !relative) {
      // chrono picks the year closest to the reference; only a clear tense contradiction moves it. Not for a
      // deadline, whose participle reads as past ("hopes to have the package adopted by February 24").
      // A report the page tells in the past was made by the day it was published; other past days get a week's leeway.
      if (tense === "past" && !deadline && date.getTime() > pub.getTime() + (said ? 0 : 7 * DAY)) date = utc(y - 1, mo, d);
      if (tense === "future" && date.getTime() < pub.getTime() - 31 * DAY) date = utc(y + 1, mo, d);
    }
    const precision: Precision = certainDay || weekday || /yesterday|today|tomorrow|tonight|ago/i.test(phrase) ? "day" : certainMonth ? "month" : "year";
    if (precision === "month") return { v: value(...monthRange(date.getUTCFullYear(), date.getUTCMonth()), "month") };
    if (precision === "year") return { v: value(utc(date.getUTCFullYear(), 0, 1), utc(date.getUTCFullYear(), 11, 31), "year") };
    return { v: value(date, date, "day") };
  }
  if (certainMonth) {
    let year = y;
    if (!certainYear) {
      const key = y * 12 + mo, pubKey = pub.getUTCFullYear() * 12 + pub.getUTCMonth();
      if (tense === "past" && key > pubKey) year -= 1;
      if (tense === "future" && key < pubKey) year += 1;
    }
    return { v: value(...monthRange(year, mo), "month") };
  }
  return { v: value(utc(y, 0, 1), utc(y, 11, 31), "year") };
}

/** chrono reads "the end of September" as its last day and "two weeks ago" as one day; the text gives less. */
export function coarsenedToText(v: DateValue, phrase: string): DateValue {
  if (/^(?:the\s+)?end\s+of\b/i.test(phrase) && v.precision === "day") return value(...monthRange(v.from.getUTCFullYear(), v.from.getUTCMonth()), "month");
  const ago = /\b(weeks?|months?|years?)\s+ago\b/i.exec(phrase);
  if (!ago || v.precision !== "day") return v;
  const unit = ago[1].toLowerCase().replace(/s$/, "");
  if (unit === "week") return value(addDays(v.from, -3), addDays(v.from, 3), "week");
  if (unit === "month") return value(...monthRange(v.from.getUTCFullYear(), v.from.getUTCMonth()), "month");
  return value(utc(v.from.getUTCFullYear(), 0, 1), utc(v.from.getUTCFullYear(), 11, 31), "year");
}

const PART_OF_DAY_BEFORE = /(?:^|\s)((?:(?:in|during)\s+)?the\s+(?:early\s+hours|small\s+hours|morning|evening|night)\s+of\s+|(?:in\s+)?(?:early|late|mid)[-\s](?:on\s+)?|overnight\s+(?:on\s+)?)$/i;

/** Where a chrono phrase starts once its preposition and a part of day before it join it ("in the early hours of Monday"). */
export function withLeadingWords(text: string, start: number, end: number, phrase: string): number {
  const preposition = PREPOSITION_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  // Not for a possessive date, whose preposition governs the noun it modifies ("the toll from Saturday's attack").
  const possessive = /^['’]s\b/.test(text.slice(end, end + 3));
  if (preposition && !possessive && !/^(on|in|at)\s/i.test(phrase)) start -= preposition[1].length;
  const partOfDay = PART_OF_DAY_BEFORE.exec(text.slice(Math.max(0, start - 32), start));
  return partOfDay ? start - partOfDay[1].length : start;
}

/** Resolves the phrases in text order: each relative one counts from the dates told before it. */
function resolveInTextOrder(text: string, sentences: Sentence[], pub: Date, raws: Raw[]): DateMention[] {
  const out: DateMention[] = [];
  let meeting: DateValue | null = null;
  const anchors: Anchor[] = [];
  // Report days ("X said on Monday …") anchor no shift, but they are a day that "the same day" can repeat.
  const told: Anchor[] = [];
  for (const r of raws) {
    const anchor = r.kind === "anchor" ? anchorFor(r, { text, sentences, pub, out, anchors: r.sameDay ? told : anchors }) : null;
    const head = r.relation ? appositive(text, out, r.start) : null;
    const v: DateValue | null = head ? r.resolve(head, meeting, true) : narrativeWeekday(r, sentences, pub, anchors, out) ?? r.resolve(anchor, meeting);
    if (!v) continue;
    const mention: DateMention = { ...v, start: r.start, end: r.end, text: text.slice(r.start, r.end), date: formatDate(v), source: r.source };
    out.push(mention);
    // What an appositive relation dates lies behind the story's own day, which later shifts still count from.
    if (!head && (!opensSpan(text, r.start, mention.text) || namesItsHappening(text, r.end))) {
      const a = { v, paragraph: paragraphAt(sentences, r.start), start: r.start, background: inBackgroundClause(text, sentences, r.start) };
      told.push(a);
      if (!isReportDate(text, r.start)) anchors.push(a);
    }
    const sentence = sentences.find((s) => r.start >= s.start && r.start < s.end);
    if (sentence && MEETING_WORDS.test(text.slice(sentence.start, sentence.end)) && r.kind !== "meeting") meeting = v;
  }
  return out;
}

/**
 * What leads a night's span of two days: "overnight (on)", "(on) the night (from|of)". Dated by the morning it ends,
 * except after "the night of" (NIGHT_OF_BEFORE), which names the night by its evening.
 */
const NIGHT_BEFORE = /\b(?:overnight|night)\s+(?:on\s+|from\s+|of\s+)?$/i;
const NIGHT_OF_BEFORE = /\bnight\s+of\s+$/i;

const NAMES_YEAR = /\b(?:19|20)\d\d\b/;
const THAT_YEAR = /\s(?:of\s+)?(?:that|the\s+same)\s+year$/i;
/** "March this year", "in June next year": a month that names its own year. */
const OWN_YEAR = /\b(?:this|last|next)\s+year\b/i;
/**
 * "In 2025 the EU agreed a loan in December and Ukraine received the first tranche in January": told in sequence after
 * a month given the same year, an earlier month is in the next year.
 */
const turnsTheYear = (before: DateMention | undefined, d: DateMention, named: Set<DateMention>) =>
  !!before && named.has(before) && before.precision === "month" && d.from.getUTCMonth() < before.from.getUTCMonth();
/** A list joint between two dates: "February and March", "May, June and July". */
const LISTED = /^\s*(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)$/;

/**
 * A month without its year takes the year given beside it: "three times in 2025, in May, June and July", "in February
 * and March 2025", "in February and March of that year" (the year named last before); chrono would give the publication's.
 */
function monthsOfANamedYear(text: string, dates: DateMention[]): DateMention[] {
  const bare = (d: DateMention) => d.source === "chrono" && d.precision === "month" && !NAMES_YEAR.test(d.text) && !/^last\b/i.test(d.text) && !OWN_YEAR.test(d.text);
  const withYear = (d: DateMention, year: number): DateMention => {
    const v = value(...monthRange(year, d.from.getUTCMonth()), "month");
    return { ...d, ...v, date: formatDate(v) };
  };
  const out = [...dates];
  const named = new Set<DateMention>();
  for (let i = 0; i < out.length; i++) {
    const d = out[i];
    if (!bare(d)) continue;
    const before = out[i - 1];
    // "in 2025, in May, June and July": the months set off after the year, and those listed with them.
    const apposed = before && (before.precision === "year" ? /^(?:in|during)\s+(?:19|20)\d\d$/i.test(before.text) : before.precision === "month" && named.has(before));
    const year = THAT_YEAR.test(d.text)
      ? out.slice(0, i).reverse().find((o) => NAMES_YEAR.test(o.text))
      : apposed && LISTED.test(text.slice(before.end, d.start)) ? before : sentenceYear(text, out.slice(0, i), d);
    if (!year) continue;
    out[i] = withYear(d, year.from.getUTCFullYear() + (turnsTheYear(before, d, named) ? 1 : 0));
    named.add(out[i]);
  }
  // "in February and March 2025": a month listed before one with a year shares it.
  for (let i = out.length - 2; i >= 0; i--) {
    const d = out[i], next = out[i + 1];
    if (bare(d) && !THAT_YEAR.test(d.text) && next.precision === "month" && (NAMES_YEAR.test(next.text) || THAT_YEAR.test(next.text)) && LISTED.test(text.slice(d.end, next.start)))
      out[i] = withYear(d, next.from.getUTCFullYear());
  }
  return out;
}

/** The start of a sentence or paragraph, right before a phrase. */
const SENTENCE_START = /(?:[.!?]["”’]?\s+|\n\s*)$/;
/** "Last year", "In 2024": a year told as the time of the whole sentence. */
const YEAR_OPENER = /^(?:last\s+year|in\s+(?:19|20)\d\d)$/i;

/**
 * "Last year the ban was introduced in February and lifted in June": a year that opens the sentence sets the time of
 * its bare months up to the first comma, not the months of the year of publication.
 */
function sentenceYear(text: string, before: DateMention[], month: DateMention): DateMention | null {
  const opener = before.findLast((o) => o.precision === "year" && o.date);
  if (!opener || !YEAR_OPENER.test(opener.text)) return null;
  if (opener.start > 0 && !SENTENCE_START.test(text.slice(Math.max(0, opener.start - 4), opener.start))) return null;
  // "Last year, Russia captured Avdiivka in February": the comma setting the opener off does not end its reach.
  return /[.,;:!?]/.test(text.slice(opener.end, month.start).replace(/^,/, "")) ? null : opener;
}

/** "between 15 and ": a day number waiting for the month of the date after it. */
const BETWEEN_DAY_BEFORE = /\bbetween\s+(\d{1,2})\s+and\s+$/i;
const BETWEEN_BEFORE = /\bbetween\s+$/i;
/** A date that opens with its day and month ("21 September"), not with a clock time ("4 a.m. on Wednesday"). */
const DAY_THEN_MONTH = new RegExp(String.raw`^\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAME}`, "iu");
/** What may close a range after its first date: "and" and a year or a day number, which chrono leaves unread alone. */
const RANGE_END = /^\s+and\s+(?:((?:19|20)\d\d)|(\d{1,2}))\b(?![,.:]\d|%|\s*(?:per\b|\p{L}))/u;
const BOTH_YEARS = /\bbetween\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b(?![,.:]\d|%)/gi;

/**
 * The value of a range "between A and B": its start, no finer than its end ("between December 2021 and 2023": 2021);
 * two days of one month or of one week are that month or week ("between September 15 and 21": September).
 */
function rangeValue(a: DateValue, b: DateValue): DateValue {
  if (a.precision === "day" && b.precision === "day") {
    if (a.from.getTime() === b.from.getTime()) return a;
    if (sameMonth(a.from, b.to)) return value(...monthRange(a.from.getUTCFullYear(), a.from.getUTCMonth()), "month");
    return b.to.getTime() - a.from.getTime() <= 6 * DAY ? value(a.from, b.to, "week") : value(...monthRange(a.from.getUTCFullYear(), a.from.getUTCMonth()), "month");
  }
  if (precisionRank(b.precision) <= precisionRank(a.precision)) return a;
  if (b.precision === "month" || b.precision === "week") return value(...monthRange(a.from.getUTCFullYear(), a.from.getUTCMonth()), "month");
  return value(utc(a.from.getUTCFullYear(), 0, 1), utc(a.from.getUTCFullYear(), 11, 31), "year");
}

type Range = { start: number; end: number; value: DateValue };
const dayValue = (year: number, month: number, day: number) => value(utc(year, month, day), utc(year, month, day), "day");

/** "between 15 and 21 September": the first day shares the month of the date after it. */
function dayBeforeDate(text: string, d: DateMention): Range | null {
  const before = BETWEEN_DAY_BEFORE.exec(text.slice(Math.max(0, d.start - 20), d.start));
  if (!before || d.precision !== "day" || !DAY_THEN_MONTH.test(d.text)) return null;
  const first = dayValue(d.from.getUTCFullYear(), d.from.getUTCMonth(), +before[1]);
  return { start: d.start - before[0].length + before[0].indexOf(before[1]), end: d.end, value: rangeValue(first, d) };
}

/** "between May 2025 and January 2026": two dates read, "and" between them. */
function twoDates(text: string, d: DateMention, next: DateMention | undefined): Range | null {
  if (!next?.date || !/^\s+and\s+(?:the\s+)?$/.test(text.slice(d.end, next.start))) return null;
  return { start: d.start, end: next.end, value: rangeValue(d, next) };
}

/** "between December 2021 and 2023", "between September 15 and 21": a date, then a bare year or day number. */
function dateThenNumber(text: string, d: DateMention): Range | null {
  const tail = RANGE_END.exec(text.slice(d.end, d.end + 12));
  if (!tail) return null;
  const end = d.end + tail[0].length;
  if (tail[1]) return { start: d.start, end, value: rangeValue(d, value(utc(+tail[1], 0, 1), utc(+tail[1], 11, 31), "year")) };
  if (d.precision !== "day" || +tail[2] > 31) return null;
  return { start: d.start, end, value: rangeValue(d, dayValue(d.from.getUTCFullYear(), d.from.getUTCMonth(), +tail[2])) };
}

/**
 * "between September 15 and 21", "between December 2021 and 2023", "between 15 and 21 September", "between 2023 and
 * 2025": a range is one date, told by its start at no finer precision than the text gives for the whole of it.
 */
function rangesAsOne(text: string, dates: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  const asRange = (first: DateMention, r: Range): DateMention => ({ ...first, ...r.value, start: r.start, end: r.end, text: text.slice(r.start, r.end), date: formatDate(r.value), range: true });
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i], next = dates[i + 1];
    if (!d.date) {
      out.push(d);
      continue;
    }
    const dayFirst = dayBeforeDate(text, d);
    const opens = !dayFirst && BETWEEN_BEFORE.test(text.slice(Math.max(0, d.start - 20), d.start));
    const pair = opens ? twoDates(text, d, next) : null;
    const range = dayFirst ?? pair ?? (opens ? dateThenNumber(text, d) : null);
    out.push(range ? asRange(d, range) : d);
    if (pair) i++;
  }
  // Two bare years, which no finder reads: the first.
  for (const m of allMatches(BOTH_YEARS, text)) {
    const start = m.index + m[0].indexOf(m[1]), end = m.index + m[0].length;
    if (out.some((d) => d.start < end && start < d.end)) continue;
    const v = value(utc(+m[1], 0, 1), utc(+m[1], 11, 31), "year");
    out.push({ ...v, start, end, text: text.slice(start, end), date: formatDate(v), source: "idiom", range: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A pledge or decision and the infinitive of what it commits to ("pledged to deliver", "committed to financing"). */
const COMMITS_TO = /\b(?:agreed|pledged|promised|committed|decided|vowed|undertook|offered)\s+(?:\p{Ll}+ly\s+)?to\s+\p{Ll}+/u;

/** Where a new clause begins: a semicolon, "but", or a comma before a conjunction that does not go on with the infinitive ("…, and to train pilots" does). */
const CLAUSE_BREAK = /;|\s+but\s+|,\s+(?:and|or|while|whereas|although|though|yet|so|before|after|when|as)\s+(?!to\s)/g;

/** The words from the last clause break before `end`, in its sentence. */
function clauseTail(text: string, s: Sentence, end: number): string {
  const before = text.slice(s.start, end);
  const breaks = allMatches(CLAUSE_BREAK, before);
  const last = breaks[breaks.length - 1];
  return last ? before.slice(last.index! + last[0].length) : before;
}

/** A date told as already past sets no time ahead ("agreed to restore the staffing of their embassies last month"). */
const TOLD_AS_PAST = /\b(?:last|yesterday|ago|earlier|previous)\b/i;

/**
 * "Germany pledged to deliver two more Patriot systems by March": a date after the commitment, in its clause, is the
 * time it sets; not one in a clause joined after it ("Norway pledged to send jets, and on Monday the first arrived").
 */
function markPromised(text: string, sentences: Sentence[], dates: DateMention[]): DateMention[] {
  for (const d of dates) {
    const s = sentences.find((x) => d.start >= x.start && d.start < x.end);
    if (s && !TOLD_AS_PAST.test(d.text) && COMMITS_TO.test(clauseTail(text, s, d.start))) d.promised = true;
  }
  return dates;
}

const SETTING_ANCHOR = /^(?:during|throughout|on\s+the\s+sidelines\s+of|in\s+the\s+course\s+of|(?:(?:shortly|just|immediately|soon)\s+)?(?:before|after|following|ahead\s+of)\s+(?:the|that|this)\s)\s*/i;

/**
 * "during his meeting with Trump at the NATO summit on July 8", "after the strikes on Trypilska in April 2024": a setting
 * whose noun phrase carries its own date is dated by it, not by the happening told before.
 */
function withoutSelfDatedSettings(text: string, sentences: Sentence[], dates: DateMention[]): DateMention[] {
  return dates.filter((d, i) => {
    const next = dates[i + 1];
    const near = next?.source === "chrono" && next.start - d.end <= 80 && !/[,;]/.test(text.slice(d.end, next.start));
    return !(near && d.source === "anchor" && SETTING_ANCHOR.test(d.text) && sentenceIndexAt(sentences, d.start) === sentenceIndexAt(sentences, next.start));
  });
}

/** "since" before a date, or before the noun phrase the date sits in ("since its full-scale invasion in February 2022"). */
const SINCE_BEFORE = /\bsince\s+(?:(?:the|its|their|his|her|an?|[\p{Lu}][\p{L}-]*['’]s)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:(?:in|of)\s+)?$/u;

/** Marks the dates that open a span: "has struck the grid every winter since its invasion in February 2022". */
function markSpanStarts(text: string, dates: DateMention[]): DateMention[] {
  for (const d of dates) if (opensSpan(text, d.start, d.text)) d.spanStart = true;
  return dates;
}

/** Where the words before a date leave its sentence: a line break (a heading: "A pattern since September"), a full stop, a semicolon. */
const SENTENCE_BREAK = /^[^]*(?:\n|[.!?;]\s)/;

/**
 * "have tripled since June 24, when a drone struck a tanker. Two days later, …": a span's start that a "when" clause
 * dates a happening by is that happening's day, which the story may move on from.
 */
const namesItsHappening = (text: string, end: number) => /^,?\s+when\s/.test(text.slice(end, end + 8));

/** A date that opens a span ("since February 2022") starts it; it is no day the story moves on from. */
function opensSpan(text: string, start: number, dateText: string): boolean {
  return /^since\b/i.test(dateText) || SINCE_BEFORE.test(text.slice(Math.max(0, start - 60), start).replace(SENTENCE_BREAK, ""));
}

/** "that August", "the previous March", "the following May": a month placed by the story's time, not the publication's. */
const MONTH_OF_STORY = /\b(that|the\s+(?:previous|preceding|following|next))\s+$/i;

/**
 * The year of a month placed by the date told before it: "that August" in the year last named, "the previous March"
 * the latest March before that date, "the following May" the first May after it.
 */
function yearOfStoryMonth(which: string, month: number, before: DateMention[]): number {
  const told = before[before.length - 1];
  if (which === "that") return ([...before].reverse().find((o) => NAMES_YEAR.test(o.text)) ?? told).from.getUTCFullYear();
  const y = told.from.getUTCFullYear(), m = told.from.getUTCMonth();
  if (/previous|preceding/.test(which)) return month >= m ? y - 1 : y;
  return month <= m ? y + 1 : y;
}

const YEAR_AFTER_MONTH = /^(?:of\s+)?(that|the\s+same|last|this|the\s+previous)\s+year$/i;

/**
 * A month whose year the text gives apart (chrono reads the halves separately): "in July that year" takes the year
 * of the latest date before it that names one, "in July last year" the year before publication; "last October"
 * is the latest October before the publication month, so a year back when published in October or earlier.
 */
export function monthYearIdioms(text: string, dates: DateMention[], pub: Date): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i], next = dates[i + 1];
    // "on May 5 of last year": a day takes the year given after it too.
    const monthOrDay = d.precision === "month" || (d.precision === "day" && d.source === "chrono" && /\d/.test(d.text) && !/\b(?:19|20)\d\d\b/.test(d.text));
    const yearWords = next && monthOrDay && next.precision === "year" && /^\s*(?:of\s+)?$/.test(text.slice(d.end, next.start)) ? YEAR_AFTER_MONTH.exec(next.text) : null;
    let year: number | null = null, end = d.end, start = d.start;
    if (yearWords) {
      const named = /that|same/i.test(yearWords[1]) ? [...out].reverse().find((o) => /\b(?:19|20)\d\d\b/.test(o.text)) : null;
      year = named ? named.from.getUTCFullYear() : next.from.getUTCFullYear();
      end = next.end;
      i++;
    } else if (d.precision === "month" && !/\b(?:19|20)\d\d\b/.test(d.text)) {
      const last = /\blast\s+$/i.exec(text.slice(Math.max(0, d.start - 8), d.start));
      const told = MONTH_OF_STORY.exec(text.slice(Math.max(0, d.start - 16), d.start));
      if (last) {
        year = pub.getUTCFullYear() - (d.from.getUTCMonth() >= pub.getUTCMonth() ? 1 : 0);
        start = d.start - last[0].length;
      } else if (told && out.length) {
        year = yearOfStoryMonth(told[1].toLowerCase(), d.from.getUTCMonth(), out);
        start = d.start - told[0].length;
      }
    }
    if (year === null) {
      out.push(d);
      continue;
    }
    const day = utc(year, d.from.getUTCMonth(), d.from.getUTCDate());
    const v = d.precision === "day" ? value(day, day, "day") : value(...monthRange(year, d.from.getUTCMonth()), "month");
    out.push({ ...d, ...v, start, end, text: text.slice(start, end), date: formatDate(v) });
  }
  return out;
}

/**
 * Dates that name their year ("in March 2022", "on November 21, 2025", "in 2023") need no reference day: an article
 * whose publication date is unknown still has them. Everything relative to the publication day is left out.
 */
export function findAbsoluteDates(text: string, sentences: Sentence[]): DateMention[] {
  const years = [...text.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
  if (!years.length) return [];
  // Any reference works for a phrase with its own year; the latest year named keeps chrono's guesses near the text.
  const reference = `${Math.max(...years)}-12-31`;
  return findDates(text, reference, sentences).filter((d) => (d.source === "chrono" || d.source === "idiom") && /\b(?:19|20)\d\d\b/.test(d.text));
}

/**
 * "the day before the adoption", "During the call": a definite noun points back to the latest earlier sentence
 * that names that happening, and takes the date nearest to the naming word there ("… threatened on Monday to veto
 * …, and dropped his objection only after a call with von der Leyen on Wednesday" → Wednesday for "the call").
 */
export function refAnchor(text: string, sentences: Sentence[], dates: DateMention[], ref: string[], before: number, unit?: "day", fromParagraph = 0): DateMention | null {
  for (let i = sentences.length - 1; i >= 0 && sentences[i].paragraph >= fromParagraph; i--) {
    const s = sentences[i];
    if (s.start >= before) continue;
    const words = [...text.slice(s.start, s.end).toLowerCase().matchAll(/[\p{L}-]+/gu)];
    // "The day before the meeting, they dined": a word inside a relation phrase names what it counts from, not a happening dated there.
    const inRelation = (pos: number) => dates.some((o) => o.source === "anchor" && pos >= o.start && pos < o.end && /\b(?:before|after)\s/i.test(o.text));
    const hit = words.find((w) => s.start + w.index! < before && ref.some((st) => w[0].startsWith(st)) && !inRelation(s.start + w.index!));
    if (!hit) continue;
    const at = s.start + hit.index;
    // A day shift ("the day after the verdict") counts only from a day, not from a month named near the word.
    const inS = dates.filter((o) => o.start >= s.start && o.end <= s.end && o.precision !== "unknown" && (!unit || o.precision === "day") && (before < s.end || !inBackgroundClause(text, sentences, o.start)));
    if (!inS.length) continue;
    const gap = (o: DateMention) => (o.start >= at ? o.start - at : at - o.end);
    return [...inS].sort((a, b) => precisionRank(a.precision) - precisionRank(b.precision) || gap(a) - gap(b))[0];
  }
  return null;
}

/**
 * "The day before the meeting", "During the meeting": the happening an earlier sentence names with the same noun ("opening
 * a meeting … on Wednesday"), else the nearest that reports it in other words ("met", "talks"). The same noun names the
 * same happening more surely: a nearer "talks" may be a verb ("Moscow talks about peace") or other talks.
 */
function namedAnchor(text: string, sentences: Sentence[], out: DateMention[], r: Raw): DateMention | null {
  const same = r.refNoun ? refAnchor(text, sentences, out, r.refNoun, r.start, r.unit) : null;
  return same ?? refAnchor(text, sentences, out, r.ref ?? [], r.start, r.unit);
}

/**
 * "He spoke on Tuesday, the day after he met the ministers": a relation set off by a comma right after a date
 * qualifies that date, so what follows "after" lies a day before it (and "in January, the day after …" stays January).
 */
function appositive(text: string, dates: DateMention[], at: number): DateMention | null {
  const last = dates[dates.length - 1];
  return last && last.date && /^\s*,\s*$/.test(text.slice(last.end, at)) ? last : null;
}

const PLUPERFECT = /\bhad\s+(?:\p{Ll}+ly\s+)?(?:been\s+)?\p{Ll}+(?:ed|en|wn|ne|ht|ck|ut|ld|it|ot|un)\b/u;
const REPORT_VERB = new RegExp(`\\b(?:${REPORTING_VERBS})\\b`);

/**
 * A date of the story's background, which later anaphora ("the next day", "during the visit") does not count from:
 * one in a "where" clause ("Zelensky, who had flown in from New York, where he addressed the UN on Thursday") or in
 * a pluperfect clause not reported ("a plant that missiles had knocked out in July"; not "said drones had hit …", nor
 * "said …, and that Kyiv had asked …"). The clause runs from the last comma.
 */
export function inBackgroundClause(text: string, sentences: Sentence[], at: number): boolean {
  const s = sentences.find((x) => at >= x.start && at < x.end);
  const before = text.slice(s?.start ?? Math.max(0, at - 200), at);
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1);
  if (/^\s*where\b/i.test(clause)) return true;
  if (SET_OFF_RELATIVE.test(before) && pluperfectAfterRelative(text.slice(at, s?.end ?? at + 200))) return true;
  const had = PLUPERFECT.exec(clause);
  // "He said troops had used them in August, and that Kyiv had asked for more in July": a second complement of the report.
  const secondComplement = /^\s*(?:and|but)\s+that\b/i.test(clause) && REPORT_VERB.test(before.slice(0, before.length - clause.length));
  return !!had && !secondComplement && !REPORT_VERB.test(clause.slice(0, had.index));
}

/** The words before a date open a relative set off by a comma, with no comma or semicolon since ("100,000" is no comma). */
const SET_OFF_RELATIVE = /,\s+wh(?:ich|o)\s(?:[^,;]|,(?=\d))*$/i;

/**
 * "The tanker, which loaded crude at Primorsk on May 12, had declared …": a relative set off inside a sentence whose own
 * predicate, after the relative closes, is in the pluperfect tells the past before the story's past, as that predicate does.
 */
function pluperfectAfterRelative(rest: string): boolean {
  const close = rest.search(/[,;]\s/);
  return close >= 0 && rest[close] === "," && new RegExp(`^\\s*${PLUPERFECT.source}`, "u").test(rest.slice(close + 1));
}

/** The day of a report earlier in the same sentence ("said on Thursday that … the day before"), if any. */
function reportDayBefore(text: string, sentences: Sentence[], dates: DateMention[], at: number): DateMention | null {
  const s = sentences.find((x) => at >= x.start && at < x.end);
  if (!s) return null;
  return dates.filter((d) => d.start >= s.start && d.end <= at && d.precision === "day" && isReportDate(text, d.start)).pop() ?? null;
}

/** Times counted from the moment of speaking: "overnight", "last night", "this morning", "earlier today", "over the past day". */
const SPEAKER_TIME = /^(?:overnight|last\s+night|this\s+morning|earlier\s+today|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours))$/i;

/**
 * "Drones struck the port overnight, the governor said on Tuesday" in a Thursday paper: the night is the one before
 * the report's day, not the publication's. A speaker's "overnight" or "last night" counts from the day they spoke
 * when the sentence gives it (a report date within the week before publication).
 */
function onTheReportDay(text: string, sentences: Sentence[], dates: DateMention[], pub: Date): DateMention[] {
  return dates.map((d) => {
    if (!SPEAKER_TIME.test(d.text)) return d;
    const s = sentences.find((x) => d.start >= x.start && d.start < x.end);
    const report = s && dates.find((r) => r.start >= s.start && r.end <= s.end && r.precision === "day" && isReportDate(text, r.start));
    const lag = report ? Math.round((pub.getTime() - report.from.getTime()) / DAY) : 0;
    if (lag < 1 || lag > 6) return d;
    const v = value(addDays(d.from, -lag), addDays(d.to, -lag), d.precision);
    return { ...d, ...v, date: formatDate(v) };
  });
}

/**
 * "… the State Emergency Service said on Friday", "according to data published on Wednesday": the day of a report, which
 * "the next day" in a later sentence does not count from.
 */
export function isReportDate(text: string, start: number): boolean {
  return /\b(?:said|says|told\s+(?:\S+\s+){0,2}?|wrote|added|stated|reported)\s*$/.test(text.slice(Math.max(0, start - 30), start)) || SOURCE_PUBLISHED.test(text.slice(Math.max(0, start - 90), start));
}

/** "… according to customs data published on Wednesday", "figures released by the ministry on Feb. 10": the day a source came out. */
const SOURCE_PUBLISHED = /\baccording\s+to\s+[^,;.!?]{0,40}?\b(?:published|released|issued|posted)\s+(?:by\s+[^,;.!?]{1,50}?\s+)?(?:on\s+)?$/;

export function precisionRank(p: Precision): number {
  return { day: 0, week: 1, month: 2, quarter: 3, year: 4, unknown: 5 }[p];
}
