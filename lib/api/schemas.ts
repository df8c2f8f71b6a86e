import { z } from "zod";
import { ACTOR_KINDS } from "@/lib/actors/filters";
import { isCalendarDay } from "@/lib/dates/iso-day";
import { EVENT_TYPES } from "@/lib/events/codebook";
import { DatePrecision, EventRole, type EventType } from "@/lib/generated/prisma/enums";

// What the JSON API answers, as zod schemas: the OpenAPI document is generated from them, the
// record builders (records.ts) are typed by them, and the tests parse every answer with them.

/** Named schemas, written to the OpenAPI document's components. */
export const components = z.registry<{ id: string; description?: string }>();

// The site's one calendar-day check (a day that exists), written to the OpenAPI document as format "date".
const day = z.string().refine(isCalendarDay, { error: "not a day that exists (YYYY-MM-DD)" }).meta({ format: "date", description: "A day, YYYY-MM-DD" });
const count = z.number().int().min(0);
const ref = z.object({ slug: z.string(), name: z.string() });
const precision = z.enum(DatePrecision).describe("How precise the date is: the text said a day, a week, a month, …, or gave none.");
const eventType = z.enum(Object.keys(EVENT_TYPES) as [EventType, ...EventType[]]);

export const ErrorBody = z
  .object({
    error: z.object({
      status: z.number().int(),
      message: z.string().describe("What was wrong, naming each refused parameter."),
      parameters: z.array(z.object({ name: z.string(), message: z.string() })).optional(),
    }),
  })
  .register(components, { id: "Error" });

export const ArticleSummary = z
  .object({
    slug: z.string(),
    title: z.string(),
    standfirst: z.string().nullable(),
    publication: ref.nullable(),
    publishedOn: day,
    authors: z.array(z.string()),
    sourceUrl: z.string().nullable().describe("The original article."),
    topics: z.array(ref),
    counts: z.object({ statements: count, events: count, actors: count }),
    path: z.string().describe("The article's page on this site, every statement highlighted."),
  })
  .register(components, { id: "ArticleSummary" });

export const Statement = z
  .object({
    id: z.string(),
    text: z.string().describe("The words as quoted, or as paraphrased by the article."),
    direct: z.boolean().describe("true: a direct quote; false: a paraphrase."),
    saidOn: day.nullable(),
    saidPrecision: precision,
    venue: z.string().nullable(),
    verified: z.boolean().describe("Checked by an editor (false: machine-suggested)."),
    speaker: ref.extend({ unnamed: z.literal(true).optional().describe("Present for an unnamed source (\"a senior EU diplomat\"), described in one article.") }),
    addressee: ref.nullable(),
    article: z.object({ slug: z.string(), title: z.string(), publishedOn: day }),
    topics: z.array(ref),
    path: z.string().describe("The sentence in its article on this site."),
  })
  .register(components, { id: "Statement" });

export const ActorSummary = z
  .object({
    slug: z.string(),
    name: z.string(),
    kind: z.enum(ACTOR_KINDS),
    role: z.string().nullable(),
    country: z.string().nullable(),
    verified: z.boolean(),
    unnamed: z.boolean().describe("An unnamed source (\"a senior EU diplomat\"), described in one article; listed only with sources=unnamed."),
    aliases: z.array(z.string()),
    affiliation: ref.nullable().describe("The actor this one is part of (Peskov → Kremlin)."),
    counts: z.object({ statements: count, events: count, mentions: count }),
    path: z.string(),
  })
  .register(components, { id: "ActorSummary" });

export const Actor = z
  .object({
    slug: z.string(),
    name: z.string(),
    kind: z.enum(ACTOR_KINDS),
    role: z.string().nullable(),
    country: z.string().nullable(),
    wikidataId: z.string().nullable(),
    verified: z.boolean(),
    unnamed: z.boolean().describe("An unnamed source, described in one article."),
    aliases: z.array(z.string()),
    affiliation: ref.nullable(),
    members: z.array(ref.extend({ kind: z.enum(ACTOR_KINDS) })),
    firstSeen: day.nullable().describe("The first published article naming them."),
    lastSeen: day.nullable(),
    counts: z.object({ articles: count, statements: count, events: count, mentions: count }),
    path: z.string(),
    links: z.object({ statements: z.string(), events: z.string(), articles: z.string() }).describe("API lists of this actor's records."),
  })
  .register(components, { id: "Actor" });

export const Event = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    type: eventType,
    typeLabel: z.string(),
    category: z.enum(["diplomacy", "military", "policy", "other"]),
    startDate: day.nullable(),
    endDate: day.nullable(),
    precision,
    dateText: z.string().nullable().describe("The date as the article wrote it."),
    dateLabel: z.string().describe('"5 Sep 2025", "week of 1 Sep 2025", "date unknown, reported 7 Sep 2025".'),
    placedOn: day.nullable().describe("Where the timeline puts it: its start, else the day it was first reported."),
    reportedOn: day.nullable(),
    place: z.string().nullable(),
    fatalities: z.number().int().nullable(),
    verified: z.boolean(),
    actors: z.array(ref.extend({ role: z.enum(EventRole), unnamed: z.literal(true).optional().describe("Present for an unnamed source.") })),
    sources: z.array(z.object({ slug: z.string(), title: z.string(), publishedOn: day, excerpt: z.string() })),
  })
  .register(components, { id: "Event" });

export const EventHit = z
  .object({
    id: z.string(),
    title: z.string(),
    type: eventType,
    startDate: day.nullable(),
    endDate: day.nullable(),
    precision,
    place: z.string().nullable(),
    verified: z.boolean(),
  })
  .register(components, { id: "EventHit" });

/** One page of a list: the rows, and the cursor of the next page (null on the last). */
function page<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      data: z.array(item),
      nextCursor: z.string().nullable().describe("Pass as ?cursor= (with the same filters) for the next page; null on the last page."),
    })
    .register(components, { id });
}

export const ArticlePage = page(ArticleSummary, "ArticlePage");
export const StatementPage = page(Statement, "StatementPage");
export const ActorPage = page(ActorSummary, "ActorPage");
export const EventPage = page(Event, "EventPage");

const hits = <T extends z.ZodType>(item: T) =>
  z.object({
    total: count.describe("How many match (see totalKind); page through them with the list endpoint and ?q="),
    totalKind: z
      .enum(["exact", "atLeast", "estimate"])
      .describe('How `total` was obtained: "exact" (counted), "atLeast" (counting stopped at the cap: more than `total` match, shown as "1,000+"), or "estimate" (the database\'s estimate for a very common word, rounded to two significant digits: "about 87,000").'),
    data: z.array(item),
  });

export const SearchResults = z
  .object({
    q: z.string(),
    articles: hits(ArticleSummary),
    statements: hits(Statement),
    actors: hits(ActorSummary),
    events: hits(EventHit),
  })
  .register(components, { id: "SearchResults" });
