-- AlterTable
ALTER TABLE "ActorMention" ADD COLUMN     "day" DATE,
ADD COLUMN     "visible" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
-- reportedOn and linked are kept by triggers (below); the rest is generated from them and the event's dates.
-- Placement rules (the timeline's): a dated event sits at its start; an undated one at the day it was first
-- reported by a published article; placedEnd is the last day it may cover (its end, else the end of its
-- precision's period); sortOn puts unplaced events last; visible = not deleted and backed by a published
-- article or linked to none.
ALTER TABLE "Event" ADD COLUMN     "linked" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "reportedOn" DATE;
ALTER TABLE "Event" ADD COLUMN "placedOn" DATE GENERATED ALWAYS AS (CASE WHEN "startDate" IS NOT NULL AND "datePrecision" <> 'unknown' THEN "startDate" ELSE "reportedOn" END) STORED,
ADD COLUMN "placedEnd" DATE GENERATED ALWAYS AS (CASE WHEN "startDate" IS NOT NULL AND "datePrecision" <> 'unknown' THEN COALESCE("endDate", CASE "datePrecision"
        WHEN 'week' THEN "startDate" + 6
        WHEN 'month' THEN (date_trunc('month', "startDate"::timestamp) + interval '1 month - 1 day')::date
        WHEN 'quarter' THEN (date_trunc('quarter', "startDate"::timestamp) + interval '3 months - 1 day')::date
        WHEN 'year' THEN (date_trunc('year', "startDate"::timestamp) + interval '1 year - 1 day')::date
        ELSE "startDate" END) ELSE "reportedOn" END) STORED,
ADD COLUMN "sortOn" DATE NOT NULL GENERATED ALWAYS AS (COALESCE(CASE WHEN "startDate" IS NOT NULL AND "datePrecision" <> 'unknown' THEN "startDate" ELSE "reportedOn" END, DATE '0001-01-01')) STORED,
ADD COLUMN "visible" BOOLEAN NOT NULL GENERATED ALWAYS AS ("deletedAt" IS NULL AND ("reportedOn" IS NOT NULL OR NOT "linked")) STORED;

-- AlterTable
ALTER TABLE "EventActor" ADD COLUMN     "placedEnd" DATE,
ADD COLUMN     "placedOn" DATE,
ADD COLUMN     "sortOn" DATE,
ADD COLUMN     "type" "EventType",
ADD COLUMN     "visible" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Statement" ADD COLUMN     "day" DATE,
ADD COLUMN     "sortOn" DATE NOT NULL GENERATED ALWAYS AS (COALESCE("saidOn", DATE '0001-01-01')) STORED,
ADD COLUMN     "visible" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ReaderStat" (
    "key" TEXT NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReaderStat_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "EventDay" (
    "day" DATE NOT NULL,
    "dayEnd" DATE NOT NULL,
    "type" "EventType" NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EventDay_pkey" PRIMARY KEY ("day","dayEnd","type")
);

-- CreateTable
CREATE TABLE "ActorStat" (
    "actorId" TEXT NOT NULL,
    "statements" INTEGER NOT NULL DEFAULT 0,
    "events" INTEGER NOT NULL DEFAULT 0,
    "mentions" INTEGER NOT NULL DEFAULT 0,
    "articles" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ActorStat_pkey" PRIMARY KEY ("actorId")
);

-- CreateTable
CREATE TABLE "ActorDay" (
    "actorId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "statements" INTEGER NOT NULL DEFAULT 0,
    "mentions" INTEGER NOT NULL DEFAULT 0,
    "articles" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ActorDay_pkey" PRIMARY KEY ("actorId","day")
);

-- CreateTable
CREATE TABLE "ActorEventDay" (
    "actorId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "dayEnd" DATE NOT NULL,
    "type" "EventType" NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ActorEventDay_pkey" PRIMARY KEY ("actorId","day","dayEnd","type")
);

-- ---------------------------------------------------------------------------------------------------
-- Reader statistics, kept by PostgreSQL itself so that no write path (editor services, the importer,
-- the synthetic loader, a hand-written SQL fix) can forget them: every change below runs inside the
-- transaction of the write that causes it.
--   1. Derived columns: Statement.visible/day, ActorMention.visible/day, Event.reportedOn/linked (and
--      the generated placement columns), EventActor's copy of its event's type/placement/visibility.
--   2. Rollups: statement-level AFTER triggers read the transition tables (old and new rows) and add
--      or subtract each row's contribution, grouped, in one upsert per table.
-- faultline_rebuild_reader_stats() recomputes everything from the base tables (bulk loads that run
-- with triggers disabled call it; the migration calls it to backfill).
-- ---------------------------------------------------------------------------------------------------

CREATE FUNCTION faultline_refresh_events(ids text[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Event" e SET "reportedOn" = s.reported, "linked" = s.linked
  FROM (
    SELECT x.id,
      (SELECT min(a."publishedOn") FROM "EventArticle" ea JOIN "Article" a ON a.id = ea."articleId"
        WHERE ea."eventId" = x.id AND a.status = 'published' AND a."deletedAt" IS NULL) AS reported,
      EXISTS (SELECT 1 FROM "EventArticle" ea WHERE ea."eventId" = x.id) AS linked
    FROM (SELECT DISTINCT unnest(ids) AS id) x
  ) s
  WHERE e.id = s.id AND (e."reportedOn" IS DISTINCT FROM s.reported OR e."linked" <> s.linked)
$$;

CREATE FUNCTION faultline_event_article_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN PERFORM faultline_refresh_events(ARRAY(SELECT "eventId" FROM new_rows)); END IF;
  IF TG_OP <> 'INSERT' THEN PERFORM faultline_refresh_events(ARRAY(SELECT "eventId" FROM old_rows)); END IF;
  RETURN NULL;
END $$;

-- An article published, unpublished, deleted, restored or re-dated changes what its rows show.
CREATE FUNCTION faultline_article_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed text[];
BEGIN
  changed := ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.status <> o.status OR (n."deletedAt" IS NULL) <> (o."deletedAt" IS NULL) OR n."publishedOn" <> o."publishedOn");
  IF cardinality(changed) > 0 THEN
    UPDATE "Statement" SET "visible" = "visible" WHERE "articleId" = ANY (changed);
    UPDATE "ActorMention" SET "visible" = "visible" WHERE "articleId" = ANY (changed);
    PERFORM faultline_refresh_events(ARRAY(SELECT "eventId" FROM "EventArticle" WHERE "articleId" = ANY (changed)));
  END IF;
  RETURN NULL;
END $$;

-- A speaker deleted or restored hides or shows their statements.
CREATE FUNCTION faultline_actor_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed text[];
BEGIN
  changed := ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n."deletedAt" IS NULL) <> (o."deletedAt" IS NULL));
  IF cardinality(changed) > 0 THEN
    UPDATE "Statement" SET "visible" = "visible" WHERE "speakerId" = ANY (changed);
  END IF;
  RETURN NULL;
END $$;

-- An event re-dated, re-typed, deleted or restored: its actor rows carry the new values.
CREATE FUNCTION faultline_event_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "EventActor" ea SET "visible" = ea."visible"
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE ea."eventId" = n.id
    AND (n.type, n."placedOn", n."placedEnd", n."sortOn", n."visible") IS DISTINCT FROM (o.type, o."placedOn", o."placedEnd", o."sortOn", o."visible");
  RETURN NULL;
END $$;

CREATE FUNCTION faultline_statement_derive() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE live boolean; published date;
BEGIN
  SELECT a.status = 'published' AND a."deletedAt" IS NULL, a."publishedOn" INTO live, published FROM "Article" a WHERE a.id = NEW."articleId";
  NEW."day" := COALESCE(NEW."saidOn", published);
  NEW."visible" := NEW."deletedAt" IS NULL AND COALESCE(live, false)
    AND EXISTS (SELECT 1 FROM "Actor" sp WHERE sp.id = NEW."speakerId" AND sp."deletedAt" IS NULL);
  RETURN NEW;
END $$;

CREATE FUNCTION faultline_mention_derive() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE live boolean; published date;
BEGIN
  SELECT a.status = 'published' AND a."deletedAt" IS NULL, a."publishedOn" INTO live, published FROM "Article" a WHERE a.id = NEW."articleId";
  NEW."day" := published;
  NEW."visible" := COALESCE(live, false);
  RETURN NEW;
END $$;

CREATE FUNCTION faultline_event_actor_derive() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ev record;
BEGIN
  SELECT e.type, e."placedOn", e."placedEnd", e."sortOn", e."visible" INTO ev FROM "Event" e WHERE e.id = NEW."eventId";
  NEW."type" := ev.type;
  NEW."placedOn" := ev."placedOn";
  NEW."placedEnd" := ev."placedEnd";
  NEW."sortOn" := ev."sortOn";
  NEW."visible" := COALESCE(ev."visible", false);
  RETURN NEW;
END $$;

-- The rows a statement changed, as (columns…, sign): +1 for new rows, -1 for old ones.
CREATE FUNCTION faultline_delta(op text, cols text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE op
    WHEN 'INSERT' THEN format('SELECT %s, 1 AS sign FROM new_rows', cols)
    WHEN 'DELETE' THEN format('SELECT %s, -1 AS sign FROM old_rows', cols)
    ELSE format('SELECT %s, 1 AS sign FROM new_rows UNION ALL SELECT %s, -1 FROM old_rows', cols, cols)
  END
$$;

CREATE FUNCTION faultline_article_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($q$
    WITH d AS (%s)
    INSERT INTO "ReaderStat" (key, n) SELECT 'articles', sum(sign) FROM d WHERE live HAVING sum(sign) <> 0
    ON CONFLICT (key) DO UPDATE SET n = "ReaderStat".n + EXCLUDED.n$q$,
    faultline_delta(TG_OP, $c$(status = 'published' AND "deletedAt" IS NULL) AS live$c$));
  RETURN NULL;
END $$;

CREATE FUNCTION faultline_actor_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($q$
    WITH d AS (%s)
    INSERT INTO "ReaderStat" (key, n)
    SELECT k, sum(sign) FROM d, LATERAL (VALUES ('actors'), ('actors:' || kind)) keys(k) WHERE live GROUP BY k HAVING sum(sign) <> 0
    ON CONFLICT (key) DO UPDATE SET n = "ReaderStat".n + EXCLUDED.n$q$,
    faultline_delta(TG_OP, $c$kind::text AS kind, ("deletedAt" IS NULL AND "mergedIntoId" IS NULL) AS live$c$));
  RETURN NULL;
END $$;

CREATE FUNCTION faultline_statement_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($q$
    WITH d AS (%s),
    v AS (SELECT actor, day, sign FROM d WHERE visible),
    total AS (
      INSERT INTO "ReaderStat" (key, n) SELECT 'statements', sum(sign) FROM v HAVING sum(sign) <> 0
      ON CONFLICT (key) DO UPDATE SET n = "ReaderStat".n + EXCLUDED.n),
    per_actor AS (
      INSERT INTO "ActorStat" ("actorId", statements) SELECT actor, sum(sign) FROM v GROUP BY actor HAVING sum(sign) <> 0
      ON CONFLICT ("actorId") DO UPDATE SET statements = "ActorStat".statements + EXCLUDED.statements)
    INSERT INTO "ActorDay" ("actorId", day, statements) SELECT actor, day, sum(sign) FROM v GROUP BY actor, day HAVING sum(sign) <> 0
    ON CONFLICT ("actorId", day) DO UPDATE SET statements = "ActorDay".statements + EXCLUDED.statements$q$,
    faultline_delta(TG_OP, '"speakerId" AS actor, day, visible'));
  RETURN NULL;
END $$;

CREATE FUNCTION faultline_mention_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($q$
    WITH d AS (%s),
    v AS (SELECT actor, day, count, sign FROM d WHERE visible),
    per_actor AS (
      INSERT INTO "ActorStat" ("actorId", mentions, articles) SELECT actor, sum(sign * count), sum(sign) FROM v GROUP BY actor
      HAVING sum(sign * count) <> 0 OR sum(sign) <> 0
      ON CONFLICT ("actorId") DO UPDATE SET mentions = "ActorStat".mentions + EXCLUDED.mentions, articles = "ActorStat".articles + EXCLUDED.articles)
    INSERT INTO "ActorDay" ("actorId", day, mentions, articles) SELECT actor, day, sum(sign * count), sum(sign) FROM v GROUP BY actor, day
    HAVING sum(sign * count) <> 0 OR sum(sign) <> 0
    ON CONFLICT ("actorId", day) DO UPDATE SET mentions = "ActorDay".mentions + EXCLUDED.mentions, articles = "ActorDay".articles + EXCLUDED.articles$q$,
    faultline_delta(TG_OP, '"actorId" AS actor, day, count, visible'));
  RETURN NULL;
END $$;

CREATE FUNCTION faultline_event_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($q$
    WITH d AS (%s),
    v AS (SELECT COALESCE(placed, DATE '0001-01-01') AS day, COALESCE(placed_end, DATE '0001-01-01') AS day_end, type, sign FROM d WHERE visible),
    total AS (
      INSERT INTO "ReaderStat" (key, n) SELECT 'events', sum(sign) FROM v HAVING sum(sign) <> 0
      ON CONFLICT (key) DO UPDATE SET n = "ReaderStat".n + EXCLUDED.n)
    INSERT INTO "EventDay" (day, "dayEnd", type, n) SELECT day, day_end, type, sum(sign) FROM v GROUP BY 1, 2, 3 HAVING sum(sign) <> 0
    ON CONFLICT (day, "dayEnd", type) DO UPDATE SET n = "EventDay".n + EXCLUDED.n$q$,
    faultline_delta(TG_OP, '"placedOn" AS placed, "placedEnd" AS placed_end, type, visible'));
  RETURN NULL;
END $$;

CREATE FUNCTION faultline_event_actor_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($q$
    WITH d AS (%s),
    v AS (SELECT actor, COALESCE(placed, DATE '0001-01-01') AS day, COALESCE(placed_end, DATE '0001-01-01') AS day_end, type, sign FROM d WHERE visible),
    per_actor AS (
      INSERT INTO "ActorStat" ("actorId", events) SELECT actor, sum(sign) FROM v GROUP BY actor HAVING sum(sign) <> 0
      ON CONFLICT ("actorId") DO UPDATE SET events = "ActorStat".events + EXCLUDED.events)
    INSERT INTO "ActorEventDay" ("actorId", day, "dayEnd", type, n) SELECT actor, day, day_end, type, sum(sign) FROM v GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0
    ON CONFLICT ("actorId", day, "dayEnd", type) DO UPDATE SET n = "ActorEventDay".n + EXCLUDED.n$q$,
    faultline_delta(TG_OP, '"actorId" AS actor, "placedOn" AS placed, "placedEnd" AS placed_end, type, visible'));
  RETURN NULL;
END $$;

-- Everything above, recomputed from the base tables.
CREATE FUNCTION faultline_rebuild_reader_stats() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Event" e SET "reportedOn" = r.reported, "linked" = r.linked
  FROM (
    SELECT e2.id, min(a."publishedOn") FILTER (WHERE a.status = 'published' AND a."deletedAt" IS NULL) AS reported, count(ea."articleId") > 0 AS linked
    FROM "Event" e2 LEFT JOIN "EventArticle" ea ON ea."eventId" = e2.id LEFT JOIN "Article" a ON a.id = ea."articleId"
    GROUP BY e2.id
  ) r
  WHERE e.id = r.id AND (e."reportedOn" IS DISTINCT FROM r.reported OR e."linked" <> r.linked);

  UPDATE "Statement" s SET "visible" = x.visible, "day" = x.day
  FROM (
    SELECT s2.id, (s2."deletedAt" IS NULL AND a.status = 'published' AND a."deletedAt" IS NULL AND sp."deletedAt" IS NULL) AS visible,
           COALESCE(s2."saidOn", a."publishedOn") AS day
    FROM "Statement" s2 JOIN "Article" a ON a.id = s2."articleId" JOIN "Actor" sp ON sp.id = s2."speakerId"
  ) x
  WHERE s.id = x.id AND (s."visible", s."day") IS DISTINCT FROM (x.visible, x.day);

  UPDATE "ActorMention" m SET "visible" = (a.status = 'published' AND a."deletedAt" IS NULL), "day" = a."publishedOn"
  FROM "Article" a
  WHERE a.id = m."articleId" AND (m."visible", m."day") IS DISTINCT FROM ((a.status = 'published' AND a."deletedAt" IS NULL), a."publishedOn");

  UPDATE "EventActor" ea SET "type" = e.type, "placedOn" = e."placedOn", "placedEnd" = e."placedEnd", "sortOn" = e."sortOn", "visible" = e."visible"
  FROM "Event" e
  WHERE e.id = ea."eventId"
    AND (ea.type, ea."placedOn", ea."placedEnd", ea."sortOn", ea."visible") IS DISTINCT FROM (e.type, e."placedOn", e."placedEnd", e."sortOn", e."visible");

  TRUNCATE "ReaderStat", "EventDay", "ActorStat", "ActorDay", "ActorEventDay";
  INSERT INTO "ReaderStat" (key, n)
    SELECT 'articles', count(*) FROM "Article" WHERE status = 'published' AND "deletedAt" IS NULL
    UNION ALL SELECT 'actors', count(*) FROM "Actor" WHERE "deletedAt" IS NULL AND "mergedIntoId" IS NULL
    UNION ALL SELECT 'actors:' || kind, count(*) FROM "Actor" WHERE "deletedAt" IS NULL AND "mergedIntoId" IS NULL GROUP BY kind
    UNION ALL SELECT 'statements', count(*) FROM "Statement" WHERE visible
    UNION ALL SELECT 'events', count(*) FROM "Event" WHERE visible;
  INSERT INTO "EventDay" (day, "dayEnd", type, n)
    SELECT COALESCE("placedOn", DATE '0001-01-01'), COALESCE("placedEnd", DATE '0001-01-01'), type, count(*) FROM "Event" WHERE visible GROUP BY 1, 2, 3;
  INSERT INTO "ActorEventDay" ("actorId", day, "dayEnd", type, n)
    SELECT "actorId", COALESCE("placedOn", DATE '0001-01-01'), COALESCE("placedEnd", DATE '0001-01-01'), type, count(*) FROM "EventActor" WHERE visible GROUP BY 1, 2, 3, 4;
  INSERT INTO "ActorDay" ("actorId", day, statements, mentions, articles)
    SELECT actor, day, sum(st), sum(me), sum(ar) FROM (
      SELECT "speakerId" AS actor, day, 1 AS st, 0 AS me, 0 AS ar FROM "Statement" WHERE visible
      UNION ALL SELECT "actorId", day, 0, count, 1 FROM "ActorMention" WHERE visible
    ) x GROUP BY 1, 2;
  INSERT INTO "ActorStat" ("actorId", statements, events, mentions, articles)
    SELECT actor, sum(st), sum(ev), sum(me), sum(ar) FROM (
      SELECT "actorId" AS actor, statements AS st, 0 AS ev, mentions AS me, articles AS ar FROM "ActorDay"
      UNION ALL SELECT "actorId", 0, n, 0, 0 FROM "ActorEventDay"
    ) x GROUP BY 1;
END $$;

SELECT faultline_rebuild_reader_stats();

-- Derived columns first (BEFORE row triggers), then the cascades, then the tallies.
CREATE TRIGGER statement_derive BEFORE INSERT OR UPDATE ON "Statement" FOR EACH ROW EXECUTE FUNCTION faultline_statement_derive();
CREATE TRIGGER mention_derive BEFORE INSERT OR UPDATE ON "ActorMention" FOR EACH ROW EXECUTE FUNCTION faultline_mention_derive();
CREATE TRIGGER event_actor_derive BEFORE INSERT OR UPDATE ON "EventActor" FOR EACH ROW EXECUTE FUNCTION faultline_event_actor_derive();

CREATE TRIGGER event_article_insert AFTER INSERT ON "EventArticle" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_event_article_changed();
CREATE TRIGGER event_article_update AFTER UPDATE ON "EventArticle" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_event_article_changed();
CREATE TRIGGER event_article_delete AFTER DELETE ON "EventArticle" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_event_article_changed();
CREATE TRIGGER article_cascade AFTER UPDATE ON "Article" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_article_updated();
CREATE TRIGGER actor_cascade AFTER UPDATE ON "Actor" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_updated();
CREATE TRIGGER event_cascade AFTER UPDATE ON "Event" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_event_updated();

CREATE TRIGGER article_tally_insert AFTER INSERT ON "Article" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_article_tally();
CREATE TRIGGER article_tally_update AFTER UPDATE ON "Article" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_article_tally();
CREATE TRIGGER article_tally_delete AFTER DELETE ON "Article" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_article_tally();
CREATE TRIGGER actor_tally_insert AFTER INSERT ON "Actor" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_tally();
CREATE TRIGGER actor_tally_update AFTER UPDATE ON "Actor" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_tally();
CREATE TRIGGER actor_tally_delete AFTER DELETE ON "Actor" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_tally();
CREATE TRIGGER statement_tally_insert AFTER INSERT ON "Statement" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_statement_tally();
CREATE TRIGGER statement_tally_update AFTER UPDATE ON "Statement" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_statement_tally();
CREATE TRIGGER statement_tally_delete AFTER DELETE ON "Statement" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_statement_tally();
CREATE TRIGGER mention_tally_insert AFTER INSERT ON "ActorMention" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_mention_tally();
CREATE TRIGGER mention_tally_update AFTER UPDATE ON "ActorMention" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_mention_tally();
CREATE TRIGGER mention_tally_delete AFTER DELETE ON "ActorMention" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_mention_tally();
CREATE TRIGGER event_tally_insert AFTER INSERT ON "Event" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_event_tally();
CREATE TRIGGER event_tally_update AFTER UPDATE ON "Event" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_event_tally();
CREATE TRIGGER event_tally_delete AFTER DELETE ON "Event" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_event_tally();
CREATE TRIGGER event_actor_tally_insert AFTER INSERT ON "EventActor" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_event_actor_tally();
CREATE TRIGGER event_actor_tally_update AFTER UPDATE ON "EventActor" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_event_actor_tally();
CREATE TRIGGER event_actor_tally_delete AFTER DELETE ON "EventActor" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_event_actor_tally();

-- CreateIndex
CREATE INDEX "Actor_name_id_idx" ON "Actor"("name", "id");

-- CreateIndex
CREATE INDEX "ActorMention_actorId_visible_day_articleId_idx" ON "ActorMention"("actorId", "visible", "day" DESC, "articleId" DESC);

-- CreateIndex
CREATE INDEX "Article_list_idx" ON "Article"("status", "publishedOn" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Event_visible_sortOn_id_idx" ON "Event"("visible", "sortOn" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Event_visible_createdAt_id_idx" ON "Event"("visible", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "EventActor_actorId_visible_sortOn_eventId_idx" ON "EventActor"("actorId", "visible", "sortOn" DESC, "eventId" DESC);

-- CreateIndex
CREATE INDEX "Statement_visible_sortOn_id_idx" ON "Statement"("visible", "sortOn" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Statement_speakerId_visible_sortOn_id_idx" ON "Statement"("speakerId", "visible", "sortOn" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Statement_visible_createdAt_id_idx" ON "Statement"("visible", "createdAt" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "ActorStat" ADD CONSTRAINT "ActorStat_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
