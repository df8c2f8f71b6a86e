/**
 * A gapped second object of one verb, with a date of its own: "Witkoff met Putin in Moscow on September 18 and Zelensky
 * in Kyiv four days later", "Erdogan raised it in calls with Putin on Saturday and with Zelensky on Sunday". The second
 * object is a happening of its own, told by the subject and verb of the clause before ("Witkoff meets Zelensky in Kyiv").
 */
import type { Clause } from "./clauses";
import { datesIn, type EventCtx, type FoundEvent } from "./context";
import { locationIn } from "./location";
import { fitTitle, makeTitle } from "./title";

/** "Witkoff meets Putin in Moscow" → "Witkoff meets": the title's words up to its verb (a lower-case word ending in s). */
const SUBJECT_AND_VERB = /^(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Ll}+s\b/u;

export function gappedEvent(ctx: EventCtx, c: Clause, before: FoundEvent | undefined): FoundEvent | null {
  const head = before && SUBJECT_AND_VERB.exec(before.title)?.[0];
  const date = datesIn(ctx, c.start, c.end)[0];
  if (!before || !head || !date) return null;
  const object = makeTitle(ctx, { start: c.start, end: c.end, date, subject: undefined, trigger: null }).replace(/^With\s/, "with ");
  if (!object) return null;
  // "… in phone calls with Putin" + "with Zelensky": the words before the repeated preposition go with the verb.
  const repeated = object.startsWith("with ") ? before.title.lastIndexOf(" with ") : -1;
  const lead = repeated > head.length ? before.title.slice(0, repeated) : head;
  const named = ctx.index.mentions.filter((m) => m.start >= c.start && m.end <= c.end && m.actor.kind !== "media").map((m) => m.actor.name);
  const actors = [...new Set([before.actors[0], ...named].filter(Boolean))];
  return {
    ...before,
    title: fitTitle(`${lead} ${object}`),
    date: date.date,
    datePrecision: date.precision,
    dateText: date.text,
    actors,
    actorRoles: actors.map((name) => ({ name, role: "participant" as const })),
    location: locationIn(ctx, c.start, c.end),
    fatalities: null,
    start: c.start,
    end: c.end,
    mentions: undefined,
  };
}
