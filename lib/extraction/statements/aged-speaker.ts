/**
 * '"You listen for the buzz," the 41-year-old said.' / '"…," says the 38-year-old from Rosario.': feature writing names
 * a person, then credits the quotation to their age. The speaker is the person the text gave that age before the
 * quotation, else the only person named in its paragraph or the two before; with two named, no one (the person named
 * last is as often a son, a neighbour or a commander).
 */
import type { Actor } from "../actors";
import type { QuoteSpan, Sentence } from "../sentences";
import { VERB_TEST, type Ctx } from "./context";

/** After the closing mark: "the 41-year-old said", "says the 38-year-old from Rosario". */
const AGED_ATTRIBUTION = /^["”’»]?\s*[,—–-]?\s*(?:(\p{Ll}+)\s+)?the\s+(\d{1,3})-year-old\b([^.;:!?]{0,40})/u;

/** ", 52," / ", 24." / ", a 35-year-old miner": an age set off after a name. */
const AGE_AFTER_NAME = /^,\s+(?:an?\s+)?(\d{1,3})(?:[,;]|\.(?!\d)|-year-old\b)/;

export function agedSpeaker(ctx: Ctx, q: QuoteSpan, s: Sentence): { speaker: Actor; cue: string } | null {
  const tail = ctx.text.slice(q.end, s.end);
  if (!tail.includes("-year-old")) return null;
  const m = AGED_ATTRIBUTION.exec(tail);
  if (!m || !VERB_TEST.test(`${m[1] ?? ""} ${m[3].split(/\s+/).slice(0, 5).join(" ")}`)) return null;
  const person = personOfAge(ctx, q, m[2]) ?? onlyPersonBefore(ctx, q);
  const age = person && ageOf(ctx, person, q.start);
  return person && (!age || age === m[2]) ? { speaker: person, cue: "age" } : null;
}

/** The person the text gave that age before the quotation ("Anna Berg, 52, …"). */
function personOfAge(ctx: Ctx, q: QuoteSpan, age: string): Actor | null {
  return ctx.index.mentions.find((m) => m.start < q.start && !m.pronoun && m.actor.kind === "person" && ageOf(ctx, m.actor, q.start) === age)?.actor ?? null;
}

/** The one person named before the quotation, in its paragraph or the two before, outside quoted words; none if two are. */
function onlyPersonBefore(ctx: Ctx, q: QuoteSpan): Actor | null {
  const from = ctx.sentences.find((x) => x.paragraph >= q.paragraph - 2)?.start ?? 0;
  const quoted = (pos: number) => ctx.quotes.some((x) => pos >= x.innerStart && pos < x.innerEnd);
  const named = new Set(ctx.index.mentions.filter((m) => m.start >= from && m.end <= q.start && !m.pronoun && m.actor.kind === "person" && !quoted(m.start)).map((m) => m.actor));
  return named.size === 1 ? [...named][0] : null;
}

/** "Anna Berg, 52," / "Oleh, a 35-year-old miner," / "52-year-old Anna Berg": the age the text gives the person before `until`. */
function ageOf(ctx: Ctx, person: Actor, until: number): string | null {
  for (const m of ctx.index.mentions) {
    if (m.actor !== person || m.pronoun || m.start >= until) continue;
    const given = AGE_AFTER_NAME.exec(ctx.text.slice(m.end, m.end + 20))?.[1] ?? /\b(\d{1,3})-year-old\s+$/.exec(ctx.text.slice(Math.max(0, m.start - 14), m.start))?.[1];
    if (given) return given;
  }
  return null;
}
