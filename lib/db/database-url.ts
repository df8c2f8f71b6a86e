import path from "node:path";
import { embeddedUrl, runningServerPort, startEmbeddedPostgres, superviseEmbeddedPostgres } from "./embedded";

export const DEFAULT_DATABASE = "faultline";

/**
 * The one place that decides which PostgreSQL Faultline talks to: DATABASE_URL when set,
 * otherwise the embedded server with its data kept in dataDir.
 */
export async function resolveDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  /** Use the embedded server already running on dataDir instead of refusing it. */
  attach?: boolean;
  log?: (line: string) => void;
  /** Restart the embedded server whenever it dies (`npm start`). */
  supervise?: boolean;
  restartDelayMs?: number;
}): Promise<{ url: string; embedded: boolean; stop(): Promise<void> }> {
  if (options.databaseUrl) return { url: options.databaseUrl, embedded: false, stop: async () => undefined };
  if (options.attach) {
    // A command run beside `npm start` (user:create, say) uses the server that is already up.
    const port = runningServerPort(options.dataDir);
    if (port) return { url: embeddedUrl(port, DEFAULT_DATABASE), embedded: true, stop: async () => undefined };
  }
  const dataDir = path.resolve(options.dataDir);
  const server = options.supervise
    ? await superviseEmbeddedPostgres({ dataDir, log: options.log, firstDelayMs: options.restartDelayMs })
    : await startEmbeddedPostgres({ dataDir, persistent: true, log: options.log });
  await server.createDatabase(DEFAULT_DATABASE);
  return { url: server.url(DEFAULT_DATABASE), embedded: true, stop: () => server.stop() };
}
