/*
 * Per account + address exponential backoff for sign-in, kept in better-auth's own "rateLimit" table
 * (through its database adapter) so every app instance shares it.
 *
 * Why per account AND address: a limit per account alone lets anyone lock the owner out by failing on
 * purpose; a limit per address alone lets an attacker with many addresses guess at one account. Keyed by
 * both, an attacker slows down only themselves: the owner, from their own address, starts with a clean
 * slate. Every attempt is counted when it starts (a compare-and-swap on the row, so a burst of parallel
 * guesses cannot all slip through) and the count is cleared when the password was right.
 */
export const FREE_ATTEMPTS = 3;
/** The longest wait; also the sign-in rule's window, so better-auth's pruning never cuts a wait short. */
export const MAX_DELAY_SECONDS = 15 * 60;

const MODEL = "rateLimit";

type Where = { field: string; value: unknown; operator?: "eq" };
type Row = { key: string; count: number; lastRequest: number | bigint };
/** The part of better-auth's database adapter this uses. */
export type ThrottleStore = {
  findOne<T>(q: { model: string; where: Where[] }): Promise<T | null>;
  create<T>(q: { model: string; data: Record<string, unknown> }): Promise<T>;
  incrementOne<T>(q: { model: string; where: Where[]; increment: Record<string, number>; set?: Record<string, unknown> }): Promise<T | null>;
  deleteMany(q: { model: string; where: Where[] }): Promise<number>;
};

/** How long to wait after `attempts` consecutive unsuccessful attempts: none, then 5 s, 10 s, 20 s … 15 min. */
export function backoffMs(attempts: number): number {
  if (attempts < FREE_ATTEMPTS) return 0;
  return Math.min(5000 * 2 ** (attempts - FREE_ATTEMPTS), MAX_DELAY_SECONDS * 1000);
}

export function throttleKey(email: string, address: string | null): string {
  return `sign-in|${email.trim().toLowerCase()}|${address ?? "unknown"}`;
}

export type Decision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Claims one attempt for `key`, or says how long to wait. */
export async function claimAttempt(store: ThrottleStore, key: string, now = Date.now()): Promise<Decision> {
  for (let round = 0; round < 8; round++) {
    const row = await store.findOne<Row>({ model: MODEL, where: [{ field: "key", value: key }] });
    if (!row) {
      try {
        await store.create({ model: MODEL, data: { key, count: 1, lastRequest: now } });
        return { allowed: true };
      } catch {
        continue; // another request created it first: decide again on its row
      }
    }
    const wait = Number(row.lastRequest) + backoffMs(row.count) - now;
    if (wait > 0) return { allowed: false, retryAfterMs: wait };
    const claimed = await store.incrementOne<Row>({
      model: MODEL,
      where: [
        { field: "key", value: key },
        { field: "count", value: row.count },
        { field: "lastRequest", value: row.lastRequest },
      ],
      increment: { count: 1 },
      set: { lastRequest: now },
    });
    if (claimed) return { allowed: true };
  }
  return { allowed: false, retryAfterMs: 1000 }; // the row kept changing under us: a burst, refuse this one
}

/** After a wrong password: the wait runs from the answer, not from when the (slow) check began. */
export async function recordFailure(store: ThrottleStore, key: string, now = Date.now()): Promise<void> {
  await store.incrementOne({ model: MODEL, where: [{ field: "key", value: key }], increment: {}, set: { lastRequest: now } });
}

/** After a successful sign-in: the owner starts again with a clean slate from this address. */
export async function clearAttempts(store: ThrottleStore, key: string): Promise<void> {
  await store.deleteMany({ model: MODEL, where: [{ field: "key", value: key }] });
}
