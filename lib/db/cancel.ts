import { AsyncLocalStorage } from "node:async_hooks";
import net from "node:net";
import pg from "pg";

// A request whose client has gone away stops its running SQL, not just the statements after it.
//
// `untilAborted(signal, run)` marks the queries `run` sends (through the app's pool) with the request's
// AbortSignal. Each such query holds its own connection; when the signal aborts mid-query, PostgreSQL is
// sent a cancel request for that connection's backend (the protocol's CancelRequest, on a connection of
// its own: it needs no free pool slot and no login), so the server stops at once instead of running on
// until the statement timeout. The connection goes back to the pool only after the cancel has been
// delivered, so a late cancel can never hit another request's query.

const requestSignal = new AsyncLocalStorage<AbortSignal>();

/** Runs `run` with its database queries cancelled when `signal` aborts (no signal: runs it as is). */
export function untilAborted<T>(signal: AbortSignal | undefined, run: () => Promise<T>): Promise<T> {
  if (!signal) return run();
  if (signal.aborted) return Promise.reject(signal.reason);
  // Awaited inside: a Prisma query is lazy and starts when awaited, which must happen in this context.
  return requestSignal.run(signal, async () => await run());
}

/** What pg keeps about a connected client (not in its type declarations). */
type BackendKey = { processID: number | null; secretKey: number | null };

const CANCEL_REQUEST_CODE = 80877102;

/**
 * PostgreSQL's CancelRequest for one backend (protocol 3.0: length, code, process id, secret key);
 * resolves once the server has read it and closed the connection, or after `timeoutMs`.
 */
export function sendCancelRequest(host: string, port: number, key: BackendKey, timeoutMs = 2_000): Promise<void> {
  return new Promise((resolve) => {
    if (key.processID === null || key.secretKey === null) return resolve();
    const packet = Buffer.alloc(16);
    packet.writeInt32BE(16, 0);
    packet.writeInt32BE(CANCEL_REQUEST_CODE, 4);
    packet.writeInt32BE(key.processID, 8);
    packet.writeInt32BE(key.secretKey, 12);
    const socket = host.startsWith("/") ? net.connect(`${host}/.s.PGSQL.${port}`) : net.connect(port, host);
    const done = () => (clearTimeout(timer), socket.destroy(), resolve());
    const timer = setTimeout(done, timeoutMs);
    socket.once("connect", () => socket.end(packet));
    socket.once("close", done);
    socket.once("error", done);
  });
}

type QueryArgs = Parameters<pg.Pool["query"]>;

/**
 * Makes `pool.query` (what Prisma's adapter calls for every statement outside a transaction) cancel its
 * statement when the signal of `untilAborted` aborts. Queries outside `untilAborted` run as before.
 */
export function cancelQueriesOnAbort(pool: pg.Pool): pg.Pool {
  const plain = pool.query.bind(pool) as (...args: QueryArgs) => Promise<pg.QueryResult>;
  const query = async (signal: AbortSignal, args: QueryArgs) => {
    signal.throwIfAborted();
    const client = await pool.connect();
    let cancelled: Promise<void> | undefined;
    const cancel = () => {
      cancelled = sendCancelRequest(client.host, client.port, client as unknown as BackendKey);
    };
    signal.addEventListener("abort", cancel, { once: true });
    try {
      return await (client.query as (...a: QueryArgs) => Promise<pg.QueryResult>)(...args);
    } finally {
      signal.removeEventListener("abort", cancel);
      await cancelled;
      client.release();
    }
  };
  pool.query = ((...args: QueryArgs) => {
    const signal = requestSignal.getStore();
    if (!signal || typeof args[args.length - 1] === "function") return plain(...args);
    return query(signal, args);
  }) as pg.Pool["query"];
  return pool;
}
