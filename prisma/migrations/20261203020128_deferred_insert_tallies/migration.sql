-- Hand-written (no schema change): bulk import counts its rows once per batch, at the batch's end.
--   1. The statement-level INSERT tallies of the reader_stats / query_rollups migrations stand aside in
--      a transaction that ran `SET LOCAL faultline.tallies = 'deferred'` (a transaction-local setting: no
--      table lock, other sessions keep their triggers). UPDATE and DELETE tallies always run.
--   2. That transaction then calls faultline_tally_inserted(…) with the ids of the rows it inserted, which
--      adds their counts with one upsert per rollup table, keys in a fixed order and ReaderStat first
--      (every import takes its 'articles' row), so concurrent imports queue instead of deadlocking, and
--      the rollup rows stay locked only from there to the commit.

DROP TRIGGER article_tally_insert ON "Article";
CREATE TRIGGER article_tally_insert AFTER INSERT ON "Article" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  WHEN (current_setting('faultline.tallies', true) IS DISTINCT FROM 'deferred') EXECUTE FUNCTION faultline_article_tally();
DROP TRIGGER actor_tally_insert ON "Actor";
CREATE TRIGGER actor_tally_insert AFTER INSERT ON "Actor" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  WHEN (current_setting('faultline.tallies', true) IS DISTINCT FROM 'deferred') EXECUTE FUNCTION faultline_actor_tally();
DROP TRIGGER statement_tally_insert ON "Statement";
CREATE TRIGGER statement_tally_insert AFTER INSERT ON "Statement" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  WHEN (current_setting('faultline.tallies', true) IS DISTINCT FROM 'deferred') EXECUTE FUNCTION faultline_statement_tally();
DROP TRIGGER mention_tally_insert ON "ActorMention";
CREATE TRIGGER mention_tally_insert AFTER INSERT ON "ActorMention" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  WHEN (current_setting('faultline.tallies', true) IS DISTINCT FROM 'deferred') EXECUTE FUNCTION faultline_mention_tally();
DROP TRIGGER event_tally_insert ON "Event";
CREATE TRIGGER event_tally_insert AFTER INSERT ON "Event" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  WHEN (current_setting('faultline.tallies', true) IS DISTINCT FROM 'deferred') EXECUTE FUNCTION faultline_event_tally();
DROP TRIGGER event_place_tally_insert ON "Event";
CREATE TRIGGER event_place_tally_insert AFTER INSERT ON "Event" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  WHEN (current_setting('faultline.tallies', true) IS DISTINCT FROM 'deferred') EXECUTE FUNCTION faultline_event_place_tally();
DROP TRIGGER event_actor_tally_insert ON "EventActor";
CREATE TRIGGER event_actor_tally_insert AFTER INSERT ON "EventActor" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  WHEN (current_setting('faultline.tallies', true) IS DISTINCT FROM 'deferred') EXECUTE FUNCTION faultline_event_actor_tally();
DROP TRIGGER actor_place_tally_insert ON "EventActor";
CREATE TRIGGER actor_place_tally_insert AFTER INSERT ON "EventActor" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  WHEN (current_setting('faultline.tallies', true) IS DISTINCT FROM 'deferred') EXECUTE FUNCTION faultline_actor_place_tally();

-- The rows a batch inserted that readers see, keyed as the rollups count them. Each is read per given
-- id through a key (LATERAL … OFFSET 0, which the planner cannot flatten): a planner without statistics,
-- as while an import fills a new database, would otherwise hash-join the ids with every row of the table.
CREATE FUNCTION faultline_visible_statements(article_ids text[]) RETURNS TABLE (actor text, day date) LANGUAGE sql STABLE AS $$
  SELECT s."speakerId", s.day FROM unnest(article_ids) AS x(id), LATERAL (SELECT * FROM "Statement" s WHERE s."articleId" = x.id AND s.visible OFFSET 0) s
$$;
CREATE FUNCTION faultline_visible_mentions(article_ids text[]) RETURNS TABLE (actor text, day date, count int) LANGUAGE sql STABLE AS $$
  SELECT m."actorId", m.day, m.count FROM unnest(article_ids) AS x(id), LATERAL (SELECT * FROM "ActorMention" m WHERE m."articleId" = x.id AND m.visible OFFSET 0) m
$$;
CREATE FUNCTION faultline_visible_events(event_ids text[]) RETURNS TABLE (day date, day_end date, type "EventType", place text) LANGUAGE sql STABLE AS $$
  SELECT COALESCE(e."placedOn", DATE '0001-01-01'), COALESCE(e."placedEnd", DATE '0001-01-01'), e.type, COALESCE(e."placeId", '')
  FROM unnest(event_ids) AS x(id), LATERAL (SELECT * FROM "Event" e WHERE e.id = x.id AND e.visible OFFSET 0) e
$$;
CREATE FUNCTION faultline_visible_roles(role_events text[], role_actors text[])
RETURNS TABLE (actor text, day date, day_end date, type "EventType", place text) LANGUAGE sql STABLE AS $$
  SELECT ea."actorId", COALESCE(ea."placedOn", DATE '0001-01-01'), COALESCE(ea."placedEnd", DATE '0001-01-01'), ea.type, COALESCE(ea."placeId", '')
  FROM unnest(role_events, role_actors) AS x(event, actor),
    LATERAL (SELECT * FROM "EventActor" ea WHERE ea."eventId" = x.event AND ea."actorId" = x.actor AND ea.visible OFFSET 0) ea
$$;

-- The counts of rows inserted in this transaction: the articles (with their statements and mentions),
-- the events, the actors and the event-actor pairs (role_events[i], role_actors[i]) it inserted, each
-- read as stored now (derived columns final). EventWeek / ActorEventWeek follow EventDay / ActorEventDay
-- through their own triggers.
CREATE FUNCTION faultline_tally_inserted(article_ids text[], event_ids text[], actor_ids text[], role_events text[], role_actors text[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ReaderStat" (key, n)
  SELECT key, sum(n) FROM (
    SELECT 'articles' AS key, count(*) FILTER (WHERE a.status = 'published' AND a."deletedAt" IS NULL) AS n
      FROM unnest(article_ids) AS x(id), LATERAL (SELECT * FROM "Article" a WHERE a.id = x.id OFFSET 0) a
    UNION ALL SELECT k, 1 FROM unnest(actor_ids) AS x(id), LATERAL (SELECT * FROM "Actor" a WHERE a.id = x.id OFFSET 0) a, LATERAL (VALUES ('actors'), ('actors:' || a.kind)) keys(k)
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

-- An event's placement from its links, driven from EventArticle's key (the few articles that report
-- it). The reader_stats version filtered Article by status in a subquery, which a planner holding stale
-- statistics (a database filling up under an import) ran as "every published article, probed per event":
-- 285 ms per call at 2,000 articles, growing with the archive.
CREATE OR REPLACE FUNCTION faultline_refresh_events(ids text[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Event" e SET "reportedOn" = s.reported, "linked" = s.linked
  FROM (
    SELECT x.id, r.reported, r.linked
    FROM (SELECT DISTINCT unnest(ids) AS id) x,
    LATERAL (
      SELECT min(a."publishedOn") FILTER (WHERE a.status = 'published' AND a."deletedAt" IS NULL) AS reported, count(*) > 0 AS linked
      FROM "EventArticle" ea JOIN "Article" a ON a.id = ea."articleId" WHERE ea."eventId" = x.id
    ) r
  ) s
  WHERE e.id = s.id AND (e."reportedOn" IS DISTINCT FROM s.reported OR e."linked" <> s.linked)
$$;
