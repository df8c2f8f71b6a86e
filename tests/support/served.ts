import { inject } from "vitest";

/*
 * The dashboard a browser test file talks to. Readers ("e2e-readers", vitest.config.ts) share one server
 * on the demo database; every other browser file ("e2e-writers") gets a server and a copy of that
 * database of its own (tests/support/own-server.ts), so it can publish, correct or delete beside the readers.
 */
let own: { baseUrl: string; databaseUrl: string } | undefined;

export function useServed(server: { baseUrl: string; databaseUrl: string }) {
  own = server;
}

function provided(key: "baseUrl" | "databaseUrl"): string {
  const value = inject(key);
  // Writers are not given the shared server's addresses: a write there would change what the readers check.
  if (!value) throw new Error(`no ${key}: this file runs in "e2e-writers" and its server has not started (see tests/support/own-server.ts)`);
  return value;
}

export const baseUrl = (): string => own?.baseUrl ?? provided("baseUrl");
export const databaseUrl = (): string => own?.databaseUrl ?? provided("databaseUrl");
