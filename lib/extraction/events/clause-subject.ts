/**
 * Who a clause is about: its own first actor, or the subject it shares with the clause before (a coordinated verb
 * phrase, a relative clause, an opening "it"/"they", the main clause resumed after a relative).
 */
import type { Mention } from "../actors";
import { isPastTense } from "../nlp";
import type { Sentence } from "../sentences";
import type { ClauseState } from "./clause-event";
import type { Clause } from "./clauses";
import { opensBackshifted } from "./shared-subject";
import { type EventCtx, inQuote } from "./context";
import { pastPredicate } from "./finite-clause";

/** The clause's first word, after an adverb ("then met …"). */
const OPENING_WORD = /^[\s,]*(?:(?:then|also|later|again|jointly|\p{Ll}+ly)\s+)?(\p{Ll}+)\b/u;
/** A regular past form ("invited"). */
const REGULAR_PAST = /^\p{Ll}{3,}ed$/u;

/** Whether the clause opens with a past verb ("dropped his objection …", "then met Lavrov"): its subject is the clause's before. */
export function opensWithPastVerb(clause: string): boolean {
  const w = OPENING_WORD.exec(clause)?.[1];
  // The lexicon files some past forms under adjectives ("invited"): a regular -ed form opening the clause is its verb.
  return !!w && (isPastTense(w) || REGULAR_PAST.test(w));
}

/** A clause opening with "it" or "they" as its subject ("In October they reached the river"), not an expletive ("It is the first …"). */
const PRONOUN_SUBJECT = /^[\s,]*(?:\p{L}[^,;]{0,24},\s+)?(?:(?:but|and|then|also|later|meanwhile|since\s+then|(?:in|on|by|last|this|early|late)\s+\p{L}+)[\s,]+){0,2}(?:(it)\s+(?!(?:is|was|seems|seemed|appears|appeared|remains|remained|would|will|could|may|might)\b)|(they)\s)/iu;

/**
 * The actor an opening "it"/"they" stands for: the subject of the sentence before, in the same paragraph ("Switzerland
 * … . A year later, it blocked …"), if that is no person. Returned as a pronoun mention, so the title names it.
 */
function pronounAntecedent(ctx: EventCtx, s: Sentence, clause: string): Mention | null {
  const m = PRONOUN_SUBJECT.exec(clause);
  const prev = m && ctx.sentences[ctx.sentences.indexOf(s) - 1];
  if (!m || !prev || prev.paragraph !== s.paragraph) return null;
  const first = ctx.index.mentions.find((x) => x.start >= prev.start && x.end <= prev.end && !x.pronoun && !x.possessive && !inQuote(ctx, x.start) && x.actor.kind !== "media");
  if (!first || first.actor.kind === "person") return null;
  // "Russia and Ukraine met … . They agreed …": "they" stands for both, which one name cannot say.
  if (m[2] && /^\s+and\s+\p{Lu}/u.test(ctx.text.slice(first.end, first.end + 8))) return null;
  return { actor: first.actor, start: s.start, end: s.start, surface: m[1] ?? m[2], pronoun: true, possessive: false };
}

/** The actor named in a span, if any (not as a possessive: "Russia's drones" are not Russia). */
const mentionIn = (ctx: EventCtx, span: { start: number; end: number }) => ctx.index.mentions.find((m) => m.start >= span.start && m.end <= span.end && !m.possessive);

/** Between a name and the next: capitalised title words only ("Security Council | Secretary | Sergei Shoigu"). */
const CAPITALISED_TITLE_GAP = /^(?:\s+\p{Lu}[\p{L}-]*)*\s+$/u;
/** Between a body and a person set off after its title: "United Nations | humanitarian coordinator in Ukraine, | Matthias Schmale". */
const TITLE_THEN_APPOSITION = /^(?:\s+\p{Ll}[\p{L}-]*){1,4}(?:\s+(?:in|for|at|of)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?,\s+$/u;

/**
 * The head of the noun phrase a mention opens: a later name in a chain of titles ("Russia's Security Council
 * Secretary Sergei Shoigu" is Shoigu), or the person set off after a body's title ("The UN humanitarian
 * coordinator, Matthias Schmale,"): English puts the head last, and the body only qualifies it.
 */
function headOf(text: string, mentions: Mention[], first: Mention): Mention {
  const later = mentions.slice(mentions.indexOf(first) + 1);
  const apposed = first.actor.kind !== "person" &&
    later.find((m) => m.actor.kind === "person" && TITLE_THEN_APPOSITION.test(text.slice(first.end, m.start)) && /^\s*(?:,|$)/.test(text.slice(m.end, m.end + 2)));
  if (apposed) return apposed;
  let head = first;
  for (const next of later) {
    if (next.possessive || !CAPITALISED_TITLE_GAP.test(text.slice(head.end, next.start))) break;
    head = next;
  }
  return head;
}

/** The first actor of the clause that is not a possessive ("Russia's drones" are not Russia), else its first; the head of the names it opens. */
function firstActor(text: string, mentions: Mention[]): Mention | undefined {
  const first = mentions.find((m) => !m.possessive) ?? mentions[0];
  return first && headOf(text, mentions, first);
}

/** "Reliance Industries, which signed a deal in 2024, …": a "which" relative on a named actor is that actor's act. */
function namedAntecedent(ctx: EventCtx, c: Clause, cm: string): Mention | undefined {
  if (!opensWithPastVerb(cm)) return undefined;
  return ctx.index.mentions.find((m) => m.actor.kind !== "person" && ctx.text[m.end] === "," && /^,\s+which\s+$/.test(ctx.text.slice(m.end, c.start)));
}

/**
 * "…, and a bulk carrier was hit near Odesa": a coordinated passive with a subject of its own is not done to the
 * subject before (the passive would make it the target); an active one may still be its doing ("…, and two died").
 */
function hasOwnPassiveSubject(c: Clause, cm: string): boolean {
  const predicate = c.coord ? pastPredicate(cm) : null;
  return predicate?.aspect === "passive" && predicate.subject !== "pronoun";
}

/** "…, and dropped his objection after a call with von der Leyen": a verb phrase sharing the subject before it. */
const sharesVerbSubject = (c: Clause, cm: string, st: Pick<ClauseState, "prevSubject">) => (c.coord || c.gerund) && !!st.prevSubject && opensWithPastVerb(cm);

/** The subject named in the clause itself, unless an opening pronoun stands for it ("It blocked Denmark from …"). */
function ownSubject(ctx: EventCtx, c: Clause, cm: string, st: Pick<ClauseState, "prevSubject" | "prevLast">, mentions: Mention[]): Mention | undefined {
  const sharedVerb = sharesVerbSubject(c, cm, st);
  // "Fico met von der Leyen, who promised …": a "who" relative's subject is the last actor before it.
  const shared = c.relative ? st.prevLast ?? st.prevSubject : st.prevSubject;
  return namedAntecedent(ctx, c, cm) ?? (sharedVerb ? shared : firstActor(ctx.text, mentions));
}

/**
 * Who the clause is about. `mentions` are the actors named in the clause; `st` holds the subject and last actor of
 * the clauses before it in the sentence.
 */
export function clauseSubject(ctx: EventCtx, s: Sentence, c: Clause, cm: string, st: Pick<ClauseState, "prevSubject" | "prevLast">, mentions: Mention[]): Mention | undefined {
  // "Kyiv said drones that hit Odesa | carried Iranian parts": the main clause resumed after a relative is its noun's doing,
  // even when that noun names no actor (no fallback to the reporter found before: "Ukraine carries Iranian parts").
  if (c.resumesMain && c.sharedSubject) return mentionIn(ctx, c.sharedSubject);
  const subject = subjectBefore(ctx, s, c, cm, st, mentions);
  // "The judge said X had joined a unit and had fought …": the verb phrase shares the complement's subject, written before it.
  if (c.sharedSubject && opensBackshifted(cm) && sharesVerbSubject(c, cm, st)) return mentionIn(ctx, c.sharedSubject) ?? subject;
  return subject;
}

/** The clause's own subject, else the one it shares with the clauses before it, else what an opening pronoun stands for. */
function subjectBefore(ctx: EventCtx, s: Sentence, c: Clause, cm: string, st: Pick<ClauseState, "prevSubject" | "prevLast">, mentions: Mention[]): Mention | undefined {
  const pronounLed = PRONOUN_SUBJECT.test(cm);
  const subject = pronounLed ? undefined : ownSubject(ctx, c, cm, st, mentions);
  if (subject) return subject;
  if (c.relative && st.prevLast) return st.prevLast;
  if ((c.coord || c.gerund) && st.prevSubject && !hasOwnPassiveSubject(c, cm)) return st.prevSubject;
  return pronounLed ? pronounAntecedent(ctx, s, cm) ?? firstActor(ctx.text, mentions) : undefined;
}
