import { listExportResponse, paramsOf } from "@/lib/exports/list-export";
import { parseStatementFilters } from "@/lib/statements/filters";
import { exportStatements, statementRecord } from "@/lib/statements/queries";
import { answer503WhenDatabaseDown } from "@/lib/db/unavailable-route";

export const dynamic = "force-dynamic";

export const GET = answer503WhenDatabaseDown(async function GET(request: Request) {
  const params = paramsOf(request.url);
  const rows = await exportStatements(parseStatementFilters(params));
  return listExportResponse(params, "statements", rows.map(statementRecord));
});
