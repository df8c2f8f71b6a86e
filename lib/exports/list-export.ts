import { z } from "zod";
import { single, type RawSearchParams } from "@/lib/url/search-params";
import { csvResponse, toCsv } from "./csv";

const formatSchema = single.pipe(z.enum(["csv", "json"]).optional()).catch(undefined);

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
