import "server-only";
import { toCsv, type CsvColumn } from "@/lib/exports/csv";
import { clientGone, closeQuietly, readAhead } from "@/lib/exports/list-export";
import type { TimelineFilters } from "./filters";
import { iterateTimeline, type TimelineEvent } from "./queries";

const COLUMNS: CsvColumn<TimelineEvent>[] = [
  { header: "id", value: (e) => e.id },
  { header: "date", value: (e) => e.dateLabel },
  { header: "start_date", value: (e) => e.startDate },
  { header: "end_date", value: (e) => e.endDate },
  { header: "precision", value: (e) => e.precision },
  { header: "reported_on", value: (e) => e.reportedOn },
  { header: "date_as_written", value: (e) => e.dateText },
  { header: "type", value: (e) => e.type },
  { header: "type_label", value: (e) => e.typeLabel },
  { header: "category", value: (e) => e.category },
  { header: "title", value: (e) => e.title },
  { header: "place", value: (e) => e.place },
  { header: "fatalities", value: (e) => e.fatalities },
  { header: "verified", value: (e) => e.verified },
  { header: "actors", value: (e) => e.actors.map((a) => `${a.name} (${a.role})`).join("; ") },
  { header: "actor_slugs", value: (e) => e.actors.map((a) => a.slug).join(" ") },
  { header: "source_articles", value: (e) => e.sources.map((s) => s.slug).join(" ") },
  { header: "source_sentence", value: (e) => e.sources[0]?.excerpt },
];

const jsonRow = (e: TimelineEvent, origin: string) => ({
  ...e,
  createdAt: e.createdAt.toISOString(),
  actors: e.actors.map((a) => ({ ...a, url: `${origin}/actors/${a.slug}` })),
  sources: e.sources.map((s) => ({ ...s, url: `${origin}/articles/${s.slug}` })),
});

/**
 * The matching events as CSV or a JSON array, streamed batch by batch on the keyset (never the whole
 * set in memory, each batch one index range). When the client goes away (`signal` aborts, or the
 * stream is cancelled) the batch in flight has its SQL cancelled and no further batch is read.
 */
export function timelineExportStream(filters: TimelineFilters, format: "csv" | "json", origin: string, signal?: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = iterateTimeline({ ...filters, cursor: undefined });
  let first = true;
  const gone = clientGone(signal);
  const reader = readAhead(batches, gone.signal);
  return new ReadableStream({
    async start(controller) {
      if (format === "csv") controller.enqueue(encoder.encode(toCsv([], COLUMNS)));
      else controller.enqueue(encoder.encode("["));
    },
    async pull(controller) {
      const { value, done } = await reader.next();
      if (gone.signal.aborted) {
        await reader.stop();
        return closeQuietly(controller);
      }
      if (done) {
        if (format === "json") controller.enqueue(encoder.encode(first ? "]\n" : "\n]\n"));
        controller.close();
        return;
      }
      if (format === "csv") {
        controller.enqueue(encoder.encode(toCsv(value, COLUMNS, { header: false })));
      } else {
        const rows = value.map((e) => JSON.stringify(jsonRow(e, origin)));
        controller.enqueue(encoder.encode((first ? "\n" : ",\n") + rows.join(",\n")));
      }
      first = false;
    },
    async cancel() {
      gone.abort();
      await reader.stop();
    },
  });
}
