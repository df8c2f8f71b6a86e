import type { Result } from "@/lib/editor/result";

export const SERVER_UNREACHABLE =
  "The server could not be reached, your text is kept — try again in a few seconds. If you pressed Publish, the desk shows whether it went through.";

/**
 * Calls a server action and turns a failed request (server restarting, network gone, a 503 from the
 * proxy) into a failure value, so it never reaches an error boundary that would throw away the form.
 */
export async function callAction<T extends object>(action: (input: unknown) => Promise<Result<T>>, input: unknown): Promise<Result<T>> {
  try {
    return await action(input);
  } catch {
    return { ok: false, error: SERVER_UNREACHABLE };
  }
}
