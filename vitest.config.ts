import path from "node:path";
import { defineConfig } from "vitest/config";
import WritersLastSequencer from "./tests/support/sequencer";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Next.js resolves this to an empty module on the server; outside Next it would throw.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
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
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/server-setup.ts"],
          setupFiles: ["tests/support/server-ready.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 360_000,
        },
      },
    ],
  },
});
