import { filterParams, parseTimelineFilters, hasActiveFilters, refusedTimelineFilters } from "@/lib/events/filters";
import { paramsOf, refusedParameters } from "@/lib/exports/list-export";
import { getRecentEvents } from "@/lib/events/queries";
import { atomFeed, atomAnswer } from "@/lib/feeds/atom";
import { cachedFeed } from "@/lib/feeds/cached-feed";
import { publicOrigin } from "@/lib/url/public-origin";
import { toQueryString } from "@/lib/url/search-params";
import { answer503WhenDatabaseDown } from "@/lib/db/unavailable-route";

export const dynamic = "force-dynamic";

const feedFilters = (url: URL) => ({ ...parseTimelineFilters(url.searchParams), cursor: undefined });
/** The timeline filters the feed reads, canonical: its cache key and its own address. */
const feedQuery = (url: URL) => toQueryString({ ...filterParams(feedFilters(url)), group: undefined });

/** GET /feeds/events[?<timeline filters>]: Atom feed of the 50 events added last; cached with the timeline's tags. */
export const GET = answer503WhenDatabaseDown(async function GET(request: Request) {
  // A filter the feed cannot use is refused: a subscription to the unfiltered feed would pass for the filtered one.
  const refused = refusedParameters("No feed", refusedTimelineFilters(paramsOf(request.url)));
  if (refused) return refused;
  return cachedFeed(request, ["events", "actors"], feedQuery, async (url) => {
    const origin = publicOrigin(request);
    const filters = feedFilters(url);
    const query = url.search;
    const events = await getRecentEvents(filters, { signal: request.signal });
    const xml = atomFeed({
      id: `${origin}/feeds/events${query}`,
      title: hasActiveFilters(filters) ? "Faultline: new events matching your filters" : "Faultline: new events",
      url: `${origin}/timeline${query}`,
      selfUrl: `${origin}${url.pathname}${url.search}`,
      entries: events.map((e) => ({
        id: `tag:${new URL(origin).hostname},2025:event:${e.id}`,
        title: e.title,
        // The timeline narrowed to the event's day, so the event is on the first page.
        url: `${origin}/timeline${e.placedOn ? toQueryString({ from: e.placedOn, to: e.placedOn }) : ""}#e-${e.id}`,
        updated: e.createdAt,
        summary: [
          [e.dateLabel, e.typeLabel, e.place, e.fatalities != null ? `${e.fatalities} killed` : null, e.verified ? "verified" : "machine-suggested"].filter(Boolean).join(" · "),
          e.actors.length ? `Actors: ${e.actors.map((a) => a.name).join(", ")}.` : "",
          e.sources[0] ? `“${e.sources[0].excerpt}” (${e.sources[0].title})` : "",
        ].filter(Boolean).join("\n"),
      })),
    });
    return atomAnswer(xml);
  });
});
