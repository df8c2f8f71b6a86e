-- Hand-written (no schema change): the actor totals readers see count named actors only.
-- An unnamed source ("a senior EU diplomat", Actor.unnamed) belongs to one article: the directory lists it only
-- when asked (?sources=unnamed), so ReaderStat keeps the two apart:
--   'actors', 'actors:<kind>'                 visible named actors (the directory, its kind filter, the home page);
--   'unnamed-actors', 'unnamed-actors:<kind>' visible unnamed sources.
-- faultline_actor_total_keys() names the keys an actor counts under, for the three places that count actors:
-- the statement-level tally, the deferred import tally and the rebuild.

CREATE FUNCTION faultline_actor_total_keys(kind text, unnamed boolean) RETURNS TABLE (k text) LANGUAGE sql IMMUTABLE AS $$
  SELECT unnest(ARRAY[total, total || ':' || kind]) FROM (SELECT CASE WHEN unnamed THEN 'unnamed-actors' ELSE 'actors' END) t(total)
$$;

CREATE OR REPLACE FUNCTION faultline_actor_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($q$
    WITH d AS (%s)
    INSERT INTO "ReaderStat" (key, n)
    SELECT keys.k, sum(sign) FROM d, LATERAL faultline_actor_total_keys(kind, unnamed) keys WHERE live GROUP BY keys.k HAVING sum(sign) <> 0
    ON CONFLICT (key) DO UPDATE SET n = "ReaderStat".n + EXCLUDED.n$q$,
    faultline_delta(TG_OP, $c$kind::text AS kind, unnamed, ("deletedAt" IS NULL AND "mergedIntoId" IS NULL) AS live$c$));
  RETURN NULL;
END $$;

-- The actor totals recounted from the Actor table (the base rebuild counts every visible actor as named).
CREATE FUNCTION faultline_rebuild_actor_totals() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ReaderStat" WHERE key IN ('actors', 'unnamed-actors') OR key LIKE 'actors:%' OR key LIKE 'unnamed-actors:%';
  INSERT INTO "ReaderStat" (key, n)
  SELECT keys.k, count(*) FROM "Actor" a, LATERAL faultline_actor_total_keys(a.kind::text, a.unnamed) keys
  WHERE a."deletedAt" IS NULL AND a."mergedIntoId" IS NULL GROUP BY keys.k;
$$;

CREATE OR REPLACE FUNCTION faultline_rebuild_reader_stats() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM faultline_rebuild_latest_said_on();
  PERFORM faultline_rebuild_reader_stats_base();
  PERFORM faultline_rebuild_query_rollups();
  PERFORM faultline_rebuild_actor_sort_keys();
  PERFORM faultline_rebuild_actor_months();
  PERFORM faultline_rebuild_actor_totals();
END $$;

-- As in deferred_insert_tallies, but each inserted actor counted under its own keys.
CREATE OR REPLACE FUNCTION faultline_tally_inserted(article_ids text[], event_ids text[], actor_ids text[], role_events text[], role_actors text[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ReaderStat" (key, n)
  SELECT key, sum(n) FROM (
    SELECT 'articles' AS key, count(*) FILTER (WHERE a.status = 'published' AND a."deletedAt" IS NULL) AS n
      FROM unnest(article_ids) AS x(id), LATERAL (SELECT * FROM "Article" a WHERE a.id = x.id OFFSET 0) a
    UNION ALL SELECT k, 1 FROM unnest(actor_ids) AS x(id), LATERAL (SELECT * FROM "Actor" a WHERE a.id = x.id OFFSET 0) a, LATERAL faultline_actor_total_keys(a.kind::text, a.unnamed) keys
      WHERE a."deletedAt" IS NULL AND a."mergedIntoId" IS NULL
    UNION ALL SELECT 'statements', count(*) FROM faultline_visible_statements(article_ids)
    UNION ALL SELECT 'events', count(*) FROM faultline_visible_events(event_ids)
  ) d GROUP BY key HAVING sum(n) <> 0 ORDER BY key
  ON CONFLICT (key) DO UPDATE SET n = "ReaderStat".n + EXCLUDED.n;

  INSERT INTO "EventDay" (day, "dayEnd", type, n)
  SELECT day, day_end, type, count(*) FROM faultline_visible_events(event_ids) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (day, "dayEnd", type) DO UPDATE SET n = "EventDay".n + EXCLUDED.n;

  INSERT INTO "EventPlace" ("placeId", type, n)
  SELECT place, type, count(*) FROM faultline_visible_events(event_ids) GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ("placeId", type) DO UPDATE SET n = "EventPlace".n + EXCLUDED.n;

  INSERT INTO "ActorStat" ("actorId", statements, events, mentions, articles)
  SELECT actor, sum(st), sum(ev), sum(me), sum(ar) FROM (
    SELECT actor, 1 AS st, 0 AS ev, 0 AS me, 0 AS ar FROM faultline_visible_statements(article_ids)
    UNION ALL SELECT actor, 0, 0, count, 1 FROM faultline_visible_mentions(article_ids)
    UNION ALL SELECT actor, 0, 1, 0, 0 FROM faultline_visible_roles(role_events, role_actors)
  ) x GROUP BY actor ORDER BY actor
  ON CONFLICT ("actorId") DO UPDATE SET statements = "ActorStat".statements + EXCLUDED.statements, events = "ActorStat".events + EXCLUDED.events,
    mentions = "ActorStat".mentions + EXCLUDED.mentions, articles = "ActorStat".articles + EXCLUDED.articles;

  INSERT INTO "ActorDay" ("actorId", day, statements, mentions, articles)
  SELECT actor, day, sum(st), sum(me), sum(ar) FROM (
    SELECT actor, day, 1 AS st, 0 AS me, 0 AS ar FROM faultline_visible_statements(article_ids)
    UNION ALL SELECT actor, day, 0, count, 1 FROM faultline_visible_mentions(article_ids)
  ) x GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ("actorId", day) DO UPDATE SET statements = "ActorDay".statements + EXCLUDED.statements,
    mentions = "ActorDay".mentions + EXCLUDED.mentions, articles = "ActorDay".articles + EXCLUDED.articles;

  INSERT INTO "ActorEventDay" ("actorId", day, "dayEnd", type, n)
  SELECT actor, day, day_end, type, count(*) FROM faultline_visible_roles(role_events, role_actors) GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("actorId", day, "dayEnd", type) DO UPDATE SET n = "ActorEventDay".n + EXCLUDED.n;

  INSERT INTO "ActorPlace" ("actorId", "placeId", type, n)
  SELECT actor, place, type, count(*) FROM faultline_visible_roles(role_events, role_actors) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ("actorId", "placeId", type) DO UPDATE SET n = "ActorPlace".n + EXCLUDED.n;
END $$;

SELECT faultline_rebuild_actor_totals();
