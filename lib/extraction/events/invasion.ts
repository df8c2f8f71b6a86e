/**
 * The war's founding happening named in passing: "since Russia's full-scale invasion in February 2022", "a few
 * weeks after the full-scale invasion began", "since the start of the full-scale war". Annotators put it on the timeline wherever the text names it (sealed
 * README: background happenings with a month or year are events), with the date the text gives it (beside it, or as
 * an anniversary: "February 24, the fourth anniversary of the invasion"), else none.
 * Added after the other steps: it is background, so it never takes the publication date, and is told once.
 */
import type { DateMention } from "../dates";
import { type EventCtx, type FoundEvent, inQuote } from "./context";
import { addMention } from "./dedupe-parts";

const INVASION = /\b(?:full[-\s]scale|Russian|Russia['’]s|large[-\s]scale)\s+invasion\b(?:\s+of\s+Ukraine)?|\b(?<=(?:start|beginning|outbreak)\s+of\s+(?:the\s+|Russia['’]s\s+)?)full[-\s]scale\s+war\b/giu;
/** What every match of INVASION holds: a fast test (case-blind under u, as INVASION is) that spares the scan most articles. */
const MENTIONS_INVASION = /invasion|full[-\s]scale\s+war/iu;

/** The date written right beside the phrase: "in February 2022" or "began in February 2022" after it, "the February 2022 invasion" before it. */
function besideDate(ctx: EventCtx, start: number, end: number): DateMention | null {
  const after = (d: DateMention) => d.start >= end && /^\s*(?:(?:began|started|begun)\s+)?$/.test(ctx.text.slice(end, d.start));
  return ctx.dates.find((d) => d.date && (after(d) || (d.end <= start && start - d.end <= 14 && /^\s*(?:full[-\s]scale\s+)?$/i.test(ctx.text.slice(d.end, start))))) ?? null;
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const ANNIVERSARY = /^,?\s+(?:the\s+)?(?:(\d+)(?:st|nd|rd|th)|([a-z]+))\s+anniversary\s+of\s+(?:(?:the|Russia['’]s)\s+)?$/i;

/** "by February 24, the fourth anniversary of Russia's full-scale invasion": that day, four years back. */
function anniversaryDate(ctx: EventCtx, start: number): DateMention | null {
  const d = [...ctx.dates].reverse().find((x) => x.date && x.end <= start && start - x.end <= 50);
  const m = d ? ANNIVERSARY.exec(ctx.text.slice(d.end, start)) : null;
  const years = m ? (m[1] ? +m[1] : ORDINALS.indexOf(m[2].toLowerCase()) + 1) : 0;
  if (!d?.date || years <= 0) return null;
  return { ...d, date: `${+d.date.slice(0, 4) - years}${d.date.slice(4)}` };
}

/** An invasion told as a dated noun ("after the invasion of Ukraine in 2022", nominal-dated.ts): "Russia invades Ukraine", "Invasion of Ukraine". */
const TOLD_INVASION = /^(?:Invasion\b|\S+(?:\s+\S+)?\s+invades\b|Russia launches full-scale invasion)/;
export const FOUNDING_TITLE = "Russia launches full-scale invasion of Ukraine";

/** The noun phrase names the war's founding invasion ("Russia's full-scale invasion", "the invasion of Ukraine"). */
export const isFoundingInvasion = (words: string) => /(?:full[-\s]scale|Russian|Russia['’]s)\s+invasion\b|\binvasion\s+of\s+Ukraine\b/iu.test(words);

/** The invasion told again as a dated noun is its first mention's second: one happening, whichever date each gives. */
function oneToldInvasion(events: FoundEvent[]): FoundEvent[] {
  const first = events.find((e) => e.type === "ground_advance" && TOLD_INVASION.test(e.title));
  return events.filter((e) => {
    if (!first || e === first || e.type !== "ground_advance" || !TOLD_INVASION.test(e.title) || !e.title.endsWith(first.title.split(" ").at(-1)!)) return true;
    addMention(first, e);
    return false;
  });
}

export function invasionEvent(ctx: EventCtx, found: FoundEvent[], bodyStart: number): FoundEvent[] {
  const events = oneToldInvasion(found);
  if (events.some((e) => /\binvasion\b/i.test(e.title) || (e.type === "ground_advance" && TOLD_INVASION.test(e.title)))) return events;
  if (!MENTIONS_INVASION.test(ctx.text)) return events;
  INVASION.lastIndex = 0;
  for (let m = INVASION.exec(ctx.text); m; m = INVASION.exec(ctx.text)) {
    const start = m.index, end = m.index + m[0].length;
    if (start < bodyStart || inQuote(ctx, start)) continue;
    const d = besideDate(ctx, start, end) ?? anniversaryDate(ctx, start);
    const actors = ["Russia", "Ukraine"].map((n) => ctx.index.byForm.get(n)).filter((a) => !!a);
    const roles = actors.map((a, i) => ({ name: a.name, role: i === 0 && a.name === "Russia" ? ("initiator" as const) : ("target" as const) }));
    const event: FoundEvent = {
      title: FOUNDING_TITLE,
      type: "ground_advance",
      date: d?.date ?? null,
      datePrecision: d?.precision ?? "unknown",
      dateText: d?.text ?? null,
      actors: roles.map((r) => r.name),
      actorRoles: roles,
      location: null,
      fatalities: null,
      start,
      end: d && d.end > end ? d.end : end,
    };
    return [...events, event].sort((a, b) => a.start - b.start);
  }
  return events;
}
