-- CreateTable
CREATE TABLE "EventWeek" (
    "day" DATE NOT NULL,
    "dayEnd" DATE NOT NULL,
    "type" "EventType" NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EventWeek_pkey" PRIMARY KEY ("day","dayEnd","type")
);

-- CreateTable
CREATE TABLE "ActorEventWeek" (
    "actorId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "dayEnd" DATE NOT NULL,
    "type" "EventType" NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ActorEventWeek_pkey" PRIMARY KEY ("actorId","day","dayEnd","type")
);

-- CreateTable
CREATE TABLE "EventPlace" (
    "placeId" TEXT NOT NULL,
    "type" "EventType" NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EventPlace_pkey" PRIMARY KEY ("placeId","type")
);

-- DropIndex
DROP INDEX "ActorDay_day_idx";

-- AlterTable
ALTER TABLE "EventActor" ADD COLUMN     "placeId" TEXT;

-- CreateTable
CREATE TABLE "ActorPlace" (
    "actorId" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "type" "EventType" NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ActorPlace_pkey" PRIMARY KEY ("actorId","placeId","type")
);

-- CreateIndex
CREATE INDEX "ActorDay_day_actorId_statements_idx" ON "ActorDay"("day", "actorId", "statements");

-- CreateIndex
CREATE INDEX "ActorDay_actorId_day_statements_mentions_articles_idx" ON "ActorDay"("actorId", "day", "statements", "mentions", "articles");

-- CreateIndex
CREATE INDEX "ActorEventDay_actorId_day_dayEnd_type_n_idx" ON "ActorEventDay"("actorId", "day", "dayEnd", "type", "n");

-- CreateIndex
CREATE INDEX "ActorEventDay_dayEnd_day_actorId_n_idx" ON "ActorEventDay"("dayEnd", "day", "actorId", "n");

-- CreateIndex
CREATE INDEX "EventActor_actorId_placeId_visible_sortOn_eventId_idx" ON "EventActor"("actorId", "placeId", "visible", "sortOn" DESC, "eventId" DESC);

-- CreateIndex
CREATE INDEX "Event_visible_placedEnd_placedOn_sortOn_placeId_type_idx" ON "Event"("visible", "placedEnd", "placedOn", "sortOn", "placeId", "type");

-- CreateIndex
CREATE INDEX "EventDay_dayEnd_day_type_n_idx" ON "EventDay"("dayEnd", "day", "type", "n");

-- ---------------------------------------------------------------------------------------------------
-- Hand-written: rollups for the timeline's chart and map, kept in the transaction of every write like
-- those of the reader_stats migration.
--   EventWeek / ActorEventWeek: EventDay / ActorEventDay with each day moved to the first day it shares
--     with its week and its month, and each last day to the last one (the chart's bars are weeks or
--     months, never days): ~5,000 rows instead of 25,000 at 200,000 events. Kept from EventDay and
--     ActorEventDay by their own statement triggers (TRUNCATE included), so the tallies above need no
--     change and a rebuild of EventDay rebuilds them.
--   EventPlace / ActorPlace: visible events per place and type (per actor), kept by statement triggers on
--     Event and EventActor; EventActor carries its event's placeId like its other copied columns.
-- faultline_rebuild_reader_stats() now also recomputes all three (for loads that run without triggers).
-- ---------------------------------------------------------------------------------------------------

CREATE FUNCTION faultline_chart_day(d date) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN d = DATE '0001-01-01' THEN d
    ELSE greatest(date_trunc('week', d::timestamp), date_trunc('month', d::timestamp))::date END
$$;

CREATE FUNCTION faultline_chart_day_end(d date) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN d = DATE '0001-01-01' THEN d
    ELSE least(date_trunc('week', d::timestamp) + interval '6 days', date_trunc('month', d::timestamp) + interval '1 month' - interval '1 day')::date END
$$;

CREATE FUNCTION faultline_event_week_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($q$
    WITH d AS (%s)
    INSERT INTO "EventWeek" (day, "dayEnd", type, n)
    SELECT faultline_chart_day(day), faultline_chart_day_end(day_end), type, sum(sign * n) FROM d GROUP BY 1, 2, 3 HAVING sum(sign * n) <> 0
    ON CONFLICT (day, "dayEnd", type) DO UPDATE SET n = "EventWeek".n + EXCLUDED.n$q$,
    faultline_delta(TG_OP, 'day, "dayEnd" AS day_end, type, n'));
  RETURN NULL;
END $$;

CREATE FUNCTION faultline_actor_event_week_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($q$
    WITH d AS (%s)
    INSERT INTO "ActorEventWeek" ("actorId", day, "dayEnd", type, n)
    SELECT actor, faultline_chart_day(day), faultline_chart_day_end(day_end), type, sum(sign * n) FROM d GROUP BY 1, 2, 3, 4 HAVING sum(sign * n) <> 0
    ON CONFLICT ("actorId", day, "dayEnd", type) DO UPDATE SET n = "ActorEventWeek".n + EXCLUDED.n$q$,
    faultline_delta(TG_OP, '"actorId" AS actor, day, "dayEnd" AS day_end, type, n'));
  RETURN NULL;
END $$;

CREATE FUNCTION faultline_event_place_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($q$
    WITH d AS (%s)
    INSERT INTO "EventPlace" ("placeId", type, n)
    SELECT place, type, sum(sign) FROM d WHERE visible GROUP BY 1, 2 HAVING sum(sign) <> 0
    ON CONFLICT ("placeId", type) DO UPDATE SET n = "EventPlace".n + EXCLUDED.n$q$,
    faultline_delta(TG_OP, $c$COALESCE("placeId", '') AS place, type, visible$c$));
  RETURN NULL;
END $$;

CREATE FUNCTION faultline_actor_place_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($q$
    WITH d AS (%s)
    INSERT INTO "ActorPlace" ("actorId", "placeId", type, n)
    SELECT actor, place, type, sum(sign) FROM d WHERE visible GROUP BY 1, 2, 3 HAVING sum(sign) <> 0
    ON CONFLICT ("actorId", "placeId", type) DO UPDATE SET n = "ActorPlace".n + EXCLUDED.n$q$,
    faultline_delta(TG_OP, $c$"actorId" AS actor, COALESCE("placeId", '') AS place, type, visible$c$));
  RETURN NULL;
END $$;

-- EventActor copies its event's place too (as in reader_stats, plus placeId).
CREATE OR REPLACE FUNCTION faultline_event_actor_derive() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ev record;
BEGIN
  SELECT e.type, e."placedOn", e."placedEnd", e."sortOn", e."visible", e."placeId" INTO ev FROM "Event" e WHERE e.id = NEW."eventId";
  NEW."type" := ev.type;
  NEW."placedOn" := ev."placedOn";
  NEW."placedEnd" := ev."placedEnd";
  NEW."sortOn" := ev."sortOn";
  NEW."visible" := COALESCE(ev."visible", false);
  NEW."placeId" := ev."placeId";
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION faultline_event_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "EventActor" ea SET "visible" = ea."visible"
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE ea."eventId" = n.id
    AND (n.type, n."placedOn", n."placedEnd", n."sortOn", n."visible", n."placeId") IS DISTINCT FROM (o.type, o."placedOn", o."placedEnd", o."sortOn", o."visible", o."placeId");
  RETURN NULL;
END $$;

-- A rebuild empties EventDay and ActorEventDay with TRUNCATE, which row counts cannot follow.
CREATE FUNCTION faultline_week_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'EventDay' THEN TRUNCATE "EventWeek"; ELSE TRUNCATE "ActorEventWeek"; END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION faultline_rebuild_query_rollups() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "EventActor" ea SET "placeId" = e."placeId" FROM "Event" e WHERE e.id = ea."eventId" AND ea."placeId" IS DISTINCT FROM e."placeId";
  TRUNCATE "EventWeek", "ActorEventWeek", "EventPlace", "ActorPlace";
  INSERT INTO "EventWeek" (day, "dayEnd", type, n)
    SELECT faultline_chart_day(day), faultline_chart_day_end("dayEnd"), type, sum(n) FROM "EventDay" GROUP BY 1, 2, 3 HAVING sum(n) <> 0;
  INSERT INTO "ActorEventWeek" ("actorId", day, "dayEnd", type, n)
    SELECT "actorId", faultline_chart_day(day), faultline_chart_day_end("dayEnd"), type, sum(n) FROM "ActorEventDay" GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0;
  INSERT INTO "EventPlace" ("placeId", type, n)
    SELECT COALESCE("placeId", ''), type, count(*) FROM "Event" WHERE visible GROUP BY 1, 2;
  INSERT INTO "ActorPlace" ("actorId", "placeId", type, n)
    SELECT "actorId", COALESCE("placeId", ''), type, count(*) FROM "EventActor" WHERE visible GROUP BY 1, 2, 3;
END $$;

-- The reader_stats rebuild, then these (callers keep calling faultline_rebuild_reader_stats()).
ALTER FUNCTION faultline_rebuild_reader_stats() RENAME TO faultline_rebuild_reader_stats_base;
CREATE FUNCTION faultline_rebuild_reader_stats() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM faultline_rebuild_reader_stats_base();
  PERFORM faultline_rebuild_query_rollups();
END $$;

-- The backfill of EventActor."placeId" changes nothing the tallies count: their triggers stay out of it.
ALTER TABLE "EventActor" DISABLE TRIGGER USER;
UPDATE "EventActor" ea SET "placeId" = e."placeId" FROM "Event" e WHERE e.id = ea."eventId" AND e."placeId" IS NOT NULL;
ALTER TABLE "EventActor" ENABLE TRIGGER USER;
SELECT faultline_rebuild_query_rollups();

CREATE TRIGGER event_week_tally_insert AFTER INSERT ON "EventDay" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_event_week_tally();
CREATE TRIGGER event_week_tally_update AFTER UPDATE ON "EventDay" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_event_week_tally();
CREATE TRIGGER event_week_tally_delete AFTER DELETE ON "EventDay" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_event_week_tally();
CREATE TRIGGER event_week_truncate AFTER TRUNCATE ON "EventDay" FOR EACH STATEMENT EXECUTE FUNCTION faultline_week_truncate();
CREATE TRIGGER actor_event_week_tally_insert AFTER INSERT ON "ActorEventDay" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_event_week_tally();
CREATE TRIGGER actor_event_week_tally_update AFTER UPDATE ON "ActorEventDay" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_event_week_tally();
CREATE TRIGGER actor_event_week_tally_delete AFTER DELETE ON "ActorEventDay" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_event_week_tally();
CREATE TRIGGER actor_event_week_truncate AFTER TRUNCATE ON "ActorEventDay" FOR EACH STATEMENT EXECUTE FUNCTION faultline_week_truncate();
CREATE TRIGGER event_place_tally_insert AFTER INSERT ON "Event" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_event_place_tally();
CREATE TRIGGER event_place_tally_update AFTER UPDATE ON "Event" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_event_place_tally();
CREATE TRIGGER actor_place_tally_insert AFTER INSERT ON "EventActor" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_place_tally();
CREATE TRIGGER actor_place_tally_update AFTER UPDATE ON "EventActor" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_place_tally();
CREATE TRIGGER actor_place_tally_delete AFTER DELETE ON "EventActor" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_place_tally();
CREATE TRIGGER event_place_tally_delete AFTER DELETE ON "Event" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_event_place_tally();
