// The suite must tell the truth: each case runs vitest as a child process on a small, deliberately
// failing fixture (tests/meta/fixtures) and checks the last line CI reads and the exit status.
import { spawn } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const VITEST = path.join(ROOT, "node_modules", "vitest", "vitest.mjs");

type Outcome = { code: number | null; lastLine: string; output: string };

function runFixture(fixture: string, globalSetup = ""): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    // Stderr joins stdout in one pipe, as in CI's log (`> log 2>&1`): two pipes read here could arrive in either order
    // on a loaded machine, and the last line read would then not be the last line written.
    const args = [process.execPath, VITEST, "run", "--config", "tests/meta/fixtures/vitest.config.ts"];
    const child = spawn("sh", ["-c", 'exec "$0" "$@" 2>&1', ...args], {
      cwd: ROOT,
      env: { ...process.env, FAULTLINE_FIXTURE: fixture, FAULTLINE_FIXTURE_SETUP: globalSetup, NO_COLOR: "1", FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const lines = output.split("\n").filter((line) => line.trim() !== "");
      resolve({ code, lastLine: lines.at(-1) ?? "", output });
    });
  });
}

const CASES = {
  passing: ["passing", ""],
  skipped: ["skipped", ""],
  beforeAll: ["before-all", ""],
  fileBeforeAll: ["file-before-all", ""],
  afterAll: ["after-all", ""],
  unhandled: ["unhandled", ""],
  teardown: ["passing", "teardown-throws"],
  setup: ["passing", "setup-throws"],
} as const;

const outcomes = {} as Record<keyof typeof CASES, Outcome>;

describe("the summary line and exit status", () => {
  // All fixtures run at once: each is a whole vitest start, slow on a loaded machine.
  beforeAll(async () => {
    const entries = Object.entries(CASES) as [keyof typeof CASES, readonly [string, string]][];
    const results = await Promise.all(entries.map(([, [fixture, setup]]) => runFixture(fixture, setup)));
    entries.forEach(([name], i) => (outcomes[name] = results[i]));
  }, 240_000);

  it("reads green only when everything passed", () => {
    expect(outcomes.passing.lastLine).toBe("2 passed, 0 failed");
    expect(outcomes.passing.code).toBe(0);
    expect(outcomes.skipped.lastLine).toBe("1 passed, 0 failed, 1 skipped");
    expect(outcomes.skipped.code).toBe(0);
  });

  it("counts the tests of a block whose beforeAll failed as failed, not skipped", () => {
    expect(outcomes.beforeAll.lastLine).toBe("1 passed, 2 failed");
    expect(outcomes.beforeAll.code).toBe(1);
    expect(outcomes.fileBeforeAll.lastLine).toBe("0 passed, 2 failed");
    expect(outcomes.fileBeforeAll.code).toBe(1);
  });

  it("counts a failing afterAll as a failure", () => {
    expect(outcomes.afterAll.lastLine).toBe("1 passed, 1 failed");
    expect(outcomes.afterAll.code).toBe(1);
  });

  it("counts an unhandled rejection as a failure", () => {
    expect(outcomes.unhandled.lastLine).toBe("1 passed, 1 failed");
    expect(outcomes.unhandled.code).toBe(1);
  });

  it("counts a global teardown that throws, and still prints the line last", () => {
    expect(outcomes.teardown.output).toContain("deliberate global teardown failure");
    expect(outcomes.teardown.lastLine).toBe("2 passed, 1 failed");
    expect(outcomes.teardown.code).toBe(1);
  });

  it("counts a global setup that throws", () => {
    expect(outcomes.setup.output).toContain("deliberate global setup failure");
    expect(outcomes.setup.lastLine).toBe("0 passed, 1 failed");
    expect(outcomes.setup.code).toBe(1);
  });
});
