import type { Reporter, TestModule, TestRunEndReason, TestSuite, Vitest } from "vitest/node";

type Counts = { passed: number; failed: number; skipped: number };

/**
 * Counts one module or suite. A suite with errors of its own (a failing beforeAll/afterAll, a file that
 * failed to load) fails the tests it kept from running; if it kept none from running (afterAll), the
 * hook itself counts as one failure.
 */
function countSuite(node: TestModule | TestSuite, counts: Counts, parentFailed = false) {
  const failedHere = parentFailed || node.errors().length > 0;
  let blamed = 0;
  for (const child of node.children) {
    if (child.type === "suite") {
      countSuite(child, counts, failedHere);
      continue;
    }
    const state = child.result().state;
    if (state === "passed") counts.passed++;
    else if (state === "failed") counts.failed++;
    else if (failedHere) (counts.failed++, blamed++);
    else counts.skipped++;
  }
  if (node.errors().length > 0 && !parentFailed && blamed === 0) counts.failed++;
}

/**
 * Ends every run with the plain line CI reads: `N passed, N failed` (and skipped, when any), printed when
 * the process exits so it comes after everything else (global teardown included), and kept consistent
 * with the exit status: any failure anywhere makes the count non-zero and the status 1.
 */
export default class SummaryReporter implements Reporter {
  private counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  private teardownFailures = 0;

  onInit(vitest: Vitest) {
    for (const project of vitest.projects) this.watchTeardown(project);
    process.once("exit", () => this.printSummary());
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>, reason: TestRunEndReason) {
    const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) countSuite(module, counts);
    counts.failed += unhandledErrors.length;
    // A run that failed outside any test (a global setup, say) must not read as green.
    if (reason !== "passed" && counts.failed === 0) counts.failed = 1;
    this.counts = counts;
  }

  /**
   * Vitest runs global teardowns after the run has been reported and only logs their errors, exiting 0:
   * record them here. (`_teardownGlobalSetup` is internal; fail loudly if an upgrade renames it.)
   */
  private watchTeardown(project: Vitest["projects"][number]) {
    const target = project as unknown as { _teardownGlobalSetup?: () => Promise<void> };
    const original = target._teardownGlobalSetup?.bind(project);
    if (!original) throw new Error("summary-reporter: vitest no longer has _teardownGlobalSetup; update tests/support/summary-reporter.ts.");
    target._teardownGlobalSetup = async () => {
      try {
        await original();
      } catch (err) {
        this.teardownFailures++;
        throw err; // vitest still logs it
      }
    };
  }

  private printSummary() {
    const { passed, skipped } = this.counts;
    let failed = this.counts.failed + this.teardownFailures;
    if (failed === 0 && process.exitCode !== undefined && Number(process.exitCode) !== 0) failed = 1;
    if (failed > 0) process.exitCode = 1;
    const tail = skipped ? `, ${skipped} skipped` : "";
    process.stdout.write(`\n${passed} passed, ${failed} failed${tail}\n`);
  }
}
