import "server-only";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { csvCell } from "@/lib/exports/csv";
import { clientGone, closeQuietly, readAhead } from "@/lib/exports/list-export";
import { byLocale } from "@/lib/text/collate";
import { EVENT_TYPES } from "./codebook";
import type { TimelineFilters } from "./filters";
import { iterateTimeline, iterateTimelineExport, type TimelineEvent, type TimelineExportRow } from "./queries";
import { ROLE_ORDER } from "./shape";

const HEADER =
  "id,date,start_date,end_date,precision,reported_on,date_as_written,type,type_label,category,title,place,fatalities,verified,actors,actor_slugs,source_articles,source_sentence\r\n";

const utcDay = (iso: string | null) => (iso === null ? null : new Date(`${iso}T00:00:00Z`));

/** Actors as byRole lists them (role, then name by localeCompare): SQL sent them by role, names by code point. */
function actorOrder(r: TimelineExportRow): number[] {
  const order = r.names!.map((_, i) => i);
  if (order.length < 2) return order;
  return order.sort((i, j) => ROLE_ORDER[r.roles![i]] - ROLE_ORDER[r.roles![j]] || byLocale(r.names![i], r.names![j]));
}

/** An event's actor in the CSV's actors cell: "Name (role)", an unnamed source marked as the pages mark it. */
export const actorCell = (name: string, role: string, unnamed?: boolean) => `${name} (${role}${unnamed ? ", unnamed source" : ""})`;

/**
 * One CSV line per event, written straight from the flat row: the same cells, in the same order, as the
 * timeline's shaped event gives (shapeEventBase's dates and labels, byRole's actors, the oldest source's
 * excerpt), without building that event.
 */
function csvLine(r: TimelineExportRow): string {
  const dated = r.start !== null;
  const precision = dated ? r.precision : "unknown";
  const label = formatPartialDate(utcDay(r.start), precision, { end: utcDay(r.end), reportedOn: utcDay(r.reported) });
  const type = EVENT_TYPES[r.type];
  let actors = "";
  let actorSlugs = "";
  if (r.names) {
    for (const i of actorOrder(r)) {
      actors += `${actors ? "; " : ""}${actorCell(r.names[i], r.roles![i], r.unnamed![i])}`;
      actorSlugs += `${actorSlugs ? " " : ""}${r.slugs![i]}`;
    }
  }
  const excerpt = r.excerpt ?? r.head?.slice(r.spanStart!, r.spanEnd!);
  return [
    r.id, label, r.start, r.end, precision, r.reported, r.dateText, r.type, type.label, type.category, r.title, r.place,
    r.fatalities, r.verified, actors, actorSlugs, r.sources ?? "", excerpt?.trim(),
  ].map(csvCell).join(",") + "\r\n";
}

const jsonRow = (e: TimelineEvent, origin: string) => ({
  ...e,
  createdAt: e.createdAt.toISOString(),
  actors: e.actors.map((a) => ({ ...a, url: `${origin}/actors/${a.slug}` })),
  sources: e.sources.map((s) => ({ ...s, url: `${origin}/articles/${s.slug}` })),
});

async function* csvBatches(batches: AsyncGenerator<TimelineExportRow[]>): AsyncGenerator<string> {
  try {
    for await (const rows of batches) {
      let text = "";
      for (const row of rows) text += csvLine(row);
      yield text;
    }
  } finally {
    await batches.return(undefined);
  }
}

async function* jsonBatches(batches: AsyncGenerator<TimelineEvent[]>, origin: string): AsyncGenerator<string> {
  let first = true;
  try {
    for await (const events of batches) {
      yield (first ? "\n" : ",\n") + events.map((e) => JSON.stringify(jsonRow(e, origin))).join(",\n");
      first = false;
    }
  } finally {
    await batches.return(undefined);
  }
}

/**
 * The matching events as CSV or a JSON array, streamed batch by batch on the keyset (never the whole
 * set in memory, each batch one index range). When the client goes away (`signal` aborts, or the
 * stream is cancelled) the batch in flight has its SQL cancelled and no further batch is read.
 */
export function timelineExportStream(filters: TimelineFilters, format: "csv" | "json", origin: string, signal?: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const unpaged = { ...filters, cursor: undefined };
  const batches = format === "csv" ? csvBatches(iterateTimelineExport(unpaged)) : jsonBatches(iterateTimeline(unpaged), origin);
  const gone = clientGone(signal);
  const reader = readAhead(batches, gone.signal);
  let empty = true;
  return new ReadableStream({
    async start(controller) {
      controller.enqueue(encoder.encode(format === "csv" ? HEADER : "["));
    },
    async pull(controller) {
      const { value, done } = await reader.next();
      if (gone.signal.aborted) {
        await reader.stop();
        return closeQuietly(controller);
      }
      if (done) {
        if (format === "json") controller.enqueue(encoder.encode(empty ? "]\n" : "\n]\n"));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(value));
      empty = false;
    },
    async cancel() {
      gone.abort();
      await reader.stop();
    },
  });
}
