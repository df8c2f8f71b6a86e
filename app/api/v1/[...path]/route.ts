import { errorBody, json } from "@/lib/api/per-request";

/** Any other address under /api/v1: the API's JSON 404 (not the site's HTML page), pointing at its reference. */
function noSuchRoute(request: Request): Response {
  const message = `No API route at ${new URL(request.url).pathname}; the routes are listed at /api/v1/openapi.json`;
  return json(errorBody(404, message), 404);
}

export const GET = noSuchRoute;
export const POST = noSuchRoute;
export const PUT = noSuchRoute;
export const PATCH = noSuchRoute;
export const DELETE = noSuchRoute;
export const OPTIONS = noSuchRoute;
