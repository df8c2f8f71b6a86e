// The production server, started through `npm start`'s own script (lib/cli/start.ts: migrations,
// build when stale, `next start`) with FAULTLINE_BENCH=1, and its memory read from /proc.
import fs from "node:fs";
import { freePort } from "@/lib/db/embedded";
import { startDashboard, type Started } from "../../support/start-process";
import { until } from "../../support/wait";

export async function startServer(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  // Generous: the first run builds the app, and the machine is shared.
  // The public API's per-client rate limit would answer the load with 429s.
  return startDashboard({ ...env, FAULTLINE_BENCH: "1", FAULTLINE_API_RATE_LIMIT: "0" }, port, 900_000);
}

function alive(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, "utf8")); // a zombie is gone
  } catch {
    return false;
  }
}

/**
 * Stops the server's script, then any Next.js process it left behind: on a loaded machine tsx's
 * wrapper gives its child 30 ms to acknowledge SIGTERM, then SIGKILLs it, orphaning `next start`.
 */
export async function stopServer(server: Started): Promise<number | null> {
  const servers = nextServers(server.process.pid!).map((p) => p.pid);
  const code = await server.stop();
  for (const pid of servers.filter(alive)) process.kill(pid, "SIGTERM");
  // Up to 10 s to exit on SIGTERM; whoever is still alive then is killed.
  await until("the servers to exit", () => !servers.some(alive), { timeoutMs: 10_000, everyMs: 100 }).catch(() => undefined);
  for (const pid of servers.filter(alive)) process.kill(pid, "SIGKILL");
  return code;
}

type Proc = { pid: number; ppid: number; name: string; rssMiB: number; peakMiB: number };

function readProc(pid: number): Proc | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (key: string) => /^(\S+):\s+(.*)$/m.exec(status.split("\n").find((l) => l.startsWith(`${key}:`)) ?? "")?.[2] ?? "";
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
    return {
      pid,
      ppid: Number(field("PPid")),
      name: cmdline.slice(0, 120) || field("Name"),
      rssMiB: parseInt(field("VmRSS") || "0", 10) / 1024,
      peakMiB: parseInt(field("VmHWM") || "0", 10) / 1024,
    };
  } catch {
    return null; // exited meanwhile
  }
}

function descendants(rootPid: number): Proc[] {
  const all = fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map((d) => readProc(Number(d))).filter((p): p is Proc => p !== null);
  const children = new Map<number, Proc[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const tree: Proc[] = [];
  const queue = [rootPid];
  while (queue.length && tree.length < 1000) {
    for (const child of children.get(queue.shift()!) ?? []) {
      tree.push(child);
      queue.push(child.pid);
    }
  }
  return tree;
}

const nextServers = (rootPid: number) => descendants(rootPid).filter((p) => /next/.test(p.name) && !/postgres/.test(p.name));

/** Resident memory of the Next.js server processes started under `rootPid` (PostgreSQL excluded). */
export function serverMemory(rootPid: number): { rssMiB: number; peakMiB: number; processes: Proc[] } {
  const next = nextServers(rootPid);
  return {
    rssMiB: next.reduce((s, p) => s + p.rssMiB, 0),
    peakMiB: next.reduce((s, p) => s + p.peakMiB, 0),
    processes: next,
  };
}

/** CPU seconds (user + system) the Next.js server processes have used so far: a figure the machine's load does not inflate. */
function cpuSeconds(processes: Proc[]): number {
  const tick = 100; // USER_HZ on Linux
  return processes.reduce((sum, p) => {
    try {
      const fields = fs.readFileSync(`/proc/${p.pid}/stat`, "utf8").split(") ")[1].split(" ");
      return sum + (Number(fields[11]) + Number(fields[12])) / tick;
    } catch {
      return sum;
    }
  }, 0);
}

export function serverCpuSeconds(rootPid: number): number {
  return cpuSeconds(serverMemory(rootPid).processes);
}

/** CPU time of the embedded PostgreSQL started under `rootPid` (postmaster and its live backends; none with DATABASE_URL). */
export function databaseCpuSeconds(rootPid: number): number {
  return cpuSeconds(descendants(rootPid).filter((p) => /postgres/.test(p.name)));
}
