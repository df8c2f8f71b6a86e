/** Happenings named by a reduced relative clause: "a revised legal text sent to capitals on Monday". */
import { type EventCtx, type FoundEvent, inQuote } from "./context";
import { isPastTense, lexiconTag, toPresent } from "../nlp";
import { locationIn } from "./location";
import { typeOfPhrase } from "./triggers";
import { capitalize, PLANNED_PARTICIPLES } from "../word-shapes";
import { REPORTING_VERBS } from "./finite-clause";

const AUX = "(?:was|were|had|has|have|been|being|be|is|are|not|also|then|which|that|who|and|or|but)";
const PARTICIPLE = `(?!(?:${PLANNED_PARTICIPLES}|needed|required|called|based|aimed|designed)\\b)(?:\\p{Ll}{3,}ed|sent|held|signed|made|given|taken|brought|put|set|built|won|shot|struck|hit|begun|drawn|laid|sold|paid|agreed)`;
/** The subject of a contact relative, before its verb: "the levy | it imposed", "the ground | they had seized". */
const CONTACT_SUBJECT = String.raw`(?:it|they|he|she|we)\s+(?:(?:had|has|have)\s+)?`;
const REDUCED_RELATIVE = new RegExp(
  `\\b(?:the|a|an)\\s+((?:(?!${AUX}\\b)[\\p{L}\\d-]+\\s+){1,5}?(?:${CONTACT_SUBJECT})?${PARTICIPLE}(?:\\s+(?:to|in|at|by|with|from|against|for|on|near)\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){1,3}?)?)\\s*$`,
  "uy",
);

/**
 * The reduced relative ending the text, opened by the determiner nearest to its end: "a plan modeled on | the accord
 * signed" is the accord's relative, not the plan's.
 */
function nearestReducedRelative(text: string): RegExpExecArray | null {
  const determiners = [...text.matchAll(/\b(?:the|a|an)\s/g)].reverse();
  for (const at of determiners) {
    REDUCED_RELATIVE.lastIndex = at.index;
    const m = REDUCED_RELATIVE.exec(text);
    if (m) return m;
  }
  return null;
}

/** "Brandt said in a video address posted on Telegram": the setting of a speech report, told by the report itself. */
const SPEECH_SETTING = new RegExp(`\\b(?:${REPORTING_VERBS})\\s+(?:in|during|at)\\s+$`, "u");

/** "…, the newspaper reported on Thursday": a source set off at the end with its reporting verb, no reduced relative. */
const SET_OFF_SOURCE = new RegExp(`,\\s*(?:the|a|an)\\s+(?:[\\p{L}\\d-]+\\s+){1,5}?(?:${REPORTING_VERBS})\\s*$`, "u");

/** "the 2027 budget", "the March 15 vote": a date with its own article modifies the noun after it; it is no adjunct of time. */
const NOUN_MODIFIER_DATE = /^the\s+(?:\d|\p{Lu}\p{L}*\.?\s+\d)/u;

/** Only names and "and" before the noun phrase: it is the sentence's subject. */
const SUBJECT_SO_FAR = /^[\s"“]*(?:(?:\p{Lu}[\p{L}’'.-]*|and|,)\s*)*$/u;

/**
 * A contact relative: the noun, then its own subject pronoun and verb, no "that" ("the levy it imposed on imports", "the
 * ground they had seized in May"). The pronoun is the doer and the noun what was done: "Court imposes levy on imports".
 */
const CONTACT_RELATIVE = /^(?<noun>.+?)\s+(?<pronoun>it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?(?<verb>\p{Ll}+)(?<rest>.*)$/u;

/**
 * Who a contact relative's pronoun stands for: its own resolved mention ("he"), else the last actor named before the
 * noun phrase in its sentence ("the US on Friday removed the tariff | it imposed"); null when the sentence names none.
 */
function pronounDoer(ctx: EventCtx, sentenceStart: number, phraseStart: number, pronounAt: number): string | null {
  const own = ctx.index.mentions.find((x) => x.pronoun && x.start === pronounAt);
  const before = ctx.index.mentions.filter((x) => !x.pronoun && x.actor.kind !== "media" && x.start >= sentenceStart && x.end <= phraseStart);
  const doer = own ?? before.sort((a, b) => a.start - b.start).pop();
  if (!doer) return null;
  return doer.actor.kind === "person" ? (doer.actor.name.split(/\s+/).pop() ?? null) : doer.actor.name;
}

/** The title of a contact relative ("Court imposes fishing levy"), or null when the phrase is no contact relative. */
function contactTitle(ctx: EventCtx, phrase: string, phraseStart: number, sentenceStart: number): string | null {
  const m = CONTACT_RELATIVE.exec(phrase);
  if (!m) return null;
  const { noun, pronoun, verb, rest } = m.groups!;
  const doer = pronounDoer(ctx, sentenceStart, phraseStart, phraseStart + phrase.indexOf(` ${pronoun} `, noun.length) + 1);
  // "the levy it imposed last August" with no one named: the thing done, as a reduced relative tells it ("Levy imposed").
  if (!doer) return capitalize(`${noun} ${verb}${rest}`);
  return capitalize(`${doer} ${toPresent(verb, { plural: /^(?:they|we)$/.test(pronoun) && !/^\p{Lu}/u.test(doer) })} ${noun}${rest}`);
}

const REPORT_WORD = new RegExp(`^(?:${REPORTING_VERBS})$`);
/** The word before a noun phrase is a verb's (not a report's) or a preposition's: the phrase is an object, not a clause's subject. */
function isObjectAfterVerb(textBefore: string): boolean {
  const word = /(\p{Ll}+)\s*$/u.exec(textBefore)?.[1];
  if (!word || REPORT_WORD.test(word)) return false;
  return lexiconTag(word) === "Preposition" || isPastTense(word);
}

/** "plan of 50 million euros approved by the Council of Ministers" → "Council of Ministers approves plan of 50 million euros". */
function activeTitle(phrase: string): string {
  const m = /^(.+?)\s+(\p{Ll}{3,}ed)\s+by\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(phrase);
  const t = m ? `${m[3]} ${toPresent(m[2], { plural: false })} ${m[1]}` : phrase;
  return capitalize(t);
}

/**
 * A dated happening named by a reduced relative clause ("a revised legal text sent to capitals on Monday", "the exchanges
 * agreed in Istanbul in June") is an event of its own. It takes over the date from a bare dated clause around it that had
 * no trigger of its own ("X said the Commission had addressed … in a text sent to capitals on Monday"); a typed event that
 * already owns the date keeps it.
 */
export function participialEvents(ctx: EventCtx, events: FoundEvent[], bodyStart: number) {
  for (const d of ctx.dates) {
    if (!d.date || d.start < bodyStart || inQuote(ctx, d.start) || NOUN_MODIFIER_DATE.test(d.text)) continue;
    const s = ctx.sentences.find((x) => d.start >= x.start && d.end <= x.end);
    if (!s) continue;
    const before = ctx.text.slice(Math.max(s.start, d.start - 120), d.start);
    const m = nearestReducedRelative(before);
    if (!m || SET_OFF_SOURCE.test(before) || SPEECH_SETTING.test(before.slice(0, m.index))) continue;
    const start = d.start - before.length + m.index + m[0].indexOf(m[1]);
    // "Russia and the United States agreed last month to …": a subject with its past verb, not a reduced relative.
    if (SUBJECT_SO_FAR.test(ctx.text.slice(s.start, d.start - before.length + m.index))) continue;
    const phrase = m[1].trim();
    const title = contactTitle(ctx, phrase, start, s.start) ?? activeTitle(phrase);
    const holders = events.filter((e) => e.start <= d.start && e.end >= d.end && e.date === d.date);
    const typed = holders.filter((e) => e.type !== "other");
    // "the parties discussed a proposal modeled on the corridor agreed in 2022": the typed clause around an object's
    // relative happened on a day of its own; the relative's date is not its date.
    if (typed.length && !(isObjectAfterVerb(ctx.text.slice(s.start, d.start - before.length + m.index)) && typed.every((e) => e.start < start))) continue;
    for (const h of typed) Object.assign(h, { date: null, datePrecision: "unknown", dateText: null });
    for (const h of holders) if (h.type === "other") events.splice(events.indexOf(h), 1);
    const type = typeOfPhrase(phrase);
    const mentions = ctx.index.mentions.filter((x) => x.start >= start && x.end <= d.end && x.actor.kind !== "media");
    const actors = [...new Set(mentions.map((x) => x.actor))];
    events.push({
      title,
      type,
      date: d.date,
      datePrecision: d.precision,
      dateText: d.text,
      actors: actors.map((a) => a.name),
      actorRoles: actors.map((a) => ({ name: a.name, role: "participant" as const })),
      location: locationIn(ctx, start, d.end),
      fatalities: null,
      start,
      end: d.end,
      relativeDated: true,
    });
  }
}
