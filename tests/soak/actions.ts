// Calls the app's server actions over HTTP exactly as the browser does: POST to the page with the
// action's id in `Next-Action`, the arguments encoded as React's encodeReply encodes plain JSON, and
// the answer read from the React Flight stream.
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The build's ids for the named exports of lib/editor/actions.ts. */
export function findActionIds(names: string[]): Record<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const ids: Record<string, string> = {};
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName && names.includes(entry.exportedName) && entry.filename?.includes("lib/editor/actions")) ids[entry.exportedName] = id;
  }
  const missing = names.filter((n) => !ids[n]);
  if (missing.length) throw new Error(`No action id in the build for ${missing.join(", ")}`);
  return ids;
}

export type ActionAnswer = { ok: boolean; status: number; error?: string; value?: Record<string, unknown> };

/** React escapes strings that start with "$" in encodeReply; plain JSON is otherwise the same. */
function encodeReply(value: unknown): string {
  return JSON.stringify([value], (_key, v) => (typeof v === "string" && v.startsWith("$") ? `$${v}` : v));
}

/**
 * The rows of a React Flight response: `<hex id>:<JSON>\n`, or `<hex id>:T<hex byte length>,<text>` for
 * long strings (which may hold newlines, so they are cut by length, not by line).
 */
function flightRows(body: Buffer): Map<string, unknown> {
  const rows = new Map<string, unknown>();
  let at = 0;
  while (at < body.length) {
    const colon = body.indexOf(":", at);
    if (colon < 0) break;
    const id = body.subarray(at, colon).toString();
    if (body[colon + 1] === 0x54 /* T */) {
      const comma = body.indexOf(",", colon);
      const length = parseInt(body.subarray(colon + 2, comma).toString(), 16);
      rows.set(id, body.subarray(comma + 1, comma + 1 + length).toString());
      at = comma + 1 + length;
    } else {
      const end = body.indexOf("\n", colon);
      const line = body.subarray(colon + 1, end < 0 ? body.length : end).toString();
      rows.set(id, line.startsWith("{") || line.startsWith("[") || line.startsWith('"') ? JSON.parse(line) : line);
      at = end < 0 ? body.length : end + 1;
    }
  }
  return rows;
}

/** Replaces Flight references ("$1", "$@1", "$$…", "$undefined") in plain data by what they point to. */
function resolve(value: unknown, rows: Map<string, unknown>): unknown {
  if (typeof value === "string" && value.startsWith("$")) {
    if (value.startsWith("$$")) return value.slice(1);
    if (value === "$undefined") return undefined;
    const ref = /^\$@?([0-9a-f]+)$/.exec(value);
    return ref ? resolve(rows.get(ref[1]), rows) : value;
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, rows));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, rows)]));
  return value;
}

/** The action's return value: row 0 is {a: <value or reference>, …}. */
function decodeFlight(body: Buffer): Record<string, unknown> | undefined {
  const rows = flightRows(body);
  const head = rows.get("0") as { a?: unknown } | undefined;
  return head ? (resolve(head.a, rows) as Record<string, unknown> | undefined) : undefined;
}

export async function callAction(base: string, page: string, id: string, cookie: string, input: unknown): Promise<ActionAnswer> {
  let response: Response;
  try {
    response = await fetch(base + page, {
      method: "POST",
      headers: {
        "Next-Action": id,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Origin: base,
        Cookie: cookie,
      },
      body: encodeReply(input),
      redirect: "manual",
    });
  } catch (err) {
    return { ok: false, status: 0, error: `fetch failed: ${(err as Error).message}` };
  }
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) return { ok: false, status: response.status, error: body.toString().slice(0, 200) };
  const value = decodeFlight(body);
  if (!value) return { ok: false, status: 200, error: `unreadable answer: ${body.toString().slice(0, 200)}` };
  return value.ok === true ? { ok: true, status: 200, value } : { ok: false, status: 200, error: String(value.error), value };
}
