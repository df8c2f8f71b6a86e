import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/db/embedded";
import { runStart, startDashboard } from "../support/start-process";

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "faultline-start-"));
  fs.chmodSync(dir, 0o755);
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function stats(url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  const numbers = [...html.matchAll(/stat__value">([\d,]+)</g)].map((m) => m[1]);
  return numbers.join(" ");
}

const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe("npm start", () => {
  it("keeps the embedded database between restarts: nothing lost, nothing duplicated; two checkouts run side by side", async () => {
    const dataA = path.join(tempDir(), "pg");
    const dataB = path.join(tempDir(), "pg");
    const [portA, portB] = [await freePort(), await freePort()];
    const [a, b] = await Promise.all([
      startDashboard({ FAULTLINE_DATA_DIR: dataA, DATABASE_URL: "" }, portA),
      startDashboard({ FAULTLINE_DATA_DIR: dataB, DATABASE_URL: "" }, portB),
    ]);
    expect(await stats(a.url)).toBe("1 25 14 17");
    expect(await stats(b.url)).toBe("1 25 14 17");
    expect(a.output()).toContain("Loaded the demo data");
    expect(await a.stop()).toBe(0);
    await b.stop();

    const again = await startDashboard({ FAULTLINE_DATA_DIR: dataA, DATABASE_URL: "" }, portA);
    expect(await stats(again.url)).toBe("1 25 14 17");
    expect(again.output()).not.toContain("Loaded the demo data");
    expect(again.output()).not.toContain("Applied migrations");
    await again.stop();
  }, 600_000); // three starts, two at once: over 240 s at a load average of 30 on 2 cores; each start has its own 300 s limit

  it("says clearly when the web port is taken, and starts nothing", async () => {
    const blocker = net.createServer().listen(0);
    await new Promise((r) => blocker.once("listening", r));
    const port = (blocker.address() as net.AddressInfo).port;
    const dataDir = path.join(tempDir(), "pg");
    const run = runStart({ PORT: String(port), FAULTLINE_DATA_DIR: dataDir, DATABASE_URL: "" });
    expect(await run.exited).toBe(1);
    blocker.close();
    expect(run.output()).toContain(`port ${port} is already in use`);
    expect(run.output()).toContain("PORT=");
    noStackTrace(run.output());
    expect(fs.existsSync(dataDir)).toBe(false);
  }, 120_000);

  it("says clearly when the data folder is not a database", async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, "notes.txt"), "not a database");
    const run = runStart({ PORT: String(await freePort()), FAULTLINE_DATA_DIR: dataDir, DATABASE_URL: "" });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain("holds no PostgreSQL cluster");
    noStackTrace(run.output());
    expect(fs.readdirSync(dataDir)).toEqual(["notes.txt"]);
  }, 120_000);

  it("refuses a malformed PORT or DATABASE_URL with a message naming the variable", async () => {
    const badPort = runStart({ PORT: "eighty", DATABASE_URL: "" });
    expect(await badPort.exited).toBe(1);
    expect(badPort.output()).toMatch(/PORT: /);
    const badUrl = runStart({ PORT: String(await freePort()), DATABASE_URL: "mysql://x" });
    expect(await badUrl.exited).toBe(1);
    expect(badUrl.output()).toMatch(/DATABASE_URL: must be a postgresql:\/\/ connection string/);
    noStackTrace(badUrl.output());
  }, 120_000);
});
