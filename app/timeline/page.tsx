import type { Metadata } from "next";
import Link from "next/link";
import { ActiveFilters } from "@/components/timeline/ActiveFilters";
import { ChartSection } from "@/components/timeline/ChartSection";
import { FilterForm } from "@/components/timeline/FilterForm";
import { TimelineList } from "@/components/timeline/TimelineList";
import styles from "@/components/timeline/Timeline.module.css";
import { EmptyState } from "@/components/ui/EmptyState";
import { ExportLinks } from "@/components/ui/ExportLinks";
import { Pager } from "@/components/ui/Pager";
import { hasRole } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { DEFAULT_GROUPING, filterParams, hasActiveFilters, parseTimelineFilters } from "@/lib/events/filters";
import { getEventCounts, getTimeline, getTimelineActors } from "@/lib/events/queries";
import { toQueryString, type RawSearchParams } from "@/lib/url/search-params";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const filters = parseTimelineFilters(await searchParams);
  return {
    title: "Timeline",
    alternates: { types: { "application/atom+xml": `/feeds/events${toQueryString({ ...filterParams(filters), group: undefined })}` } },
  };
}

export default async function TimelinePage({ searchParams }: Props) {
  const filters = parseTimelineFilters(await searchParams);
  const grouping = filters.group ?? DEFAULT_GROUPING;
  const [page, chart, actors, user] = await Promise.all([getTimeline(filters), getEventCounts(filters), getTimelineActors({ include: filters.actor }), getCurrentUser()]);
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
          <ChartSection chart={chart} />
          <div className={styles.toolbar}>
            <p className="small muted">{page.isFirstPage ? `Showing the newest ${page.items.length}` : `Showing ${page.items.length} more`}</p>
            <ExportLinks path="/timeline/export" filters={{ ...params, group: undefined }} />
          </div>
          {page.items.length === 0 ? (
            <EmptyState title="No more events">
              <p><Link href={`/timeline${toQueryString(params)}`}>Back to the first page</Link></p>
            </EmptyState>
          ) : (
            <TimelineList events={page.items} grouping={grouping} editable={hasRole(user, "editor")} />
          )}
          <Pager path="/timeline" filters={params} nextCursor={page.nextCursor} isFirstPage={page.isFirstPage} />
        </>
      )}
    </>
  );
}
