import { resolveActor, getActor } from "@/lib/actors/queries";
import { atomFeed, atomResponse } from "@/lib/feeds/atom";
import { statementEntries } from "@/lib/feeds/statements";
import { parseStatementFilters } from "@/lib/statements/filters";
import { latestStatements } from "@/lib/statements/queries";
import { publicOrigin } from "@/lib/url/public-origin";
import { answer503WhenDatabaseDown } from "@/lib/db/unavailable-route";

export const dynamic = "force-dynamic";

/** The 50 newest statements of one actor. A merged actor's feed moves to the actor it was merged into. */
export const GET = answer503WhenDatabaseDown(async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const origin = publicOrigin(request);
  const found = await resolveActor(slug);
  if (found.status === "merged") return Response.redirect(`${origin}/feeds/actors/${found.slug}`, 308);
  request.signal.throwIfAborted();
  const actor = found.status === "found" ? await getActor(slug) : null;
  if (!actor) return new Response("No such actor.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const statements = await latestStatements(parseStatementFilters({ speaker: actor.slug }), 50, undefined, request.signal);
  return atomResponse(
    atomFeed({
      id: `${origin}/actors/${actor.slug}`,
      title: `Faultline: statements by ${actor.name}`,
      url: `${origin}/actors/${actor.slug}`,
      selfUrl: `${origin}/feeds/actors/${actor.slug}`,
      entries: statementEntries(origin, statements),
    }),
  );
});
