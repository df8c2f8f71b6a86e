import { parseArticleFilters } from "@/lib/articles/filters";
import { articleRecord, exportArticles } from "@/lib/articles/queries";
import { listExportResponse, paramsOf } from "@/lib/exports/list-export";
import { answer503WhenDatabaseDown } from "@/lib/db/unavailable-route";

export const dynamic = "force-dynamic";

export const GET = answer503WhenDatabaseDown(async function GET(request: Request) {
  const params = paramsOf(request.url);
  const rows = await exportArticles(parseArticleFilters(params));
  return listExportResponse(params, "articles", rows.map(articleRecord));
});
