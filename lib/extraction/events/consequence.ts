/**
 * A consequence told by a participle that makes someone act: "…, prompting Beijing to lodge a protest", "…, forcing
 * the airport to close for several hours". What the one made to act did is a happening of its own, with its own agent
 * ("Beijing lodges protest"); a consequence with no one acting ("…, leaving 40,000 homes without power") stays part
 * of the clause it follows.
 */
import type { DateMention } from "../dates";
import { type EventCtx, type FoundEvent, inQuote } from "./context";
import { locationIn } from "./location";
import { typeOfPhrase } from "./triggers";
import { allMatches } from "../all-matches";

/** ", prompting Beijing to lodge …": the one made to act (a name or a determiner's noun phrase), its verb and the rest up to the clause's end. */
const MADE_TO_ACT =
  /,\s+(?:forcing|prompting|compelling|pushing|leading|causing)\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}|(?:the|its|their|his|her)\s+\p{Ll}+(?:\s+\p{Ll}+)?|(?:(?:tens\s+of\s+)?thousands|hundreds|dozens|\d[\d,.]*)\s+(?:of\s+)?\p{Ll}+|it|them)\s+to\s+(\p{Ll}{3,})\b([^,;.]*)/gu;

/** The third person of a bare verb: "lodge" → "lodges", "close" → "closes", "flee" → "flee" for a plural. */
function thirdPerson(verb: string, plural: boolean): string {
  if (plural) return verb;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return /(?:s|sh|ch|x|z|o)$/.test(verb) ? `${verb}es` : `${verb}s`;
}

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
    const title = `${agent.charAt(0).toUpperCase()}${agent.slice(1)} ${thirdPerson(m[2], /s$/.test(agent) && !/\p{Lu}/u.test(agent.charAt(0)))}${rest}`;
    const date = dateBefore(sentenceDates, start);
    const actors = [...new Set(ctx.index.mentions.filter((x) => x.start >= start && x.end <= end && !x.pronoun).map((x) => x.actor))];
    events.push({
      title,
      type: typeOfPhrase(`${m[2]}${rest}`),
      date: date?.date ?? null,
      datePrecision: date?.precision ?? "unknown",
      dateText: date?.text ?? null,
      actors: actors.map((a) => a.name),
      actorRoles: actors.map((a, i) => ({ name: a.name, role: i === 0 ? ("initiator" as const) : ("target" as const) })),
      location: locationIn(ctx, start, end),
      fatalities: null,
      start,
      end,
    });
  }
  return events;
}
