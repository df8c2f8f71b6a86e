import { answer503WhenDatabaseDown } from "@/lib/db/unavailable-route";
import { listExportStream, paramsOf } from "@/lib/exports/list-export";
import { parseStatementFilters } from "@/lib/statements/filters";
import { iterateStatementRecords } from "@/lib/statements/queries";

export const dynamic = "force-dynamic";

export const GET = answer503WhenDatabaseDown(async function GET(request: Request) {
  const params = paramsOf(request.url);
  return listExportStream(params, "statements", iterateStatementRecords(parseStatementFilters(params)), request.signal);
});
