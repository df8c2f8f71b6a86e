// Runs once in each Next.js server process, before it serves (see lib/auth/client-address-stamp.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installClientAddressStamp } = await import("@/lib/auth/client-address-stamp");
    installClientAddressStamp();
  }
}
