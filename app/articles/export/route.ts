import { answer503WhenDatabaseDown } from "@/lib/db/unavailable-route";
import { refusedFilters } from "@/lib/url/list-filters";
import { listExportStream, refusedExport, mapBatches, paramsOf } from "@/lib/exports/list-export";
import { parseArticleFilters, articleFilters } from "@/lib/articles/filters";
import { articleRecord, iterateArticles } from "@/lib/articles/queries";

export const dynamic = "force-dynamic";

export const GET = answer503WhenDatabaseDown(async function GET(request: Request) {
  const params = paramsOf(request.url);
  const refused = refusedExport(params, refusedFilters(articleFilters.fields, params, ["cursor"]));
  if (refused) return refused;
  return listExportStream(params, "articles", mapBatches(iterateArticles(parseArticleFilters(params)), articleRecord), request.signal);
});
