import { parseActorFilters } from "@/lib/actors/filters";
import { actorRecord, exportActors } from "@/lib/actors/queries";
import { listExportResponse, paramsOf } from "@/lib/exports/list-export";
import { answer503WhenDatabaseDown } from "@/lib/db/unavailable-route";

export const dynamic = "force-dynamic";

export const GET = answer503WhenDatabaseDown(async function GET(request: Request) {
  const params = paramsOf(request.url);
  const rows = await exportActors(parseActorFilters(params));
  return listExportResponse(params, "actors", rows.map(actorRecord));
});
