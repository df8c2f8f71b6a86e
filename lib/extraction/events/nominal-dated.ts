/**
 * Happenings named in passing by a noun with a date after it, inside a prepositional phrase of another clause:
 * "their first meeting since their talks in Miami in October", "citing the incursion of Russian drones into Polish
 * airspace in September 2025", "after the strike on Odesa on Monday". The noun phrase is the title and the date goes
 * with it, not with the clause around it ("Merz travelled to Kyiv, his first trip since the election in May").
 */
import type { DateMention } from "../dates";
import type { Mention } from "../actors";
import type { EventCtx, EventRole, EventType, FoundEvent } from "./context";
import { inQuote } from "./context";
import { locationIn } from "./location";
import { ENERGY_TARGET, STRIKE_TYPES, typeOfPhrase } from "./triggers";
import { guardType } from "./type-guards";
import { toldByThat } from "./nominal";
import { agentName, nounHeadline } from "./nominal-headline";
import { EVENT_NOUN } from "./event-nouns";
import { FOUNDING_TITLE, isFoundingInvasion } from "./invasion";
import { capitalize } from "../word-shapes";

/** The preposition and determiner that lead into a happening named in passing ("since their", "after the"). */
export const LEAD_IN_PREPOSITIONS = "after|before|since|following|during|at|of|from|over|despite|amid|in|on|by|with|until|like|citing|including";
export const LEAD_IN_DETERMINERS = "the|a|an|its|his|her|their|this|that";
/** At a sentence's start the preposition is capitalised: "After Lee's visit to Kyiv on Tuesday, …". */
const PREPOSITION = `(?<prep>${LEAD_IN_PREPOSITIONS}|${LEAD_IN_PREPOSITIONS.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, c: string) => bar + c.toUpperCase())})`;
/** A possessor names who did it: "Russia's seizure of …", "Foreign Minister Penny Wong's visit to …". */
const POSSESSOR = String.raw`(?<poss>(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s)`;
const DETERMINER = `(?:(?<det>${LEAD_IN_DETERMINERS})|${POSSESSOR})`;
/** "between Prime Minister Netanyahu and President Zelensky": two sides, each named in up to four words. */
const BOTH_SIDES = String.raw`\s+between\s+(?:[\p{L}.’'-]+\s+){0,3}and\s+(?:[\p{L}.’'-]+\s+){0,3}?[\p{L}’'-]+`;
/** What may follow the noun before the date: "of Russian drones into Polish airspace", "on Odesa", "in Miami". */
const COMPLEMENT = String.raw`(?:\s+(?:of|on|in|into|against|at|with|between|over|near|to|by|from)\s+(?:the\s+)?(?:[\p{L}\d’'-]+\s+){0,3}?[\p{L}’'-]+|${BOTH_SIDES})?`;
const PHRASE_BEFORE_DATE = new RegExp(String.raw`(?:^|[\s,(])${PREPOSITION}\s+${DETERMINER}\s+(?<phrase>(?:(?!and\b|or\b)[\p{L}\d’'-]+\s+){0,3}?${EVENT_NOUN}${COMPLEMENT}${COMPLEMENT})\s+$`, "u");

/** The noun phrase a date follows ("… since their talks in Miami |in October"), if it names a happening. */
function phraseBefore(ctx: EventCtx, sentenceStart: number, d: DateMention): NounPhrase | null {
  const from = Math.max(sentenceStart, d.start - 100);
  const before = ctx.text.slice(from, d.start);
  const m = PHRASE_BEFORE_DATE.exec(before);
  const phrase = m?.groups!.phrase;
  if (!m || !phrase || /[,;:.]/.test(phrase)) return null;
  // "discussed it with Putin in a phone call on Monday": a new happening as the clause's setting is the clause's own.
  if (/^an?$/i.test(m.groups!.det) && /^(?:in|at|during|on)$/i.test(m.groups!.prep)) return null;
  // "… by phone on the sidelines of the G20 summit on Saturday": the summit is where the clause's happening took place.
  if (/\b(?:sidelines|margins)\s+$/i.test(before.slice(0, m.index + m[0].indexOf(m.groups!.prep)))) return null;
  const start = from + m.index + m[0].lastIndexOf(phrase);
  const poss = m.groups!.poss;
  // "after Monday's talks in Geneva on …": a date as possessor is no agent.
  if (poss && ctx.dates.some((x) => x.start < start && x.end > start - poss.length - 1)) return null;
  return { phrase, start, prep: m.groups!.prep, possessor: poss ? { text: poss, start: start - poss.length - 1 } : null };
}

interface NounPhrase {
  phrase: string;
  prep: string;
  start: number;
  possessor: { text: string; start: number } | null;
}

/** "seizure of the tanker by Russian forces": a named actor after "by" is the agent, not a means ("by phone"). */
const BY_AGENT = /\s+by\s+((?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3})$/u;

/** A "by" complement that names an actor: who did it ("capture of the port by Russian forces"). */
function byAgentSpan(ctx: EventCtx, head: NounPhrase): { from: number; to: number; words: string } | null {
  const by = BY_AGENT.exec(head.phrase);
  if (!by) return null;
  const from = head.start + by.index, to = head.start + head.phrase.length;
  return ctx.index.mentions.some((x) => x.start >= from && x.end <= to && !x.pronoun) ? { from, to, words: by[1] } : null;
}

/** The span naming who did it: a "by" agent that names an actor ("Ukraine's capture by Russia"), else the possessor. */
function agentSpan(ctx: EventCtx, head: NounPhrase): { from: number; to: number; words: string; by: boolean } | null {
  const by = byAgentSpan(ctx, head);
  if (by) return { ...by, by: true };
  return head.possessor ? { from: head.possessor.start, to: head.start, words: head.possessor.text, by: false } : null;
}

/** The noun phrase without its "by" agent, a possessor told as the object instead: "Ukraine's capture by Russia" → "capture of Ukraine". */
function phraseWithoutAgent(head: NounPhrase, agentFrom: number): string {
  const phrase = head.phrase.slice(0, agentFrom - head.start);
  return head.possessor ? `${phrase} of ${head.possessor.text.replace(/['’]s$/, "")}` : phrase;
}

/**
 * The headline of a dated noun phrase, built from its verb when the text names who did it ("Russia seizes tanker"),
 * else the noun phrase itself ("Strike on Reni"); and the agent's span, whose actors are its initiators.
 */
function headlineOf(ctx: EventCtx, head: NounPhrase): { title: string; agent: [number, number] | null } {
  const agent = agentSpan(ctx, head);
  const phrase = agent?.by ? phraseWithoutAgent(head, agent.from) : head.phrase;
  const title = nounHeadline(phrase, agent && agentName(ctx, agent.from, agent.to, agent.words));
  if (title && agent) return { title, agent: [agent.from, agent.to] };
  const byDemonym = demonymHeadline(ctx, head);
  if (byDemonym) return byDemonym;
  return { title: title ?? capitalize(head.phrase), agent: null };
}

/**
 * The verb headline of a happening noun phrase that starts at `start` ("seizure of the tanker by Norwegian police" →
 * "Norwegian police seize tanker"), or null when it names no one who did it and keeps its noun title.
 */
export function happeningHeadline(ctx: EventCtx, phrase: string, start: number): string | null {
  const head = { phrase, start, prep: "", possessor: null };
  const { title, agent } = headlineOf(ctx, head);
  if (agent) return title;
  // An agent the actor finder did not take ("by Norwegian police") still names who did it when it is capitalised.
  const by = BY_AGENT.exec(phrase);
  return by && /^\p{Lu}/u.test(by[1]) ? nounHeadline(phrase.slice(0, by.index), by[1]) : null;
}

/** "the Russian strike on Odesa": the state of a demonym modifier is the agent, when the noun has an object to tell. */
function demonymHeadline(ctx: EventCtx, head: NounPhrase): { title: string; agent: [number, number] } | null {
  const demonym = /^\p{Lu}\p{Ll}+(?=\s)/u.exec(head.phrase)?.[0];
  const state = demonym && ctx.index.stateOfDemonym.get(demonym);
  if (!state) return null;
  const title = nounHeadline(head.phrase.slice(demonym.length).trim(), state);
  if (!title || title.split(" ").length < state.split(" ").length + 2) return null;
  return { title, agent: [head.start, head.start + demonym.length] };
}

/** The type of a noun phrase as a clause's is found: a strike on an energy target is an energy attack, and the guards apply. */
function phraseType(phrase: string): EventType {
  // "the call between Macron and Zelensky" is told without "phone", which the lexicon needs.
  // An invasion is typed as the war's founding one is (invasion.ts).
  if (/^(?:[\p{L}-]+\s+){0,2}invasion\b/iu.test(phrase)) return "ground_advance";
  const type = typeOfPhrase(phrase.replace(/^call\b/i, "phone call"));
  return guardType(STRIKE_TYPES.has(type) && ENERGY_TARGET.test(phrase) ? "energy_infrastructure_attack" : type, phrase);
}

/** Roles of a noun-phrase happening: the agent's actors initiate it, the others are acted upon; without an agent, all take part. */
function nounRoles(ctx: EventCtx, from: number, to: number, agent: [number, number] | null) {
  // A mention may run on past the agent's words ("Russian strike" names Russia).
  const inAgent = (x: Mention) => !!agent && x.start >= agent[0] && x.start < agent[1];
  const seen = new Map<string, EventRole>();
  for (const x of ctx.index.mentions) {
    if (x.start < from || x.end > to || seen.has(x.actor.name)) continue;
    seen.set(x.actor.name, !agent ? "participant" : inAgent(x) ? "initiator" : "target");
  }
  return [...seen].map(([name, role]) => ({ name, role }));
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
    // "At the summit in June, Sánchez secured …": what happens at or during it shares its date.
    if (!/^(?:at|during)$/i.test(head.prep)) consumed.add(d);
    const start = head.possessor?.start ?? head.start;
    spans.push([start, d.end]);
    const headline = headlineOf(ctx, head);
    const roles = nounRoles(ctx, start, d.start, headline.agent);
    // "an attack on 2 May that cut power to Kharkiv": the restrictive relative tells what the happening did.
    const told = toldByThat(ctx.text.slice(d.end, d.end + 100), head.phrase);
    const founding = isFoundingInvasion(ctx.text.slice(start, d.start));
    events.push({
      title: founding ? FOUNDING_TITLE : told?.title ?? headline.title,
      type: phraseType(head.phrase),
      date: d.date,
      datePrecision: d.precision,
      dateText: d.text,
      actors: roles.map((r) => r.name),
      actorRoles: roles,
      location: locationIn(ctx, head.start, d.start),
      fatalities: null,
      start,
      end: d.end,
    });
  }
  return { events, spans };
}
