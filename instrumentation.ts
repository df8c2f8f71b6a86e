// Runs once in each Next.js server process, before it serves (see lib/auth/client-address-stamp.ts and
// lib/runtime/regex-tiering.ts: the editor's Analyse runs the extraction engine in this process).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installClientAddressStamp } = await import("@/lib/auth/client-address-stamp");
    installClientAddressStamp();
    const { compileRegexesOnFirstUse } = await import("@/lib/runtime/regex-tiering");
    compileRegexesOnFirstUse();
  }
}
