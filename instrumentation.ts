// Runs once when the Next.js server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const http = await import("node:http");
    const { stampPeerAddress } = await import("@/lib/api/client-address");
    // The API's per-client rate limit needs the connection's address, which route handlers cannot see.
    stampPeerAddress(http.Server);
  }
}
