import { statementEntries } from "@/lib/feeds/statements";
import { atomFeed, atomAnswer } from "@/lib/feeds/atom";
import { cachedFeed } from "@/lib/feeds/cached-feed";
import { paramsOf } from "@/lib/exports/list-export";
import { parseStatementFilters, statementFilterParams } from "@/lib/statements/filters";
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
