/**
 * Dated happenings named in passing: "Following the Alaska summit on August 15 and …", and by a possessive date in
 * object position: "Macron condemned Thursday's strike on Zaporizhzhia".
 */
import type { DateMention } from "../dates";
import type { EventCtx, FoundEvent } from "./context";
import { locationIn } from "./location";
import { toPresent } from "../nlp";
import { typeOfPhrase } from "./triggers";

const NOMINAL = /\bthe\s+((?:\p{Lu}[\p{L}’'-]*\s+){1,3})(summit|talks|meeting|conference|negotiations)\b/gu;

/**
 * Events for "the <Name> summit|talks|meeting <date>" in a sentence (quotes masked). Returns the events and the
 * spans they cover, so the clause step does not read the same words again; the dates they use go into `consumed`.
 */
export function nominalMeetings(ctx: EventCtx, masked: string, offset: number, sentenceDates: DateMention[], consumed: Set<DateMention>) {
  const events: FoundEvent[] = [];
  const spans: [number, number][] = [];
  NOMINAL.lastIndex = 0;
  for (let m = NOMINAL.exec(masked); m; m = NOMINAL.exec(masked)) {
    const abs = offset + m.index;
    const prevWord = /(\p{L}+)\W*$/u.exec(masked.slice(0, m.index))?.[1]?.toLowerCase() ?? "";
    if (/^(at|during|in|on|of|to|from|for|with)$/.test(prevWord)) continue;
    const endAbs = abs + m[0].length;
    const d = sentenceDates.find((x) => x.start >= endAbs && x.start <= endAbs + 2);
    if (!d) continue;
    consumed.add(d);
    spans.push([abs, d.end]);
    const modifier = m[1].trim();
    const mod = ctx.index.byForm.get(modifier);
    const actors = [...new Set(ctx.index.mentions.filter((x) => x.start >= abs && x.end <= endAbs).map((x) => x.actor))];
    events.push({
      title: `${modifier} ${m[2]}`,
      type: "summit_talks",
      date: d.date,
      datePrecision: d.precision,
      dateText: d.text,
      actors: actors.map((a) => a.name),
      actorRoles: actors.map((a) => ({ name: a.name, role: "participant" as const })),
      location: mod && mod.kind !== "state" && mod.kind !== "organization" ? null : modifier,
      fatalities: null,
      start: abs,
      end: d.end,
    });
  }
  return { events, spans };
}

const POSSESSIVE_HEAD =
  /^['’]s\s+((?:[\p{Ll}-]+\s+)?(?:strike|strikes|attack|attacks|bombardment|barrage|bombing|shelling|assault|talks|meeting|summit|call|vote|swap|exchange|visit)(?:\s+(?:on|in|against|at|with|between|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]+\s*){1,3})?)/u;

/**
 * "Thursday's strike on Zaporizhzhia" after a verb or preposition ("condemned Thursday's strike"): the happening the
 * phrase names, dated by its possessive. At the start of a clause it is a second mention instead (dedupe.ts).
 */
export function possessiveDated(ctx: EventCtx, sentenceStart: number, sentenceDates: DateMention[], consumed: Set<DateMention>): FoundEvent[] {
  const out: FoundEvent[] = [];
  for (const d of sentenceDates) {
    const m = POSSESSIVE_HEAD.exec(ctx.text.slice(d.end, d.end + 80));
    const before = ctx.text.slice(sentenceStart, d.start);
    if (!m || consumed.has(d) || !/\p{Ll}\s+$/u.test(before) || /(?:^|[,;:]\s*)$/.test(before.trim())) continue;
    const phrase = m[1].trim();
    const end = d.end + m[0].trimEnd().length;
    const actors = [...new Set(ctx.index.mentions.filter((x) => x.start >= d.end && x.end <= end).map((x) => x.actor))];
    out.push({
      title: phrase.charAt(0).toUpperCase() + phrase.slice(1),
      type: typeOfPhrase(phrase),
      date: d.date,
      datePrecision: d.precision,
      dateText: d.text,
      actors: actors.map((a) => a.name),
      actorRoles: actors.map((a) => ({ name: a.name, role: "target" as const })),
      location: locationIn(ctx, d.end, end),
      fatalities: null,
      start: d.start,
      end,
    });
  }
  return out;
}

/**
 * "Monday's strike on Kharkiv, which killed three people": the relative clause tells what the named happening did, so
 * it is part of that event ("Strike on Kharkiv kills three people"), not a second one.
 */
export function absorbRelatives(ctx: EventCtx, named: Set<FoundEvent>, events: FoundEvent[]): FoundEvent[] {
  const drop = new Set<FoundEvent>();
  for (const n of named) {
    const rel = events.find((e) => e !== n && e.start > n.end && /^\s*,\s+which\s+$/.test(ctx.text.slice(n.end, e.start)));
    if (!rel) continue;
    const [verb, ...rest] = rel.title.split(" ");
    n.title = [n.title, toPresent(verb.toLowerCase(), { plural: false }), ...rest].join(" ");
    if (n.type === "other") n.type = rel.type;
    n.fatalities = rel.fatalities;
    n.end = rel.end;
    drop.add(rel);
  }
  return events.filter((e) => !drop.has(e));
}
