/**
 * Meetings, visits and calls named by an indefinite noun phrase in an adjunct of another clause: "Shoigu said on
 * Monday during a visit to Minsk that …", "Fidan said at a joint news conference with Szijjarto in Ankara", "Fico
 * dropped his objection after a call with von der Leyen". The indefinite article (or the subject's possessive)
 * introduces a new happening; a definite one ("during the call") points back to one already told, which
 * coreference and anaphoric dates handle. Bare "talks" is indefinite too ("said after talks with Szijjarto in Moscow").
 */
import type { Mention } from "../actors";
import { datesIn, type EventCtx, type EventType, type FoundEvent, inQuote } from "./context";
import { locationIn } from "./location";
import { surname } from "./title";

/** Named parties ("with his Hungarian counterpart Peter Szijjarto in Ankara"), or a common noun placed by a named place ("to a factory in Wiltshire", "with grain exporters in Odesa"). */
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)\b`;
const PLACE = String.raw`in\s+(?!${MONTH})\p{Lu}[\p{L}’'-]+`;
const PARTY = String.raw`((?:(?:his|her|their|its|the|\p{Lu}[\p{L}’'.-]*|counterparts?|president|prime|minister|foreign|defen[cs]e|chancellor|leader|officials?|envoy|secretary|state)\s+){0,6}(?!${MONTH})\p{Lu}[\p{L}’'.-]+(?:\s+${PLACE})?|(?:(?:a|an)\s+)?(?:\p{Ll}[\p{L}-]*\s+){1,3}${PLACE})`;
const ADJUNCT = new RegExp(
  String.raw`\b(?:during|at|after|following|on the sidelines of)\s+(?:(?:a|an|his|her|their)\s+(?:(?:joint|brief|surprise|short|official|state|working|unannounced|\d+-day|two-day|three-day)\s+)*|(?=talks\s))(visit|trip|news conference|press conference|meeting|talks|phone call|call)\s+(to|with|in)\s+${PARTY}`,
  "gu",
);
/** The same told by a gerund: "De Wever told reporters after meeting Ukrainian President Volodymyr Zelenskyy in Brussels". */
const GERUND = new RegExp(String.raw`\b(?:after|before|while|when)\s+(meeting|visiting|hosting)\s+()${PARTY}`, "gu");

const HEADLINE: Record<string, { verb: string; type: EventType }> = {
  visit: { verb: "visits", type: "summit_talks" },
  trip: { verb: "visits", type: "summit_talks" },
  "news conference": { verb: "holds news conference", type: "summit_talks" },
  "press conference": { verb: "holds press conference", type: "summit_talks" },
  meeting: { verb: "meets", type: "summit_talks" },
  talks: { verb: "holds talks", type: "summit_talks" },
  "phone call": { verb: "holds phone call", type: "phone_call" },
  call: { verb: "holds phone call", type: "phone_call" },
  meeting_: { verb: "meets", type: "summit_talks" },
  visiting: { verb: "visits", type: "summit_talks" },
  hosting: { verb: "hosts", type: "summit_talks" },
};

const shortName = (m: Mention) => (m.actor.kind === "person" ? surname(m.actor.name) : m.actor.name);

/** "with his Hungarian counterpart Peter Szijjarto in Ankara" → "with Szijjarto in Ankara": persons by surname, no role words. */
function complement(ctx: EventCtx, prep: string, from: number, to: number): string {
  const people = ctx.index.mentions.filter((m) => m.start >= from && m.end <= to && !m.pronoun);
  if (!people.length) return `${prep === "to" ? "" : `${prep} `}${ctx.text.slice(from, to)}`.trim();
  const place = /\s+in\s+(\p{Lu}[\p{L}’'-]+)$/u.exec(ctx.text.slice(from, to))?.[1];
  const names = [...new Set(people.map(shortName))].join(" and ");
  return `${prep === "to" ? "" : `${prep} `}${names}${place && !names.includes(place) ? ` in ${place}` : ""}`.trim();
}

/** Events for the adjunct meetings of one sentence (quotes masked in `masked`, which starts at `offset`). */
export function adjunctMeetings(ctx: EventCtx, masked: string, offset: number): FoundEvent[] {
  const events: FoundEvent[] = [];
  const matches = [...masked.matchAll(ADJUNCT), ...masked.matchAll(GERUND)];
  for (const m of matches) {
    const start = offset + m.index, end = start + m[0].length;
    const candidates = ctx.index.mentions.filter((x) => x.start >= offset && x.end <= start && !x.possessive && !inQuote(ctx, x.start) && x.actor.kind !== "media");
    // "…, Healey said during a visit to …": the one who speaks there, not a name in what is said before.
    const speaker = candidates.find((x) => /^\s+(?:said|says|told\s+reporters)\b[^,.;]{0,25}$/.test(ctx.text.slice(x.end, start)));
    const subject = speaker ?? candidates[0];
    if (!subject) continue;
    // A gerund's object follows it directly ("after meeting Zelenskyy"); a noun's, its preposition ("a meeting with").
    const head = HEADLINE[m[2] ? m[1] : m[1] === "meeting" ? "meeting_" : m[1]];
    const objFrom = end - m[3].length;
    const object = complement(ctx, m[2] || "to", objFrom, end);
    const date = datesIn(ctx, offset, end).filter((d) => d.end <= end).pop() ?? null;
    const actors = [...new Set([subject, ...ctx.index.mentions.filter((x) => x.start >= objFrom && x.end <= end)].map((x) => x.actor))];
    events.push({
      title: `${shortName(subject)} ${head.verb} ${object}`.replace(/\s{2,}/g, " ").trim(),
      type: head.type,
      date: date?.date ?? null,
      datePrecision: date?.precision ?? "unknown",
      dateText: date?.text ?? null,
      actors: actors.map((a) => a.name),
      actorRoles: actors.map((a) => ({ name: a.name, role: "participant" as const })),
      location: locationIn(ctx, objFrom, end),
      fatalities: null,
      start,
      end,
    });
  }
  return events;
}

/**
 * An adjunct meeting and the clause around it are one happening when the clause only says or speaks there ("Fidan
 * spoke about maritime security at a press conference in Ankara"): the adjunct's headline stays. A clause that
 * reports something else that happened keeps its own event and the meeting is dropped as its setting.
 */
export function oneOfAdjunctAndClause(adjuncts: Set<FoundEvent>, events: FoundEvent[]): FoundEvent[] {
  const drop = new Set<FoundEvent>();
  for (const a of adjuncts) {
    const host = events.find((e) => !adjuncts.has(e) && e.start <= a.start && e.end >= a.end);
    if (!host) continue;
    drop.add(/\b(?:says|tells|adds|speaks|talks|writes|notes)\b/.test(host.title) ? host : a);
  }
  return events.filter((e) => !drop.has(e));
}
