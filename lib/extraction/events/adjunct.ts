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
import { allMatches } from "../all-matches";

/** Named parties ("with his Hungarian counterpart Peter Szijjarto in Ankara"), or a common noun placed by a named place ("to a factory in Wiltshire", "with grain exporters in Odesa"). */
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)\b`;
/** A named place, or a front's named stretch ("in the Zaporizhzhia direction", "in the Kharkiv region"). */
const PLACE = String.raw`in\s+(?:(?!${MONTH})\p{Lu}[\p{L}’'-]+|the\s+\p{Lu}[\p{L}’'-]+\s+(?:direction|region|sector|area|district|province|oblast))`;
/** A named party, its role words before it and particles inside it ("Ursula von der Leyen", "Mohammed bin Salman"). */
const NAMED = String.raw`(?:(?:his|her|their|its|the|\p{Lu}[\p{L}’'.-]*|bin|von|der|van|de|al|counterparts?|president|prime|minister|foreign|defen[cs]e|chancellor|leader|officials?|envoy|secretary|state)\s+){0,6}(?!${MONTH})\p{Lu}[\p{L}’'.-]+`;
const PARTY = String.raw`(${NAMED}(?:\s+${PLACE})?|(?:(?:a|an)\s+)?(?:\p{Ll}[\p{L}-]*\s+){1,3}${PLACE})`;
const LEAD = String.raw`(?:during|at|after|following|on the sidelines of|in(?=\s+(?:a|an|his|her|their)\s))`;
const MODIFIERS = String.raw`(?:(?:joint|brief|surprise|short|official|state|working|unannounced|lengthy|\d+-minute|\d+-day|two-day|three-day)\s+)*`;
const NOUN = String.raw`(visit|trip|news conference|press conference|meeting|talks|(?:phone|telephone|video) (?:call|conversation)|call|conversation)`;
const ADJUNCT = new RegExp(
  String.raw`\b${LEAD}\s+(?:(?:a|an|his|her|their)\s+${MODIFIERS}|(?=talks\s))${NOUN}\s+(to|with|in)\s+${PARTY}`,
  "gu",
);
/** Two parties named after "between": "during a phone call between Crown Prince Mohammed bin Salman and Vladimir Putin". */
const BETWEEN = new RegExp(String.raw`\b${LEAD}\s+(?:a|an)\s+${MODIFIERS}${NOUN}\s+(between)\s+(${NAMED}\s+and\s+${NAMED}(?:\s+${PLACE})?)`, "gu");
/**
 * The same told by a verb: "De Wever told reporters after meeting Ukrainian President Volodymyr Zelenskyy in Brussels",
 * "Lukashenko, meeting border officials in Grodno on Monday, said …", "Dousa said when he visited a clinic in Kharkiv".
 */
const GERUND = new RegExp(String.raw`(?:\b(?:after|before|while|when)\s+(?:(?:he|she|they)\s+(?=met|visited|hosted))?|,\s+(?=meeting|visiting))(meeting|visiting|hosting|met|visited|hosted)\s+(?:with\s+)?()${PARTY}`, "gu");

const PHONE = { verb: "holds phone call", type: "phone_call" } as const;
const HEADLINE: Record<string, { verb: string; type: EventType }> = {
  visit: { verb: "visits", type: "summit_talks" },
  trip: { verb: "visits", type: "summit_talks" },
  "news conference": { verb: "holds news conference", type: "other" },
  "press conference": { verb: "holds press conference", type: "other" },
  meeting: { verb: "meets", type: "summit_talks" },
  talks: { verb: "holds talks", type: "summit_talks" },
  call: PHONE,
  conversation: PHONE,
  "video call": { verb: "holds video call", type: "phone_call" },
  "video conversation": { verb: "holds video call", type: "phone_call" },
  meeting_: { verb: "meets", type: "summit_talks" },
  visiting: { verb: "visits", type: "summit_talks" },
  hosting: { verb: "hosts", type: "summit_talks" },
  met: { verb: "meets", type: "summit_talks" },
  visited: { verb: "visits", type: "summit_talks" },
  hosted: { verb: "hosts", type: "summit_talks" },
};
/** "phone call" and "telephone conversation" read as "call"; "video call" keeps its medium. */
const headline = (noun: string) => HEADLINE[noun] ?? HEADLINE[noun.replace(/^(?:phone|telephone)\s+/, "")];
/** The headline of two named parties: "Mohammed bin Salman and Putin hold phone call". */
const plural = (verb: string) => verb.replace(/^(\p{Ll}+)s\b/u, "$1");

const shortName = (m: Mention) => (m.actor.kind === "person" ? surname(m.actor.name) : m.actor.name);

/** "with his Hungarian counterpart Peter Szijjarto in Ankara" → "with Szijjarto in Ankara": persons by surname, no role words. */
function complement(ctx: EventCtx, prep: string, from: number, to: number): string {
  const people = ctx.index.mentions.filter((m) => m.start >= from && m.end <= to && !m.pronoun);
  // A sentence's full stop is no part of the place ("a visit to Kyiv."); an abbreviation's is ("to the U.S.").
  const words = ctx.text.slice(from, to).replace(/(\p{L}{2,})\.$/u, "$1").replace(/^the\s+/i, "");
  if (!people.length) return `${prep === "to" ? "" : `${prep} `}${words}`.trim();
  const place = /\s+in\s+(\p{Lu}[\p{L}’'-]+)$/u.exec(ctx.text.slice(from, to))?.[1];
  const names = [...new Set(people.map(shortName))].join(" and ");
  return `${prep === "to" ? "" : `${prep} `}${names}${place && !names.includes(place) ? ` in ${place}` : ""}`.trim();
}

/** The adjunct's date: one written right after it ("in a phone call with Lavrov on Monday"), else the last before it. */
function adjunctDate(ctx: EventCtx, offset: number, end: number) {
  const dates = datesIn(ctx, offset, end + 40);
  return dates.find((d) => d.start >= end && /^\s*(?:on|in|last|this|earlier|,)?\s*$/.test(ctx.text.slice(end, d.start)))
    ?? dates.filter((d) => d.end <= end).pop() ?? null;
}

/** One adjunct happening from its headline, span and the span naming its parties. */
function meetingEvent(ctx: EventCtx, offset: number, title: string, type: EventType, span: [number, number], objFrom: number, subject?: Mention, addressed: Mention[] = []): FoundEvent {
  const [start, end] = span;
  const date = adjunctDate(ctx, offset, end);
  const parties = ctx.index.mentions.filter((x) => x.start >= objFrom && x.end <= end);
  const actors = [...new Set((subject ? [subject, ...addressed, ...parties] : parties).map((x) => x.actor))];
  return {
    title: title.replace(/\s{2,}/g, " ").trim(),
    type,
    date: date?.date ?? null,
    datePrecision: date?.precision ?? "unknown",
    dateText: date?.text ?? null,
    actors: actors.map((a) => a.name),
    actorRoles: actors.map((a) => ({ name: a.name, role: "participant" as const })),
    location: locationIn(ctx, start, end),
    fatalities: null,
    start,
    end,
  };
}

/** "during a phone call between Mohammed bin Salman and Putin": the two parties hold it, whoever the clause is about. */
function betweenMeetings(ctx: EventCtx, masked: string, offset: number): FoundEvent[] {
  const events: FoundEvent[] = [];
  for (const m of allMatches(BETWEEN, masked)) {
    const start = offset + m.index, end = start + m[0].length, objFrom = end - m[3].length;
    const people = ctx.index.mentions.filter((x) => x.start >= objFrom && x.end <= end && !x.pronoun);
    const names = [...new Set(people.map(shortName))];
    if (names.length < 2) continue;
    const head = headline(m[1]);
    events.push(meetingEvent(ctx, offset, `${names.join(" and ")} ${plural(head.verb)}`, head.type, [start, end], objFrom));
  }
  return events;
}

/**
 * A name followed by a site noun ("visiting the Baykar drone factory", "a visit to the Antonov plant") is a place
 * visited, not a party met: the visit is a happening of its own, but no talks (type `other`, as type-guards' SITE_VISIT).
 */
// Kept apart from type-guards' SITE_VISIT nouns on purpose: one shared list changes outputs (tried in session 31).
const SITE_AFTER = /^(?:\s+(?!(?:and|or|the|a|an|of|in|on|at|to|with|for|from|by|near)\b)[\p{Ll}-]+){0,2}?\s+(?:plants?|factor(?:y|ies)|works|port|(?:air)?base|hospital|front(?:line)?|site|shipyard|refinery|mine|depot|facility|complex|terminal|group(?:\s+of\s+forces)?|grouping|brigade|headquarters|command\s+post|positions)\b/u;

/** "Shmyhal visits Baykar drone factory": the site by its own words, without the article before its name. */
function siteVisit(ctx: EventCtx, offset: number, subject: Mention, span: [number, number], objFrom: number): FoundEvent {
  const site = ctx.text.slice(objFrom, span[1]).replace(/^(?:the|a|an)\s+/i, "");
  return meetingEvent(ctx, offset, `${shortName(subject)} visits ${site}`, "other", span, objFrom, subject);
}

/** Between a speaker and the adjunct: "…, Healey said / announced / told reporters during a visit to …". */
const REPORTED_THERE = /^\s+(?:said|says|told\s+reporters|announced|announces|added|adds|declared|stated|noted|wrote)\b[^,.;]{0,25}$/;

/** Just before the one a speaker talks to: "told (his counterpart) …", "discussed … with …". */
const ADDRESSED_BEFORE = /\b(?:told|with)\s+(?:[\p{L}’'.-]+\s+){0,5}$/u;

/**
 * "Kask told Berg during talks in Oslo", "discussed the swap with Ozola during a meeting": the one the subject talks to
 * before the adjunct's talks or call takes part in them.
 */
function addressedBefore(ctx: EventCtx, subject: Mention, start: number): Mention[] {
  return ctx.index.mentions.filter((x) => x.start >= subject.end && x.end <= start && !x.pronoun && !inQuote(ctx, x.start) && x.actor.kind !== "media"
    && ADDRESSED_BEFORE.test(ctx.text.slice(Math.max(subject.end, x.start - 60), x.start)));
}

/** Events for the adjunct meetings of one sentence (quotes masked in `masked`, which starts at `offset`). */
export function adjunctMeetings(ctx: EventCtx, masked: string, offset: number): FoundEvent[] {
  const events = betweenMeetings(ctx, masked, offset);
  const matches = [...allMatches(ADJUNCT, masked), ...allMatches(GERUND, masked)];
  for (const m of matches) {
    const start = offset + m.index, end = start + m[0].length;
    const candidates = ctx.index.mentions.filter((x) => x.start >= offset && x.end <= start && !x.possessive && !inQuote(ctx, x.start) && x.actor.kind !== "media");
    // "…, Healey said during a visit to …": the one who speaks there, not a name in what is said before.
    const speaker = candidates.find((x) => REPORTED_THERE.test(ctx.text.slice(x.end, start)));
    const subject = speaker ?? candidates[0];
    if (!subject) continue;
    // A gerund's object follows it directly ("after meeting Zelenskyy"); a noun's, its preposition ("a meeting with").
    const head = m[2] ? headline(m[1]) : HEADLINE[m[1] === "meeting" ? "meeting_" : m[1]];
    const objFrom = end - m[3].length;
    const site = head.verb === "visits" ? SITE_AFTER.exec(masked.slice(m.index + m[0].length))?.[0] : undefined;
    if (site) {
      events.push(siteVisit(ctx, offset, subject, [start, end + site.length], objFrom));
      continue;
    }
    const title = `${shortName(subject)} ${head.verb} ${complement(ctx, m[2] || "to", objFrom, end)}`;
    const talks = head.type === "phone_call" || (head.type === "summit_talks" && head.verb !== "visits");
    events.push(meetingEvent(ctx, offset, title, head.type, [start, end], objFrom, subject, talks ? addressedBefore(ctx, subject, start) : []));
  }
  return events;
}

/** What a clause cut from an adjunct may hold after the adjunct's own words: a place or a date ("near Istanbul on Tuesday"). */
const ADJUNCT_TAIL = 30;
const SPEAKS = /\b(?:says|tells|adds|speaks|talks|writes|notes)\b/;
const MEETS = /\b(?:meets|holds|visits|hosts|speaks|calls)\b/;

/** Only a speaker and a verb of saying, perhaps dated, before the adjunct: "Syrskyi said on Monday | after a meeting with …". */
const SAYING_ONLY = /^[^,;]{0,60}?\b(?:said|says|told\s+reporters|added|adds|declared|stated|noted|wrote)(?:\s+(?:on|last)\s+\p{Lu}\p{Ll}+)?\s*$/u;
const WORDS = /[\p{L}\d’'-]+/gu;
/** A title made of the adjunct's own words only ("During visit to troops"): the adjunct told again. */
function adjunctRetold(ctx: EventCtx, adjunct: FoundEvent, title: string): boolean {
  const own = new Set(ctx.text.slice(adjunct.start, adjunct.end).toLowerCase().match(WORDS));
  return (title.toLowerCase().match(WORDS) ?? []).every((w) => own.has(w));
}

/**
 * The clause titled by the adjunct's own meeting ('"…," Gerasimov, the chief of …, said during a visit to the Southern
 * group of forces' → "Gerasimov visits Southern group of forces"): its title opens with the adjunct's subject and verb.
 */
function sameMeetingTitled(adjunctTitle: string, hostTitle: string): boolean {
  const verb = MEETS.exec(adjunctTitle);
  return !!verb && hostTitle.startsWith(adjunctTitle.slice(0, verb.index + verb[0].length) + " ");
}

/**
 * An adjunct meeting and the clause around it are one happening when the clause only says or speaks there ("Fidan
 * spoke about maritime security at a press conference in Ankara", "Syrskyi said after a meeting with commanders that
 * …", whose type came from the meeting): the adjunct's headline stays. A clause titled by the adjunct's own meeting is
 * that meeting: the adjunct stays (its speaker its only party) with the clause's fuller title. A clause that
 * reports something else that happened ("Rubio proposed a halt in a phone call with Lavrov") is a second happening:
 * analysts keep both the proposal and the call. The clause's type then is not the call's, which it only read from
 * the adjunct's noun (and would merge it into the call).
 */
export function oneOfAdjunctAndClause(ctx: EventCtx, adjuncts: Set<FoundEvent>, events: FoundEvent[]): FoundEvent[] {
  const drop = new Set<FoundEvent>();
  for (const a of adjuncts) {
    // "after visiting the plant near Istanbul": a clause cut from inside the adjunct is the adjunct told again.
    for (const e of events) if (!adjuncts.has(e) && e.start > a.start && e.start < a.end && e.end <= a.end + ADJUNCT_TAIL) drop.add(e);
    const host = events.find((e) => !adjuncts.has(e) && e.start <= a.start && e.end >= a.end);
    if (!host) continue;
    const sayingThere = host.type === a.type && SAYING_ONLY.test(ctx.text.slice(host.start, a.start));
    if (SPEAKS.test(host.title) || sayingThere || adjunctRetold(ctx, a, host.title)) drop.add(host);
    else if (sameMeetingTitled(a.title, host.title)) {
      a.title = host.title;
      drop.add(host);
    }
    else if (host.type === a.type && MEETS.test(host.title)) drop.add(a);
    else if (host.type === a.type) host.type = "other";
  }
  return events.filter((e) => !drop.has(e));
}
