/**
 * Dated happenings named in passing: "Following the Alaska summit on August 15 and …", and by a possessive date in
 * object position: "Macron condemned Thursday's strike on Zaporizhzhia".
 */
import type { DateMention } from "../dates";
import { type EventCtx, type FoundEvent, sentenceAt } from "./context";
import { antecedentOf } from "./relative";
import { locationIn } from "./location";
import { toPresent } from "../nlp";
import { typeOfPhrase } from "./triggers";
import { capitalize } from "../word-shapes";

const NOMINAL = /\bthe\s+((?:\p{Lu}[\p{L}’'-]*\s+){1,3})(summit|talks|meeting|conference|negotiations)\b/gu;

const LAST_WORD = /(\p{L}+)\W*$/u;
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
    const prevWord = LAST_WORD.exec(masked.slice(0, m.index))?.[1]?.toLowerCase() ?? "";
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

const HEAD = String.raw`((?:[\p{Ll}-]+\s+|\p{Lu}[\p{L}]*-\p{Ll}+\s+)?(?:strike|strikes|attack|attacks|bombardment|barrage|bombing|shelling|assault|explosions?|blasts?|offensive|counteroffensive|incursion|talks|meeting|summit|call|vote|swap|exchange|visit)(?:\s+(?:on|in|against|at|with|between|to)\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}’'-]+\s*){1,3}|the\s+\p{Ll}[\p{Ll}-]+\b(?!\s+(?:of|in|near)\s)))?)`;
const POSSESSIVE_HEAD = new RegExp(String.raw`^['’]s\s+${HEAD}`, "u");
/** A date as a noun modifier: "the March 15 attack", "after the Oct. 20 strike on Reni", "the 2014 explosions at …". */
const MODIFIER_HEAD = new RegExp(String.raw`^\s+${HEAD}`, "u");

const NAME_THEN_NUMBER = /^\p{Lu}\p{L}*\.?\s+\d|^\d/u;
/** "Thursday's strike …" or "the March 15 attack …": the head phrase the date modifies, if any. */
function datedHead(ctx: EventCtx, d: DateMention, before: string): RegExpExecArray | null {
  const after = ctx.text.slice(d.end, d.end + 80);
  // The date phrase may carry the article itself ("the 2014").
  const bare = d.text.replace(/^the\s+/i, "");
  const modifier = /\bthe\s+$/i.test(before) || bare !== d.text;
  if (modifier && d.precision !== "unknown" && NAME_THEN_NUMBER.test(bare)) return MODIFIER_HEAD.exec(after);
  return POSSESSIVE_HEAD.exec(after);
}

/**
 * "Thursday's strike on Zaporizhzhia" or "the March 15 attack" after a verb or preposition ("condemned Thursday's
 * strike", "since the March 15 attack"): the happening the phrase names, dated by its modifier. At the start of a
 * clause it is a second mention instead (dedupe.ts).
 */
export function possessiveDated(ctx: EventCtx, sentenceStart: number, sentenceDates: DateMention[], consumed: Set<DateMention>): FoundEvent[] {
  const out: FoundEvent[] = [];
  for (const d of sentenceDates) {
    const before = ctx.text.slice(sentenceStart, d.start);
    const m = datedHead(ctx, d, before);
    if (!m || consumed.has(d) || !/\p{Ll}\s+$/u.test(before) || /(?:^|[,;:]\s*)$/.test(before.trim())) continue;
    const phrase = m[1].trim();
    // The modifier dates its noun, not the clause around it: "laid flowers at the site of Sunday's strike", "the 2014
    // explosions".
    consumed.add(d);
    const headEnd = d.end + m[0].trimEnd().length;
    // The span stays the dated phrase, so the type is judged on its head, not on what the relative says it did.
    const told = toldByThat(ctx.text.slice(headEnd, headEnd + 100), phrase);
    const end = headEnd;
    const actors = [...new Set(ctx.index.mentions.filter((x) => x.start >= d.end && x.end <= end).map((x) => x.actor))];
    out.push({
      title: told?.title ?? capitalize(phrase.replace(/\s+the\s+(?=\p{Ll})/u, " ")),
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

/** "the March 15 attack that left Kyiv without power": the head titled by what the restrictive relative says it did. */
export function toldByThat(after: string, head: string): { title: string } | null {
  const m = /^\s+that\s+(\p{Ll}+ed|left|killed|hit|cut|knocked\s+out|destroyed|damaged)\b([^,.;:]*)/u.exec(after);
  if (!m) return null;
  const title = `${capitalize(head)} ${toPresent(m[1], { plural: false })}${m[2].replace(/\s+$/, "")}`;
  return title.length <= 80 ? { title } : null;
}

/**
 * "Monday's strike on Kharkiv, which killed three people", "the March 15 attack that left Kyiv without power": the relative clause tells what the named happening did, so
 * it is part of that event ("Strike on Kharkiv kills three people"), not a second one.
 */
export function absorbRelatives(ctx: EventCtx, named: Set<FoundEvent>, events: FoundEvent[]): FoundEvent[] {
  const drop = new Set<FoundEvent>();
  for (const n of named) {
    const rel = events.find((e) => e !== n && e.start > n.end && /^\s*(?:,\s+which|that)\s+$/.test(ctx.text.slice(n.end, e.start)));
    if (!rel) continue;
    // A relative titled with its antecedent (./relative.ts) already names the happening.
    const [verb, ...rest] = rel.title.split(" ");
    n.title = antecedentOf(ctx.text, rel.start, ctx.sentences[sentenceAt(ctx, n.start)]?.start ?? 0) ? rel.title : [n.title, toPresent(verb.toLowerCase(), { plural: false }), ...rest].join(" ");
    if (n.type === "other") n.type = rel.type;
    n.fatalities = rel.fatalities;
    n.end = rel.end;
    drop.add(rel);
  }
  return events.filter((e) => !drop.has(e));
}
