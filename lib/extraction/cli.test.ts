import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const demo = "prisma/demo/bne-2025-09-07-putin-peacekeepers-legitimate-targets.txt";
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "lib/cli/extract.ts", ...args], { cwd: root, input, encoding: "utf8" });

describe("extract CLI", () => {
  it("prints one JSON proposal for a file, using the byline date", () => {
    const r = cli([demo]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(["article", "actors", "statements", "events"]));
    expect(out.article.publishedOn).toBe("2025-09-07");
  });

  it("reads stdin with --published and --title", () => {
    const r = cli(["--published", "2025-09-09", "--title", "Strike", "-"], "Russia hit Kyiv on Monday, killing two people.");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.article).toMatchObject({ title: "Strike", publishedOn: "2025-09-09" });
    expect(out.events[0]).toMatchObject({ date: "2025-09-08", fatalities: 2 });
  });

  it.each([
    [["--published", "2025-13-01", demo], /published/],
    [["--nope", demo], /unknown option --nope/],
    [["missing.txt"], /cannot read missing\.txt/],
    [[], /missing FILE/],
  ])("fails cleanly for %j", (args, message) => {
    const r = cli(args as string[]);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it("rejects empty input", () => {
    const r = cli(["-"], "   \n");
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/empty/);
  });
});
