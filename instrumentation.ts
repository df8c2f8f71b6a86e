// Runs once in each Next.js server process, before it serves (see lib/auth/client-address-stamp.ts and
// lib/runtime/compile-regexes-on-first-use.ts: the editor's Analyse runs the extraction engine in this process).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installClientAddressStamp } = await import("@/lib/auth/client-address-stamp");
    installClientAddressStamp();
    await import("@/lib/runtime/compile-regexes-on-first-use");
  }
}
