import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";
import SlowestFirstSequencer from "./tests/support/sequencer";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Next.js resolves this to an empty module on the server; outside Next it would throw.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
};

/**
 * Browser files that change nothing other browser files read: they share one server on the demo database.
 * Every other browser file gets a server and a database of its own (see "e2e-writers" below).
 */
const E2E_READERS = [
  "accessibility.test.ts", "account-header.test.ts", "analyst.test.ts", "article.test.ts", "bench-baseline.test.ts", "hostile-urls.test.ts",
  "outage.test.ts", "private-folder.test.ts", "reader.test.ts", "start.test.ts", "timeline.test.ts",
];

/**
 * Unit files run alone (group 0, one worker, beside the build the browser setup starts). Then integration and browser
 * files share one group, WORKERS files at a time, integration first (tests/support/sequencer.ts): browser files
 * start as soon as a worker is free instead of after the slowest integration file, and integration files no
 * longer run one at a time. (Vitest wants one worker count per group.)
 */
const WORKERS = 2;
const AFTER_UNIT = { maxWorkers: WORKERS, sequence: { groupOrder: 1 } };

const E2E = {
  ...AFTER_UNIT,
  globalSetup: ["tests/support/server-setup.ts"],
  setupFiles: ["tests/support/server-ready.ts"],
  testTimeout: 60_000,
  hookTimeout: 360_000,
};

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    sequence: { sequencer: SlowestFirstSequencer },
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "tests/meta/**/*.test.ts", "tests/property/**/*.test.ts"],
          // vitest's 5 s default: an extraction test of 3 s took 7.5 s beside the build at load average 16.
          testTimeout: 30_000,
          // One module graph for all unit files instead of one per file: importing took more CPU than the tests
          // (loaded machine: import 128 s -> 22 s, user CPU 96 s -> 57 s, 633 tests passing either way). A unit
          // test that changes module state (env, timers) must restore it, as the current ones do.
          isolate: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // Not `isolate: false` as unit: modules that keep the app's Prisma client would then read an earlier
          // file's database (tried: 5 failures; with identical demo data, a wrong read could also pass).
          globalSetup: ["tests/support/postgres-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          ...AFTER_UNIT,
        },
      },
      // The browser tier: two projects in the group of the integration files (AFTER_UNIT), WORKERS files at a
      // time, after the integration files and longest first (tests/support/sequencer.ts). Both wait for the
      // production build the global setup (tests/support/server-setup.ts) starts in the background at the start.
      // - "e2e-readers" (E2E_READERS) share one server on the demo data: they must change nothing another
      //   file reads (accounts of their own are fine).
      // - "e2e-writers" (every other tests/e2e file): each file gets the built app on a port of its own, on
      //   its own copy of the demo database (tests/support/own-server.ts), so it may publish, correct, delete,
      //   exhaust sign-in limits or fill and expire its server's page cache beside the readers.
      // ADDING A BROWSER FILE: put it in tests/e2e/ and it runs as a writer (the safe default); reach the
      // server through tests/support/served.ts (baseUrl(), databaseUrl()) or tests/support/accounts.ts, never
      // inject("baseUrl"), which writers are not given. List it in E2E_READERS only if it changes nothing
      // another file reads. If it takes more than ~20 s, add it to SLOWEST_FIRST in tests/support/sequencer.ts.
      // Run one file with `npx vitest run tests/e2e/<file>` (or `--project 'e2e*'` for the tier).
      {
        resolve: { alias },
        test: {
          ...E2E,
          name: "e2e-readers",
          include: E2E_READERS.map((file) => `tests/e2e/${file}`),
        },
      },
      {
        resolve: { alias },
        test: {
          ...E2E,
          name: "e2e-writers",
          include: ["tests/e2e/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...E2E_READERS.map((file) => `tests/e2e/${file}`)],
          setupFiles: [...E2E.setupFiles, "tests/support/own-server.ts"],
        },
      },
    ],
  },
});
