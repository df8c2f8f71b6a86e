import { answer503WhenDatabaseDown } from "@/lib/db/unavailable-route";
import { listExportStream, mapBatches, paramsOf } from "@/lib/exports/list-export";
import { parseActorFilters } from "@/lib/actors/filters";
import { actorRecord, iterateActors } from "@/lib/actors/queries";

export const dynamic = "force-dynamic";

export const GET = answer503WhenDatabaseDown(async function GET(request: Request) {
  const params = paramsOf(request.url);
  return listExportStream(params, "actors", mapBatches(iterateActors(parseActorFilters(params)), actorRecord), request.signal);
});
