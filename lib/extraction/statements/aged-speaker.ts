/**
 * '"You listen for the buzz," the 41-year-old said.' / '"…," says the 38-year-old from Rosario.': feature writing names
 * a person, then credits the quotation to their age. The speaker is the person named last before the quotation (in its
 * paragraph or the two before), unless the text gives that person another age.
 */
import type { Actor } from "../actors";
import { wordCount, type QuoteSpan, type Sentence } from "../sentences";
import { VERB_TEST, type Ctx } from "./context";

/** After the closing mark: "the 41-year-old said", "says the 38-year-old from Rosario". */
const AGED_ATTRIBUTION = /^["”’»]?\s*[,—–-]?\s*(?:(\p{Ll}+)\s+)?the\s+(\d{1,3})-year-old\b([^.;:!?]{0,40})/u;

export function agedSpeaker(ctx: Ctx, q: QuoteSpan, s: Sentence): { speaker: Actor; cue: string } | null {
  const tail = ctx.text.slice(q.end, s.end);
  if (!tail.includes("-year-old")) return null;
  const m = AGED_ATTRIBUTION.exec(tail);
  if (!m || !VERB_TEST.test(`${m[1] ?? ""} ${m[3].split(/\s+/).slice(0, 5).join(" ")}`)) return null;
  const person = personOfAge(ctx, q, m[2]) ?? lastPersonBefore(ctx, q);
  const age = person && ageOf(ctx, person, q.start);
  if (!person || (age && age !== m[2])) return null;
  return { speaker: person, cue: "age" };
}

/** The person the text gave that age before the quotation ("Anna Berg, 52, …"). */
function personOfAge(ctx: Ctx, q: QuoteSpan, age: string): Actor | null {
  return ctx.index.mentions.find((m) => m.start < q.start && !m.pronoun && m.actor.kind === "person" && ageOf(ctx, m.actor, q.start) === age)?.actor ?? null;
}

/** The person named last before the quotation, outside other quoted words (a call sign quoted alone counts). */
function lastPersonBefore(ctx: Ctx, q: QuoteSpan): Actor | null {
  const firstParagraph = q.paragraph - 2;
  const inWords = (pos: number) => ctx.quotes.some((x) => pos >= x.innerStart && pos < x.innerEnd && wordCount(ctx.text.slice(x.innerStart, x.innerEnd)) > 1);
  const named = ctx.index.mentions.filter((m) => m.end <= q.start && !m.pronoun && m.actor.kind === "person" && !inWords(m.start));
  const last = named[named.length - 1];
  const para = last && ctx.sentences.find((x) => last.start >= x.start && last.start < x.end)?.paragraph;
  return last && para !== undefined && para >= firstParagraph ? last.actor : null;
}

/** "Anna Berg, 52," / "52-year-old Anna Berg": the age the text gives the person before `until`, if any. */
function ageOf(ctx: Ctx, person: Actor, until: number): string | null {
  for (const m of ctx.index.mentions) {
    if (m.actor !== person || m.pronoun || m.start >= until) continue;
    const given = /^,\s+(\d{1,3}),/.exec(ctx.text.slice(m.end, m.end + 7))?.[1] ?? /\b(\d{1,3})-year-old\s+$/.exec(ctx.text.slice(Math.max(0, m.start - 14), m.start))?.[1];
    if (given) return given;
  }
  return null;
}
