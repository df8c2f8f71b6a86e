import { readiness } from "@/lib/db/readiness";

// Readiness: the database answers and every committed migration is applied. 200 or 503, both JSON.
export const dynamic = "force-dynamic";

export async function GET() {
  const ready = await readiness();
  return Response.json(ready, {
    status: ready.status === "ready" ? 200 : 503,
    headers: { "Cache-Control": "no-store", ...(ready.status === "ready" ? {} : { "Retry-After": "5" }) },
  });
}
