import { answer503WhenDatabaseDown } from "@/lib/db/unavailable-route";
import { listExportStream, mapBatches, paramsOf } from "@/lib/exports/list-export";
import { parseStatementFilters } from "@/lib/statements/filters";
import { statementRecord, iterateStatements } from "@/lib/statements/queries";

export const dynamic = "force-dynamic";

export const GET = answer503WhenDatabaseDown(async function GET(request: Request) {
  const params = paramsOf(request.url);
  return listExportStream(params, "statements", mapBatches(iterateStatements(parseStatementFilters(params)), statementRecord), request.signal);
});
