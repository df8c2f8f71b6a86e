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

-- The visible event-actor rows among the given pairs, keyed as the rollups count them.
CREATE FUNCTION faultline_visible_roles(role_events text[], role_actors text[])
RETURNS TABLE ("actorId" text, type "EventType", day date, day_end date, place text) LANGUAGE sql STABLE AS $$
  SELECT ea."actorId", ea.type, COALESCE(ea."placedOn", DATE '0001-01-01'), COALESCE(ea."placedEnd", DATE '0001-01-01'), COALESCE(ea."placeId", '')
  FROM unnest(role_events, role_actors) AS x(event, actor) JOIN "EventActor" ea ON ea."eventId" = x.event AND ea."actorId" = x.actor
  WHERE ea.visible
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
    SELECT 'articles' AS key, count(*) AS n FROM "Article" WHERE id = ANY (article_ids) AND status = 'published' AND "deletedAt" IS NULL
    UNION ALL SELECT k, 1 FROM "Actor", LATERAL (VALUES ('actors'), ('actors:' || kind)) keys(k)
      WHERE id = ANY (actor_ids) AND "deletedAt" IS NULL AND "mergedIntoId" IS NULL
    UNION ALL SELECT 'statements', count(*) FROM "Statement" WHERE "articleId" = ANY (article_ids) AND visible
    UNION ALL SELECT 'events', count(*) FROM "Event" WHERE id = ANY (event_ids) AND visible
  ) d GROUP BY key HAVING sum(n) <> 0 ORDER BY key
  ON CONFLICT (key) DO UPDATE SET n = "ReaderStat".n + EXCLUDED.n;

  INSERT INTO "EventDay" (day, "dayEnd", type, n)
  SELECT COALESCE("placedOn", DATE '0001-01-01'), COALESCE("placedEnd", DATE '0001-01-01'), type, count(*)
  FROM "Event" WHERE id = ANY (event_ids) AND visible GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (day, "dayEnd", type) DO UPDATE SET n = "EventDay".n + EXCLUDED.n;

  INSERT INTO "EventPlace" ("placeId", type, n)
  SELECT COALESCE("placeId", ''), type, count(*) FROM "Event" WHERE id = ANY (event_ids) AND visible GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ("placeId", type) DO UPDATE SET n = "EventPlace".n + EXCLUDED.n;

  INSERT INTO "ActorStat" ("actorId", statements, events, mentions, articles)
  SELECT actor, sum(st), sum(ev), sum(me), sum(ar) FROM (
    SELECT "speakerId" AS actor, 1 AS st, 0 AS ev, 0 AS me, 0 AS ar FROM "Statement" WHERE "articleId" = ANY (article_ids) AND visible
    UNION ALL SELECT "actorId", 0, 0, count, 1 FROM "ActorMention" WHERE "articleId" = ANY (article_ids) AND visible
    UNION ALL SELECT "actorId", 0, 1, 0, 0 FROM faultline_visible_roles(role_events, role_actors)
  ) x GROUP BY actor ORDER BY actor
  ON CONFLICT ("actorId") DO UPDATE SET statements = "ActorStat".statements + EXCLUDED.statements, events = "ActorStat".events + EXCLUDED.events,
    mentions = "ActorStat".mentions + EXCLUDED.mentions, articles = "ActorStat".articles + EXCLUDED.articles;

  INSERT INTO "ActorDay" ("actorId", day, statements, mentions, articles)
  SELECT actor, day, sum(st), sum(me), sum(ar) FROM (
    SELECT "speakerId" AS actor, day, 1 AS st, 0 AS me, 0 AS ar FROM "Statement" WHERE "articleId" = ANY (article_ids) AND visible
    UNION ALL SELECT "actorId", day, 0, count, 1 FROM "ActorMention" WHERE "articleId" = ANY (article_ids) AND visible
  ) x GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ("actorId", day) DO UPDATE SET statements = "ActorDay".statements + EXCLUDED.statements,
    mentions = "ActorDay".mentions + EXCLUDED.mentions, articles = "ActorDay".articles + EXCLUDED.articles;

  INSERT INTO "ActorEventDay" ("actorId", day, "dayEnd", type, n)
  SELECT "actorId", day, day_end, type, count(*) FROM faultline_visible_roles(role_events, role_actors) GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("actorId", day, "dayEnd", type) DO UPDATE SET n = "ActorEventDay".n + EXCLUDED.n;

  INSERT INTO "ActorPlace" ("actorId", "placeId", type, n)
  SELECT "actorId", place, type, count(*) FROM faultline_visible_roles(role_events, role_actors) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ("actorId", "placeId", type) DO UPDATE SET n = "ActorPlace".n + EXCLUDED.n;
END $$;
