/**
 * A title still opening with a pronoun subject ("They reach Haichur river") or "the company" names the actor the pronoun
 * stands for: the one the actor index resolved it to in the event's sentence, else the one the event's roles give as the
 * one who acted, once the roles are final: "Russia reaches Haichur river". A pronoun neither settles stays.
 */
import type { Actor } from "../actors";
import { type EventCtx, type FoundEvent, sentenceAt } from "./context";
import { fitTitle, surname } from "./title";
import { isPastTense, toPresent } from "../nlp";
import { itReferent } from "./title-it";

const PRONOUN_SUBJECT = /^(He|She|It|They|Company)\s+(\p{Ll}+)\b/u;
/** Which kinds of actor each pronoun can stand for. */
function fits(pronoun: string, a: Actor): boolean {
  if (pronoun === "He" || pronoun === "She") return a.kind === "person";
  if (pronoun === "It") return a.kind !== "person";
  return pronoun === "Company" ? a.kind === "organization" : true;
}

/** A past, a modal or an adverb after "they" reads the same after one actor ("they failed", "they will", "they also"). */
const KEPT_AFTER_THEY = /^(?:\p{Ll}+(?:ed|ly)|will|would|can|could|may|might|must|should|also|still|now|then|had|did)$/u;
/** "It comes days before …", "It is the first …": "it" standing for a happening, not an actor. */
const HAPPENING_IT = /^(?:comes|came|is|was|marks|follows|means|shows|lasts|remains|happens|seems|appears|takes)$/;
/** A past form left by the title ("they left"): its subject's number does not change it. */
const pastForm = (verb: string) => KEPT_AFTER_THEY.test(verb) || toPresent(verb, { plural: true }) !== verb;

/** "agree" → "agrees", "reach" → "reaches", "carry" → "carries": the verb after "they", for one actor. */
export function singularVerb(verb: string): string {
  if (verb === "are") return "is";
  if (verb === "were") return "was";
  if (verb === "have") return "has";
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** A past verb coordinated in the event's words ("… and injured 14"), which the title holds in the present. */
const COORDINATED_WORD = /\b(?:and|or)\s+(\p{Ll}+)/gu;

/** "They kill two and injure 14" → "… and injures 14": the title's coordinated verbs follow its first verb's one actor. */
function coordinatedVerbsSingular(rest: string, words: string): string {
  let out = rest;
  for (const [, past] of words.matchAll(COORDINATED_WORD)) {
    const plural = isPastTense(past) || past.endsWith("ed") ? toPresent(past, { plural: true }) : past;
    if (plural !== past) out = out.replace(new RegExp(`\\b(and|or) ${plural}\\b`), `$1 ${singularVerb(plural)}`);
  }
  return out;
}

/** The one actor the event's roles say acted, if the pronoun can stand for it. */
function soleInitiator(ctx: EventCtx, e: FoundEvent, pronoun: string): Actor | null {
  const names = e.actorRoles.filter((r) => r.role === "initiator").map((r) => r.name);
  if (names.length !== 1) return null;
  const actor = ctx.index.actors.find((a) => a.name === names[0]);
  return actor && !actor.unnamed && fits(pronoun, actor) ? actor : null;
}

/** The named actor the actor index resolved the pronoun to in the event's words ("he confirmed …" → Macron). */
function resolvedPronoun(ctx: EventCtx, e: FoundEvent, pronoun: string): Actor | null {
  const m = ctx.index.mentions.find((x) => x.pronoun && x.start >= e.start && x.end <= e.end && x.surface.toLowerCase() === pronoun.toLowerCase());
  return m && !m.actor.unnamed && fits(pronoun, m.actor) ? m.actor : null;
}

/** "His brother …", "Her landlord …": a person's possessive opening the title. */
const PERSON_POSSESSIVE = /^(His|Her)\s+(?=\p{Ll})/u;
/** How many sentences back the person a possessive stands for may be named. */
const POSSESSOR_REACH = 2;

/**
 * The person "his"/"her" in the event's words stands for: the last person named (or resolved from "he"/"she") before it,
 * in its sentence or the two before, when that is also the first person of its sentence (its subject, as a rule); null
 * when none is, or when the two differ ("Orbán called Putin. His government …" may be either's: a wrong name is worse
 * than the pronoun).
 */
function possessor(ctx: EventCtx, e: FoundEvent, word: string): Actor | null {
  const at = new RegExp(`\\b${word}\\b`, "i").exec(ctx.text.slice(e.start, e.end));
  const sentence = at ? sentenceAt(ctx, e.start + at.index) : -1;
  if (!at || sentence < 0) return null;
  const from = ctx.sentences[Math.max(0, sentence - POSSESSOR_REACH)].start;
  const named = ctx.index.mentions
    .filter((m) => m.actor.kind === "person" && !m.actor.unnamed && m.start >= from && m.end <= e.start + at.index)
    .sort((a, b) => a.start - b.start);
  const last = named.at(-1);
  if (!last) return null;
  const subject = named.find((m) => sentenceAt(ctx, m.start) === sentenceAt(ctx, last.start));
  return subject?.actor === last.actor ? last.actor : null;
}

/** "Her landlord raises rent" → "Petrenko's landlord raises rent": the possessive named by the person it stands for. */
function titleNamingPossessor(ctx: EventCtx, e: FoundEvent): string {
  const m = PERSON_POSSESSIVE.exec(e.title);
  const owner = m && possessor(ctx, e, m[1]);
  return m && owner ? fitTitle(`${surname(owner.name)}'s ${e.title.slice(m[0].length)}`) : e.title;
}

/** What may come before the subject opening a sentence: a quotation mark, "the", a title ("President", "Prime Minister"). */
const BEFORE_OPENER = /^[\s"“'‘]*(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
/** Between two coordinated subjects: "and", a title maybe ("Brisk and Chancellor Lind"). */
const COORDINATED_SUBJECTS = /^\s+and\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;

/**
 * The subject opening the sentence the pronoun follows, when the event starts inside it ("Northland said its troops …",
 * "Brisk and Lind met in Vienna, when they agreed …"): one actor the pronoun can stand for, or for "they" two coordinated
 * ones. Null when the sentence opens with no named actor.
 */
function sentenceOpeners(ctx: EventCtx, e: FoundEvent, pronoun: string): Actor[] {
  const s = ctx.sentences[sentenceAt(ctx, e.start)];
  if (!s || !/\S/.test(ctx.text.slice(s.start, e.start))) return [];
  const before = ctx.index.mentions.filter((m) => m.start >= s.start && m.end <= e.start && !m.pronoun && !m.actor.unnamed).sort((a, b) => a.start - b.start);
  const [first, second] = before;
  if (!first || !BEFORE_OPENER.test(ctx.text.slice(s.start, first.start))) return [];
  if (pronoun === "They" && second && second.actor !== first.actor && COORDINATED_SUBJECTS.test(ctx.text.slice(first.end, second.start))) return [first.actor, second.actor];
  const single = pronoun === "They" || pronoun === "It" ? first.actor.kind !== "person" : fits(pronoun, first.actor);
  return single ? [first.actor] : [];
}

const shortName = (a: Actor) => (a.kind === "person" ? surname(a.name) : a.name);

/** "Its"/"Their" opening the title ("Its troops take …"): possessives standing for a body, not a person. */
const BODY_POSSESSIVE = /^(Its|Their)\s+(?=\p{Ll})/u;

/** "Its troops take Orlova" → "Northland's troops take Orlova": the possessive named by the sentence's opening subject. */
function titleNamingBodyPossessor(ctx: EventCtx, e: FoundEvent): string {
  const m = BODY_POSSESSIVE.exec(e.title);
  const owners = m ? sentenceOpeners(ctx, e, m[1] === "Its" ? "It" : "They") : [];
  // A name holding its own "of" reads badly as a possessor ("General Staff of the Army's troops").
  if (!m || owners.length !== 1 || / of /.test(owners[0].name)) return e.title;
  return fitTitle(`${shortName(owners[0])}'s ${e.title.slice(m[0].length)}`);
}

/** The event's title with its pronoun subject named. */
export function titleNamingSubject(ctx: EventCtx, e: FoundEvent): string {
  if (PERSON_POSSESSIVE.test(e.title)) return titleNamingPossessor(ctx, e);
  if (BODY_POSSESSIVE.test(e.title)) return titleNamingBodyPossessor(ctx, e);
  const m = PRONOUN_SUBJECT.exec(e.title);
  if (!m) return e.title;
  const resolved = resolvedPronoun(ctx, e, m[1]);
  // A thing no actor stands for, named by the sentence before ("The law … . It came into force …").
  const thing = !resolved && m[1] === "It" && itReferent(ctx, e, m[2]);
  if (thing) return fitTitle(`${thing} ${e.title.slice(m[1].length + 1)}`);
  if (m[1] === "It" && HAPPENING_IT.test(m[2])) return e.title;
  const named = resolved ?? soleInitiator(ctx, e, m[1]);
  const actors = named ? [named] : sentenceOpeners(ctx, e, m[1]);
  if (!actors.length) return e.title;
  const name = actors.map(shortName).join(" and ");
  const singular = m[1] === "They" && actors.length === 1 && !pastForm(m[2]);
  const verb = singular ? singularVerb(m[2]) : m[2];
  const rest = e.title.slice(m[0].length);
  // A name is longer than its pronoun: the title is fitted again to the headline length.
  return fitTitle(`${name} ${verb}${singular ? coordinatedVerbsSingular(rest, ctx.text.slice(e.start, e.end)) : rest}`);
}

export function namePronounSubjects(ctx: EventCtx, events: FoundEvent[]): FoundEvent[] {
  return events.map((e) => ({ ...e, title: titleNamingSubject(ctx, e) }));
}
