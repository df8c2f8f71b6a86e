import { statementEntries } from "@/lib/feeds/statements";
import { atomFeed, atomResponse } from "@/lib/feeds/atom";
import { paramsOf } from "@/lib/exports/list-export";
import { parseStatementFilters } from "@/lib/statements/filters";
import { latestStatements } from "@/lib/statements/queries";
import { publicOrigin } from "@/lib/url/public-origin";
import { answer503WhenDatabaseDown } from "@/lib/db/unavailable-route";

export const dynamic = "force-dynamic";

/** The 50 newest statements, with the /statements filters (?speaker=…&topic=…) if given. */
export const GET = answer503WhenDatabaseDown(async function GET(request: Request) {
  const origin = publicOrigin(request);
  const statements = await latestStatements({ ...parseStatementFilters(paramsOf(request.url)), cursor: undefined }, 50, undefined, request.signal);
  return atomResponse(
    atomFeed({
      id: `${origin}/feeds/statements`,
      title: "Faultline: new statements",
      url: `${origin}/statements`,
      selfUrl: request.url,
      entries: statementEntries(origin, statements),
    }),
  );
});
