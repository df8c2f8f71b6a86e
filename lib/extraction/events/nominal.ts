/** Dated meetings named in passing: "Following the Alaska summit on August 15 and …". */
import type { DateMention } from "../dates";
import type { EventCtx, FoundEvent } from "./context";

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
