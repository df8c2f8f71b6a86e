// The reader routes the benchmark drives, with concrete URLs chosen from the data: the busiest
// speaker, the article with most statements, an event reported by several articles, page 20 of the
// timeline reached by following its own "Next page" links.
import pg from "pg";

export type Route = { name: string; path: string; note?: string };

const q = (params: Record<string, string | string[]>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of [value].flat()) search.append(key, v);
  return `?${search}`;
};

async function one<T>(db: pg.Client, sql: string, params: unknown[] = []): Promise<T | undefined> {
  return (await db.query(sql, params)).rows[0] as T | undefined;
}

/** Follows rel="next" links from `path`, at most `pages - 1` times; returns the last page reached. */
async function followNext(base: string, path: string, pages: number): Promise<{ path: string; page: number }> {
  let current = path;
  for (let page = 1; page < pages; page++) {
    const html = await (await fetch(base + current, { signal: AbortSignal.timeout(120_000) })).text();
    const link = /<a [^>]*href="([^"]*cursor=[^"]*)"[^>]*rel="next"|<a [^>]*rel="next"[^>]*href="([^"]*cursor=[^"]*)"/.exec(html);
    if (!link) return { path: current, page };
    current = (link[1] ?? link[2]).replaceAll("&amp;", "&");
  }
  return { path: current, page: pages };
}

async function status(base: string, path: string): Promise<number> {
  try {
    const response = await fetch(base + path, { signal: AbortSignal.timeout(120_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

export async function chooseRoutes(base: string, appUrl: string, log: (line: string) => void): Promise<{ routes: Route[]; skipped: string[] }> {
  const db = new pg.Client({ connectionString: appUrl });
  await db.connect();
  try {
    const speaker = await one<{ slug: string; n: number }>(db, `
      SELECT a.slug, count(*)::int AS n FROM "Statement" s JOIN "Actor" a ON a.id = s."speakerId"
       WHERE s."deletedAt" IS NULL AND a."deletedAt" IS NULL AND a."mergedIntoId" IS NULL
       GROUP BY a.slug ORDER BY n DESC, a.slug LIMIT 1`);
    const actor = await one<{ slug: string; n: number }>(db, `
      SELECT a.slug, count(*)::int AS n FROM "EventActor" ea JOIN "Actor" a ON a.id = ea."actorId"
       WHERE a."deletedAt" IS NULL AND a."mergedIntoId" IS NULL GROUP BY a.slug ORDER BY n DESC, a.slug LIMIT 1`);
    const types = (await db.query(`SELECT type FROM "Event" GROUP BY type ORDER BY count(*) DESC, type LIMIT 2`)).rows.map((r) => r.type as string);
    const range = await one<{ from: string; to: string }>(db, `
      SELECT to_char(max("startDate") - 180, 'YYYY-MM-DD') AS from, to_char(max("startDate") - 90, 'YYYY-MM-DD') AS to FROM "Event"`);
    const article = await one<{ slug: string; n: number }>(db, `
      SELECT a.slug, count(*)::int AS n FROM "Article" a JOIN "Statement" s ON s."articleId" = a.id
       WHERE a.status = 'published' AND a."deletedAt" IS NULL GROUP BY a.slug ORDER BY n DESC, a.slug LIMIT 1`);
    const event = await one<{ id: string; day: string }>(db, `
      SELECT e.id, to_char(e."startDate", 'YYYY-MM-DD') AS day FROM "Event" e JOIN "EventArticle" ea ON ea."eventId" = e.id
       WHERE e."datePrecision" = 'day' AND e."deletedAt" IS NULL GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1`);
    // The place named by most visible events (its page: a map, the events there, the actors active there).
    const place = await one<{ slug: string; n: number }>(db, `
      SELECT p.slug, count(*)::int AS n FROM "Event" e JOIN "Place" p ON p.id = e."placeId"
       WHERE e.visible GROUP BY p.slug ORDER BY n DESC, p.slug LIMIT 1`);
    const word = (await one(db, `SELECT 1 FROM "Statement" WHERE text ILIKE '%ceasefire%' LIMIT 1`)) ? "ceasefire" : "war";
    if (!speaker || !actor || !article || !event || !range) throw new Error("the benchmark database holds no statements, events or articles");
    log(`Busiest speaker ${speaker.slug} (${speaker.n} statements); busiest actor in events ${actor.slug} (${actor.n}); article ${article.slug} (${article.n} statements).`);

    const deep = await followNext(base, "/timeline", 20);
    if (deep.page < 20) log(`The timeline has only ${deep.page} pages; the deep page is page ${deep.page}.`);
    const eventPage = (await status(base, `/events/${event.id}`)) === 200
      ? { path: `/events/${event.id}` }
      : { path: `/timeline${q({ from: event.day, to: event.day })}`, note: "no event page: the timeline narrowed to its day" };

    const routes: Route[] = [
      { name: "home", path: "/" },
      { name: "timeline", path: "/timeline" },
      { name: "timeline: one actor", path: `/timeline${q({ actor: actor.slug })}` },
      { name: "timeline: 2 types + 3 months", path: `/timeline${q({ type: types, from: range.from, to: range.to })}` },
      { name: `timeline: page ${deep.page}`, path: deep.path },
      { name: "statements", path: "/statements" },
      { name: "statements: by speaker", path: `/statements${q({ speaker: speaker.slug })}` },
      { name: "statements: by words", path: `/statements${q({ q: word })}` },
      { name: "statements: table, oldest first", path: `/statements${q({ view: "table", sort: "oldest" })}` },
      { name: "actors", path: "/actors" },
      { name: "actors: table, most active", path: `/actors${q({ view: "table", sort: "activity" })}` },
      { name: "actor: busiest profile", path: `/actors/${speaker.slug}` },
      { name: "articles", path: "/articles" },
      { name: "article", path: `/articles/${article.slug}` },
      { name: "event", ...eventPage },
      ...(place ? [{ name: "place: busiest", path: `/places/${place.slug}` }] : []),
      { name: "search", path: `/search${q({ q: "ukraine" })}` },
      { name: "export: timeline csv", path: "/timeline/export?format=csv" },
      { name: "export: statements json", path: "/statements/export?format=json" },
      { name: "export: actors csv", path: "/actors/export?format=csv" },
      { name: "feed: events", path: "/feeds/events" },
      { name: "feed: statements", path: "/feeds/statements" },
      { name: "feed: busiest actor", path: `/feeds/actors/${speaker.slug}` },
    ];
    // The API's parameters are strict (an unknown name is a 400), so it has no harmless cache-busting parameter.
    const API_NOTE =
      "the API refuses unknown parameters, so no URL of it can be made never-seen: its cold run repeats the URL like the warm one, and one request's SQL is that of a cached answer";
    const api: Route[] = [
      { name: "api: articles", path: "/api/v1/articles" },
      { name: "api: actors", path: "/api/v1/actors" },
      { name: "api: actor", path: `/api/v1/actors/${speaker.slug}` },
      { name: "api: statements", path: "/api/v1/statements" },
      { name: "api: events", path: "/api/v1/events" },
      { name: "api: event", path: `/api/v1/events/${event.id}` },
      { name: "api: search", path: `/api/v1/search${q({ q: "ukraine" })}` },
    ];
    const skipped: string[] = [];
    for (const route of api) {
      route.note = API_NOTE;
      const code = await status(base, route.path);
      if (code === 404) skipped.push(`${route.path} (404: no JSON API yet)`);
      else routes.push(route);
    }
    return { routes, skipped };
  } finally {
    await db.end();
  }
}
