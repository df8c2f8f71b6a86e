import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { ExpectedFailure, fail, type Result } from "./result";

export type Tx = Prisma.TransactionClient;

/** Readers' 5 s statement timeout is too short for a write that re-counts a busy actor's rows. */
export const WRITE_TIMEOUT = "SET LOCAL statement_timeout = '60s'";

const ATTEMPTS = 4;

type Options = {
  /** How long the transaction may run (ms). */
  timeout?: number;
  /** Run again after a unique violation of these constraints, e.g. a slug another transaction just took. */
  retryUniqueOn?: RegExp;
};

/**
 * The one way lib/editor writes: runs `work` in a transaction and turns what can be expected into a
 * value. An `ExpectedFailure` thrown inside rolls back and comes out as its failure; a unique
 * violation comes out as "already used" on its field; a deadlock or write conflict (PostgreSQL chose
 * this transaction as the victim) runs the whole transaction again, so concurrent editors never see it.
 * Anything else is thrown for the caller (the server action logs it and answers generically).
 */
export async function editorTransaction<T extends object>(work: (tx: Tx) => Promise<T>, options: Options = {}): Promise<Result<T>> {
  for (let attempt = 1; ; attempt++) {
    try {
      const value = await prisma.$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe(WRITE_TIMEOUT);
          return work(tx);
        },
        { timeout: options.timeout ?? 30_000 },
      );
      return { ok: true as const, ...value };
    } catch (err) {
      if (err instanceof ExpectedFailure) return err.failure;
      const again = attempt < ATTEMPTS;
      if (again && isWriteConflict(err)) continue;
      const unique = uniqueViolation(err);
      if (unique === null) throw err;
      if (again && options.retryUniqueOn?.test(unique)) continue;
      return fail("That value is already used by another record.", { fieldErrors: { [unique]: "Already used." } });
    }
  }
}

/** The field a unique violation is about ("slug", "sourceUrl", "name"), or null for any other error. */
export function uniqueViolation(err: unknown): string | null {
  if (!(err instanceof Prisma.PrismaClientKnownRequestError) || err.code !== "P2002") return null;
  const target = err.meta?.target;
  if (Array.isArray(target)) return target.join(",");
  // adapter-pg names the constraint: Unique constraint failed on the constraint: `Article_slug_key`.
  const constraint = /`[A-Za-z]+_([A-Za-z_]+?)_key`/.exec(err.message)?.[1];
  return constraint ?? (typeof target === "string" ? target : "");
}

/** PostgreSQL aborted the transaction to break a deadlock or a serialization conflict: safe to run again. */
export function isWriteConflict(err: unknown): boolean {
  if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2034") return true;
  return /deadlock detected|could not serialize access/i.test(String((err as Error | undefined)?.message ?? ""));
}

/**
 * Serialises the transactions that may create a record named `key` (an actor, a publication, a slug):
 * the second waits until the first commits, then sees its row. Held until the transaction ends.
 * Take the keys of one transaction in one call: they are locked in a fixed order, so two transactions
 * never wait for each other.
 */
export async function lockNames(tx: Tx, keys: string[]): Promise<void> {
  await lockKeys(tx, keys.map((key) => ({ key, shared: false })));
}

/** An advisory lock's key, and whether others may hold it beside (shared) or not (exclusive). */
export type LockKey = { key: string; shared: boolean };

/**
 * lockNames with shared keys among the exclusive ones: a key asked both ways is taken exclusive. In one fixed order
 * (by key) whatever the mode, so two transactions never wait for each other.
 */
export async function lockKeys(tx: Tx, locks: LockKey[]): Promise<void> {
  const shared = new Map<string, boolean>();
  for (const { key, shared: mode } of locks) shared.set(key, (shared.get(key) ?? true) && mode);
  if (!shared.size) return;
  const keys = [...shared.keys()].sort();
  // One statement, locking in the keys' order: PostgreSQL evaluates volatile functions (the locks) after ORDER BY.
  await tx.$executeRaw`
    SELECT CASE WHEN u.shared THEN pg_advisory_xact_lock_shared(hashtextextended(u.key, 0)) ELSE pg_advisory_xact_lock(hashtextextended(u.key, 0)) END
    FROM unnest(${keys}::text[], ${keys.map((key) => shared.get(key)!)}::boolean[]) WITH ORDINALITY AS u(key, shared, n)
    ORDER BY u.n`;
}
