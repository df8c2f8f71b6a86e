import { z } from "zod";
import { openApiDocument } from "@/lib/api/openapi";
import { apiRoute } from "@/lib/api/route";

// The document changes only with the code: its cached answer carries no tag, and it reads no parameter
// (any given is refused, as on every other route: a 400 naming it).
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  query: z.strictObject({}),
  handle: async () => ({ body: openApiDocument() }),
  cacheTags: () => [],
});
