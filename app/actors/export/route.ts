import { parseActorFilters } from "@/lib/actors/filters";
import { actorRecord, iterateActors } from "@/lib/actors/queries";
import { listExportStream, mapBatches, paramsOf } from "@/lib/exports/list-export";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const params = paramsOf(request.url);
  return listExportStream(params, "actors", mapBatches(iterateActors(parseActorFilters(params)), actorRecord), request.signal);
}
