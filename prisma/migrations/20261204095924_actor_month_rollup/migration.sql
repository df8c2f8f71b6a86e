-- CreateTable
CREATE TABLE "ActorMonth" (
    "actorId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "monthEnd" DATE NOT NULL,
    "statements" INTEGER NOT NULL DEFAULT 0,
    "mentions" INTEGER NOT NULL DEFAULT 0,
    "events" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ActorMonth_pkey" PRIMARY KEY ("actorId","month","monthEnd")
);

-- CreateIndex
CREATE INDEX "ActorMonth_actorId_month_monthEnd_statements_mentions_event_idx" ON "ActorMonth"("actorId", "month", "monthEnd", "statements", "mentions", "events");

-- ---------------------------------------------------------------------------------------------------
-- Hand-written: ActorMonth, the actor profile's activity band by month, kept in the transaction of every
-- write like the other rollups. Rows from ActorDay (statements and mentions, month = monthEnd) and from
-- ActorEventWeek (dated events by the first and last month of their ranges) share the table: the band reads
-- one index-only range of a few dozen rows per actor instead of grouping ~1,500 days and ~1,700 weeks.
-- Kept from both tables by statement triggers (their deltas summed per month); rows that fall back to
-- zero stay and are ignored by readers. faultline_rebuild_reader_stats() recomputes it last, from the
-- rebuilt ActorDay and ActorEventWeek (bulk loads run without triggers; a TRUNCATE of either is a rebuild).
-- ---------------------------------------------------------------------------------------------------

CREATE FUNCTION faultline_actor_month_day_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($q$
    WITH d AS (%s)
    INSERT INTO "ActorMonth" ("actorId", month, "monthEnd", statements, mentions)
    SELECT actor, date_trunc('month', day)::date, date_trunc('month', day)::date, sum(sign * statements), sum(sign * mentions)
    FROM d GROUP BY 1, 2 HAVING sum(sign * statements) <> 0 OR sum(sign * mentions) <> 0
    ON CONFLICT ("actorId", month, "monthEnd") DO UPDATE
      SET statements = "ActorMonth".statements + EXCLUDED.statements, mentions = "ActorMonth".mentions + EXCLUDED.mentions$q$,
    faultline_delta(TG_OP, '"actorId" AS actor, day, statements, mentions'));
  RETURN NULL;
END $$;

CREATE FUNCTION faultline_actor_month_event_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($q$
    WITH d AS (%s)
    INSERT INTO "ActorMonth" ("actorId", month, "monthEnd", events)
    SELECT actor, date_trunc('month', day)::date, date_trunc('month', day_end)::date, sum(sign * n)
    FROM d WHERE day > DATE '0001-01-01' GROUP BY 1, 2, 3 HAVING sum(sign * n) <> 0
    ON CONFLICT ("actorId", month, "monthEnd") DO UPDATE SET events = "ActorMonth".events + EXCLUDED.events$q$,
    faultline_delta(TG_OP, '"actorId" AS actor, day, "dayEnd" AS day_end, n'));
  RETURN NULL;
END $$;

CREATE FUNCTION faultline_rebuild_actor_months() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "ActorMonth";
  INSERT INTO "ActorMonth" ("actorId", month, "monthEnd", statements, mentions, events)
  SELECT actor, month, month_end, sum(statements), sum(mentions), sum(events) FROM (
    SELECT "actorId" AS actor, date_trunc('month', day)::date AS month, date_trunc('month', day)::date AS month_end,
           statements, mentions, 0 AS events
    FROM "ActorDay"
    UNION ALL
    SELECT "actorId", date_trunc('month', day)::date, date_trunc('month', "dayEnd")::date, 0, 0, n
    FROM "ActorEventWeek" WHERE day > DATE '0001-01-01') parts
  GROUP BY 1, 2, 3
  HAVING sum(statements) <> 0 OR sum(mentions) <> 0 OR sum(events) <> 0;
$$;

CREATE OR REPLACE FUNCTION faultline_rebuild_reader_stats() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM faultline_rebuild_latest_said_on();
  PERFORM faultline_rebuild_reader_stats_base();
  PERFORM faultline_rebuild_query_rollups();
  PERFORM faultline_rebuild_actor_sort_keys();
  PERFORM faultline_rebuild_actor_months();
END $$;

SELECT faultline_rebuild_actor_months();

CREATE TRIGGER actor_month_day_tally_insert AFTER INSERT ON "ActorDay" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_month_day_tally();
CREATE TRIGGER actor_month_day_tally_update AFTER UPDATE ON "ActorDay" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_month_day_tally();
CREATE TRIGGER actor_month_day_tally_delete AFTER DELETE ON "ActorDay" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_month_day_tally();
CREATE TRIGGER actor_month_event_tally_insert AFTER INSERT ON "ActorEventWeek" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_month_event_tally();
CREATE TRIGGER actor_month_event_tally_update AFTER UPDATE ON "ActorEventWeek" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_month_event_tally();
CREATE TRIGGER actor_month_event_tally_delete AFTER DELETE ON "ActorEventWeek" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_month_event_tally();
