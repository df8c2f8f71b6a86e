/**
 * The speaker named before a reporting verb: the name before a comma-set apposition ("Szymon Kwiatkowski, one of the
 * protest leaders, told"), else the nearest actor before the verb that can be its subject (no possessor, no object of a
 * preposition, not cut off by a relative or reported clause).
 */
import { PLURAL_GROUP, type Actor, type Mention } from "../actors";
import type { Sentence } from "../sentences";
import { hasFiniteVerb, PREPOSITIONS, mentionsIn, type Ctx } from "./context";
import { pronounSpeaker } from "./pronoun";
import { isDescription } from "./role-holder";
import { withoutAbbreviations, type Verdict, type VerbSite } from "./verb-site";
import { WORD_AFTER } from "../word-shapes";

const WORD_BEFORE = /(\p{L}+)\s*$/u;
/** "'s spokesman ", "’s press service ": what speaks for a body, between its possessive and the verb. */
const BODY_VOICE = /^['’]s\s+(?:(?:chief|main|official|top)\s+)?(?:spokes(?:man|woman|person)|press\s+(?:secretary|service|office)|office|spokespeople)\s*$/;
/** "Analysts at ", "a spokesman for the ": people of a body, then the preposition before the body's name. */
const MEMBERS_OF = /\b(?:analysts|economists|experts|researchers|strategists|officials|sources|volunteers|members|staff|employees|workers|diplomats|officers|lawyers|activists|a\s+spokes\w+|representatives?)\s+(?:at|from|with|for)\s+(?:the\s+)?$/i;
/** ", who …, " / ", which …, " / ", which on Monday ": a relative clause on the mention, so the mention is the verb's subject. */
const WHO_CLAUSE = /\bwho\b/;
const WHICH_CLAUSE = /^\s*,\s*which\b[^;:]*,\s*(?:\p{L}+\s+){0,2}$/u;
const WHICH_THEN_VERB = /^\s*,\s*which\s+(?:(?:on|in|at|late|earlier|later|also|then)(?:\s+[\p{L}\d]+){0,2}\s+)?$/u;

export function subjectBeforeVerb(site: VerbSite): Verdict {
  const appositive = nameBeforeApposition(site);
  if (appositive) return appositive;
  const { ctx, vStart, head, mentions: ms } = site;
  const last = ms[ms.length - 1];
  // "officials said": a plural group speaks, no one actor, unless it closes a name ("Ukraine's Armed Forces said").
  if (PLURAL_GROUP.test(head) && !(last && last.end >= vStart - head.length - 12 && ctx.text.slice(last.start, last.end).endsWith(head))) return null;
  for (let i = ms.length - 1; i >= 0; i--) {
    const found = mentionAsSubject(site, i);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** "Szymon Kwiatkowski, one of the protest leaders, told …": the name before a comma-enclosed apposition. */
function nameBeforeApposition({ ctx, sentence, before, mentions: ms }: VerbSite): Actor | null {
  const appos = apposition(before);
  if (!appos) return null;
  const apposStart = sentence.start + appos.index;
  const nameOnly = nameAsApposition(ctx, ms, apposStart, appos[0]);
  if (nameOnly) return nameOnly;
  const named = ms.filter((m) => m.end <= apposStart).pop();
  // "The Institute for the Study of War (ISW), a U.S. think tank, said": the name may close with its acronym.
  if (!named || named.possessive || !/^[\s)]*$/.test(ctx.text.slice(named.end, apposStart))) return null;
  // "the spokesman of the Southern Command, Ivan Petrenko, said": the name set off after a role is the speaker.
  // "A White House spokesperson, Karoline Leavitt, said": a described source named in the apposition is that person.
  // "Moldova's Commissioner for Human Rights, Petru Lungu, wrote": a name governed by a preposition is part of the role.
  const inRole = PREPOSITIONS.test(WORD_BEFORE.exec(ctx.text.slice(Math.max(sentence.start, named.start - 20), named.start))?.[1] ?? "");
  const setOff = (named.actor.kind !== "person" || isDescription(named.actor) || inRole) && ms.find((m) => m.start > apposStart && m.actor.kind === "person" && !m.pronoun && !m.possessive && !isDescription(m.actor));
  return setOff ? setOff.actor : named.actor;
}

/**
 * "Chile's Minister of Mining and Energy Policy, Rosa Lagos, said": an apposition that is a person's name and nothing
 * else names the speaker, whatever the phrase before it holds (a name never stands in apposition to another name).
 */
function nameAsApposition(ctx: Ctx, ms: Mention[], apposStart: number, apposText: string): Actor | null {
  const inner = /^,\s*(.*?)\s*,\s*$/su.exec(apposText)?.[1];
  const person = ms.find((m) => m.start >= apposStart && m.actor.kind === "person" && !m.pronoun && !m.possessive && !isDescription(m.actor));
  return person && inner === ctx.text.slice(person.start, person.end) ? person.actor : null;
}

/**
 * ", a U.S. think tank, " / ", a lawyer at the Center, which documented the case, " right before the verb (and its
 * auxiliaries): the comma-enclosed apposition after a name, with the relative clause that may follow it.
 */
function apposition(beforeText: string): RegExpExecArray | null {
  const t = withoutAbbreviations(beforeText).replace(/(?:\s(?:has|have|had|also|later|then|again|would|will))+\s*$/, " ");
  return /,\s[^,.;"“”]{1,100},\s(?:which|who|whose|where)\s[^,.;"“”]{1,100},\s*$/.exec(t) ?? /,\s[^,.;"“”]{1,100},\s*$/.exec(t);
}

/** Whether the i-th mention before the verb is its subject: that actor (or the head it stands in), no one (null), or not this one (undefined). */
function mentionAsSubject({ ctx, sentence, vStart, mentions: ms }: VerbSite, i: number): Verdict {
  const m = ms[i];
  const head = appositionHead(ctx, ms, i, vStart) ?? memberOfBody(ctx, ms, i);
  if (head) return head;
  // "Kremlin-friendly commentators argued", "pro-Moscow bloggers said": a name made an adjective names no speaker.
  if (namedAsAdjective(ctx, m)) return null;
  const between = ctx.text.slice(m.end, vStart);
  // "One diplomat said …, and traders in Lagos said": a new clause's unnamed subject, not the speaker named before.
  if (UNNAMED_NEW_SUBJECT.test(between)) return null;
  // A relative or reported clause separates this mention from the verb; "X, which …, warned": X is the subject.
  if (/[;:]/.test(between) || (/\b(that|who|which)\b/.test(between) && !/\band\b/.test(between))) {
    return WHO_CLAUSE.test(between) || WHICH_CLAUSE.test(between) || WHICH_THEN_VERB.test(between) ? m.actor : undefined;
  }
  // "The Kremlin's spokesman said": a body's spokesman or office speaks for the body.
  if (m.possessive) return m.actor.kind !== "person" && BODY_VOICE.test(between) ? m.actor : undefined;
  // "Interior Minister Anna Berg (Greens) said": a party or acronym in brackets after a name is not the subject.
  if (i > 0 && ms[i - 1].actor.kind === "person" && /^\s*\($/.test(ctx.text.slice(ms[i - 1].end, m.start)) && ctx.text[m.end] === ")") return undefined;
  // "…not like,' Sikorski told": a preposition behind a closing mark or comma governs nothing here.
  const prevWord = WORD_BEFORE.exec(ctx.text.slice(Math.max(sentence.start, m.start - 20), m.start))?.[1] ?? "";
  // "The trucks arrived in 2022, and Marles said …": an "and" that opens a new clause leaves its subject a subject.
  if (/^and$/i.test(prevWord) && opensClause(ctx.text.slice(sentence.start, m.start))) return asSpeaker(ctx, m);
  // "before he added": a nominative pronoun is a subject whatever precedes it.
  if (PREPOSITIONS.test(prevWord) && !m.pronoun) {
    // "Analysts at Renaissance Capital said", "a spokesman for the ministry said": the body speaks.
    return /^(at|from|with|for)$/i.test(prevWord) && MEMBERS_OF.test(ctx.text.slice(Math.max(sentence.start, m.start - 40), m.start)) ? m.actor : undefined;
  }
  const nextWord = WORD_AFTER.exec(ctx.text.slice(m.end, m.end + 20))?.[1] ?? "";
  if (PLURAL_GROUP.test(nextWord) && between.trim().split(/\s+/).length <= 3) return null;
  return asSpeaker(ctx, m);
}

/** ", and traders in Lagos ", "; but residents ": a coordinated clause opening on a lower-case noun (not "and also", "and later"). */
const UNNAMED_NEW_SUBJECT = /[,;]\s+(?:and|but|while|whereas)\s+(?!(?:also|then|later|again|he|she|they|it|we|I|who|which|that)\b|\p{Ll}+ly\b)\p{Ll}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}\s+$/u;

/** A name glued by a hyphen into a modifier: "Kremlin-friendly", "Moscow-backed", "pro-Kremlin", "anti-Kyiv". */
const namedAsAdjective = (ctx: Ctx, m: Mention) => /^-\p{Ll}/u.test(ctx.text.slice(m.end, m.end + 2)) || /\b(?:pro|anti|non)-$/i.test(ctx.text.slice(Math.max(0, m.start - 5), m.start));

const asSpeaker = (ctx: Ctx, m: Mention) => (m.pronoun ? pronounSpeaker(ctx, m) : m.actor);

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

/** "Maria Zakharova of the Russian Foreign Ministry wrote": a named person of a body speaks, the body places them. */
function memberOfBody(ctx: Ctx, ms: Mention[], i: number): Actor | null {
  const [person, body] = [ms[i - 1], ms[i]];
  if (!person || body.actor.kind === "person" || person.actor.kind !== "person" || person.pronoun || person.possessive || isDescription(person.actor)) return null;
  return /^\s+(?:of|from|at)\s+the\s+$/.test(ctx.text.slice(person.end, body.start)) ? person.actor : null;
}

/** The first actor named in `s` before `pos` that is no possessor and no object of a preposition. */
export function sentenceSubject(ctx: Ctx, s: Sentence, pos: number): Actor | null {
  const ms = mentionsIn(ctx, s.start, pos);
  const first = ms[0];
  if (!first || first.possessive || /[,;:]/.test(ctx.text.slice(s.start, first.start))) return null;
  // "The UN coordinator in Moldova, Hans Becker, visited … and said": the person set off after the subject's role phrase.
  const named = first.actor.kind !== "person" || isDescription(first.actor) ? appositivePerson(ctx, ms, s.start) : undefined;
  if (named) return named.actor;
  return first.pronoun ? pronounSpeaker(ctx, first) : first.actor;
}

/** The role phrase opening at `from`, one comma, then a person's name and another comma: "The head of X, Anna Berg, ". */
const OPENING_ROLE_PHRASE = /^[^,.;:"“”]{1,100},\s*$/;
function appositivePerson(ctx: Ctx, ms: Mention[], from: number): Mention | undefined {
  return ms.find((m) => m.actor.kind === "person" && !m.pronoun && !m.possessive && !isDescription(m.actor) &&
    OPENING_ROLE_PHRASE.test(ctx.text.slice(from, m.start)) && /^\s*,/.test(ctx.text.slice(m.end, m.end + 3)));
}

/** "…, and " or "the trucks arrived in 2022 and ": the "and" closing `before` follows a comma or a clause with its own verb. */
function opensClause(before: string): boolean {
  const lead = before.replace(/\s*\band\s*$/i, "");
  return /,$/.test(lead) || hasFiniteVerb(lead);
}
