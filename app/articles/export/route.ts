import { answer503WhenDatabaseDown } from "@/lib/db/unavailable-route";
import { listExportStream, mapBatches, paramsOf } from "@/lib/exports/list-export";
import { parseArticleFilters } from "@/lib/articles/filters";
import { articleRecord, iterateArticles } from "@/lib/articles/queries";

export const dynamic = "force-dynamic";

export const GET = answer503WhenDatabaseDown(async function GET(request: Request) {
  const params = paramsOf(request.url);
  return listExportStream(params, "articles", mapBatches(iterateArticles(parseArticleFilters(params)), articleRecord), request.signal);
});
