import { statementEntries } from "@/lib/feeds/statements";
import { atomFeed, atomAnswer } from "@/lib/feeds/atom";
import { cachedFeed } from "@/lib/feeds/cached-feed";
import { paramsOf, refusedParameters } from "@/lib/exports/list-export";
import { parseStatementFilters, statementFilterParams, statementFilters } from "@/lib/statements/filters";
import { refusedFilters } from "@/lib/url/list-filters";
import { toQueryString } from "@/lib/url/search-params";
import { latestStatements } from "@/lib/statements/queries";
import { publicOrigin } from "@/lib/url/public-origin";
import { answer503WhenDatabaseDown } from "@/lib/db/unavailable-route";

export const dynamic = "force-dynamic";

const feedFilters = (url: URL) => ({ ...parseStatementFilters(paramsOf(url.href)), cursor: undefined });
/** The /statements filters the feed reads, canonical: its cache key and its own address. */
const feedQuery = (url: URL) => toQueryString(statementFilterParams(feedFilters(url)));

/** The 50 newest statements, with the /statements filters (?speaker=…&topic=…) if given; cached with that page's tags. */
export const GET = answer503WhenDatabaseDown(async function GET(request: Request) {
  // A filter the feed cannot use is refused: a subscription to the unfiltered feed would pass for the filtered one.
  const params = paramsOf(request.url);
  const refused = refusedParameters("No feed", refusedFilters(statementFilters.fields, params, ["sort", "view", "cursor"]));
  if (refused) return refused;
  return cachedFeed(request, ["statements", "actors", "articles"], feedQuery, async (url) => {
    const origin = publicOrigin(request);
    const statements = await latestStatements(feedFilters(url), 50, undefined, request.signal);
    return atomAnswer(
      atomFeed({
        id: `${origin}/feeds/statements`,
        title: "Faultline: new statements",
        url: `${origin}/statements`,
        selfUrl: `${origin}${url.pathname}${url.search}`,
        entries: statementEntries(origin, statements),
      }),
    );
  });
});
