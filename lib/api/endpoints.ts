import "server-only";
import { z } from "zod";
import { actorFilters } from "@/lib/actors/filters";
import { ACTORS_PER_PAGE, getActor, listActors, resolveActor } from "@/lib/actors/queries";
import { articleFilters } from "@/lib/articles/filters";
import { ARTICLES_PER_PAGE, listArticles } from "@/lib/articles/queries";
import { timelineFilters } from "@/lib/events/filters";
import { getEvent, getTimeline, TIMELINE_PAGE_SIZE } from "@/lib/events/queries";
import { searchFilters } from "@/lib/search/filters";
import { searchEverything } from "@/lib/search/queries";
import { statementFilters } from "@/lib/statements/filters";
import { listStatements, STATEMENTS_PER_PAGE } from "@/lib/statements/queries";
import { DOMAINS, tagList, tags } from "@/lib/cache/tags";
import { orderedRange } from "@/lib/url/list-filters";
import { ApiError, notFound } from "./errors";
import { limitParam } from "./query";
import { actorJson, actorSummaryJson, articleJson, eventHitJson, eventJson, statementJson } from "./records";
import type { ApiRouteSpec } from "./route";
import * as schemas from "./schemas";

/**
 * One endpoint of the public API: its route handler and everything the OpenAPI document says about
 * it, side by side, so the document cannot drift from what is served.
 */
export type Endpoint<S extends z.ZodObject = z.ZodObject> = ApiRouteSpec<S> & {
  path: string;
  operationId: string;
  summary: string;
  description: string;
  /** The query parameters: a page's filter schema, read strictly (bad value or unknown name → 400). */
  query: S;
  required?: string[];
  pathParams?: Record<string, string>;
  /** What each query parameter means (the schema gives its type). */
  docs: Record<string, string>;
  response: z.ZodType;
  /** 404 for an unknown id/slug; 308 when a merged actor's slug is asked for. */
  canMiss?: boolean;
  redirects?: boolean;
  /**
   * The cache tags of its answer (lib/cache/cached-answer.ts): those of the page showing the same data,
   * known before the answer is computed, so from the path parameters alone.
   */
  cacheTags: (params: Record<string, string>) => string[];
};

/** An endpoint whose handler reads its own schema's parameters, typed. */
const endpointOf = <S extends z.ZodObject>(e: Endpoint<S>): Endpoint => e;

const COMMON_DOCS = {
  from: "Earliest day, YYYY-MM-DD (inclusive). A reversed from/to is read as meant.",
  to: "Latest day, YYYY-MM-DD (inclusive).",
  q: 'Words, full-text (PostgreSQL websearch syntax: "a phrase", -excluded, or).',
  cursor: "The nextCursor of the previous page; keep the other parameters the same.",
};

const FRAGMENT = /^[A-Za-z0-9_-]{1,200}$/;

// Each list's `api` schema: how a page draws its list (cards or table, the timeline's grouping) is not a filter,
// and the API refuses it rather than accept a parameter that changes nothing; a cursor is checked against the sort.
export const articlesQuery = articleFilters.api.extend({ limit: limitParam(ARTICLES_PER_PAGE) });
export const statementsQuery = statementFilters.api.extend({ limit: limitParam(STATEMENTS_PER_PAGE) });
export const actorsQuery = actorFilters.api.extend({ limit: limitParam(ACTORS_PER_PAGE) });
export const eventsQuery = timelineFilters.api.extend({ limit: limitParam(TIMELINE_PAGE_SIZE) });
export const searchQuery = searchFilters.api.extend({ limit: limitParam(5, 20) });
const noQuery = z.strictObject({});

export const endpoints: Endpoint[] = [
  endpointOf({
    path: "/api/v1/articles",
    operationId: "listArticles",
    summary: "Published articles",
    description: "Newest first (by publication day), with the filters of /articles.",
    query: articlesQuery,
    docs: {
      ...COMMON_DOCS,
      publication: "Publication slugs (repeat the parameter or separate with commas).",
      actor: "Actor slugs: articles that mention any of them (or an actor merged into them).",
      topic: "Topic slugs.",
    },
    response: schemas.ArticlePage,
    cacheTags: () => [...DOMAINS],
    async handle({ limit, ...filters }) {
      const page = await listArticles(orderedRange(filters), { take: limit });
      return { body: { data: page.items.map(articleJson), nextCursor: page.nextCursor } };
    },
  }),
  endpointOf({
    path: "/api/v1/statements",
    operationId: "listStatements",
    summary: "Statements",
    description: "Who said what: newest said first, undated last, with the filters of /statements.",
    query: statementsQuery,
    docs: {
      ...COMMON_DOCS,
      speaker: "Speaker slugs (repeat or separate with commas); includes actors merged into them.",
      direct: "true (or yes, direct): direct quotes only; false (or no, paraphrase): paraphrases only.",
      topic: "Topic slugs.",
      article: "The slug of the article they come from.",
      sort: "newest (the default) or oldest said first, undated last either way; speaker (name A–Z, ignoring case) or speaker-activity (most active first), each speaker's newest first.",
    },
    response: schemas.StatementPage,
    cacheTags: () => ["statements", "actors", "articles"],
    async handle({ limit, ...filters }) {
      const page = await listStatements(orderedRange(filters), { take: limit });
      return { body: { data: page.items.map(statementJson), nextCursor: page.nextCursor } };
    },
  }),
  endpointOf({
    path: "/api/v1/actors",
    operationId: "listActors",
    summary: "Actors",
    description: "People, states, governments, armed forces, alliances, organisations and media, by name, with the filters of /actors.",
    query: actorsQuery,
    docs: { ...COMMON_DOCS, q: "Part of a name or alias, case-insensitive.", kind: "Actor kinds.", sources: "named (the default): actors named in the news; unnamed: only the unnamed sources articles describe (\"a senior EU diplomat\"), each of one article.", sort: "name (the default, A–Z ignoring case), activity (statements and events, most first) or last-active (latest day first)." },
    response: schemas.ActorPage,
    cacheTags: () => [...DOMAINS],
    async handle({ limit, ...filters }) {
      const page = await listActors(filters, { take: limit });
      return { body: { data: page.items.map(actorSummaryJson), nextCursor: page.nextCursor } };
    },
  }),
  endpointOf({
    path: "/api/v1/actors/{slug}",
    operationId: "getActor",
    summary: "An actor",
    description: "Aliases, affiliation, members, first and last appearance and counts. A merged actor's old slug answers 308 to the actor it was merged into.",
    query: noQuery,
    pathParams: { slug: "The actor's slug, as in /actors/<slug>." },
    docs: {},
    response: schemas.Actor,
    canMiss: true,
    redirects: true,
    cacheTags: ({ slug }) => tagList([], [tags.actor(slug ?? "")]),
    async handle(_query, { params }) {
      const slug = params.slug ?? "";
      const actor = FRAGMENT.test(slug) ? await getActor(slug) : null;
      if (actor) return { body: actorJson(actor) };
      const found = FRAGMENT.test(slug) ? await resolveActor(slug) : { status: "missing" as const };
      if (found.status === "merged") return { redirect: `/api/v1/actors/${found.slug}` };
      throw notFound("No actor has this slug");
    },
  }),
  endpointOf({
    path: "/api/v1/events",
    operationId: "listEvents",
    summary: "Events",
    description: "The timeline: newest first by where each event sits (its start, else the day it was first reported), with the filters of /timeline.",
    query: eventsQuery,
    docs: {
      ...COMMON_DOCS,
      from: "Events overlapping the range from this day, YYYY-MM-DD (a month-precision event overlaps every day of its month).",
      actor: "Actor slugs: events any of them took part in (all of them with match=all).",
      match: "any (the default): events with any of the actors; all: events with every one of them.",
      type: "Event types (the codebook).",
      place: "Part of the place's name, case-insensitive.",
    },
    response: schemas.EventPage,
    cacheTags: () => ["events", "actors"],
    async handle({ limit, ...filters }) {
      const page = await getTimeline({ ...orderedRange(filters), group: undefined }, { take: limit });
      return { body: { data: page.items.map(eventJson), nextCursor: page.nextCursor } };
    },
  }),
  endpointOf({
    path: "/api/v1/events/{id}",
    operationId: "getEvent",
    summary: "An event",
    description: "One event with its actors (and roles) and the articles that report it.",
    query: noQuery,
    pathParams: { id: "The event's id (from a list or search)." },
    docs: {},
    response: schemas.Event,
    canMiss: true,
    cacheTags: ({ id }) => tagList(["actors"], [tags.event(id ?? "")]),
    async handle(_query, { params }) {
      const id = params.id ?? "";
      const event = FRAGMENT.test(id) ? await getEvent(id) : null;
      if (!event) throw notFound("No event has this id");
      return { body: eventJson(event) };
    },
  }),
  endpointOf({
    path: "/api/v1/search",
    operationId: "search",
    summary: "Search everything",
    description: "The best matches among articles, statements and events (full-text, best first) and actors (name or alias), with each kind's total. Page through one kind with its list endpoint and the same ?q=.",
    query: searchQuery,
    required: ["q"],
    docs: { q: COMMON_DOCS.q },
    response: schemas.SearchResults,
    cacheTags: () => [...DOMAINS],
    async handle({ q, limit }) {
      if (!q) throw new ApiError(400, 'Invalid parameter "q": required', [{ name: "q", message: "required" }]);
      const r = await searchEverything(q, { take: limit });
      return {
        body: {
          q,
          articles: { total: r.articles.total, totalKind: r.articles.totalKind, data: r.articles.items.map(articleJson) },
          statements: { total: r.statements.total, totalKind: r.statements.totalKind, data: r.statements.items.map(statementJson) },
          actors: { total: r.actors.total, totalKind: r.actors.totalKind, data: r.actors.items.map(actorSummaryJson) },
          events: { total: r.events.total, totalKind: r.events.totalKind, data: r.events.items.map(eventHitJson) },
        },
      };
    },
  }),
];

export function endpoint(operationId: string): Endpoint {
  const found = endpoints.find((e) => e.operationId === operationId);
  if (!found) throw new Error(`no API endpoint ${operationId}`);
  return found;
}
