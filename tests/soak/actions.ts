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

/** The action's return value from a Flight response: row 0 holds {a: "$@<row>"} or the value itself. */
function decodeFlight(text: string): Record<string, unknown> | undefined {
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1], match[2]);
  }
  const head = rows.get("0");
  if (!head) return undefined;
  const a = (JSON.parse(head) as { a?: unknown }).a;
  if (typeof a === "string" && a.startsWith("$@")) {
    const row = rows.get(a.slice(2));
    return row ? (JSON.parse(row) as Record<string, unknown>) : undefined;
  }
  return a as Record<string, unknown> | undefined;
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
  const text = await response.text();
  if (response.status !== 200) return { ok: false, status: response.status, error: text.slice(0, 200) };
  const value = decodeFlight(text);
  if (!value) return { ok: false, status: 200, error: `unreadable answer: ${text.slice(0, 200)}` };
  return value.ok === true ? { ok: true, status: 200, value } : { ok: false, status: 200, error: String(value.error), value };
}
