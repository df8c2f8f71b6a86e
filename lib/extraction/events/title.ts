/**
 * Event titles written like headlines from the clause itself: who did what (to whom), in the present
 * tense, at most 80 characters, never clipped with an ellipsis.
 *   "On Tuesday, Russian forces captured the village of Shandryholove in the Donetsk region, the Russian
 *    Defence Ministry said" → "Russian forces capture village of Shandryholove in Donetsk region"
 */
import type { Actor, Mention } from "../actors";
import type { DateMention } from "../dates";
import { isPastTense, lexiconTag, toPresent } from "../nlp";
import { type EventCtx, SPEAKER_LABEL } from "./context";
import { type Antecedent, withAntecedent } from "./relative";

/** A kicker in capitals before a dash ("KYIV — …", "UPDATE — …"). */
const DESK_KICKER = /^\s*\p{Lu}{3,}[^—–]{0,40}?\s+[—–-]\s+/u;
/** A name and its apposition ("Zelensky, the Ukrainian president, …"). */
const NAME_APPOSITION = /(\p{Lu}[\p{L}]+),\s+(?:the\s+)?(?!\p{Ll}+ing\b)\p{Ll}[^,]{2,70},\s/u;
/** "…, six months" left at the end once an "after" clause is split off. */
const TRAILING_SPAN = /,\s+(?:just\s+|only\s+)?(?:\p{L}+|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s*$/u;
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
}

const SAY = /^(.{2,90}?)\s+(?:said|says|reported|announced|claimed|confirmed|wrote|stated)(?:\s+(?:on|in)\s+(?:Telegram|X|a statement|its\s+\p{L}+(?:\s+\p{L}+)?\s+report))?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?(?=\s+that\b))?\s*,?\s+(?:that\s+)?/u;
const ROLE_WORD = /^(?:president|minister|chancellor|spokes(?:man|woman|person)|governor|gov\.|envoy|commander|commander-in-chief|chief|head|secretary|aide|mr|ms|mrs|dr|pm|premier|leader|mayor|ambassador|director|expert|general|adviser|advisor)$/i;
const PREFIX_WORD = /^(?:\p{Lu}[\p{L}.-]*|of|the|regional|special|deputy|foreign|defen[cs]e|prime|external|affairs|interior|general|military|oblast|state|\p{Ll}*(?:man|woman|person)|president|minister|governor|envoy|commander|chief|head|secretary|aide|leader|mayor|ambassador|director|expert|adviser|advisor)$/u;
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|this|that|these|those|to)$/i;
const PLURAL_HINT = /^(?:\p{Ll}+[^s'’]s|\p{Lu}\p{L}+ans|people|police|both|militaries)$/u;
const STOP_TAIL = /\s+(?:killing|injuring|wounding|leaving|saying|including|and|or|the|a|an|of|in|on|at|to|for|with|by|from|as|after|over|its|his|her|their|into|near|while|which|who|that|amid|including|some|about|than|more)$/i;
const CUT_BEFORE = /,\s|\s(?=(?:and|in|on|at|for|with|after|as|to|from|over|near|by|during|while|which|who|amid|including|saying|according|before|since|despite)\s(?!least\b))/g;

/** A person's surname with its particles ("Bart De Wever" → De Wever, "Ursula von der Leyen" → von der Leyen). */
export function surname(name: string): string {
  return /(?:\b(?:[Dd]e|[Vv]an|[Vv]on|[Dd]er|[Dd]en|[Dd]a|[Dd]i|[Dd]u|[Ll]e|[Ll]a|[Dd]el|[Tt]er)\s+)*\S+$/.exec(name)?.[0] ?? name;
}

function shortName(a: Actor): string {
  return a.kind === "person" ? surname(a.name) : a.name;
}

/** The span's text with the date phrase removed and each person named by surname, without title or role words. */
function plainText(ctx: EventCtx, inp: TitleInput): string {
  const edits: { from: number; to: number; put: string }[] = [];
  // A possessive date goes with its "'s" ("Last year's summer offensive" → "summer offensive").
  const possessive = inp.date ? /^['’]s\b/.exec(ctx.text.slice(inp.date.end, inp.date.end + 3))?.[0].length ?? 0 : 0;
  if (inp.date && inp.date.start >= inp.start && inp.date.end <= inp.end) edits.push({ from: inp.date.start, to: inp.date.end + possessive, put: "" });
  for (const m of ctx.index.mentions) {
    if (m.start < inp.start || m.end > inp.end || m.actor.kind !== "person" || m.pronoun) continue;
    const before = ctx.text.slice(inp.start, m.start).split(/(\s+)/);
    let eat = 0, sawRole = false;
    for (let i = before.length - 1; i >= 0; i--) {
      const w = before[i];
      if (!w || /^\s+$/.test(w)) continue;
      if (!PREFIX_WORD.test(w)) break;
      if (ROLE_WORD.test(w)) sawRole = true;
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

/** Drops what is not the happening: attribution, leading time words and connectives, "according to …". */
function dropFraming(t: string, reportedHappening: boolean): string {
  t = t
    .replace(SPEAKER_LABEL, "")
    // A live blog's time stamp ("10:42 — Russian drones hit …").
    .replace(/^\s*\d{1,2}[:.]\d{2}\s*(?:(?:a\.?m\.?|p\.?m\.?|GMT|UTC|CET|EET|local time)\s*)?[—–-]?\s*/i, "")
    .replace(DESK_KICKER, "")
    .replace(/^\s*according to [^,]{2,80},\s*/i, "")
    .replace(/,?\s+according to\b.*$/s, "")
    // A trailing attribution, with one apposition in it (", the city's mayor, Vitalii Maletskyi, said").
    .replace(/,\s+(?:[^,]{2,90}?)(?:,\s+[^,]{2,60}?,)?\s+(?:said|says|reported|announced|claimed|wrote|told\s+\S+)(?:\s+(?:on|in)\s+[^,]+)?\s*[.,]?$/s, "")
    .replace(/,\s+(?:who|which)\s+[^,]+,/g, "")
    .replace(NAME_APPOSITION, "$1 ")
    .replace(/,\s+(?:he|she|they|it|officials?|police)\s+(?:said|says|added|wrote)\b(?=\s*(?:,|$))/gi, "")
    .replace(/^((?:\S+\s+){2,}\S+?)\s*,\s+(?:calling|describing|branding|saying|adding|noting|citing)\b.*$/s, "$1")
    .replace(/,\s*(?=,)/g, "")
    .replace(/\s+(?:said|says|reported|announced)\s*$/, "")
    .replace(/\s+in a statement\b|\s+on Telegram\b|\s+in an interview\b/g, "")
    // What an "after" clause split off leaves behind: "…, six months [after …]".
    .replace(TRAILING_SPAN, "");
  if (reportedHappening) {
    const m = SAY.exec(t);
    if (m) {
      const rest = t.slice(m[0].length);
      const speaker = m[1].replace(/^(?:[\s,]*(?:but|and|then|also|meanwhile|separately|earlier)\b[\s,]*)+/i, "").trim();
      t = /^(?:it|its|they|their|he|his|she|her)\b/i.test(rest) ? `${speaker} says ${rest.replace(/^(\S+\s+)had\s+/, "$1")}` : rest;
    }
  }
  return t
    .replace(/^[\s,;—–-]*(?:(?:but|and|before|after|since|until|while|whereas|however|meanwhile|in the meantime|following|then|also|separately|(?:on|in|at|during|over|since)(?=\s*,))\b[\s,]*)+/i, "")
    // "… but said Budapest would not contribute": the report's verb alone, its speaker in the clause before.
    .replace(/^(?:said|says|added|adds)\s+(?:that\s+)?(?=\S)/i, "")
    .replace(/\s+,/g, ",")
    .replace(/\s{2,}/g, " ")
    .replace(/^[\s,]+|[\s,.;:]+$/g, "");
}

const SUBJECT_FILLER = /^(?:\p{Ll}+ly|last|also|still|already|now|jointly|again)$/u;

/** Whether the words before the verb name more than one: "Russia and Ukraine", "Russian forces", "They". */
function pluralSubject(words: string[]): boolean {
  if (words.includes("and") || /^(?:they|we)$/i.test(words[0] ?? "")) return true;
  const head = [...words].reverse().find((w) => !SUBJECT_FILLER.test(w)) ?? "";
  if (head === words[0] && CAPITALISED_PLURAL.test(head)) return capitalisedPlural(head);
  return PLURAL_HINT.test(head.replace(/[,;]$/, ""));
}

/** A title's capitalised first word as a common plural ("Officials", "Insurers"), not a name or place ("Brussels"). */
function capitalisedPlural(word: string): boolean {
  const tag = [lexiconTag(word) ?? []].flat();
  return tag.includes("Plural") || (!tag.length && PLURAL_HINT.test(word.toLowerCase()));
}

const replaceAt = (words: string[], i: number, put: string[], drop = 1) => [...words.slice(0, i), ...put, ...words.slice(i + drop)];
const isParticiple = (w: string) => isPastTense(w) || lexiconTag(w) === "Participle" || /ed$/.test(w);

/**
 * The first verb group after the subject, put in the present: "dismissed" → "dismisses", "has called" → "calls",
 * "was attacked" → "attacked". Returns the words and how many of them reach up to the verb.
 */
function presentTense(t: string): { words: string[]; verbEnd: number } {
  const words = t.split(" ");
  for (let i = 1; i < words.length && i < 12; i++) {
    const w = words[i].toLowerCase();
    const prev = words[i - 1];
    const next = words[i + 1]?.toLowerCase() ?? "";
    const plural = pluralSubject(words.slice(0, i));
    if (/^(?:has|have|had)$/.test(w)) {
      let j = i + 1;
      while (j < words.length && /^(?:\p{Ll}+ly|also|already|now|been)$/u.test(words[j])) j++;
      // "have been blocking the crossing" → "block the crossing": the activity, in the present.
      if (words[j - 1] === "been" && /^\p{Ll}{3,}ing$/u.test(words[j] ?? "")) return { words: [...words.slice(0, i), ...words.slice(i + 1, j - 1), toPresent(words[j], { plural }), ...words.slice(j + 1)], verbEnd: j - 1 };
      if (words[j - 1] === "been") return { words: replaceAt(words, i, [], j - i), verbEnd: i + 1 };
      if (!words[j] || !isParticiple(words[j])) return { words, verbEnd: i + 1 };
      return { words: [...words.slice(0, i), ...words.slice(i + 1, j), toPresent(words[j], { plural }), ...words.slice(j + 1)], verbEnd: j };
    }
    if (/^(?:was|were)$/.test(w)) {
      if (isParticiple(next)) return { words: replaceAt(words, i, []), verbEnd: i + 1 };
      return { words: replaceAt(words, i, [w === "was" ? "is" : "are"]), verbEnd: i + 1 };
    }
    if (w === "did") return { words: replaceAt(words, i, [plural ? "do" : "does"]), verbEnd: i + 1 };
    if (!LOWER_FIRST.test(words[i]) || DETERMINER.test(prev)) continue;
    // "Talks, led by Rubio": a participle of a reduced relative, not the verb.
    // The lexicon files some past forms under adjectives ("rejected"); right after a named subject an -ed word is the verb.
    if ((isPastTense(w) || (/^[a-z]{4,}ed$/.test(w) && /^\p{Lu}/u.test(prev))) && next !== "by") return { words: replaceAt(words, i, [toPresent(w, { plural })]), verbEnd: i + 1 };
    if (/^(?:PresentTense|Infinitive|Modal|Copula)$/.test(lexiconTag(w) ?? "")) return { words, verbEnd: i + 1 };
  }
  return { words, verbEnd: 0 };
}

/** Headline style: no articles, no "also". */
function headlineStyle(t: string): string {
  return t
    .replace(/(?<![\p{L}\p{N}'’-])(?:the|an?)\s+(?!(?:dozen|few|number|third|half|quarter)\b)(?=\S)/giu, "")
    .replace(/\s+also(?![\p{L}])/gu, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** At most `max` characters, cut at a phrase boundary and never with an ellipsis. */
export function fitTitle(t: string, max = MAX_TITLE, minCut = 12): string {
  if (t.length <= max) return t;
  let best = -1;
  CUT_BEFORE.lastIndex = 0;
  for (let m = CUT_BEFORE.exec(t); m; m = CUT_BEFORE.exec(t)) if (m.index <= max && m.index >= minCut) best = m.index;
  let cut = best > 0 ? t.slice(0, best) : t.slice(0, t.lastIndexOf(" ", max));
  while (STOP_TAIL.test(cut)) cut = cut.replace(STOP_TAIL, "");
  return cut.replace(/[\s,;:—–-]+$/, "");
}

/** A clause coordinated with the one before, or a "who" relative on its subject: it shares that subject (not "which"/"that"/"where"). */
function sharesSubject(ctx: EventCtx, inp: TitleInput): boolean {
  if (!inp.subject || inp.subject.end > inp.start) return false;
  // "Reliance Industries, which signed …": the named antecedent of a "which" relative is its subject.
  if (/^,\s+which\s+$/.test(ctx.text.slice(inp.subject.end, inp.start))) return true;
  return !/\b(?:which|that|where)\s*$/.test(ctx.text.slice(Math.max(0, inp.start - 8), inp.start));
}

/** Whether the text opens with a past verb ("visited …", "held …"). */
const startsPast = (t: string) => /^\p{Ll}+ed\b/u.test(t.trim()) || isPastTense(/^\p{Ll}+/u.exec(t.trim())?.[0] ?? "");

export function makeTitle(ctx: EventCtx, inp: TitleInput): string {
  const text = plainText(ctx, inp);
  const attribution = SAY.exec(text.replace(/^[\s,]+/, ""));
  const reportedHappening = !!attribution && inp.trigger !== null && inp.trigger - inp.start > attribution.index + attribution[0].length - 2;
  let t = dropFraming(text, reportedHappening);
  if (inp.antecedent) t = withAntecedent(t, inp.antecedent);
  // A clause opening with a quotation is titled by what follows it.
  const opening = ctx.quotes.find((q) => q.start >= inp.start && !ctx.text.slice(inp.start, q.start).trim() && q.end < inp.end);
  if (opening && ctx.text.slice(opening.end, inp.end).split(/\s+/).filter(Boolean).length >= 4) t = dropFraming(ctx.text.slice(opening.end, inp.end), false);
  if ((inp.subject?.pronoun && /^(?:he|she|it|they)\b/i.test(t)) || (sharesSubject(ctx, inp) && /^it\s/i.test(t))) t = t.replace(/^(?:he|she|it|they)\b/i, shortName(inp.subject!.actor));
  // A coordinated verb phrase ("… and visited a plant in Osaka") is titled with the subject it shares.
  else if (sharesSubject(ctx, inp) && startsPast(t)) t = `${shortName(inp.subject!.actor)} ${t.trim()}`;
  // "…, his second visit since taking office in May" → "Merz takes office".
  else if (sharesSubject(ctx, inp) && /^\p{Ll}{3,}ing\s/u.test(t.trim())) t = `${shortName(inp.subject!.actor)} ${t.trim().replace(/^\p{Ll}+/u, (g) => toPresent(g, { plural: false }))}`;
  const { words, verbEnd } = presentTense(t);
  // Cut after the verb and the word that follows it, so the title keeps who did what.
  const styled = headlineStyle(words.join(" "));
  const verbAt = headlineStyle(words.slice(0, verbEnd + 1).join(" ")).length;
  t = fitTitle(styled, MAX_TITLE, Math.min(verbAt + 1, MAX_TITLE - 20));
  return t.charAt(0).toUpperCase() + t.slice(1);
}
