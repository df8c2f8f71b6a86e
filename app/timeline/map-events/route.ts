import { z } from "zod";
import { answer503WhenDatabaseDown } from "@/lib/db/unavailable-route";
import { parseTimelineFilters, refusedTimelineFilters } from "@/lib/events/filters";
import { paramsOf } from "@/lib/exports/list-export";
import { PLACES_PER_REQUEST } from "@/lib/places/map";
import { getNewestAt } from "@/lib/places/queries";
import { slugItem } from "@/lib/url/list-filters";

export const dynamic = "force-dynamic";

const places = z
  .array(slugItem())
  .min(1, { error: "name at least one place: ?at=<place slug>" })
  .max(PLACES_PER_REQUEST, { error: `at most ${PLACES_PER_REQUEST} places (at=…)` });

const badRequest = (message: string) => Response.json({ error: `Bad request: ${message}` }, { status: 400 });

/**
 * GET /timeline/map-events?at=<place slug>…&<timeline filters>: the newest few events matching the
 * filters at those places, as JSON `{ events: [{ id, title, date, category }] }` — what a map marker's
 * popup lists, fetched when it first opens. The filters are read as the timeline page reads them.
 */
export const GET = answer503WhenDatabaseDown(async function GET(request: Request) {
  const url = new URL(request.url);
  const at = places.safeParse(url.searchParams.getAll("at"));
  if (!at.success) return badRequest(at.error.issues[0].message);
  // A filter it cannot use is refused: the popup would list events the timeline does not show.
  const refused = refusedTimelineFilters(paramsOf(request.url));
  if (refused.length) return badRequest(refused.map((p) => `${p.name}: ${p.message}`).join("; "));
  const events = await getNewestAt(parseTimelineFilters(url.searchParams), at.data);
  // A popup opened again within a minute is answered by the browser; a write shows after that at most.
  return Response.json({ events }, { headers: { "Cache-Control": "public, max-age=60" } });
});
