import { statementEntries } from "@/lib/feeds/statements";
import { atomFeed, atomAnswer } from "@/lib/feeds/atom";
import { cachedFeed } from "@/lib/feeds/cached-feed";
import { paramsOf } from "@/lib/exports/list-export";
import { parseStatementFilters } from "@/lib/statements/filters";
import { latestStatements } from "@/lib/statements/queries";
import { publicOrigin } from "@/lib/url/public-origin";
import { answer503WhenDatabaseDown } from "@/lib/db/unavailable-route";

export const dynamic = "force-dynamic";

/** The 50 newest statements, with the /statements filters (?speaker=…&topic=…) if given; cached with that page's tags. */
export const GET = answer503WhenDatabaseDown(async function GET(request: Request) {
  return cachedFeed(request, ["statements", "actors", "articles"], async (url) => {
    const origin = publicOrigin(request);
    const statements = await latestStatements({ ...parseStatementFilters(paramsOf(url.href)), cursor: undefined }, 50, undefined, request.signal);
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
