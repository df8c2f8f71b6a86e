// Liveness: the process is up and serving. It never touches the database, so a load balancer or
// supervisor does not restart a healthy app just because PostgreSQL is away (see /api/ready).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok", uptimeSeconds: Math.round(process.uptime()) }, { headers: { "Cache-Control": "no-store" } });
}
