import { answer503WhenDatabaseDown } from "@/lib/db/unavailable-route";
import { refusedFilters } from "@/lib/url/list-filters";
import { listExportStream, refusedExport, paramsOf } from "@/lib/exports/list-export";
import { parseStatementFilters, statementFilters } from "@/lib/statements/filters";
import { iterateStatementRecords } from "@/lib/statements/queries";

export const dynamic = "force-dynamic";

export const GET = answer503WhenDatabaseDown(async function GET(request: Request) {
  const params = paramsOf(request.url);
  // The sort is the rows' order in the file: an unknown one is refused, not exported newest first.
  const refused = refusedExport(params, refusedFilters(statementFilters.fields, params, ["view", "cursor"]));
  if (refused) return refused;
  return listExportStream(params, "statements", iterateStatementRecords(parseStatementFilters(params)), request.signal);
});
