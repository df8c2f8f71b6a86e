import { openApiDocument } from "@/lib/api/openapi";
import { apiRoute } from "@/lib/api/route";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(async () => ({ body: openApiDocument() }));
