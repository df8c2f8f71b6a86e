import { listExportStream, mapBatches, paramsOf } from "@/lib/exports/list-export";
import { parseStatementFilters } from "@/lib/statements/filters";
import { iterateStatements, statementRecord } from "@/lib/statements/queries";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const params = paramsOf(request.url);
  return listExportStream(params, "statements", mapBatches(iterateStatements(parseStatementFilters(params)), statementRecord), request.signal);
}
