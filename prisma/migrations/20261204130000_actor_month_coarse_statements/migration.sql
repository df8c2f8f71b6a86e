-- AlterTable
ALTER TABLE "ActorMonth" ADD COLUMN     "coarseStatements" INTEGER NOT NULL DEFAULT 0;

-- DropIndex
DROP INDEX "ActorMonth_actorId_month_monthEnd_statements_mentions_event_idx";

-- CreateIndex
CREATE INDEX "ActorMonth_actorId_month_monthEnd_statements_mentions_event_idx" ON "ActorMonth"("actorId", "month", "monthEnd", "statements", "mentions", "events", "coarseStatements");

-- ---------------------------------------------------------------------------------------------------
-- Hand-written: the profile's activity band drew statements dated only to a quarter or a year from the
-- Statement table on every request (the busiest speaker of the large synthetic set: 3,156 index entries
-- grouped, ~1.1 ms of PostgreSQL per cold profile, a third of the band's statement). ActorMonth now keeps
-- them too: per speaker, the month of their period's start ("saidOn") and the month of the last day they
-- may fall on ("latestSaidOn"), as "coarseStatements" in the row (actorId, month, monthEnd). Kept by statement
-- triggers on Statement in the write's transaction (visibility, dates, precision and speaker all live on the
-- row, re-derived by its own trigger), rebuilt by faultline_rebuild_actor_months() from Statement.
-- ---------------------------------------------------------------------------------------------------

CREATE FUNCTION faultline_actor_month_coarse_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($q$
    WITH d AS (%s)
    INSERT INTO "ActorMonth" ("actorId", month, "monthEnd", "coarseStatements")
    SELECT actor, date_trunc('month', said)::date, date_trunc('month', latest)::date, sum(sign)
    FROM d WHERE coarse GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT ("actorId", month, "monthEnd") DO UPDATE
      SET "coarseStatements" = "ActorMonth"."coarseStatements" + EXCLUDED."coarseStatements"$q$,
    faultline_delta(TG_OP, $c$"speakerId" AS actor, "saidOn" AS said, "latestSaidOn" AS latest,
      (visible AND "saidPrecision" IN ('quarter', 'year') AND "saidOn" IS NOT NULL AND "latestSaidOn" IS NOT NULL) AS coarse$c$));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION faultline_rebuild_actor_months() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "ActorMonth";
  INSERT INTO "ActorMonth" ("actorId", month, "monthEnd", statements, mentions, events, "coarseStatements")
  SELECT actor, month, month_end, sum(statements), sum(mentions), sum(events), sum(coarse) FROM (
    SELECT "actorId" AS actor, date_trunc('month', day)::date AS month, date_trunc('month', day)::date AS month_end,
           statements, mentions, 0 AS events, 0 AS coarse
    FROM "ActorDay"
    UNION ALL
    SELECT "actorId", date_trunc('month', day)::date, date_trunc('month', "dayEnd")::date, 0, 0, n, 0
    FROM "ActorEventWeek" WHERE day > DATE '0001-01-01'
    UNION ALL
    SELECT "speakerId", date_trunc('month', "saidOn")::date, date_trunc('month', "latestSaidOn")::date, 0, 0, 0, 1
    FROM "Statement"
    WHERE visible AND "saidPrecision" IN ('quarter', 'year') AND "saidOn" IS NOT NULL AND "latestSaidOn" IS NOT NULL) parts
  GROUP BY 1, 2, 3
  HAVING sum(statements) <> 0 OR sum(mentions) <> 0 OR sum(events) <> 0 OR sum(coarse) <> 0;
$$;

SELECT faultline_rebuild_actor_months();

CREATE TRIGGER actor_month_coarse_tally_insert AFTER INSERT ON "Statement" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_month_coarse_tally();
CREATE TRIGGER actor_month_coarse_tally_update AFTER UPDATE ON "Statement" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_month_coarse_tally();
CREATE TRIGGER actor_month_coarse_tally_delete AFTER DELETE ON "Statement" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_month_coarse_tally();
