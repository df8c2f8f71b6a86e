import type { z } from "zod";
import type { ActorDetail, ActorListRow } from "@/lib/actors/queries";
import type { ArticleListRow } from "@/lib/articles/queries";
import type { TimelineEvent } from "@/lib/events/queries";
import type { EventHit as EventHitRow } from "@/lib/search/queries";
import type { StatementRow } from "@/lib/statements/queries";
import type { Actor, ActorSummary, ArticleSummary, Event, EventHit, Statement } from "./schemas";

// Rows from the data modules, written out as the API's schemas say (dates as YYYY-MM-DD).

const day = (date: Date) => date.toISOString().slice(0, 10);
const dayOrNull = (date: Date | null) => (date ? day(date) : null);
const topicRefs = (topics: { topic: { slug: string; name: string } }[]) => topics.map((t) => ({ slug: t.topic.slug, name: t.topic.name }));

export function articleJson(a: ArticleListRow): z.infer<typeof ArticleSummary> {
  return {
    slug: a.slug,
    title: a.title,
    standfirst: a.standfirst,
    publication: a.publication ? { slug: a.publication.slug, name: a.publication.name } : null,
    publishedOn: day(a.publishedOn),
    authors: a.authors,
    sourceUrl: a.sourceUrl,
    topics: topicRefs(a.topics),
    counts: { statements: a._count.statements, events: a._count.events, actors: a._count.mentions },
    path: `/articles/${a.slug}`,
  };
}

export function statementJson(s: StatementRow): z.infer<typeof Statement> {
  return {
    id: s.id,
    text: s.text,
    direct: s.direct,
    saidOn: dayOrNull(s.saidOn),
    saidPrecision: s.saidPrecision,
    venue: s.venue,
    verified: s.verified,
    speaker: { slug: s.speaker.slug, name: s.speaker.name, ...(s.speaker.unnamed ? { unnamed: true as const } : {}) },
    addressee: s.addressee ? { slug: s.addressee.slug, name: s.addressee.name } : null,
    article: { slug: s.article.slug, title: s.article.title, publishedOn: day(s.article.publishedOn) },
    topics: topicRefs(s.topics),
    path: `/articles/${s.article.slug}#s-${s.id}`,
  };
}

export function actorSummaryJson(a: ActorListRow): z.infer<typeof ActorSummary> {
  return {
    slug: a.slug,
    name: a.name,
    kind: a.kind,
    role: a.role,
    country: a.country,
    verified: a.verified,
    unnamed: a.unnamed,
    aliases: a.aliases.map((x) => x.alias),
    affiliation: a.parent ? { slug: a.parent.slug, name: a.parent.name } : null,
    counts: { statements: a._count.statements, events: a._count.events, mentions: a._count.mentions },
    path: `/actors/${a.slug}`,
  };
}

export function actorJson(a: ActorDetail): z.infer<typeof Actor> {
  const parent = a.parent ? (a.parent.mergedInto ?? a.parent) : null;
  return {
    slug: a.slug,
    name: a.name,
    kind: a.kind,
    role: a.role,
    country: a.country,
    wikidataId: a.wikidataId,
    verified: a.verified,
    unnamed: a.unnamed,
    aliases: a.aliases.map((x) => x.alias),
    affiliation: parent ? { slug: parent.slug, name: parent.name } : null,
    members: a.members.map((m) => ({ slug: m.slug, name: m.name, kind: m.kind })),
    firstSeen: dayOrNull(a.firstSeen),
    lastSeen: dayOrNull(a.lastSeen),
    counts: a.counts,
    path: `/actors/${a.slug}`,
    links: {
      statements: `/api/v1/statements?speaker=${a.slug}`,
      events: `/api/v1/events?actor=${a.slug}`,
      articles: `/api/v1/articles?actor=${a.slug}`,
    },
  };
}

export function eventJson(e: TimelineEvent): z.infer<typeof Event> {
  return {
    id: e.id,
    title: e.title,
    description: e.description,
    type: e.type,
    typeLabel: e.typeLabel,
    category: e.category,
    startDate: e.startDate,
    endDate: e.endDate,
    precision: e.precision,
    dateText: e.dateText,
    dateLabel: e.dateLabel,
    placedOn: e.placedOn,
    reportedOn: e.reportedOn,
    place: e.place,
    fatalities: e.fatalities,
    verified: e.verified,
    actors: e.actors,
    sources: e.sources,
  };
}

export function eventHitJson(e: EventHitRow): z.infer<typeof EventHit> {
  const dated = e.startDate !== null && e.datePrecision !== "unknown";
  return {
    id: e.id,
    title: e.title,
    type: e.type,
    startDate: dated ? dayOrNull(e.startDate) : null,
    endDate: dated ? dayOrNull(e.endDate) : null,
    precision: dated ? e.datePrecision : "unknown",
    place: e.place,
    verified: e.verified,
  };
}
