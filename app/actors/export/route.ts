import { answer503WhenDatabaseDown } from "@/lib/db/unavailable-route";
import { listExportStream, mapBatches, paramsOf, refusedExport } from "@/lib/exports/list-export";
import { actorFilters, parseActorFilters } from "@/lib/actors/filters";
import { refusedFilters } from "@/lib/url/list-filters";
import { actorRecord, iterateActors } from "@/lib/actors/queries";

export const dynamic = "force-dynamic";

export const GET = answer503WhenDatabaseDown(async function GET(request: Request) {
  const params = paramsOf(request.url);
  const refused = refusedExport(params, refusedFilters(actorFilters.fields, params, ["view", "cursor"]));
  if (refused) return refused;
  return listExportStream(params, "actors", mapBatches(iterateActors(parseActorFilters(params)), actorRecord), request.signal);
});
