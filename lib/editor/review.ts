import { fitToPrecision, isPartialDate, precisionMismatch, type DatePrecision } from "@/lib/dates/partial-date";
import { uniqueIgnoringCase } from "@/lib/text/unique";
import { ACTOR_KINDS, EVENT_ROLES, EVENT_TYPE_VALUES, type Review, type ReviewActor } from "./schemas";

/** What the extraction engine proposes (its CLI contract), as far as the review needs it. */
export type Proposal = {
  actors: { name: string; aliases: string[]; kind: string; role: string | null; unnamed?: boolean }[];
  statements: {
    speaker: string;
    quote: string;
    direct: boolean;
    saidOn: string | null;
    saidPrecision?: string | null;
    saidAt: string | null;
    start: number;
    end: number;
    part?: string;
  }[];
  events: {
    title: string;
    type: string;
    date: string | null;
    datePrecision: string;
    dateText: string | null;
    actors: string[];
    actorRoles?: { name: string; role: string }[];
    location: string | null;
    fatalities?: number | null;
    start: number;
    end: number;
    part?: string;
  }[];
};

export type KnownActor = { id: string; name: string; kind: string; aliases: string[] };

const oneOf = <T extends string>(values: readonly T[], value: string | null | undefined, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;

// The engine's date and precision as a fitting pair: a week it could place only within a month is that month
// (not a made-up week), a season it could place only within a year is that year.
function dateOf(date: string | null, precision?: string | null) {
  const fit = fitToPrecision(date, precision);
  return { date: fit.date, datePrecision: fit.precision };
}
function saidOf(date: string | null, precision?: string | null) {
  const fit = fitToPrecision(date, precision);
  return { saidOn: fit.date, saidPrecision: fit.precision };
}

/** Index of known actors by lower-cased name and alias. */
export function actorIndex(known: KnownActor[]): Map<string, KnownActor> {
  const index = new Map<string, KnownActor>();
  for (const actor of known) {
    for (const term of [actor.name, ...actor.aliases]) if (!index.has(term.toLowerCase())) index.set(term.toLowerCase(), actor);
  }
  return index;
}

/**
 * Turns the engine's proposal into the editor's review: each proposed actor matched to an existing
 * one by name or alias (or marked new), every statement and event accepted by default and pointing
 * at actors by key.
 */
export function buildReview(proposal: Proposal, known: KnownActor[]): Review {
  const index = actorIndex(known);
  const keyOf = new Map<string, string>();
  const actors: ReviewActor[] = proposal.actors.map((proposed, i) => {
    const key = `a${i}`;
    keyOf.set(proposed.name, key);
    // Another article's "a Western diplomat" is somebody else: a described source is never matched by name.
    const match = proposed.unnamed ? undefined : [proposed.name, ...proposed.aliases].map((t) => index.get(t.toLowerCase())).find(Boolean);
    return {
      key,
      decision: match ? "existing" : "new",
      actorId: match?.id,
      name: match?.name ?? proposed.name,
      kind: oneOf(ACTOR_KINDS, match?.kind ?? proposed.kind, "other"),
      role: proposed.role ?? undefined,
      aliases: uniqueIgnoringCase([...(match && match.name !== proposed.name ? [proposed.name] : []), ...proposed.aliases]),
      ...(proposed.unnamed ? { unnamed: true } : {}),
    };
  });
  const ensureKey = (name: string) => {
    if (!keyOf.has(name)) {
      const key = `a${actors.length}`;
      keyOf.set(name, key);
      const match = index.get(name.toLowerCase());
      actors.push({ key, decision: match ? "existing" : "new", actorId: match?.id, name: match?.name ?? name, kind: oneOf(ACTOR_KINDS, match?.kind, "other"), role: undefined, aliases: [] });
    }
    return keyOf.get(name)!;
  };
  return {
    actors,
    statements: proposal.statements.map((s) => ({
      accepted: true,
      speakerKey: ensureKey(s.speaker),
      text: s.quote,
      direct: s.direct,
      ...saidOf(s.saidOn, s.saidPrecision),
      venue: s.saidAt ?? undefined,
      part: oneOf(["title", "standfirst", "body"] as const, s.part, "body"),
      start: s.start,
      end: s.end,
    })),
    events: proposal.events.map((e) => ({
      accepted: true,
      title: e.title,
      type: oneOf(EVENT_TYPE_VALUES, e.type, "other"),
      ...dateOf(e.date, e.datePrecision),
      dateText: e.dateText ?? undefined,
      place: e.location ?? undefined,
      fatalities: e.fatalities ?? undefined,
      actors: e.actors.map((name, i) => ({
        key: ensureKey(name),
        role: oneOf(EVENT_ROLES, e.actorRoles?.find((r) => r.name === name)?.role, i === 0 ? "initiator" : "participant"),
      })),
      part: oneOf(["title", "standfirst", "body"] as const, e.part, "body"),
      start: e.start,
      end: e.end,
    })),
  };
}

type Saved = Record<string, unknown>;
/**
 * A saved item's date fitted to its precision, when it is a real date that does not fit, and a precision saved
 * without a date made unknown, as the engine's are (else as it was).
 */
function fitSaved(item: unknown, dateKey: string, precisionKey: string): unknown {
  if (!item || typeof item !== "object") return item;
  const [date, precision] = [(item as Saved)[dateKey], (item as Saved)[precisionKey] as DatePrecision];
  if (!date && precision !== undefined && precision !== "unknown") return { ...item, [precisionKey]: "unknown" };
  if (typeof date !== "string" || !isPartialDate(date) || !precisionMismatch(date, precision)) return item;
  const fit = fitToPrecision(date, precision);
  return { ...item, [dateKey]: fit.date, [precisionKey]: fit.precision };
}

/**
 * A draft saved when refused dates were kept beside the items, by field key ("review.events.3.date"): each moved
 * onto its item as `refusedWhen`, where the review keeps it now. It can go once no draft saved before 2026-12-04 is
 * left (none whose reviewState has a "refusedDates" key: each is converted when it is opened and saved again).
 */
function refusedOntoItems(saved: Saved): Saved {
  const { refusedDates, ...review } = saved;
  if (!refusedDates || typeof refusedDates !== "object") return review;
  const moved: Saved = { ...review };
  for (const [field, typed] of Object.entries(refusedDates)) {
    const [, group, index] = /^review\.(events|statements)\.(\d+)\.(?:date|saidOn)$/.exec(field) ?? [];
    const items = group ? moved[group] : undefined;
    if (!Array.isArray(items) || !items[Number(index)] || typeof items[Number(index)] !== "object") continue;
    moved[group] = items.map((item, i) => (i === Number(index) ? { ...item, refusedWhen: typed } : item));
  }
  return moved;
}

/**
 * A review saved in a draft before a date had to fit its precision, with its pairs fitted as the engine's are,
 * so that the draft opens instead of failing its schema (a posted pair that does not fit is still refused); and
 * one saved before refused dates were kept on their items, with them moved there.
 */
export function fitSavedDates(saved: unknown): unknown {
  if (!saved || typeof saved !== "object") return saved;
  const review = refusedOntoItems(saved as Saved);
  const { statements, events } = review;
  return {
    ...review,
    ...(Array.isArray(statements) && { statements: statements.map((s) => fitSaved(s, "saidOn", "saidPrecision")) }),
    ...(Array.isArray(events) && { events: events.map((e) => fitSaved(e, "date", "datePrecision")) }),
  };
}
