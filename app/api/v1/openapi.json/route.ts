import { openApiDocument } from "@/lib/api/openapi";
import { apiRoute } from "@/lib/api/route";

// The document changes only with the code: its cached answer carries no tag.
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ handle: async () => ({ body: openApiDocument() }), cacheTags: () => [] });
