import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";
import WritersLastSequencer from "./tests/support/sequencer";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Next.js resolves this to an empty module on the server; outside Next it would throw.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
};

/** Browser files that change nothing other browser files read: they run two at a time (see "e2e-parallel" below). */
const E2E_PARALLEL = [
  "accessibility.test.ts", "analyst.test.ts", "article.test.ts", "bench-baseline.test.ts", "hostile-urls.test.ts",
  "outage.test.ts", "private-folder.test.ts", "reader.test.ts", "start.test.ts", "timeline.test.ts",
];

const E2E = {
  globalSetup: ["tests/support/server-setup.ts"],
  setupFiles: ["tests/support/server-ready.ts"],
  testTimeout: 60_000,
  hookTimeout: 360_000,
};

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    sequence: { sequencer: WritersLastSequencer },
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "tests/meta/**/*.test.ts", "tests/property/**/*.test.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/postgres-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      // The browser tier: one shared production server with the demo data (tests/support/server-setup.ts),
      // after unit and integration, in two steps. First the files listed in E2E_PARALLEL, two at a time
      // ("e2e-parallel": they only read the demo data, or start servers of their own); then every other
      // browser file, one at a time ("e2e": they publish, correct, delete or exhaust sign-in limits), in
      // tests/support/sequencer.ts's order. A NEW FILE runs in "e2e" (serial, after the readers): list it
      // in E2E_PARALLEL only if it changes nothing another browser file reads (accounts of its own are fine).
      // Run one file with `npx vitest run tests/e2e/<file>` (or `--project 'e2e*'`).
      {
        resolve: { alias },
        test: {
          ...E2E,
          name: "e2e-parallel",
          include: E2E_PARALLEL.map((file) => `tests/e2e/${file}`),
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        resolve: { alias },
        test: {
          ...E2E,
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...E2E_PARALLEL.map((file) => `tests/e2e/${file}`)],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
