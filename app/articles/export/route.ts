import { parseArticleFilters } from "@/lib/articles/filters";
import { articleRecord, iterateArticles } from "@/lib/articles/queries";
import { listExportStream, mapBatches, paramsOf } from "@/lib/exports/list-export";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const params = paramsOf(request.url);
  return listExportStream(params, "articles", mapBatches(iterateArticles(parseArticleFilters(params)), articleRecord), request.signal);
}
