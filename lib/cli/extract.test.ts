import { spawn } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function extract(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/extract.ts", ...args], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stderr }));
  });
}

// The rest of the CLI's arguments are checked in lib/extraction/cli.test.ts.
it("a --known file that is not JSON is a usage error naming it: one line, exit 2", async () => {
  const r = await extract(["--known", "README.md", "README.md"]);
  expect(r.stderr).toMatch(/^extract: --known README\.md is not JSON: /);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.status).toBe(2);
}, 120_000);
