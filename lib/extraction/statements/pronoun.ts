/**
 * The person a "he" or "she" of an attribution stands for ('“…,” she said'). The actor index resolves every pronoun
 * to the last person named; for a speaker that is read again from the text: the last person named before it in its
 * sentence, else the subject of one of the sentences before (no possessor, no object of a preposition, read within its
 * own sentence: "… deported to Russia. Marles used the speech …" names Marles as subject). That person must not be the
 * source the same sentence cites ("According to a diplomat, he told …": he is someone else), and must not be of the
 * other sex when the text shows it ("Kholodova's son Artyom … she said": Artyom is no "she"). Otherwise the person
 * named before, as the sentences before tell it, that fits.
 */
import type { Actor, Mention } from "../actors";
import { lexiconTag } from "../nlp";
import { namedByCallSign } from "./call-sign";
import { inAnyQuote, type Ctx } from "./context";
import { roleOpeningHolder } from "./role-opening";

type Sex = "male" | "female";

/** "Mr ", "her husband ", "her husband, " (the name set off after the kinship word). */
const MALE_CUE = /\b(?:Mr\.?|son|father|husband|brother|grandfather|uncle|nephew|King|Prince)(?:\s+|,\s+)$/;
const FEMALE_CUE = /\b(?:Mrs\.?|Ms\.?|Miss|daughter|mother|wife|sister|grandmother|aunt|niece|Queen|Princess)(?:\s+|,\s+)$/;
/** First names ending in "a" that are men's (elsewhere in the region's names "-a" marks a woman: Natalia, Oksana, Inga). */
const MALE_IN_A = /^(?:Nikita|Mykyta|Ilya|Illia|Mykola|Kuzma|Luka|Sava|Kosta|Foma|Luca|Andrea|Sasha|Misha|Grisha|Kolya|Vanya|Petya|Joshua|Mustafa|Musa|Hamza|Isa|Yahya|Attila|Jonah|Noah|Ezra|Elijah|Garcia|Costa|Akira|Shota|Dmytra)$/;

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * The sex a first name tells: a man's name in the lexicon ("Nikola", "Luka"), else "-a" marks a woman. The lexicon's
 * women's names are not trusted: it files "Valery" and "Kim" as women's.
 */
function sexOfFirstName(first: string): Sex | null {
  if (MALE_IN_A.test(first)) return null;
  if (lexiconTag(first) === "MaleName") return "male";
  return /a$/.test(first) ? "female" : null;
}

/** What the text shows of a person's sex: a title or kinship word before a mention, else the first name. */
export function sexOf(ctx: Ctx, actor: Actor): Sex | null {
  for (const m of ctx.index.mentions) {
    if (m.actor !== actor || m.pronoun) continue;
    const before = ctx.text.slice(Math.max(0, m.start - 14), m.start);
    if (MALE_CUE.test(before)) return "male";
    if (FEMALE_CUE.test(before)) return "female";
  }
  const first = actor.name.split(/\s+/);
  if (first.length < 2 || !CAPITALISED_WORD.test(first[0])) return null;
  return sexOfFirstName(first[0]);
}

/** 'who uses the call sign "Student,"': a quotation holding nothing but the name names a person like the text around it. */
function quotedNameOnly(ctx: Ctx, m: Mention): boolean {
  const q = ctx.quotes.find((x) => m.start >= x.start && m.start < x.end);
  return !!q && ctx.text.slice(q.innerStart, q.innerEnd).replace(/[\s.,;:!?]+$/, "").trim() === m.surface;
}

/** The mention stands in the text, not inside someone's quoted words. */
const outsideQuotes = (ctx: Ctx, m: Mention) => !inAnyQuote(ctx, m.start) || quotedNameOnly(ctx, m);

/** An "According to X, …" lead of the sentence holding `pos`: the source it cites. */
function citedSource(ctx: Ctx, pos: number): Actor | null {
  const s = ctx.sentences.find((x) => pos >= x.start && pos < x.end);
  if (!s) return null;
  const lead = /^According to\s[^,]{1,80},/.exec(ctx.text.slice(s.start, pos));
  if (!lead) return null;
  return ctx.index.mentions.find((m) => m.start >= s.start && m.end <= s.start + lead[0].length && !m.pronoun)?.actor ?? null;
}

/**
 * A preposition within six words before the mention, no punctuation between ("met with Rubio", "to the country's foreign
 * minister, … "): the mention is its object. "According to X" cites a source, and "of" or "for" after a capitalised word
 * belongs to a title ("Deputy Chairman of the Security Council Dmitry Medvedev").
 */
const PREPOSITION_BEFORE = /(?<!\p{L})(?<![Aa]ccording\s)(?<!\p{Lu}\p{L}*\s(?=(?:of|for)\s))(?:[Ww]ith|[Aa]bout|[Tt]o|[Ff]rom|[Bb]y|[Ff]or|[Oo]f|[Aa]gainst|[Oo]n|[Aa]t|[Tt]han|[Bb]etween|[Ll]ike|[Tt]owards?)\s+(?:[\p{L}.'’-]+\s+){0,5}$/u;

const CAPITALISED_WORD_THEN_SPACE = /^\p{Lu}\p{Ll}+\s+$/u;
/** The mention is the object of a preposition, read in its own sentence only ("… deported to Russia. Marles said" names Marles as subject). */
export function afterPreposition(ctx: Ctx, m: Mention, sentenceStart: number): boolean {
  // "For Valentyna, the future ends here": a name fronted with its preposition is the sentence's topic.
  if (CAPITALISED_WORD_THEN_SPACE.test(ctx.text.slice(sentenceStart, m.start)) && /^,/.test(ctx.text.slice(m.end))) return false;
  return PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(sentenceStart, m.start - 60), m.start));
}

/**
 * The person a he/she at `m` stands for, read from the text: the last person named before it in its sentence (no object
 * of a preposition), else the subject (no possessor, no object of a preposition) of one of the four sentences before; a
 * pronoun there is read the same way. A person who does not `fit` the pronoun (the other sex, the cited source) is passed
 * over for the one before ("Her husband, Petro, died in 2019. … she laughed": Petro is no "she"). Null when none is named.
 */
function antecedent(ctx: Ctx, m: Mention, fits: (a: Actor) => boolean, depth = 0): Actor | null {
  const si = ctx.sentences.findIndex((x) => m.start >= x.start && m.start < x.end);
  if (si < 0 || depth > 3) return null;
  const persons = (k: number, to: number) =>
    ctx.index.mentions.filter((x) => x.start >= ctx.sentences[k].start && x.start < to && x.actor.kind === "person" && outsideQuotes(ctx, x)).sort((a, b) => a.start - b.start);
  const read = (x: Mention | undefined) => (!x ? null : x.pronoun ? antecedent(ctx, x, fits, depth + 1) ?? x.actor : (x.actor.unnamed && namedByCallSign(ctx, x)) || x.actor);
  const fitting = (x: Mention | undefined) => {
    const a = read(x);
    return a && fits(a) ? a : null;
  };
  // 'He had thought "Sergei" was a journalist, he told the jury': the same pronoun opening the sentence is its subject, and this one's person.
  const opener = persons(si, m.start)[0];
  if (opener?.pronoun && opener.surface.toLowerCase() === m.surface.toLowerCase() && ctx.text.slice(ctx.sentences[si].start, opener.start).trim() === "") {
    const subject = fitting(opener);
    if (subject) return subject;
  }
  // In its own sentence a possessor counts too ("Instead of winning Trump's approval, he lambasted …").
  const same = fitting(persons(si, m.start).filter((x) => !afterPreposition(ctx, x, ctx.sentences[si].start)).pop());
  if (same) return same;
  // "Andriy's unit flies sixty missions a day": a possessor opening its sentence is its topic when no person is its subject.
  const opens = (x: Mention, k: number) => x.possessive && ctx.text.slice(ctx.sentences[k].start, x.start).trim() === "";
  const subjectOf = (k: number) => {
    const ps = persons(k, ctx.sentences[k].end);
    const subject = ps.find((x) => !x.possessive && !afterPreposition(ctx, x, ctx.sentences[k].start));
    return (subject && nameSetOffAfter(ctx, ps, subject)) ?? subject ?? ps.find((x) => opens(x, k));
  };
  for (let k = si - 1; k >= Math.max(0, si - 4); k--) {
    // "The prime minister repeated her offer. '…,' she said": a role noun phrase opening the sentence is its subject.
    const holder = roleOpeningHolder(ctx, k);
    if (holder && fits(holder)) return holder;
    const subject = fitting(subjectOf(k));
    if (subject) return subject;
  }
  return null;
}

/** The capitalised words of a role phrase's "of"/"and" tail up to a mention ("Minister of Mining and Energy |Policy"). */
const ROLE_PHRASE_TAIL = /\p{Lu}[\p{L}-]*\s+(?:of|for|and)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)*$/u;

/**
 * "Minister of Mining and Energy Policy, Rosa Lagos, said": the name set off by commas right after a role phrase's last
 * word. A name opening a list ("Anna Berg, Jan Dahl and Ola Lind met") is the subject itself.
 */
function nameSetOffAfter(ctx: Ctx, persons: Mention[], x: Mention): Mention | undefined {
  if (!ROLE_PHRASE_TAIL.test(ctx.text.slice(Math.max(0, x.start - 60), x.start))) return undefined;
  return persons.find((y) => y.start > x.end && !y.pronoun && !y.possessive && /^\s*,\s*$/.test(ctx.text.slice(x.end, y.start)) && /^\s*,/.test(ctx.text.slice(y.end, y.end + 3)));
}

/**
 * The actor the pronoun mention `m` stands for as a speaker; null when no person named before fits it ("Her brother,
 * Levan, was killed in 2023. “…,” she says" names no "she" the text introduced: Levan is none).
 */
export function pronounSpeaker(ctx: Ctx, m: Mention): Actor | null {
  const sex: Sex = /^she$/i.test(m.surface) ? "female" : "male";
  const cited = citedSource(ctx, m.start);
  const fits = (a: Actor) => a.kind === "person" && a !== cited && (sexOf(ctx, a) ?? sex) === sex;
  const read = antecedent(ctx, m, fits);
  if (read) return read;
  if (fits(m.actor)) return m.actor;
  const si = ctx.sentences.findIndex((x) => m.start >= x.start && m.start < x.end);
  const from = ctx.sentences[Math.max(0, si - 4)]?.start ?? 0;
  const candidates = ctx.index.mentions.filter((x) => x.start >= from && x.start < m.start && !x.possessive && outsideQuotes(ctx, x) && fits(x.actor));
  return candidates.pop()?.actor ?? null;
}
