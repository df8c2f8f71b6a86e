/**
 * Interviews in question-and-answer form: "DER SPIEGEL: …?" / "Sybiha: …", "Q: …" / "A: …" paragraphs, a
 * name alone on the line before a turn, or questions that were bold on the page and are plain "…?" paragraphs now.
 * Each answer is one direct statement of the interviewee; the quotations inside it are not read again, but what
 * the answer reports of another speaker ("President Lee said Korea would consider all options") is that speaker's.
 * Questions stay ordinary text: "U.S. envoy Steve Witkoff says a deal is close" is still Witkoff's.
 */
import type { Actor } from "../actors";
import { splitParagraphs } from "../sentences";
import { sentenceOf, type Ctx, type FoundStatement } from "./context";
import { makeStatement } from "./statement";

/** A speaker's label: "Sybiha", "DER SPIEGEL", "Kyiv Independent", "RFE/RL", "Q", "A". */
const LABEL = String.raw`((?:[\p{Lu}][\p{L}.'’/-]*)(?:\s+[\p{Lu}][\p{L}.'’/-]*){0,3}|Q|A)`;
/** A label at the head of a paragraph, and one alone on its line. */
const LABEL_RE = new RegExp(`^${LABEL}\\s*:\\s+`, "u");
const LABEL_ALONE_RE = new RegExp(`^${LABEL}\\s*:$`, "u");

/** "Yurii Klymenko" -> "YK". */
const initialsOf = (name: string) => name.split(/\s+/).map((w) => w[0]).join("").toUpperCase();

/** `goesOn`: an unlabelled paragraph that continues the labelled turn before it. */
interface Turn { label: string; start: number; end: number; textStart: number; goesOn?: boolean }

export interface Interview { answers: FoundStatement[]; spans: [number, number][] }

/**
 * The labelled turns of the text from `from` on; a label alone on its line ("Sybiha:") heads the next paragraph.
 * Unlabelled paragraphs between two turns go on the turn before them (an answer of several paragraphs); after the
 * last turn they are the article again.
 */
export function interviewTurns(text: string, from: number): Turn[] {
  const turns: Turn[] = [];
  let pending: string | null = null;
  let goingOn: Turn[] = [];
  for (const p of splitParagraphs(text).filter((x) => x.start >= from)) {
    const para = text.slice(p.start, p.end);
    const alone = LABEL_ALONE_RE.exec(para);
    const m = LABEL_RE.exec(para);
    const last = turns[turns.length - 1];
    if (alone) pending = speakerLabel(alone[1]);
    else if (m && para.length > m[0].length + 1) turns.push(...goingOn, { label: speakerLabel(m[1]), start: p.start, end: p.end, textStart: p.start + m[0].length });
    else if (pending) turns.push(...goingOn, { label: pending, start: p.start, end: p.end, textStart: p.start });
    else if (last && /[.!…]["”’)]?$/.test(para) && !namesSpeaker(para, last.label)) goingOn.push({ label: last.label, start: p.start, end: p.end, textStart: p.start, goesOn: true });
    if (!alone) pending = null;
    if (alone || (m && para.length > m[0].length + 1)) goingOn = [];
  }
  return withInitialsSpelledOut(text, turns);
}

/** 'Sybiha dismissed the remark when we read it to him.': a paragraph naming the turn's speaker is the article's narration. */
const namesSpeaker = (para: string, label: string) => label.length > 1 && new RegExp(`\\b${voice(label).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\b`).test(para);

/**
 * "Yurii Klymenko: …" first, "YK: …" after: a label of two to four capitals that are the initials of another label
 * is that label again ("BAT" for "Buenos Aires Times").
 */
function withInitialsSpelledOut(text: string, turns: Turn[]): Turn[] {
  const full = new Map<string, string>();
  for (const t of turns) if (/\s/.test(t.label) && !full.has(initialsOf(t.label))) full.set(initialsOf(t.label), t.label);
  return turns.map((t) => {
    const spelled = /^\p{Lu}{2,4}\s*:/u.test(text.slice(t.start, t.textStart)) ? full.get(t.label.toUpperCase()) : undefined;
    return spelled ? { ...t, label: spelled } : t;
  });
}

/** "DENYS SHMYHAL" -> "Denys Shmyhal": a label in capitals names the person the text spells in mixed case. */
export function speakerLabel(label: string): string {
  if (label.length <= 1 || label !== label.toUpperCase()) return label;
  return label.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/** Turns group by the label's last word: "Steve Inskeep" and later "Inskeep" are one voice. */
const voice = (label: string) => label.split(/\s+/).pop()!;

/**
 * Bold questions lose their bold in a paste: paragraphs ending in "?" (at least three, not opening with a quotation
 * mark; an interviewer may quote inside one: 'Moscow calls it a "provocation". Is it?') each followed by answer
 * paragraphs. Returns the turns as "Q" / "A".
 */
const DASH_OPENED = /^[—–-]\s*/;

export function unlabelledTurns(text: string, from: number): Turn[] {
  const paras = splitParagraphs(text).filter((x) => x.start >= from);
  const isQuestion = (p: { start: number; end: number }) => {
    const t = text.slice(p.start, p.end);
    return /\?$/.test(t) && t.split(/\s+/).length <= 60 && !/^["“”«»]/.test(t);
  };
  const questions = paras.filter(isQuestion);
  if (questions.length === 0 || (questions.length < 3 && !announced(text, paras, questions[0]))) return [];
  const dashStyle = questions.filter((p) => DASH_OPENED.test(text.slice(p.start, p.end))).length * 2 > questions.length;
  const turns: Turn[] = [];
  let asked = false;
  for (const p of paras) {
    const para = text.slice(p.start, p.end);
    if (isQuestion(p)) asked = true;
    else if (!asked || !/[.!?…]["”’)]?$/.test(para)) continue;
    // "—Will you go back?" / "—No.": where the turns open with dashes, a paragraph without one is the article again.
    else if (dashStyle && !DASH_OPENED.test(para)) {
      asked = false;
      continue;
    }
    turns.push({ label: isQuestion(p) ? "Q" : "A", start: p.start, end: p.end, textStart: p.start + (dashStyle ? DASH_OPENED.exec(para)![0].length : 0) });
  }
  // Each question must be answered: two questions in a row mean these are rhetorical questions in prose.
  const answered = turns.every((t, i) => t.label === "A" || turns[i + 1]?.label === "A");
  return answered ? turns.map((t, i) => (isPrompt(text, turns, i) ? { ...t, label: "Q" } : t)) : [];
}

/** The paragraph that says an interview follows: "We spoke to …", "He was asked about …", "in an interview". */
const INTERVIEW_CUE = /\b(?:[Ii]nterview(?:ed)?|spoke (?:to|with)|talked (?:to|with)|sat down with|asked (?:him|her|them|about|\p{Lu})|was asked|were asked|[Ww]e asked|told us)/u;
/** "We", "I", "our": an interviewee answers for themself, a FAQ box does not. */
const FIRST_PERSON = /\b(?:I|we|We|my|My|our|Our|us|me)\b/;

/**
 * One or two questions make an interview only where the paragraph before the first says one follows, and an answer
 * after it speaks in the first person; otherwise they are the article's own questions or a FAQ box.
 */
function announced(text: string, paras: { start: number; end: number }[], firstQuestion: { start: number }): boolean {
  const at = paras.findIndex((p) => p.start === firstQuestion.start);
  const before = paras[at - 1];
  const answer = paras[at + 1];
  return !!before && !!answer && INTERVIEW_CUE.test(text.slice(before.start, before.end)) && FIRST_PERSON.test(text.slice(answer.start, answer.end));
}

/**
 * 'Those are Iranian drones.' / 'The League says Italy is emptying its arsenals.': one sentence after an answer, with
 * an answer after it (or a short one closing the text), is the interviewer's prompt, bold on the page like the questions.
 */
function isPrompt(text: string, turns: Turn[], i: number): boolean {
  const t = turns[i];
  if (t.label !== "A" || turns[i - 1]?.label !== "A") return false;
  const para = text.slice(t.textStart, t.end);
  const oneSentence = !/[.!?…]["”’)]?\s+\S/.test(para);
  const closesText = i === turns.length - 1 && para.split(/\s+/).length <= 15;
  return oneSentence && (turns[i + 1]?.label === "A" || closesText);
}

/** Which label asks: the one whose turns end in "?" most often. Null when the turns are no interview. */
function askerOf(text: string, turns: Turn[]): string | null {
  const byLabel = new Map<string, Turn[]>();
  for (const t of turns.filter((x) => !x.goesOn)) byLabel.set(voice(t.label), [...(byLabel.get(voice(t.label)) ?? []), t]);
  const labels = [...byLabel.keys()].filter((l) => byLabel.get(l)!.length >= 2);
  if (labels.length < 2) return null;
  const questionShare = (l: string) => byLabel.get(l)!.filter((t) => /\?["”]?$/.test(text.slice(t.start, t.end).trim())).length / byLabel.get(l)!.length;
  const sorted = labels.sort((a, b) => questionShare(b) - questionShare(a));
  return questionShare(sorted[0]) >= 0.5 ? sorted[0] : null;
}

/**
 * The actor a label names ("Sybiha", "Andrii Sybiha"); for "A" the person the article names most outside the
 * answers, less the times the answers name them: an interviewee speaks of themself as "I", the answers name others.
 */
function interviewee(ctx: Ctx, label: string, answers: Turn[], initials: boolean): Actor | null {
  const named = ctx.index.byForm.get(label) ?? ctx.index.byForm.get(label.split(/\s+/).pop()!);
  if (named) return named.kind === "person" ? named : null;
  if (initials) return personWithInitials(ctx, label.toUpperCase());
  if (label !== "A") return null;
  const inAnswer = (pos: number) => answers.some((t) => pos >= t.textStart && pos < t.end);
  const score = new Map<Actor, number>();
  for (const m of ctx.index.mentions) {
    if (m.actor.kind === "person" && !m.pronoun) score.set(m.actor, (score.get(m.actor) ?? 0) + (inAnswer(m.start) ? -1 : 1));
  }
  return [...score.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * "IH: …" answering "MK: …?" where the article introduced "Deputy Minister Iryna Holub" and no label spells her name: the
 * one person the article names with those initials.
 */
function personWithInitials(ctx: Ctx, initials: string): Actor | null {
  const persons = ctx.index.actors.filter((a) => a.kind === "person" && !a.unnamed && initialsOf(a.name) === initials);
  return persons.length === 1 ? persons[0] : null;
}

export function findInterviewAnswers(ctx: Ctx, from: number): Interview {
  let turns = interviewTurns(ctx.text, from);
  let asker = askerOf(ctx.text, turns);
  if (!asker) {
    turns = unlabelledTurns(ctx.text, from);
    asker = turns.length ? "Q" : null;
  }
  if (!asker) return { answers: [], spans: [] };
  const answerTurns = turns.filter((t) => voice(t.label) !== asker);
  const answers: FoundStatement[] = [];
  for (const t of turns) {
    if (voice(t.label) === asker) continue;
    const speaker = interviewee(ctx, t.label, answerTurns, /^\p{Lu}{2,4}\s*:/u.test(ctx.text.slice(t.start, t.textStart)));
    const sentence = sentenceOf(ctx, t.textStart);
    if (speaker && sentence) answers.push(makeStatement(ctx, speaker, t.textStart, t.end, true, sentence, "interview"));
  }
  return { answers, spans: answers.map((a) => [a.start, a.end]) };
}
