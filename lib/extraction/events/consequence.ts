/**
 * A consequence told by a participle that makes someone act: "…, prompting Beijing to lodge a protest", "…, forcing
 * the airport to close for several hours". What the one made to act did is a happening of its own, with its own agent
 * ("Beijing lodges protest"); a consequence with no one acting ("…, leaving 40,000 homes without power") stays part
 * of the clause it follows.
 */
import type { DateMention } from "../dates";
import { type EventCtx, type FoundEvent, inQuote } from "./context";
import { locationIn } from "./location";
import { fitTitle, MAX_TITLE } from "./title";
import { typeOfPhrase } from "./triggers";
import { allMatches } from "../all-matches";
import { presentOf } from "../nlp";

/**
 * ", prompting Beijing to lodge …": the one made to act (a name or a determiner's noun phrase), its verb and the rest
 * up to the clause's end (a comma or point between digits, "40,000" or "1.5", ends no clause).
 */
const MADE_TO_ACT =
  /,\s+(?:forcing|prompting|compelling|pushing|leading|causing)\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}|(?:the|its|their|his|her)\s+\p{Ll}+(?:\s+\p{Ll}+)?|(?:(?:tens\s+of\s+)?thousands|hundreds|dozens|\d[\d,.]*)\s+(?:of\s+)?\p{Ll}+|it|them)\s+to\s+(\p{Ll}{3,})\b((?:[^,;.]|(?<=\d)[,.](?=\d))*)/gu;

/** The date the consequence shares with the clause it follows: the last date of the sentence before it. */
const dateBefore = (dates: DateMention[], at: number) => dates.filter((d) => d.end <= at && d.date).pop() ?? null;

/** Events for the consequences of one sentence (quotes masked in `masked`, which starts at `offset`). */
export function consequenceEvents(ctx: EventCtx, masked: string, offset: number, sentenceDates: DateMention[]): FoundEvent[] {
  const events: FoundEvent[] = [];
  for (const m of allMatches(MADE_TO_ACT, masked)) {
    const start = offset + m.index + m[0].indexOf(m[1]);
    const end = offset + m.index + m[0].length;
    if (inQuote(ctx, start)) continue;
    // "forcing it to halt …": a pronoun names the clause's own subject, whose act the clause already tells.
    if (/^(?:it|them)$/.test(m[1])) continue;
    const agent = m[1].replace(/^the\s+/, "");
    const rest = m[3].replace(/\s+$/, "");
    const agentAndVerb = `${agent.charAt(0).toUpperCase()}${agent.slice(1)} ${presentOf(m[2], { plural: /s$/.test(agent) && !/\p{Lu}/u.test(agent.charAt(0)) })}`;
    const title = fitTitle(`${agentAndVerb}${rest}`, MAX_TITLE, agentAndVerb.length + 1);
    const date = dateBefore(sentenceDates, start);
    const mentions = ctx.index.mentions.filter((x) => x.start >= start && x.end <= end && !x.pronoun);
    const actors = [...new Set(mentions.map((x) => x.actor))];
    // Only the one made to act is its initiator; a place or party named after its verb ("to flee to Poland") takes part.
    const agentEnd = start + m[1].length;
    const agents = new Set(mentions.filter((x) => x.end <= agentEnd).map((x) => x.actor.name));
    events.push({
      title,
      type: typeOfPhrase(`${m[2]}${rest}`),
      date: date?.date ?? null,
      datePrecision: date?.precision ?? "unknown",
      dateText: date?.text ?? null,
      actors: actors.map((a) => a.name),
      actorRoles: actors.map((a) => ({ name: a.name, role: agents.has(a.name) ? ("initiator" as const) : ("participant" as const) })),
      location: locationIn(ctx, start, end),
      fatalities: null,
      start,
      end,
    });
  }
  return events;
}
