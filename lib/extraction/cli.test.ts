import { spawn } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const demo = "prisma/demo/bne-2025-09-07-putin-peacekeepers-legitimate-targets.txt";
type Run = { status: number | null; stdout: string; stderr: string };

function run(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/extract.ts", ...args], { cwd: root });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

const FAILURES: [string[], RegExp][] = [
  [["--published", "2025-13-01", demo], /published/],
  [["--nope", demo], /unknown option --nope/],
  [["missing.txt"], /cannot read missing\.txt/],
  [[], /missing FILE/],
];
const CALLS: [string[], string?][] = [[[demo]], [["--published", "2025-09-09", "--title", "Strike", "-"], "Russia hit Kyiv on Monday, killing two people."], [["-"], "   \n"], ...FAILURES.map(([args]) => [args] as [string[]])];
const results = new Map<string, Run>();
const cli = (args: string[]) => results.get(JSON.stringify(args))!;

// Every CLI run is a Node start with tsx (~2.5 s of CPU each); all of them at once, with time to spare on a loaded
// machine (at load average 50 on 2 cores the seven runs took over 3 minutes).
beforeAll(async () => {
  const runs = await Promise.all(CALLS.map(([args, input]) => run(args, input)));
  CALLS.forEach(([args], i) => results.set(JSON.stringify(args), runs[i]));
}, 600_000);

describe("extract CLI", () => {
  it("prints one JSON proposal for a file, using the byline date", () => {
    const r = cli([demo]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(["article", "actors", "statements", "events"]));
    expect(out.article.publishedOn).toBe("2025-09-07");
  });

  it("reads stdin with --published and --title", () => {
    const r = cli(["--published", "2025-09-09", "--title", "Strike", "-"]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.article).toMatchObject({ title: "Strike", publishedOn: "2025-09-09" });
    expect(out.events[0]).toMatchObject({ date: "2025-09-08", fatalities: 2 });
  });

  it.each(FAILURES)("fails cleanly for %j", (args, message) => {
    const r = cli(args);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it("rejects empty input", () => {
    const r = cli(["-"]);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/empty/);
  });
});
