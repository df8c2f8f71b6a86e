/**
 * Happenings named in passing by a noun with a date after it, inside a prepositional phrase of another clause:
 * "their first meeting since their talks in Miami in October", "citing the incursion of Russian drones into Polish
 * airspace in September 2025", "after the strike on Odesa on Monday". The noun phrase is the title and the date goes
 * with it, not with the clause around it ("Merz travelled to Kyiv, his first trip since the election in May").
 */
import type { DateMention } from "../dates";
import type { EventCtx, FoundEvent } from "./context";
import { inQuote } from "./context";
import { locationIn } from "./location";
import { typeOfPhrase } from "./triggers";
import { toldByThat } from "./nominal";

/** The preposition and determiner that lead into a happening named in passing ("since their", "after the"). */
export const LEAD_IN_PREPOSITIONS = "after|before|since|following|during|at|of|from|over|despite|amid|in|on|by|with|until|like|citing|including";
export const LEAD_IN_DETERMINERS = "the|a|an|its|his|her|their|this|that";
const PREPOSITION = `(?<prep>${LEAD_IN_PREPOSITIONS})`;
const DETERMINER = `(?<det>${LEAD_IN_DETERMINERS})`;
const EVENT_NOUN = String.raw`(?:talks|summit|meeting|visit|trip|phone\s+call|strikes?|attacks?|air\s+raid|offensive|counteroffensive|incursion|exchange|swap|elections?|referendum|vote|agreement|deal|ceasefire|truce|withdrawal|capture|seizure|blockade|annexation|bombardment|shelling|explosion|assault|negotiations|conference|protests?|arrests?|parade|crash|sabotage|mutiny|coup|resignation|dismissal|inauguration)`;
/** What may follow the noun before the date: "of Russian drones into Polish airspace", "on Odesa", "in Miami". */
const COMPLEMENT = String.raw`(?:\s+(?:of|on|in|into|against|at|with|between|over|near|to|by)\s+(?:the\s+)?(?:[\p{L}\d’'-]+\s+){0,3}?[\p{L}’'-]+)?`;
const PHRASE_BEFORE_DATE = new RegExp(String.raw`(?:^|[\s,(])${PREPOSITION}\s+${DETERMINER}\s+(?<phrase>(?:(?!and\b|or\b)[\p{L}\d’'-]+\s+){0,3}?${EVENT_NOUN}${COMPLEMENT}${COMPLEMENT})\s+$`, "u");

/** The noun phrase a date follows ("… since their talks in Miami |in October"), if it names a happening. */
function phraseBefore(ctx: EventCtx, sentenceStart: number, d: DateMention): { phrase: string; start: number } | null {
  const from = Math.max(sentenceStart, d.start - 100);
  const before = ctx.text.slice(from, d.start);
  const m = PHRASE_BEFORE_DATE.exec(before);
  const phrase = m?.groups!.phrase;
  if (!m || !phrase || /[,;:.]/.test(phrase)) return null;
  // "discussed it with Putin in a phone call on Monday": a new happening as the clause's setting is the clause's own.
  if (/^an?$/i.test(m.groups!.det) && /^(?:in|at|during|on)$/i.test(m.groups!.prep)) return null;
  // "… by phone on the sidelines of the G20 summit on Saturday": the summit is where the clause's happening took place.
  if (/\b(?:sidelines|margins)\s+$/i.test(before.slice(0, m.index + m[0].indexOf(m.groups!.prep)))) return null;
  return { phrase, start: from + m.index + m[0].lastIndexOf(phrase) };
}

/**
 * Events for the dated nominal happenings of one sentence. The dates they take go into `consumed` and the spans they
 * cover are returned, so the clause around them ("Premiums rose after the strike on Reni on Monday") neither takes
 * that date nor reads the noun as its trigger.
 */
export function nominalDated(ctx: EventCtx, sentenceStart: number, sentenceDates: DateMention[], consumed: Set<DateMention>) {
  const events: FoundEvent[] = [];
  const spans: [number, number][] = [];
  for (const d of sentenceDates) {
    if (consumed.has(d) || inQuote(ctx, d.start)) continue;
    const head = phraseBefore(ctx, sentenceStart, d);
    if (!head) continue;
    consumed.add(d);
    spans.push([head.start, d.end]);
    const actors = [...new Set(ctx.index.mentions.filter((x) => x.start >= head.start && x.end <= d.start).map((x) => x.actor))];
    // "an attack on 2 May that cut power to Kharkiv": the restrictive relative tells what the happening did.
    const told = toldByThat(ctx.text.slice(d.end, d.end + 100), head.phrase);
    events.push({
      title: told?.title ?? head.phrase.charAt(0).toUpperCase() + head.phrase.slice(1),
      type: typeOfPhrase(head.phrase),
      date: d.date,
      datePrecision: d.precision,
      dateText: d.text,
      actors: actors.map((a) => a.name),
      actorRoles: actors.map((a) => ({ name: a.name, role: "participant" as const })),
      location: locationIn(ctx, head.start, d.start),
      fatalities: null,
      start: head.start,
      end: d.end,
    });
  }
  return { events, spans };
}
