/** Shared vocabulary of the statement steps: the context they read, the statement they build, verb lists. */
import type { Actor, ActorIndex, Mention } from "../actors";
import type { DateMention, Precision } from "../dates";
import { maskQuotes, type QuoteSpan, type Sentence } from "../sentences";
import { allMatches } from "../all-matches";
import { isPastTense } from "../nlp";
import { ED_WORD } from "../word-shapes";

export interface FoundStatement {
  speaker: Actor;
  quote: string;
  direct: boolean;
  start: number;
  end: number;
  sentence: Sentence;
  saidOn: string | null;
  saidPrecision: Precision | null;
  saidAt: string | null;
  /** Offsets of the verb/attribution used, for debugging and highlighting. */
  cue: string;
}

export interface Ctx {
  text: string;
  sentences: Sentence[];
  quotes: QuoteSpan[];
  index: ActorIndex;
  dates: DateMention[];
  /** The paper's day, when known: words are said before they are printed, so no later date dates a saying. */
  publishedOn?: string | null;
}

export const VERBS =
  "said|says|say|saying|told|tells|telling|warned|warns|warning|stated|states|announced|announces|added|adds|adding|claimed|claims|claiming|noted|notes|noting|" +
  "stressed|stresses|stressing|insisted|insists|insisting|reported|reports|declared|declares|argued|argues|arguing|confirmed|confirms|denied|denies|explained|explains|" +
  "emphasised|emphasized|emphasises|emphasizes|acknowledged|acknowledges|admitted|admits|revealed|reveals|asserted|alleged|predicted|cautioned|repeated|reiterated|" +
  "wrote|writes|posted|posts|underlined|underscored|assured|replied|replies|retorted|responded|commented|remarked|tweeted|quipped|asked|asks|called|calls|" +
  "describing|described|describes|dubbed|branded|urged|urges|accused|accuses|lambasted|criticised|criticized|condemned|blamed|praised|slammed|vowed|vows|promised|promises|" +
  "pledged|pledges|threatened|threatens|quoted|recalled|concluded|continued|explained|elaborated|announcing|declaring|telling|thanked|alleging|estimated|estimates|estimate|expressed|calling|complained|complains|conceded|concedes|countered|counters|warn|insist|argue|denounced|denounces|decried|hailed|welcomed|welcomes|thank|mentioned|joked|boasted|lamented|wondered|suggested|suggests|observed|demanded|demands|pleaded|dismissed|rejected|answered|hinted|mocked|scoffed|appealed|signalled|signaled|writing|" +
  // How a quotation was spoken ("…», she murmurs"; 'Asked whether she was afraid, she laughed. "Every day."').
  "murmurs|murmured|whispers|whispered|sighs|sighed|shouts|shouted|laughs|laughed|recalls|explains";
export const VERB_RE = new RegExp(`\\b(${VERBS})\\b`, "g");
export const VERB_TEST = new RegExp(`\\b(${VERBS})\\b`);
export const THAT_VERBS = new Set(
  ("said says say told tells warned warns stated announced added adding claimed claims noted noting stressed stressing insisted insisting reported reports " +
    "declared argued arguing confirmed denied explained emphasised emphasized acknowledged admitted revealed asserted alleged predicted cautioned repeated " +
    "reiterated wrote posted underlined underscored assured warning telling recalled concluded claiming alleging estimated estimates estimate expressed " +
    "saying replied responded complained complains conceded concedes countered counters suggested suggests observed lamented boasted joked answered hinted writing " +
    "notes stresses insists argues adds admits acknowledges confirms denies explains declares reveals emphasises emphasizes writes").split(" "),
);
/**
 * Verbs that report only with a "that" clause after them: "believes that", "officials fear that", "reaffirmed that",
 * "informed India that", and the base form after "to" or a modal ("was careful to add that", "would argue that").
 * Elsewhere they report nothing.
 */
const THAT_ONLY_VERBS = new RegExp(
  "\\b(pointed\\s+out|points\\s+out|reaffirmed|reaffirms|maintained|maintains|believes|believed|believe|thinks|think|fears|feared|fear|hopes|hoped|hope|expects|expect|indicated|indicates|informed|found|ruled|testified|disclosed|contended|" +
    "(?<=\\b(?:to|would|will|could|did|does|do|must|may|might|can|should)\\s+)(?:add|note|stress|claim|admit|acknowledge|confirm|deny|explain|declare|reveal|emphasi[sz]e|write|maintain|reaffirm))\\b",
  "g",
);
/**
 * Verbs that report a clause without "that" ("said Russia had …"), in the past and the present ("insists Kyiv must …");
 * not "claims" or "adds", which as often take an object ("claims the region as its own", "adds 117 vessels to the list").
 */
export const BARE_CLAUSE_VERBS = new Set(
  ("said says told warned added claimed insisted stressed noted saying adding announced confirmed argued stated explained acknowledged admitted reiterated " +
    "tells warns insists stresses argues explains acknowledges admits confirms reiterates").split(" "),
);
export const PROMISE_VERBS = /\b(promised|pledged|vowed|threatened|vows|promises|pledges|threatens)\s+(?:(?:on|in|at)\s+(?:[\p{L}\d]+\s+){1,2})?(to\s+\p{Ll}[\p{L}-]*)/gu;
/**
 * Verbs that judge someone for something ("lambasted Europe for …", "accused Kyiv of …"). Not "thanked X for …": thanks
 * assert nothing (tuning: three of ten were listed; validation precision 0.909 → 0.912).
 */
export const JUDGE_VERBS = /\b(lambasted|criticised|criticized|accused|condemned|blamed|praised|slammed|urged|rebuked|castigated|chided|called on|appealed to|described|branded)\s+(?!that\b)/g;
export const PREPOSITIONS = /^(of|to|for|with|by|from|at|in|on|against|between|about|including|into|than|like|among|toward|towards|over|under|after|before|during|via|and|or)$/i;
export const ADVERBS = /^(also|has|have|had|later|further|previously|reportedly|repeatedly|again|then|once|had|recently|earlier|publicly|separately|adamantly|bluntly|angrily|firmly|quickly|already|has also|would|will|did|does|not|never)$/i;
export const CLAUSE_START = /^(it|he|she|they|we|there|the|a|an|its|his|her|their|this|these|those|no|all|any|some|russia|ukraine|kyiv|moscow|\p{Lu}[\p{L}’'-]*)$/u;
export const NOT_CLAUSE_START = /^(to|on|in|at|that|during|after|before|while|when|late|earlier|later|also|again|then|so|nothing|little|much|more|this|yes|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|about|of|for|with|by|from|as|is|are|was|were|be|been|had|has|have|would|will|could|should|did|does|do|may|might|must|can)$/i;
/**
 * Auxiliaries and modals, and the simple pasts the lexicon files as something else ("hit", "set", "left", "lost"): a
 * finite verb wherever they stand.
 */
const FINITE_WORDS = new Set("is are was were will would had has have could can should might must did does do may shall left hit rose lost put set cut drew woke understood".split(" "));
/** A word on its own, not the tail of a hyphenated one ("so-called" holds no "called"). */
const FREE_WORD = /(?<![\p{L}-])\p{Ll}+/gu;
/** Whether `text` holds a finite verb: an auxiliary or modal, an "-ed" word, or a word the lexicon reads as a simple past ("met", "fled"). */
export function hasFiniteVerb(text: string): boolean {
  FREE_WORD.lastIndex = 0;
  for (let m = FREE_WORD.exec(text); m; m = FREE_WORD.exec(text)) {
    if (FINITE_WORDS.has(m[0]) || ED_WORD.test(m[0]) || isPastTense(m[0])) return (FREE_WORD.lastIndex = 0), true;
  }
  return false;
}

export function inAnyQuote(ctx: Ctx, pos: number) {
  return ctx.quotes.some((q) => pos >= q.start && pos < q.end);
}

export function mentionsIn(ctx: Ctx, start: number, end: number): Mention[] {
  return ctx.index.mentions.filter((m) => m.start >= start && m.end <= end && !inAnyQuote(ctx, m.start));
}

export function verbsIn(text: string, from: number, to: number): { start: number; end: number; word: string }[] {
  const out: { start: number; end: number; word: string }[] = [];
  const slice = text.slice(from, to);
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(slice); m; m = VERB_RE.exec(slice)) out.push({ start: from + m.index, end: from + m.index + m[0].length, word: m[1] });
  return out;
}

/** The verbs of THAT_ONLY_VERBS in `text`, marked as reporting only with a "that" clause. */
export function thatOnlyVerbsIn(text: string): { start: number; end: number; word: string; thatOnly: true }[] {
  return allMatches(THAT_ONLY_VERBS, text).map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[1], thatOnly: true }));
}

export function verbsOutsideQuotes(ctx: Ctx, from: number, to: number) {
  const m = maskQuotes(ctx, from, to);
  return verbsIn(m, 0, m.length).map((v) => ({ ...v, start: v.start + from, end: v.end + from }));
}

export function sentenceOf(ctx: Ctx, pos: number): Sentence | undefined {
  return ctx.sentences.find((s) => pos >= s.start && pos < s.end);
}
