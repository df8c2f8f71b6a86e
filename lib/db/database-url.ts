import path from "node:path";
import { startEmbeddedPostgres } from "./embedded";

export const DEFAULT_DATABASE = "faultline";

/**
 * The one place that decides which PostgreSQL Faultline talks to: DATABASE_URL when set,
 * otherwise the embedded server with its data kept in dataDir.
 */
export async function resolveDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  log?: (line: string) => void;
}): Promise<{ url: string; embedded: boolean; stop(): Promise<void> }> {
  if (options.databaseUrl) return { url: options.databaseUrl, embedded: false, stop: async () => undefined };
  const server = await startEmbeddedPostgres({ dataDir: path.resolve(options.dataDir), persistent: true, log: options.log });
  await server.createDatabase(DEFAULT_DATABASE);
  return { url: server.url(DEFAULT_DATABASE), embedded: true, stop: () => server.stop() };
}
