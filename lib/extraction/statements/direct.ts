/**
 * Direct statements: quotations attributed to a speaker. Each quotation tries, in order, an attribution
 * right after it ("…,” Peskov said), "according to X", a reporting verb before it (Peskov said: “…”),
 * a later verb in the sentence, a headline ("“…”: Jaishankar On …"), a caption ("Sybiha in Kyiv: “…”"), a dash credit
 * ('“…” — Zelensky'), a "Quote:" label, an age ('“…,” the 41-year-old said') and, for a quotation that opens its
 * sentence, the previous quotation's speaker. Quoted words with no speaker are scare quotes or titles.
 */
import type { Actor } from "../actors";
import { maskQuotes, wordCount, type QuoteSpan, type Sentence } from "../sentences";
import { mentionsIn, sentenceOf, verbsOutsideQuotes, type Ctx, type FoundStatement } from "./context";
import { followOnQuote } from "./follow-on";
import { introducedSpeaker } from "./introduced";
import { quoteLabelSpeaker } from "./quote-label";
import { agedSpeaker } from "./aged-speaker";
import { accordingTo } from "./according-to";
import { speakerOfVerb } from "./speaker";
import { isScareQuote, makeStatement } from "./statement";
import { LOWER_START } from "../word-shapes";

type Attribution = { speaker: Actor; cue: string } | null;

const CONJUNCTION_FIRST = /^(?:and|but|while|whereas|although|though|because)\b/i;
const PASSIVE = /\b(?:been|be|being|was|were|is|are)\s+$/;

export function findDirectStatements(ctx: Ctx): FoundStatement[] {
  const out: FoundStatement[] = [];
  let previous: FoundStatement | null = null;
  for (const [i, q] of ctx.quotes.entries()) {
    const s = sentenceOf(ctx, q.innerStart);
    if (!s) continue;
    const innerWords = wordCount(ctx.text.slice(q.innerStart, q.innerEnd));
    if (innerWords === 0 || isScareQuote(ctx.text, q, innerWords)) continue;
    const found =
      attribution(ctx, q, s) ??
      (innerWords >= 3 ? reporterBefore(ctx, q, s, previous) ?? introducedSpeaker(ctx, q, s, previous) ?? continuation(ctx, q, s, previous) ?? attributionInNextParagraph(ctx, q, ctx.quotes[i + 1]) ?? followOnQuote(ctx, q, s, previous) : null);
    if (!found) continue;
    const st = makeStatement(ctx, found.speaker, q.innerStart, q.innerEnd, true, s, found.cue);
    if (joinSplitQuote(ctx, out[out.length - 1], st, q, s)) continue;
    out.push(st);
    previous = st;
  }
  return out;
}

function attribution(ctx: Ctx, q: QuoteSpan, s: Sentence): Attribution {
  return relayed(ctx, q, s, attributionAfter(ctx, q, s, true) ?? attributionAccordingTo(ctx, q, s)) ?? attributionBefore(ctx, q, s) ?? asPutIt(ctx, q, s) ??
    attributionAfter(ctx, q, s, false) ?? headlineSpeaker(ctx, q, s) ?? colonSpeaker(ctx, q, s) ?? dashedName(ctx, q, s) ?? colonParagraphBefore(ctx, q, s) ??
    quoteLabelSpeaker(ctx, q, s) ?? agedSpeaker(ctx, q, s);
}

/** "As a banker in Moscow put it to me," / "As Peskov put it:" right before the quotation: who put it speaks it. */
const AS_PUT_IT = /\bAs\s+([^,;"“”«»]{2,80}?)\s+(?:once\s+|has\s+|had\s+)?put\s+it(?:\s+to\s+\p{L}+)?\s*[,:]?\s*$/u;

function asPutIt(ctx: Ctx, q: QuoteSpan, s: Sentence): Attribution {
  const m = AS_PUT_IT.exec(ctx.text.slice(s.start, q.start));
  if (!m) return null;
  const from = s.start + m.index + m[0].indexOf(m[1]);
  const named = mentionsIn(ctx, from, from + m[1].length).find((x) => !x.possessive);
  return named ? { speaker: named.actor, cue: "put it" } : null;
}

/** "Foreign Minister ": capitalised title words between a credit's dash and the name. */
const TITLE_BEFORE_NAME = /^(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;

/**
 * '“We will not surrender.” — Volodymyr Zelensky': a dash and a name closing the sentence after the quotation (or, when
 * the quotation's full stop ended the sentence, making up the next one in the paragraph).
 */
function dashedName(ctx: Ctx, q: QuoteSpan, s: Sentence): Attribution {
  const next = ctx.sentences[s.index + 1];
  const end = q.end >= s.end && next?.paragraph === s.paragraph ? next.end : s.end;
  const after = ctx.text.slice(q.end, end);
  const dash = /^\s*[—–-]\s*/.exec(after);
  if (!dash) return null;
  const named = mentionsIn(ctx, q.end, end).find((m) => !m.pronoun);
  const rest = named ? ctx.text.slice(named.end, end) : "";
  const title = named ? ctx.text.slice(q.end + dash[0].length, named.start) : "";
  if (named?.actor.kind !== "person" || !TITLE_BEFORE_NAME.test(title) || !/^\s*(?:[,.]\s*[^.]{0,60})?[.]?\s*$/.test(rest)) return null;
  return { speaker: named.actor, cue: "dash" };
}

/** 'Zelensky told parliament:' ending one paragraph, the quotation opening the next. */
function colonParagraphBefore(ctx: Ctx, q: QuoteSpan, s: Sentence): Attribution {
  if (ctx.text.slice(s.start, q.start).trim() !== "") return null;
  const prev = ctx.sentences.filter((x) => x.end <= s.start).pop();
  if (!prev || prev.paragraph !== s.paragraph - 1 || !/:\s*$/.test(ctx.text.slice(prev.start, prev.end))) return null;
  const verbs = verbsOutsideQuotes(ctx, prev.start, prev.end);
  const v = verbs[verbs.length - 1];
  if (!v) return speakerLine(ctx, prev);
  const speaker = speakerOfVerb(ctx, prev, v.start, v.end);
  return speaker ? { speaker, cue: v.word } : null;
}

/** "Kyiv mayor Vitali Klitschko:" / "Andriy Yermak, head of the presidential office:": a live blog's line naming who speaks next. */
function speakerLine(ctx: Ctx, line: Sentence): Attribution {
  if (wordCount(ctx.text.slice(line.start, line.end)) > 15 || ctx.sentences[line.index - 1]?.paragraph === line.paragraph) return null;
  const person = mentionsIn(ctx, line.start, line.end).find((m) => !m.pronoun && !m.possessive && m.actor.kind === "person");
  return person ? { speaker: person.actor, cue: "speaker line" } : null;
}

/**
 * 'Kim said the army must “…,” the agency said' / 'Li, according to Xinhua, told his hosts that China “…”': a body that
 * relays a person's words is not their speaker; the person whose reporting verb leads to the quotation is.
 */
function relayed(ctx: Ctx, q: QuoteSpan, s: Sentence, found: Attribution): Attribution {
  // "According to a diplomat, he told the leaders that Trump “…”": the cited source relays, the teller speaks.
  if (!found || (found.speaker.kind === "person" && found.cue !== "according to")) return found;
  const before = attributionBefore(ctx, q, s);
  return before?.speaker.kind === "person" ? before : found;
}

/** A quotation left open at its paragraph's end goes on in the next paragraph, which may name the speaker. */
function attributionInNextParagraph(ctx: Ctx, q: QuoteSpan, next: QuoteSpan | undefined): Attribution {
  if (q.innerEnd !== q.end || !next || next.paragraph !== q.paragraph + 1) return null;
  const s = sentenceOf(ctx, next.innerStart);
  if (!s || ctx.text.slice(s.start, next.start).trim() !== "" || s.start !== ctx.sentences.find((x) => x.paragraph === next.paragraph)?.start) return null;
  const found = attribution(ctx, next, s);
  return found ? { speaker: found.speaker, cue: "next paragraph" } : null;
}

/** “…,” Peskov said. With `shaped`, only when comma/dash and few words separate quote and verb. */
function attributionAfter(ctx: Ctx, q: QuoteSpan, s: Sentence, shaped: boolean): Attribution {
  const first = verbsOutsideQuotes(ctx, q.end, s.end)[0];
  if (!first) return null;
  if (shaped) {
    const afterText = maskQuotes(ctx, q.end, s.end);
    const gap = afterText.slice(0, first.start - q.end);
    const innerTail = ctx.text.slice(q.innerStart, q.innerEnd).trimEnd().slice(-1);
    const closedByDash = /[—–]/.test(ctx.text[q.end - 1]);
    const attributionShape = closedByDash || /^\s*[,—–-]/.test(afterText) || /[,.!?…—–-]/.test(innerTail);
    // '"…," Szymon Kwiatkowski, one of the protest leaders, told …': the apposition between commas does not count.
    const core = gap.trim().replace(/^[,—–-]\s*/, "").replace(/,\s[^,.;]{1,60},\s*$/, " ");
    if (!attributionShape || core.split(/\s+/).filter(Boolean).length > coreWords(ctx, q.end, first.start) || /[.;]/.test(gap)) return null;
    // '"…," and Kallas said' / '"…", but he would not say': a conjunction opens a clause of its own, no attribution.
    if (CONJUNCTION_FIRST.test(core)) return null;
  }
  const speaker = speakerOfVerb(ctx, { ...s, start: q.end }, first.start, first.end);
  return speaker ? { speaker, cue: first.word } : null;
}

/**
 * How many words may stand between a quotation and its verb: six ("the Kremlin's deputy chief of staff"), or ten when a
 * person's name set off by commas closes them ('"…," the army's chief of general staff, Valery Gerasimov, said').
 */
function coreWords(ctx: Ctx, from: number, verbStart: number): number {
  const named = mentionsIn(ctx, from, verbStart).pop();
  const setOff = named?.actor.kind === "person" && !named.pronoun && /,\s*$/.test(ctx.text.slice(named.end, verbStart)) && /,\s*$/.test(ctx.text.slice(from, named.start));
  return setOff ? 10 : 6;
}

function attributionAccordingTo(ctx: Ctx, q: QuoteSpan, s: Sentence): Attribution {
  const speaker = accordingTo(ctx, s, q.end, s.end) ?? accordingTo(ctx, s, s.start, q.start);
  return speaker ? { speaker, cue: "according to" } : null;
}

/** A verb that names a thing: "the Commission called it “…”", "dubbed", "termed", "described it as". */
const NAMING_VERB = /^(?:call|dub|term|brand|label|describ)/i;

/** Peskov told reporters: “…”. Only the last two verbs before the quotation are read: "X said [that] Y <verb> “…”". */
function attributionBefore(ctx: Ctx, q: QuoteSpan, s: Sentence): Attribution {
  // "X said the Red Cross had been denied access «…»": a passive participle reports nothing of its subject's.
  const verbs = verbsOutsideQuotes(ctx, s.start, q.start).filter((v) => !PASSIVE.test(ctx.text.slice(Math.max(s.start, v.start - 8), v.start)));
  const nearer = verbs.at(-1), outer = verbs.at(-2);
  if (!nearer) return null;
  const inner = speakerOfVerb(ctx, s, nearer.start, nearer.end);
  // The teller of the outer verb speaks when the nearer verb has no speaker ("X told reporters that … the attackers
  // were “…”"), or when a person tells what a state or body did ("Minister Anna Berg said Canada condemned “…”") —
  // not what it named: "… said the Commission called it “…”" quotes the Commission.
  const bodyActed = inner && inner.kind !== "person" && !NAMING_VERB.test(nearer.word);
  const teller = outer && (!inner || bodyActed) ? { speaker: speakerOfVerb(ctx, s, outer.start, outer.end), cue: outer.word } : null;
  if (teller?.speaker && (!inner || teller.speaker.kind === "person")) return { speaker: teller.speaker, cue: teller.cue };
  return inner ? { speaker: inner, cue: nearer.word } : null;
}

/** Headline style: “Won't Be Dictated To”: Jaishankar On Russian Oil. */
function headlineSpeaker(ctx: Ctx, q: QuoteSpan, s: Sentence): Attribution {
  if (ctx.text.slice(s.start, q.start).trim() !== "" || !/^\s*:/.test(ctx.text.slice(q.end, q.end + 3))) return null;
  const named = mentionsIn(ctx, q.end, Math.min(s.end, q.end + 40)).find((m) => !m.pronoun);
  if (named?.actor.kind !== "person" || ctx.text.slice(q.end, named.start).replace(/[:\s]/g, "").length > 12) return null;
  return { speaker: named.actor, cue: "headline" };
}

/** Caption or headline style: 'Foreign Minister Andrii Sybiha in Kyiv: "We have no illusions."' */
function colonSpeaker(ctx: Ctx, q: QuoteSpan, s: Sentence): Attribution {
  const lead = ctx.text.slice(s.start, q.start);
  if (!/:\s*$/.test(lead) || lead.split(/\s+/).length > 20 || verbsOutsideQuotes(ctx, s.start, q.start).length) return null;
  const person = mentionsIn(ctx, s.start, q.start).find((m) => !m.pronoun && !m.possessive && m.actor.kind === "person");
  return person ? { speaker: person.actor, cue: "colon" } : null;
}

const UNNAMED_ATTRIBUTION = /^["”’]?\s*[,—–-]?\s*(?!(?:he|she|they|it|we|i)\b)(?:a|an|one|the|another)\s+(?:[\p{L}-]+\s+){0,3}(?:said|says|told|added|wrote)\b/iu;

/** A quotation with no attribution of its own that opens its sentence continues the previous speaker (split quotes, follow-on paragraphs). */
function continuation(ctx: Ctx, q: QuoteSpan, s: Sentence, previous: FoundStatement | null): Attribution {
  if (!previous?.direct) return null;
  // "“We are ready,” one Ukrainian soldier told AFP": someone unnamed speaks, not the previous speaker (in this sentence only:
  // "The opposition party said …" opening the next paragraph attributes nothing to the quotation).
  if (UNNAMED_ATTRIBUTION.test(ctx.text.slice(q.end, Math.min(s.end, q.end + 80)))) return null;
  const sameOrNext = q.paragraph - (sentenceOf(ctx, previous.start)?.paragraph ?? -9) <= 1;
  const opensSentence = ctx.text.slice(s.start, q.start).trim() === "";
  return sameOrNext && opensSentence ? { speaker: previous.speaker, cue: "continuation" } : null;
}

/**
 * 'Judge Anna Berg said the court did not believe him. “The defendant knew …”': a quotation standing alone after a
 * sentence whose reporting verb names its speaker goes on in that speaker's voice, though another was quoted before.
 */
function reporterBefore(ctx: Ctx, q: QuoteSpan, s: Sentence, previous: FoundStatement | null): Attribution {
  if (ctx.text.slice(s.start, q.start).trim() !== "" || UNNAMED_ATTRIBUTION.test(ctx.text.slice(q.end, Math.min(s.end, q.end + 80)))) return null;
  const prev = ctx.sentences[s.index - 1];
  if (!prev || prev.paragraph < s.paragraph - 1 || (previous && previous.start >= prev.start)) return null;
  // The main clause's verb, not one in a clause it reports ("He said Ukraine would not withdraw, as Moscow demanded").
  const v = verbsOutsideQuotes(ctx, prev.start, prev.end)[0];
  const speaker = v ? speakerOfVerb(ctx, prev, v.start, v.end) : null;
  return speaker ? { speaker, cue: "reporter before" } : null;
}

/**
 * Mid-sentence split quotation: “We will not,” he said, “surrender.” (or «We will not», he said, «surrender.», the comma
 * outside the marks) -> one statement (`prev` is extended).
 */
function joinSplitQuote(ctx: Ctx, prev: FoundStatement | undefined, st: FoundStatement, q: QuoteSpan, s: Sentence): boolean {
  if (!prev || !prev.direct || prev.speaker !== st.speaker || prev.sentence !== s) return false;
  const between = ctx.text.slice(prev.end + 1, q.start);
  const commaInside = /,$/.test(prev.quote);
  if (!LOWER_START.test(st.quote) || !(commaInside ? /^\s*[^,.;]{1,50},\s*$/ : /^,\s*[^,.;]{1,50},\s*$/).test(between)) return false;
  prev.quote = `${prev.quote.replace(/,$/, "")} ${st.quote}`;
  prev.end = st.end;
  (prev as FoundStatement & { segments?: [number, number][] }).segments = [[prev.start, q.innerStart - 1], [st.start, st.end]];
  return true;
}
