/**
 * Waits for a condition, never for a fixed time: calls `probe` until it returns something other than
 * undefined (or false) and returns that, checking again every `everyMs`; fails naming `what` after
 * `timeoutMs`. `detail` adds context to the failure (a server's output, say).
 */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  { timeoutMs, everyMs = 50, detail }: { timeoutMs: number; everyMs?: number; detail?: () => string },
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail ? `\n${detail()}` : ""}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
