import { timelineExportStream } from "@/lib/events/export";
import { parseTimelineFilters, refusedTimelineFilters } from "@/lib/events/filters";
import { paramsOf, refusedExport } from "@/lib/exports/list-export";
import { countTimeline, EXPORT_CAP } from "@/lib/events/queries";
import { publicOrigin } from "@/lib/url/public-origin";
import { answer503WhenDatabaseDown } from "@/lib/db/unavailable-route";

export const dynamic = "force-dynamic";

/** GET /timeline/export?format=csv|json&<timeline filters>: every matching event, up to EXPORT_CAP rows. */
export const GET = answer503WhenDatabaseDown(async function GET(request: Request) {
  const params = paramsOf(request.url);
  const refused = refusedExport(params, refusedTimelineFilters(params));
  if (refused) return refused;
  const filters = parseTimelineFilters(params);
  const format = new URL(request.url).searchParams.get("format") === "json" ? "json" : "csv";
  const total = await countTimeline(filters);
  const filename = `faultline-timeline-${new Date().toISOString().slice(0, 10)}.${format}`;
  return new Response(timelineExportStream(filters, format, publicOrigin(request), request.signal), {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "X-Total-Count": String(total),
      "X-Export-Rows": String(Math.min(total, EXPORT_CAP)),
      "Cache-Control": "no-store",
    },
  });
});
