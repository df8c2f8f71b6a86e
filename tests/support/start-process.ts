import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type Started = { url: string; process: ChildProcess; output: () => string; stop(): Promise<number | null> };

/** Runs `npm start`'s script (lib/cli/start.ts) as a user would, with the given environment, in `root`. */
export function runStart(env: Record<string, string | undefined>, root = ROOT): { process: ChildProcess; output: () => string; exited: Promise<number | null> } {
  // tsx as a loader in the script's own process, not its CLI: the CLI relays SIGTERM to a child process and,
  // when the child does not acknowledge within 30 ms (a loaded machine), SIGKILLs it and exits 143, so the
  // script never stops its PostgreSQL. One process also spares a node start per run.
  const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/start.ts"], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (chunk) => (log += chunk));
  child.stderr!.on("data", (chunk) => (log += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { process: child, output: () => log, exited };
}

/** Starts the dashboard and waits until it answers; fails with the process output if it does not. */
export async function startDashboard(env: Record<string, string | undefined>, port: number, timeoutMs = 300_000, root = ROOT): Promise<Started> {
  const run = runStart({ ...env, PORT: String(port) }, root);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  run.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`npm start exited with ${exitCode}:\n${run.output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (Date.now() >= deadline) {
    // Let it stop its embedded PostgreSQL before giving up, or the server outlives the run.
    run.process.kill("SIGTERM");
    await Promise.race([run.exited, new Promise((r) => setTimeout(r, 30_000).unref())]);
    throw new Error(`npm start did not answer within ${timeoutMs} ms:\n${run.output()}`);
  }
  return {
    url,
    process: run.process,
    output: run.output,
    async stop() {
      run.process.kill("SIGTERM");
      return run.exited;
    },
  };
}
