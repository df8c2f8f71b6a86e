import type { z } from "zod";

/** An answer the API gives on purpose (bad parameter, unknown record, too many requests): status and a message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly parameters: { name: string; message: string }[] = [],
  ) {
    super(message);
  }
}

type Refused = { name: string; message: string };

/**
 * A 400 naming every parameter zod refused, e.g. `Invalid parameter "from": "2025-02-30" is not a day that exists`,
 * and any `others` refused before zod (a one-valued parameter given twice).
 */
export function invalidParameters(error: z.ZodError | undefined, others: Refused[] = []): ApiError {
  const fromZod = (error?.issues ?? []).flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ name: key, message: "unknown parameter" }))
      : [{ name: String(issue.path[0] ?? "query"), message: issue.message }],
  );
  const named = [...others, ...fromZod];
  // One value can fail two checks with the same words (a limit both not whole and too large): say it once.
  const parameters = named.filter((p, i) => named.findIndex((q) => q.name === p.name && q.message === p.message) === i);
  const message = parameters.map((p) => `Invalid parameter "${p.name}": ${p.message}`).join("; ");
  return new ApiError(400, message, parameters);
}

/** A 404 saying what is missing, e.g. "No event has this id". */
export const notFound = (message: string) => new ApiError(404, message);
