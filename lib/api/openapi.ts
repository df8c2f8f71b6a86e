import "server-only";
import { z } from "zod";
import { endpoints, type Endpoint } from "./endpoints";
import { components } from "./schemas";

type JsonSchema = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** A component's JSON Schema as OpenAPI 3.1 embeds it (JSON Schema 2020-12, without $schema/$id). */
function bare(schema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

/**
 * A query parameter's schema from its strict zod schema: what it yields (enums, patterns, bounds),
 * or, where that is computed by code (yes/no choices, blank-as-absent words), what it accepts.
 */
function parameterSchema(schema: z.ZodType): JsonSchema {
  const output = bare(z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }) as JsonSchema);
  if (Object.keys(output).length > 0) return output;
  return bare(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema);
}

function responseId(schema: z.ZodType): string {
  const meta = components.get(schema);
  if (!meta) throw new Error("an API response schema is not registered in components");
  return meta.id;
}

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: ref("Error") } } });
const rateHeaders = {
  RateLimit: { $ref: "#/components/headers/RateLimit" },
  "RateLimit-Policy": { $ref: "#/components/headers/RateLimitPolicy" },
};

function operation(e: Endpoint) {
  const pathParameters = Object.entries(e.pathParams ?? {}).map(([name, description]) => ({
    name, in: "path", required: true, description, schema: { type: "string" },
  }));
  const queryParameters = Object.entries(e.query.shape).map(([name, schema]) => {
    const json = parameterSchema(schema as z.ZodType);
    const meta = z.globalRegistry.get(schema as z.ZodType);
    return {
      name,
      in: "query",
      required: e.required?.includes(name) ?? false,
      description: e.docs[name] ?? meta?.description ?? "",
      schema: json,
      ...(json.type === "array" ? { style: "form", explode: true } : {}),
    };
  });
  const responses: Record<string, unknown> = {
    200: { description: "OK", headers: rateHeaders, content: { "application/json": { schema: ref(responseId(e.response)) } } },
    400: errorResponse("A parameter was refused; the message names it."),
    ...(e.canMiss ? { 404: errorResponse("Nothing public has this id or slug.") } : {}),
    ...(e.redirects ? { 308: { description: "Merged into another actor: Location names it.", headers: { Location: { schema: { type: "string" } } } } } : {}),
    429: {
      description: "Too many requests from this client; wait Retry-After seconds.",
      headers: { ...rateHeaders, "Retry-After": { $ref: "#/components/headers/RetryAfter" } },
      content: { "application/json": { schema: ref("Error") } },
    },
  };
  return { get: { operationId: e.operationId, summary: e.summary, description: e.description, parameters: [...pathParameters, ...queryParameters], responses } };
}

/** The OpenAPI 3.1 document of /api/v1, generated from the endpoints' zod schemas. */
export function openApiDocument() {
  const { schemas } = z.toJSONSchema(components, { uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, JsonSchema> };
  return {
    openapi: "3.1.0",
    info: {
      title: "Faultline public API",
      version: "1.0.0",
      description: [
        "Read-only JSON over what Faultline's readers see: published articles, their statements and events, and the actors in them.",
        "Lists page by cursor: each answer is { data: [...], nextCursor }; pass nextCursor back as ?cursor= with the same filters until it is null.",
        "Filters are the pages' own. A parameter the API cannot read (an impossible date, an unknown type, a cursor it did not issue, an unknown name) is answered 400 with a message naming it.",
        "Any origin may call it (CORS, no credentials). Each client address may make a limited number of requests a minute; see the RateLimit headers.",
      ].join("\n\n"),
    },
    servers: [{ url: "/" }],
    paths: Object.fromEntries(endpoints.map((e) => [e.path, operation(e)])),
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, bare(schema)])),
      headers: {
        RateLimit: { description: "limit, remaining requests and seconds until the bucket is full (IETF draft RateLimit header).", schema: { type: "string" } },
        RateLimitPolicy: { description: "The limit per 60-second window.", schema: { type: "string" } },
        RetryAfter: { description: "Seconds to wait before the next request.", schema: { type: "integer" } },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
