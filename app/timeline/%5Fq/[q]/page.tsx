import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { ActiveFilters } from "@/components/timeline/ActiveFilters";
import { ListNotices } from "@/components/filters/FilterChips";
import { ChartSection } from "@/components/timeline/ChartSection";
import { FilterForm } from "@/components/timeline/FilterForm";
import { TimelineList } from "@/components/timeline/TimelineList";
import { EventTable } from "@/components/timeline/EventTable";
import { EventMap } from "@/components/map/EventMap";
import mapStyles from "@/components/map/Map.module.css";
import { getMapData } from "@/lib/places/queries";
import styles from "@/components/timeline/Timeline.module.css";
import { EmptyState } from "@/components/ui/EmptyState";
import { ExportLinks } from "@/components/ui/ExportLinks";
import { Pager } from "@/components/ui/Pager";
import { decodeQuerySegment } from "@/lib/cache/route-query";
import { tagPage } from "@/lib/cache/tags";
import { DEFAULT_GROUPING, filterParams, hasActiveFilters, parseTimelineFilters, timelineNotices } from "@/lib/events/filters";
import { getEventCounts, getTimeline, getTimelineActors } from "@/lib/events/queries";
import { toQueryString } from "@/lib/url/search-params";

// Cached whole by Next.js (see lib/cache): rendered on first request for each query, then served from
// the cache until a write expires one of its tags; hourly at most as a safety net.
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ q: string }> };

/** The page's filters, parsed once per request for its metadata and its body alike. */
const filtersOf = cache((q: string) => parseTimelineFilters(decodeQuerySegment(q)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const filters = filtersOf((await params).q);
  return {
    title: "Timeline",
    alternates: { types: { "application/atom+xml": `/feeds/events${toQueryString({ ...filterParams(filters), group: undefined })}` } },
  };
}

export default async function TimelinePage({ params: routeParams }: Props) {
  const query = (await routeParams).q;
  const filters = filtersOf(query);
  await tagPage(["events", "actors"]);
  const grouping = filters.group ?? DEFAULT_GROUPING;
  const [page, chart, actors, map] = await Promise.all([getTimeline(filters), getEventCounts(filters), getTimelineActors({ include: filters.actor }), getMapData(filters)]);
  const params = filterParams(filters);
  const filtered = hasActiveFilters(filters);
  const feedQuery = toQueryString({ ...params, group: undefined });

  return (
    <>
      <div className={styles.header}>
        <h1>Timeline</h1>
        <a href={`/feeds/events${feedQuery}`} className="small">Atom feed{filtered ? " of these events" : ""}</a>
      </div>
      <p className={styles.summary} role="status">
        {chart.total === 1 ? "1 event" : `${chart.total.toLocaleString("en-GB")} events`}
        {filtered ? " match these filters" : " in the record"}, newest first. Undated events sit at the day they were first reported.
      </p>

      <FilterForm filters={filters} actors={actors} />
      <ListNotices notices={timelineNotices(decodeQuerySegment(query))} />
      <ActiveFilters filters={filters} actorNames={new Map(actors.map((a) => [a.slug, a.name]))} />

      {chart.total === 0 ? (
        <EmptyState title={filtered ? "No events match these filters" : "No events yet"}>
          {filtered ? (
            <p>
              Try fewer filters or a wider date range, or <Link href={grouping === DEFAULT_GROUPING ? "/timeline" : `/timeline?group=${grouping}`}>clear filters</Link>.
            </p>
          ) : (
            <p>Events appear here once articles are extracted and published.</p>
          )}
        </EmptyState>
      ) : (
        <>
          <ChartSection chart={chart} filters={filters} />
          <div className={styles.toolbar}>
            <p className="small muted">{page.isFirstPage ? `Showing the newest ${page.items.length}` : `Showing ${page.items.length} more`}</p>
            <ExportLinks path="/timeline/export" filters={{ ...params, group: undefined }} />
          </div>
          <div className={filters.view === "table" ? mapStyles.above : mapStyles.beside}>
            <div className={mapStyles.main}>
              {page.items.length === 0 ? (
                <EmptyState title="No more events">
                  <p><Link href={`/timeline${toQueryString(params)}`}>Back to the first page</Link></p>
                </EmptyState>
              ) : filters.view === "table" ? (
                <EventTable events={page.items} caption="Events, newest first" placeHref={(place) => `/timeline${toQueryString({ ...params, place })}`} />
              ) : (
                <TimelineList events={page.items} grouping={grouping} editable />
              )}
              <Pager path="/timeline" filters={params} nextCursor={page.nextCursor} isFirstPage={page.isFirstPage} />
            </div>
            <section className={mapStyles.side} aria-labelledby="map-heading">
              <h2 id="map-heading" className={styles.sectionHeading}>Where: every matching event</h2>
              <EventMap {...map} title="Map of the events matching these filters" height={filters.view === "table" ? 300 : 460} />
            </section>
          </div>
        </>
      )}
    </>
  );
}
