import { isDatabaseUnavailable, unavailableResponse } from "./availability";

/**
 * Wraps a route handler so a database that goes away after the proxy's availability check (a request
 * already in flight when PostgreSQL dies) still answers 503 with Retry-After rather than a bare 500.
 * Only failures before the response is returned are caught: a stream already sent cannot change status.
 */
export function answer503WhenDatabaseDown<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    try {
      return await handler(request, ...rest);
    } catch (err) {
      if (isDatabaseUnavailable(err)) return unavailableResponse(new URL(request.url).pathname);
      throw err;
    }
  };
}
