import { isDatabaseUnavailable, unavailableResponse } from "./availability";

/**
 * Wraps a route handler so a database that goes away after the proxy's availability check (a request
 * already in flight when PostgreSQL dies) still answers 503 with Retry-After rather than a bare 500.
 * Only failures before the response is returned are caught: a stream already sent cannot change status.
 * A handler that stopped because its client went away (its data functions check `request.signal` between statements)
 * answers an empty 499 (nobody reads it) instead of logging an error.
 */
export function answer503WhenDatabaseDown<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    try {
      return await handler(request, ...rest);
    } catch (err) {
      if (request.signal.aborted && err === request.signal.reason) return new Response(null, { status: 499 });
      if (isDatabaseUnavailable(err)) return unavailableResponse(new URL(request.url).pathname);
      throw err;
    }
  };
}

