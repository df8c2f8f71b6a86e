// Setup file of the browser tier: every test file waits until the dashboard the global setup is
// starting in the background answers, and fails with the start's output if it could not start.
import fs from "node:fs";
import { beforeAll, inject } from "vitest";

// As long as the global setup gives the build and start (server-setup.ts): a loaded 2-core machine (load 20–37,
// five other test runs beside) took 12.6 min to compile and about 20 min to build; 15 min failed every browser file.
const START_TIMEOUT_MS = 1_800_000;

beforeAll(async () => {
  const statusFile = inject("serverStatusFile");
  for (;;) {
    const status = fs.existsSync(statusFile) ? fs.readFileSync(statusFile, "utf8") : "";
    if (status === "ready") return;
    if (status.startsWith("failed")) throw new Error(`The dashboard did not start:\n${status.slice("failed\n".length)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}, START_TIMEOUT_MS);
