import { z } from "zod";
import { untilAborted } from "@/lib/db/cancel";
import { single, type RawSearchParams } from "@/lib/url/search-params";
import { csvResponse, toCsv } from "./csv";

const FORMATS = ["csv", "json"] as const;
const formatSchema = single.pipe(z.enum(FORMATS).optional()).catch(undefined);

/**
 * 400 (plain text naming each parameter) for an export asked with a format it does not write or with filters
 * `refused` (lib/url/list-filters.ts, refusedFilters), else null: a download of something other than what was
 * asked for would pass for it.
 */
export function refusedExport(params: RawSearchParams, refused: { name: string; message: string }[] = []): Response | null {
  const format = single.catch(undefined).parse(params.format);
  const badFormat = format !== undefined && !formatSchema.parse(format) ? [{ name: "format", message: `"${format}" is not one of ${FORMATS.join(", ")}` }] : [];
  return refusedParameters("Nothing exported", [...badFormat, ...refused]);
}

/** 400 in plain text, `<outcome>: invalid parameter "from": …; …`, when anything was `refused`; else null. */
export function refusedParameters(outcome: string, refused: { name: string; message: string }[]): Response | null {
  if (!refused.length) return null;
  const message = `${outcome}: ${refused.map((p) => `invalid parameter "${p.name}": ${p.message}`).join("; ")}.\n`;
  return new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** The URL's parameters as the plain object the filter schemas read (repeated keys become arrays). */
export function paramsOf(url: string): RawSearchParams {
  const params: RawSearchParams = {};
  for (const [key, value] of new URL(url).searchParams) {
    const existing = params[key];
    params[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return params;
}

/** A list's rows as CSV (default) or JSON, named after the list and the day. */
export function listExportResponse<T extends Record<string, unknown>>(params: RawSearchParams, name: string, rows: T[]): Response {
  const format = formatSchema.parse(params.format) ?? "csv";
  const filename = `faultline-${name}-${new Date().toISOString().slice(0, 10)}.${format}`;
  if (format === "json") {
    return new Response(JSON.stringify({ count: rows.length, rows }, null, 2), {
      headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"` },
    });
  }
  const headers = rows[0] ? Object.keys(rows[0]) : [];
  const columns = headers.map((header) => ({
    header,
    value: (row: T) => {
      const v = row[header];
      return Array.isArray(v) ? v.join("; ") : (v as string | number | boolean | null | undefined);
    },
  }));
  return csvResponse(toCsv(rows, columns), filename);
}

/**
 * A list's rows as CSV (default) or JSON, streamed batch by batch as `batches` yields them (keyset
 * pages: never the whole list in memory). CSV columns are the first row's keys; JSON is
 * `{"rows":[…],"count":N}`, the count written last. When the client goes away (`signal` aborts or the
 * stream is cancelled) the batch in flight has its SQL cancelled and no further batch is read.
 */
export function listExportStream<T extends Record<string, unknown>>(params: RawSearchParams, name: string, batches: AsyncGenerator<T[]>, signal?: AbortSignal): Response {
  const refused = refusedExport(params);
  if (refused) return refused;
  const format = formatSchema.parse(params.format) ?? "csv";
  const filename = `faultline-${name}-${new Date().toISOString().slice(0, 10)}.${format}`;
  const encoder = new TextEncoder();
  let count = 0;
  let columns: { header: string; value: (row: T) => string | number | boolean | null | undefined }[] | null = null;
  const csvColumns = (row: T | undefined) =>
    Object.keys(row ?? {}).map((header) => ({
      header,
      value: (r: T) => {
        const v = r[header];
        return Array.isArray(v) ? v.join("; ") : (v as string | number | boolean | null | undefined);
      },
    }));
  const gone = clientGone(signal);
  const reader = readAhead(batches, gone.signal);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (format === "json") controller.enqueue(encoder.encode('{"rows":['));
    },
    async pull(controller) {
      const next = await reader.next();
      if (gone.signal.aborted) {
        await reader.stop();
        return closeQuietly(controller);
      }
      if (next.done) {
        if (format === "json") controller.enqueue(encoder.encode(`${count ? "\n" : ""}],"count":${count}}\n`));
        else if (!columns) controller.enqueue(encoder.encode("\r\n"));
        return closeQuietly(controller);
      }
      const rows = next.value;
      if (!rows.length) return;
      let text: string;
      if (format === "json") {
        text = rows.map((row, i) => (count + i ? ",\n" : "\n") + JSON.stringify(row)).join("");
      } else {
        const header = !columns;
        columns ??= csvColumns(rows[0]);
        text = toCsv(rows, columns, { header });
      }
      count += rows.length;
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      gone.abort();
      await reader.stop();
    },
  });
  const type = format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8";
  return new Response(body, { headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`, "Cache-Control": "no-store" } });
}

/**
 * Reads a stream's batches one ahead: as soon as a batch arrives the next one's SQL is started, so
 * PostgreSQL works on it while this one is serialised and written (one after the other, each side sat
 * idle half the time). Batches read under `signal` have their SQL cancelled when it aborts; `next()`
 * then answers done. `stop()` waits for the batch in flight and ends the generator.
 */
export function readAhead<T>(batches: AsyncGenerator<T>, signal: AbortSignal) {
  const read = (): Promise<IteratorResult<T, undefined>> => {
    if (signal.aborted) return Promise.resolve({ done: true, value: undefined });
    const result = untilAborted(signal, () => batches.next()).catch(stopped(signal));
    result.catch(() => undefined); // rejected while nobody awaits it yet: surfaced by next(), never unhandled
    return result;
  };
  let ahead: Promise<IteratorResult<T, undefined>> | null = null;
  return {
    async next(): Promise<IteratorResult<T, undefined>> {
      const result = await (ahead ?? read());
      ahead = result.done || signal.aborted ? null : read();
      return result;
    },
    async stop(): Promise<void> {
      await ahead?.catch(() => undefined);
      ahead = null;
      await batches.return(undefined);
    },
  };
}

/** Aborts when the request's `signal` does, or when aborted itself (the response stream was cancelled). */
export function clientGone(signal: AbortSignal | undefined): AbortController {
  const gone = new AbortController();
  if (signal?.aborted) gone.abort(signal.reason);
  else signal?.addEventListener("abort", () => gone.abort(signal.reason), { once: true });
  return gone;
}

/** Ends a stream the reader may already have cancelled (closing a cancelled stream throws). */
export function closeQuietly(controller: ReadableStreamDefaultController<Uint8Array>): void {
  try {
    controller.close();
  } catch {
    // already closed or cancelled: nothing left to end
  }
}

/** A batch whose SQL was cancelled because the client left ends the stream; any other error is rethrown. */
export function stopped(signal: AbortSignal) {
  return (err: unknown): { done: true; value: undefined } => {
    if (signal.aborted) return { done: true, value: undefined };
    throw err;
  };
}

/** Maps each batch of an async generator. */
export async function* mapBatches<A, B>(batches: AsyncGenerator<A[]>, map: (row: A) => B): AsyncGenerator<B[]> {
  try {
    for await (const batch of batches) yield batch.map(map);
  } finally {
    await batches.return(undefined);
  }
}
