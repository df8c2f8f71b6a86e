/**
 * Statements: direct quotations attributed to a speaker, and indirect statements introduced by
 * an explicit reporting verb ("Putin warned that …", "…, the ministry said", "according to X, …",
 * "Trump promised to …", "he lambasted Europe for …"). A statement needs a speaker that resolves
 * to an actor; quoted words with no attribution nearby are scare quotes or titles, not statements.
 */
import { PLURAL_GROUP, roleNounRe, type Actor, type ActorIndex, type Mention } from "./actors";
import { precisionRank, type DateMention, type Precision } from "./dates";
import { ROLE_NOUNS } from "./gazetteer";
import { maskQuotes, wordCount, type QuoteSpan, type Sentence } from "./sentences";

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

const VERBS =
  "said|says|say|saying|told|tells|telling|warned|warns|warning|stated|states|announced|announces|added|adds|adding|claimed|claims|claiming|noted|notes|noting|" +
  "stressed|stresses|stressing|insisted|insists|insisting|reported|reports|declared|declares|argued|argues|arguing|confirmed|confirms|denied|denies|explained|explains|" +
  "emphasised|emphasized|emphasises|emphasizes|acknowledged|acknowledges|admitted|admits|revealed|reveals|asserted|alleged|predicted|cautioned|repeated|reiterated|" +
  "wrote|writes|posted|posts|underlined|underscored|assured|replied|replies|retorted|responded|commented|remarked|tweeted|quipped|asked|asks|called|calls|" +
  "describing|described|describes|dubbed|branded|urged|urges|accused|accuses|lambasted|criticised|criticized|condemned|blamed|praised|slammed|vowed|vows|promised|promises|" +
  "pledged|pledges|threatened|threatens|quoted|recalled|concluded|continued|explained|elaborated|announcing|declaring|telling|thanked|alleging";
const VERB_RE = new RegExp(`\\b(${VERBS})\\b`, "g");
const VERB_TEST = new RegExp(`\\b(${VERBS})\\b`);
const THAT_VERBS = new Set(
  ("said says say told tells warned warns stated announced added adding claimed claims noted noting stressed stressing insisted insisting reported reports " +
    "declared argued arguing confirmed denied explained emphasised emphasized acknowledged admitted revealed asserted alleged predicted cautioned repeated " +
    "reiterated wrote posted underlined underscored assured warning telling recalled concluded claiming alleging").split(" "),
);
const BARE_CLAUSE_VERBS = new Set("said says told warned added claimed insisted stressed noted saying adding announced".split(" "));
const PROMISE_VERBS = /\b(promised|pledged|vowed|threatened|vows|promises|pledges|threatens)\s+(to\s+\p{Ll}[\p{L}-]*)/gu;
const JUDGE_VERBS = /\b(lambasted|criticised|criticized|accused|condemned|blamed|praised|slammed|urged|rebuked|castigated|chided|called on|appealed to|thanked|described|branded)\s+(?!that\b)/g;
const PREPOSITIONS = /^(of|to|for|with|by|from|at|in|on|against|between|about|including|into|than|like|among|toward|towards|over|under|after|before|during|via|and|or)$/i;
const ADVERBS = /^(also|has|have|had|later|further|previously|reportedly|repeatedly|again|then|once|had|recently|earlier|publicly|separately|adamantly|bluntly|angrily|firmly|quickly|already|has also|would|will|did|does|not|never)$/i;
const CLAUSE_START = /^(it|he|she|they|we|there|the|a|an|its|his|her|their|this|these|those|no|all|any|some|russia|ukraine|kyiv|moscow|\p{Lu}[\p{L}’'-]*)$/u;
const NOT_CLAUSE_START = /^(to|on|in|at|that|during|after|before|while|when|late|earlier|later|also|again|then|so|nothing|little|much|more|this|yes|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|about|of|for|with|by|from|as|is|are|was|were|be|been|had|has|have|would|will|could|should|did|does|do|may|might|must|can)$/i;
const FINITE = /(?<![\p{L}-])(is|are|was|were|will|would|had|has|have|could|can|should|might|must|did|does|do|may|shall|\p{Ll}{3,}ed|spoke|met|held|took|made|gave|came|went|sent|left|hit|struck|fell|rose|began|lost|won|kept|brought|saw|fought|led|built|shot|sought|became|got|put|set|cut|ran|flew|knew|grew|paid|sold|bought|meant|felt|stood|told|thought|said|wrote|broke|chose|drove|froze|stole|spent|lent|dealt)\b/u;

const ROLE_NP = roleNounRe();
/** "the ministry said", "Ivan Fedorov, Head of the Oblast Military Administration, has reported". */
const TAIL_ATTRIBUTION = "(?:[^,]{1,100}?(?:,\\s+[^,]{1,80}?,)?\\s+)?(?:(?:has|have|had)\\s+)?(?:said|says|reported|announced|added|stated|claimed|wrote|posted|told)";
/** "the Moscow-installed governor, " right before the name it describes. */
const ROLE_APPOSITION = new RegExp(`^\\s*(?:the|a|an|its|his|her)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${ROLE_NOUNS.join("|")}),\\s*$`, "iu");
const norm = (s: string) => s.toLowerCase().replace(/[“”"‘’'«».,;:!?—–-]+/g, " ").replace(/\s+/g, " ").trim();

interface Ctx {
  text: string;
  sentences: Sentence[];
  quotes: QuoteSpan[];
  index: ActorIndex;
  dates: DateMention[];
}

function inAnyQuote(ctx: Ctx, pos: number) {
  return ctx.quotes.some((q) => pos >= q.start && pos < q.end);
}

function mentionsIn(ctx: Ctx, start: number, end: number): Mention[] {
  return ctx.index.mentions.filter((m) => m.start >= start && m.end <= end && !inAnyQuote(ctx, m.start));
}

/** The person holding a role named by a noun phrase ("the regional governor"): the last one before `pos`, else the next one named shortly after. */
function lastPersonWithRole(ctx: Ctx, pos: number, roleWord: string, modifiers: string): Actor | null {
  const mods = modifiers.toLowerCase().split(/\s+/).filter((w) => w && !/^(the|a|an|country's|country’s|top|senior|new|regional|local)$/.test(w));
  const stateNames = mods.map((m) => ctx.index.stateOfDemonym.get(m.charAt(0).toUpperCase() + m.slice(1)) ?? m).map((m) => m.toLowerCase());
  const fits = (m: Mention) => {
    const role = m.actor.role?.toLowerCase();
    if (m.actor.kind !== "person" || !role?.includes(roleWord.toLowerCase())) return false;
    return stateNames.every((n) => role.includes(n) || role.includes(n.replace(/ian$|ish$|ese$|an$/, "")));
  };
  const before = ctx.index.mentions.filter((m) => m.start < pos && fits(m));
  if (before.length) return before[before.length - 1].actor;
  // A lead paragraph names the role first and the person in the next paragraph.
  return ctx.index.mentions.find((m) => m.start > pos && m.start < pos + 600 && !m.pronoun && fits(m))?.actor ?? null;
}

const BODY_NOUN = /^(ministry|agency|service|office|department|committee|directorate|administration|staff|council|commission|court|government|parliament|bank|army|military)$/i;

/** "…, it said": the institution that was the subject of one of the last sentences before `pos` in the same or the previous paragraph. */
function subjectBodyBefore(ctx: Ctx, pos: number): Actor | null {
  const si = ctx.sentences.findIndex((x) => pos >= x.start && pos < x.end);
  const here = ctx.sentences[si];
  if (!here) return null;
  for (let k = si - (here.start === pos ? 1 : 0); k >= Math.max(0, si - 3); k--) {
    const sen = ctx.sentences[k];
    if (sen.paragraph < here.paragraph - 1) break;
    const ms = mentionsIn(ctx, sen.start, Math.min(sen.end, pos)).filter((m) => !m.pronoun);
    const subj = ms.find((m) => !m.possessive || /^['’]s\s+\p{Ll}/u.test(ctx.text.slice(m.end, m.end + 4)) === false);
    if (!subj) continue;
    if (subj.actor.kind === "person") return null;
    return subj.actor;
  }
  return null;
}

/** A mention inside an apposition or relative clause ("X, director general of the IAEA, told"; "X, who met Y on Monday, said") gives way to X. */
function appositionHead(ctx: Ctx, ms: Mention[], i: number, vStart: number): Actor | null {
  const m = ms[i];
  if (!/,\s*$/.test(ctx.text.slice(m.end, vStart)) || (ctx.text.slice(m.end, vStart).match(/,/g) ?? []).length !== 1) return null;
  for (let j = i - 1; j >= 0; j--) {
    const p = ms[j];
    if (p.actor === m.actor) continue;
    const gap = ctx.text.slice(p.end, m.start);
    if (/[;.:]/.test(gap) || (gap.match(/,/g) ?? []).length !== 1 || !/^\s*,/.test(gap)) continue;
    if (p.actor.kind === "person" && !p.possessive) return p.actor;
  }
  return null;
}

/** The actor doing the reporting verb at [vStart, vEnd): subject before it, or "said X" after it. */
function speakerOfVerb(ctx: Ctx, sentence: Sentence, vStart: number, vEnd: number): Actor | null {
  const { text } = ctx;
  // "…, adding that …" / "…, saying …": the participle shares the main clause's subject.
  if (/ing$/.test(text.slice(vStart, vEnd)) && /,\s*$/.test(text.slice(Math.max(sentence.start, vStart - 3), vStart))) {
    const whole = ctx.sentences.find((s) => vStart >= s.start && vStart < s.end) ?? sentence;
    const earlier = verbsOutsideQuotes(ctx, whole.start, vStart - 1).filter((v) => !/ing$/.test(v.word));
    const main = earlier[earlier.length - 1];
    if (main) return speakerOfVerb(ctx, whole, main.start, main.end);
    const first = mentionsIn(ctx, whole.start, vStart).find((m) => !m.possessive);
    return first?.actor ?? null;
  }
  const beforeText = text.slice(sentence.start, vStart);
  // Title-only subject: "the minister said", "Turkey's foreign minister told".
  const words = beforeText.trimEnd().split(/\s+/);
  let k = words.length - 1;
  while (k >= 0 && ADVERBS.test(words[k].replace(/[^\p{L}]/gu, ""))) k--;
  const head = (words[k] ?? "").replace(/[^\p{L}’'-]/gu, "");
  if (/^it$/i.test(head) && (k === 0 || /[,;]$/.test(words[k - 1]))) return subjectBodyBefore(ctx, sentence.start);
  // "the ministry said": the body of that kind named last.
  if (BODY_NOUN.test(head) && /^the$/i.test(words[k - 1] ?? "")) {
    const prev = ctx.index.mentions.filter((x) => x.start < vStart && x.actor.kind !== "person" && !x.pronoun && x.actor.name.toLowerCase().includes(head.toLowerCase()));
    if (prev.length) return prev[prev.length - 1].actor;
  }
  // "X said A and stressed that B": the second verb shares the first one's subject.
  if (/,?\s*\b(?:and|but)\s+(?:also\s+)?$/.test(text.slice(sentence.start, vStart))) {
    const whole = ctx.sentences.find((x) => vStart >= x.start && vStart < x.end) ?? sentence;
    const earlier = verbsOutsideQuotes(ctx, whole.start, vStart - 1);
    const first = earlier.find((v) => !/ing$/.test(v.word));
    if (first && first.start < vStart) {
      const sp = speakerOfVerb(ctx, whole, first.start, first.end);
      if (sp) return sp;
    }
  }
  const nearBefore = words.slice(Math.max(0, k - 4), k + 1).join(" ");
  const roleM = ROLE_NP.exec(nearBefore);
  const ms = mentionsIn(ctx, sentence.start, vStart);
  const lastMention = ms[ms.length - 1];
  if (roleM && (!lastMention || lastMention.end < vStart - nearBefore.length + (roleM.index ?? 0))) {
    const p = lastPersonWithRole(ctx, vStart, roleM[2], roleM[1]);
    if (p) return p;
  }
  if (PLURAL_GROUP.test(head) && !(lastMention && lastMention.end >= vStart - head.length - 12 && text.slice(lastMention.start, lastMention.end).endsWith(head))) return null;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i];
    const head = appositionHead(ctx, ms, i, vStart);
    if (head) return head;
    const between = text.slice(m.end, vStart);
    if (/[;:]/.test(between) || /\b(that|who|which)\b/.test(between) && !/\band\b/.test(between)) {
      // A relative or reported clause separates this mention from the verb.
      if (/\bwho\b/.test(between)) return m.actor;
      continue;
    }
    if (m.possessive) continue;
    const prevWord = /(\p{L}+)\W*$/u.exec(text.slice(Math.max(sentence.start, m.start - 20), m.start))?.[1] ?? "";
    // "before he added": a nominative pronoun is a subject whatever precedes it.
    if (PREPOSITIONS.test(prevWord) && !m.pronoun) {
      // "Analysts at Renaissance Capital said", "a spokesman for the ministry said": the body speaks.
      const group = new RegExp(`\\b(?:analysts|economists|experts|researchers|strategists|officials|sources|a\\s+spokes\\w+|representatives?)\\s+${prevWord}\\s+(?:the\\s+)?$`, "i");
      if (/^(at|from|with|for)$/i.test(prevWord) && group.test(text.slice(Math.max(sentence.start, m.start - 40), m.start))) return m.actor;
      continue;
    }
    const nextWord = /^\s*(\p{L}+)/u.exec(text.slice(m.end, m.end + 20))?.[1] ?? "";
    if (PLURAL_GROUP.test(nextWord) && text.slice(m.end, vStart).trim().split(/\s+/).length <= 3) return null;
    return m.actor;
  }
  // "…, said Peskov" / "said the Kremlin spokesman"
  const after = mentionsIn(ctx, vEnd, Math.min(sentence.end, vEnd + 80));
  if (after.length && !/[,.;:]/.test(text.slice(vEnd, after[0].start)) && !after[0].possessive) {
    const gap = text.slice(vEnd, after[0].start).trim().split(/\s+/).filter(Boolean);
    if (gap.length <= 5 && !gap.some((w) => PREPOSITIONS.test(w))) {
      // "said Kremlin aide Yuri Ushakov": the head of the noun phrase is its last name.
      const np = after.filter((m) => !/[,.;:(]|\b(?:who|which|and)\b/.test(text.slice(after[0].end, m.start)));
      return (np.find((m) => m.actor.kind === "person") ?? np[np.length - 1]).actor;
    }
  }
  const roleAfter = /^\s+(the|a)\s+((?:[\p{L}-]+\s+){0,3}?)(president|prime minister|minister|spokesman|spokeswoman|spokesperson|official|ambassador|envoy|governor|mayor|commander)\b/iu.exec(text.slice(vEnd, vEnd + 60));
  if (roleAfter) return lastPersonWithRole(ctx, vStart, roleAfter[3], roleAfter[2]);
  return null;
}

const SOURCE_DOC = /^(?:an?|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|post|report|readout|message|data|figures|estimates?|assessment|note|video|tally|count|transcript|summary|release|update|decree|document)\s+(?:from|by|of|issued\s+by|published\s+by)\s+/iu;

function accordingTo(ctx: Ctx, sentence: Sentence, from: number, to: number): Actor | null {
  const m = /\baccording to\s+/i.exec(ctx.text.slice(from, to));
  if (!m) return null;
  let pos = from + m.index + m[0].length;
  // "according to him": the person last mentioned before.
  if (/^(him|her)\b/i.test(ctx.text.slice(pos, pos + 4))) {
    const prev = ctx.index.mentions.filter((x) => x.start < pos && x.actor.kind === "person" && !inAnyQuote(ctx, x.start));
    return prev[prev.length - 1]?.actor ?? null;
  }
  // "according to a statement from the governor, X"
  const doc = SOURCE_DOC.exec(ctx.text.slice(pos, pos + 80));
  if (doc) pos += doc[0].length;
  const after = mentionsIn(ctx, pos, Math.min(sentence.end, pos + 80));
  if (!after.length) return null;
  const gapText = ctx.text.slice(pos, after[0].start);
  const gap = gapText.trim().split(/\s+/).filter(Boolean);
  if (gap.length > 3 && !(after[0].actor.kind === "person" && ROLE_APPOSITION.test(gapText))) return null;
  const np = after.filter((m) => !/[,.;:(]|\b(?:who|which|and|from|of)\b/.test(ctx.text.slice(after[0].end, m.start)));
  return (np.find((m) => m.actor.kind === "person") ?? np[np.length - 1]).actor;
}

function verbsIn(text: string, from: number, to: number): { start: number; end: number; word: string }[] {
  const out: { start: number; end: number; word: string }[] = [];
  const slice = text.slice(from, to);
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(slice); m; m = VERB_RE.exec(slice)) out.push({ start: from + m.index, end: from + m.index + m[0].length, word: m[1] });
  return out;
}

function verbsOutsideQuotes(ctx: Ctx, from: number, to: number) {
  const m = maskQuotes(ctx, from, to);
  return verbsIn(m, 0, m.length).map((v) => ({ ...v, start: v.start + from, end: v.end + from }));
}

function sayDate(ctx: Ctx, sentence: Sentence, exclude: [number, number]): DateMention | null {
  const ds = ctx.dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end && (d.end <= exclude[0] || d.start >= exclude[1]) && !inAnyQuote(ctx, d.start) && d.date);
  ds.sort((a, b) => precisionRank(a.precision) - precisionRank(b.precision));
  return ds[0] ?? null;
}

const VENUE_RE = /\b(?:at|during|on the sidelines of|in (?:comments|remarks|an interview|a speech) (?:at|to|during))\s+(?:the\s+|a\s+)?((?:[\p{Lu}][\p{L}’'-]*\s+){0,4}(?:Forum|Summit|Conference|Assembly|Congress|Council|Dialogue|forum|summit|conference|meeting|talks|briefing|press conference|news conference|session))(?:\s+in\s+(\p{Lu}[\p{L}-]+))?/u;
const PLACE_RE = /\bin\s+(\p{Lu}[\p{L}-]+)\b/u;

function venueOf(ctx: Ctx, sentence: Sentence, exclude: [number, number]): string | null {
  const t = maskQuotes(ctx, sentence.start, sentence.end);
  const rel = [exclude[0] - sentence.start, exclude[1] - sentence.start];
  const outside = t.slice(0, Math.max(0, rel[0])) + " ".repeat(Math.max(0, rel[1] - rel[0])) + t.slice(Math.max(0, rel[1]));
  const v = VENUE_RE.exec(outside);
  if (v) return v[2] ? `${v[1].trim()}, ${v[2]}` : v[1].trim();
  const p = PLACE_RE.exec(outside);
  if (p && !/^(January|February|March|April|May|June|July|August|September|October|November|December|The)$/.test(p[1])) {
    const a = ctx.index.byForm.get(p[1]);
    if (!a || a.metonyms.has(p[1])) return p[1];
  }
  return null;
}

/**
 * Quoted words that are no statement: a single word ("theft", "other"), or a short phrase the writer
 * quotes as a name or label ("a promised “big announcement”", "the so-called “Victory Plan”").
 */
export function isScareQuote(text: string, q: QuoteSpan, innerWords: number): boolean {
  if (innerWords <= 1) return true;
  if (innerWords > 3) return false;
  const before = text.slice(Math.max(0, q.start - 30), q.start);
  return /\b(?:so-called|dubbed|termed|labelled|labeled|branded|named|called|titled|known as)\s*$/i.test(before) || /(?:^|\s)(?:an?|an?\s+\p{Ll}+)\s*$/u.test(before) && !/\b(?:what\s+\p{Ll}+\s+called|as)\s+an?\s*$/u.test(before);
}

function trimClause(s: string): string {
  return s
    .replace(/,?\s+(?:in (?:comments|remarks|an interview|a statement|a speech|a post|a televised address)\b|according to\b|he said\b|she said\b|they said\b|adding\b).*$/s, "")
    // "… claimed that X, Russia's Foreign Ministry said": the outer attribution is not part of the clause.
    .replace(/,\s+(?:the\s+)?(?:[\p{L}’'.-]+\s+){0,5}(?:said|says|reported|added|stated|wrote|posted)(?:\s+(?:on|in)\s+[^,]{0,40})?[.!]?$/su, "")
    .replace(/[\s,;:—–-]+$/, "")
    .replace(/(?<![”"’.])\.$/, "")
    .replace(/^[\s,]+/, "");
}

function makeStatement(ctx: Ctx, speaker: Actor, start: number, end: number, direct: boolean, sentence: Sentence, cue: string): FoundStatement {
  while (start < end && /\s/.test(ctx.text[start])) start++;
  while (end > start && /\s/.test(ctx.text[end - 1])) end--;
  const d = sayDate(ctx, sentence, [start, end]);
  return { speaker, quote: ctx.text.slice(start, end), direct, start, end, sentence, saidOn: d?.date ?? null, saidPrecision: d?.precision ?? null, saidAt: venueOf(ctx, sentence, [start, end]), cue };
}

export function findStatements(ctx: Ctx, opts: { indirectFrom: number; directOnlyRanges?: [number, number][] }): FoundStatement[] {
  const { text, sentences, quotes } = ctx;
  const out: FoundStatement[] = [];
  const sentenceOf = (pos: number) => sentences.find((s) => pos >= s.start && pos < s.end);

  // Direct quotations.
  let previous: FoundStatement | null = null;
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    const s = sentenceOf(q.innerStart);
    if (!s) continue;
    const innerWords = wordCount(text.slice(q.innerStart, q.innerEnd));
    if (innerWords === 0 || isScareQuote(text, q, innerWords)) continue;
    let speaker: Actor | null = null;
    let cue = "";
    const afterVerbs = verbsOutsideQuotes(ctx, q.end, s.end);
    const afterText = maskQuotes(ctx, q.end, s.end);
    const firstAfter = afterVerbs[0];
    const innerTail = text.slice(q.innerStart, q.innerEnd).trimEnd().slice(-1);
    const attributionShape = /^\s*[,—–-]/.test(afterText) || /[,.!?…—–-]/.test(innerTail);
    if (firstAfter && attributionShape && afterText.slice(0, firstAfter.start - q.end).trim().replace(/^[,—–-]\s*/, "").split(/\s+/).filter(Boolean).length <= 6 && !/[.;]/.test(afterText.slice(0, firstAfter.start - q.end))) {
      speaker = speakerOfVerb(ctx, { ...s, start: q.end }, firstAfter.start, firstAfter.end);
      cue = firstAfter.word;
    }
    if (!speaker) speaker = accordingTo(ctx, s, q.end, s.end) ?? accordingTo(ctx, s, s.start, q.start);
    if (!speaker) {
      const beforeVerbs = verbsOutsideQuotes(ctx, s.start, q.start);
      const v = beforeVerbs[beforeVerbs.length - 1];
      if (v) {
        speaker = speakerOfVerb(ctx, s, v.start, v.end);
        cue = v.word;
      }
    }
    if (!speaker && firstAfter) {
      speaker = speakerOfVerb(ctx, { ...s, start: q.end }, firstAfter.start, firstAfter.end);
      cue = firstAfter.word;
    }
    // Headline style: “Won't Be Dictated To”: Jaishankar On Russian Oil.
    if (!speaker && text.slice(s.start, q.start).trim() === "" && /^\s*:/.test(text.slice(q.end, q.end + 3))) {
      const named = mentionsIn(ctx, q.end, Math.min(s.end, q.end + 40)).find((m) => !m.pronoun);
      if (named?.actor.kind === "person" && text.slice(q.end, named.start).replace(/[:\s]/g, "").length <= 12) {
        speaker = named.actor;
        cue = "headline";
      }
    }
    if (!speaker && previous && innerWords >= 3) {
      // A quotation with no attribution of its own continues the previous speaker
      // (split quotes, follow-on paragraphs), if it opens its sentence.
      const sameOrNext = q.paragraph - (sentenceOf(previous.start)?.paragraph ?? -9) <= 1;
      const opensSentence = text.slice(s.start, q.start).trim() === "";
      if (sameOrNext && opensSentence && previous.direct) {
        speaker = previous.speaker;
        cue = "continuation";
      }
    }
    if (!speaker) continue;
    const st = makeStatement(ctx, speaker, q.innerStart, q.innerEnd, true, s, cue);
    // Mid-sentence split quotation: “We will not,” he said, “surrender.” -> one statement.
    const prev = out[out.length - 1];
    const between = prev ? text.slice(prev.end + 1, q.start) : "";
    if (prev && prev.direct && prev.speaker === speaker && prev.sentence === s && /^\p{Ll}/u.test(st.quote) && /,$/.test(prev.quote) && /^\s*[^,.;]{1,50},\s*$/.test(between)) {
      prev.quote = `${prev.quote.replace(/,$/, "")} ${st.quote}`;
      prev.end = st.end;
      (prev as FoundStatement & { segments?: [number, number][] }).segments = [[prev.start, q.innerStart - 1], [st.start, st.end]];
      continue;
    }
    out.push(st);
    previous = st;
  }

  // Indirect statements, only in the body.
  const taken: [number, number][] = [];
  const isTaken = (pos: number) => taken.some(([a, b]) => pos >= a && pos < b);
  const directInside = (a: number, b: number) => out.filter((x) => x.direct && x.start >= a && x.end <= b);
  const pushIndirect = (speaker: Actor | null, a: number, b: number, s: Sentence, cue: string) => {
    if (!speaker || b <= a) return;
    const coord = /,?\s+(?:and|but)\s+(?:also\s+)?(?!had\b|has\b|was\b|were\b)(blamed|accused|called|urged|criticised|criticized|warned|rejected|dismissed|denied|vowed|promised|pledged|threatened|praised|condemned|insisted|said|added|claimed|stressed|noted|argued|stated|suggested|described|told|asserted|alleged|admitted|acknowledged|demanded)\s/.exec(text.slice(a, b));
    const participle = /,\s+(?:telling|saying|adding|warning|noting|stressing|insisting|arguing|claiming)\b/.exec(text.slice(a, b));
    // "…, and the defence group Rheinmetall announced …": another speaker's statement starts.
    const other = /,?\s+(?:and|but|while|whereas)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){1,4}?(?:said|says|announced|added|stated|claimed|warned|told|reported)\b/u.exec(text.slice(a, b));
    const cut = Math.min(coord ? coord.index : b - a, participle ? participle.index : b - a, other ? other.index : b - a);
    const raw = text.slice(a, a + cut);
    const clause = trimClause(raw);
    const off = raw.indexOf(clause);
    const start = a + Math.max(0, off), end = start + clause.length;
    const words = wordCount(clause);
    if (words < 3) return;
    const quoted = directInside(start, end).reduce((n, x) => n + wordCount(x.quote), 0);
    // "X said the move was “unfair”" is the direct quote; a paraphrase needs words of its own
    // ("X said borders “must not be changed by force”" has them).
    const own = clause.replace(/[“"«][^”"»]*[”"»]?/g, " ").trim();
    if (quoted > 0 && (wordCount(own) === 0 || (words - quoted < 4 && /\b(?:is|are|was|were|be|been|as)\W*$/i.test(own)))) return;
    taken.push([start, end]);
    out.push(makeStatement(ctx, speaker, start, end, false, s, cue));
  };
  for (const s of sentences) {
    if (s.start < opts.indirectFrom) continue;
    const m = maskQuotes(ctx, s.start, s.end);
    // "X said/warned/told Y that …"
    for (const v of verbsIn(m, 0, m.length)) {
      const vs = s.start + v.start, ve = s.start + v.end;
      if (isTaken(vs)) continue;
      const rest = m.slice(v.end);
      if (THAT_VERBS.has(v.word)) {
        const t = /^((?:\s+[^\s;:.]+){0,12}?)\s+that\s+/.exec(rest);
        const objectAllowed = /^(told|tells|telling|assured|warned|warning)$/.test(v.word);
        if (t && !/[;\d]/.test(t[1]) && !VERB_TEST.test(t[1]) && (objectAllowed || /^\s*(?:$|in|on|at|during|late|earlier|later|also|again|repeatedly|publicly|previously|on\s|,)/.test(t[1])) && !/\bwith\b/.test(t[1])) {
          const clauseStart = ve + t[0].length;
          pushIndirect(speakerOfVerb(ctx, s, vs, ve), clauseStart, s.end, s, v.word);
          continue;
        }
      }
      // "…, adding the war …" reports; "banning X and adding 117 vessels" does not.
      if (BARE_CLAUSE_VERBS.has(v.word) && !(/ing$/.test(v.word) && !/,\s*$/.test(m.slice(0, v.start)))) {
        // Wire style without "that": "Zelenskiy said Russia had launched …"
        let r = rest;
        let skip = 0;
        if (v.word === "told") {
          const obj = /^\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*)*|reporters|journalists|lawmakers|parliament|an?\s+\w+\s+\w+)/u.exec(r);
          if (!obj) continue;
          skip += obj[0].length;
          r = r.slice(obj[0].length);
        }
        const adj = /^\s*,?\s*(?:on\s+\p{Lu}\p{Ll}+|in\s+a\s+(?:statement|post|video|interview)(?:\s+on\s+\w+)?|late\s+on\s+\p{Lu}\p{Ll}+|earlier|in\s+\p{Lu}\p{Ll}+)\s*,?/u.exec(r);
        if (adj) {
          // "said on Wednesday, hours after …": the comma closes the attribution.
          if (/,\s*$/.test(adj[0])) continue;
          skip += adj[0].length;
          r = r.slice(adj[0].length);
        }
        const first = /^\s+([\p{L}’'-]+)/u.exec(r)?.[1] ?? "";
        // "told reporters in Vienna, pausing before …": a participle after a comma starts no reported clause.
        if (/,\s*$/.test(rest.slice(0, skip)) && /ing$/.test(first)) continue;
        const head = r.split(/,/)[0].trim().split(/\s+/).slice(0, 10).join(" ");
        const pronounOnly = v.word === "announced" && !/^(it|he|she|they|we)$/i.test(first);
        if (first && !pronounOnly && (CLAUSE_START.test(first) || /^\p{Ll}+$/u.test(first)) && !NOT_CLAUSE_START.test(first) && FINITE.test(head)) {
          pushIndirect(speakerOfVerb(ctx, s, vs, ve), ve + skip, s.end, s, v.word);
          continue;
        }
      }
    }
    // "…, the ministry said." / "…, said Peskov." / "…, according to X."
    // The attribution may end the sentence or be followed by "…, while warning that …" / "…, while Ukraine remains …".
    const tail =
      new RegExp(`^(.*?\\S),\\s+(${TAIL_ATTRIBUTION}(?:\\s+[^,]{0,50})?|according to\\s+[^,]{1,60}(?:,\\s+\\p{Lu}[^,]{1,40})?)[.!]?\\s*$`, "su").exec(m) ??
      new RegExp(`^(.*?\\S),\\s+(${TAIL_ATTRIBUTION}(?:\\s+[^,]{0,60})?|according to\\s+[^,]{1,60}),\\s+(?:while|whereas|although|but|as|after|hours after|days after|amid|when|before|following|\\p{Ll}+ing)\\b`, "su").exec(m);
    const tailAdjunct = tail ? /\b(?:said|says|reported|announced|added|stated|claimed|wrote|posted|told)\b(.*)$/s.exec(tail[2])?.[1] ?? "" : "";
    const tailOk = !!tail && (/^according/i.test(tail[2]) || (tailAdjunct.trim().split(/\s+/).filter(Boolean).length <= 8 && !/\bthat\b/.test(tailAdjunct) && !(FINITE.test(tailAdjunct) && !/^\s*(?:the|a|an|\p{Lu})/u.test(tailAdjunct))));
    // A clause that already holds a reported statement ("Lavrov claimed that …, the ministry said") or an attributed quotation is not reported again.
    const tailClauseEnd = tail ? s.start + tail[1].length : s.start;
    const overlapsTaken = taken.some(([a, b]) => a < tailClauseEnd && b > s.start);
    const attributedQuote = !!tail && out.some((x) => x.direct && x.start >= s.start && x.end <= tailClauseEnd) && VERB_TEST.test(m.slice(0, tail[1].length));
    if (tail && tailOk && !isTaken(s.start) && !overlapsTaken && !attributedQuote) {
      const attrStart = s.start + tail[1].length;
      const vs = verbsIn(m, tail[1].length, m.length)[0];
      const speaker = /^according/i.test(tail[2]) ? accordingTo(ctx, s, attrStart, s.end) : vs ? speakerOfVerb(ctx, { ...s, start: attrStart }, s.start + vs.start, s.start + vs.end) : null;
      const clauseHasQuoteOnly = quotes.some((q) => q.start <= s.start + 1 && q.end >= attrStart - 1);
      if (!clauseHasQuoteOnly) pushIndirect(speaker, s.start, attrStart, s, "tail");
    }
    // "According to X, …"
    const lead = /^According to\s+([^,]{1,60}),\s+/u.exec(m);
    if (lead && !isTaken(s.start + lead[0].length)) pushIndirect(accordingTo(ctx, s, s.start, s.start + lead[0].length), s.start + lead[0].length, s.end, s, "according to");
    // "Trump promised to broker …"
    PROMISE_VERBS.lastIndex = 0;
    for (let p = PROMISE_VERBS.exec(m); p; p = PROMISE_VERBS.exec(m)) {
      const vs = s.start + p.index;
      if (isTaken(vs)) continue;
      const from = vs + p[1].length + 1;
      const endRel = /,|;|\s+—\s+|\s+but\s+/.exec(m.slice(from - s.start));
      pushIndirect(speakerOfVerb(ctx, s, vs, vs + p[1].length), from, endRel ? from + endRel.index : s.end, s, p[1]);
    }
    // "he lambasted Europe for …"
    JUDGE_VERBS.lastIndex = 0;
    for (let p = JUDGE_VERBS.exec(m); p; p = JUDGE_VERBS.exec(m)) {
      const vs = s.start + p.index;
      if (isTaken(vs)) continue;
      const restRel = m.slice(p.index);
      if (!/^\S+\s+(?:[\p{L}’'-]+\s+){0,5}?(?:for|of|to|over|as)\s+/u.test(restRel)) continue;
      const endRel = /,|;|\s+—\s+|\s+but\s+/.exec(restRel);
      pushIndirect(speakerOfVerb(ctx, s, vs, vs + p[1].length), vs, endRel ? vs + endRel.index : s.end, s, p[1]);
    }
  }

  // Same words by the same speaker once (headline and standfirst repeat the body).
  out.sort((a, b) => a.start - b.start);
  const seen = new Map<string, FoundStatement>();
  const result: FoundStatement[] = [];
  const rangesFirst = opts.directOnlyRanges ?? [];
  const inHeader = (x: FoundStatement) => rangesFirst.some(([a, b]) => x.start >= a && x.end <= b);
  const bodyQuotes = new Set(out.filter((x) => !inHeader(x)).map((x) => `${x.direct}|${norm(x.quote)}`));
  for (const x of [...out.filter((x) => !inHeader(x)), ...out.filter(inHeader)]) {
    const key = `${x.speaker.name}|${x.direct}|${norm(x.quote)}`;
    if (seen.has(key)) continue;
    // Headlines credit the institution ("Kremlin says") with the spokesman's words quoted in the body.
    if (inHeader(x) && bodyQuotes.has(`${x.direct}|${norm(x.quote)}`)) continue;
    seen.set(key, x);
    result.push(x);
  }
  return result.sort((a, b) => a.start - b.start);
}
