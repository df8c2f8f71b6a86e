import { resolveActor, getActor } from "@/lib/actors/queries";
import { tagList, tags } from "@/lib/cache/tags";
import { atomFeed, atomAnswer } from "@/lib/feeds/atom";
import { cachedFeed } from "@/lib/feeds/cached-feed";
import { statementEntries } from "@/lib/feeds/statements";
import { parseStatementFilters } from "@/lib/statements/filters";
import { latestStatements } from "@/lib/statements/queries";
import { publicOrigin } from "@/lib/url/public-origin";
import { answer503WhenDatabaseDown } from "@/lib/db/unavailable-route";

export const dynamic = "force-dynamic";

/**
 * The 50 newest statements of one actor. A merged actor's feed moves to the actor it was merged into.
 * Cached under the actor's tag, as its profile is: every write touching its statements or name expires it.
 */
export const GET = answer503WhenDatabaseDown(async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // It reads no parameter: one entry per actor, whatever the query.
  return cachedFeed(request, tagList([], [tags.actor(slug)]), () => "", async () => {
    const origin = publicOrigin(request);
    const found = await resolveActor(slug);
    if (found.status === "merged") return { status: 308, body: null, headers: { Location: `${origin}/feeds/actors/${found.slug}` } };
    request.signal.throwIfAborted();
    const actor = found.status === "found" ? await getActor(slug) : null;
    if (!actor) return { status: 404, body: "No such actor.\n", headers: { "Content-Type": "text/plain; charset=utf-8" } };
    const statements = await latestStatements(parseStatementFilters({ speaker: actor.slug }), 50, undefined, request.signal);
    return atomAnswer(
      atomFeed({
        id: `${origin}/actors/${actor.slug}`,
        title: `Faultline: statements by ${actor.name}`,
        url: `${origin}/actors/${actor.slug}`,
        selfUrl: `${origin}/feeds/actors/${actor.slug}`,
        entries: statementEntries(origin, statements),
      }),
    );
  });
});
