-- Hand-written. The actor profile's activity band draws a statement dated only to a quarter or a year over every
-- month it may fall in: from its period's start to the period's end, or to its article's publication day if that is
-- earlier. That last day was read per request by joining each such statement to its article (the busiest speaker
-- of the large synthetic set: 3,156 statements, 3,156 Article index probes, 11–29 ms). Statement."latestSaidOn"
-- now holds it, derived by the statement's own trigger (which already reads the article for "visible" and "day")
-- and so re-derived whenever a statement is created, corrected or moved (merge), or its article is re-dated
-- (faultline_article_updated touches its statements): the band is one index-only scan.

ALTER TABLE "Statement" ADD COLUMN "latestSaidOn" DATE;

-- NULL for statements dated to a day, week or month (or undated): they are not drawn as a band.
CREATE FUNCTION faultline_latest_said_on(said_on date, said_precision "DatePrecision", published_on date) RETURNS date
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN said_on IS NULL THEN NULL
    WHEN said_precision = 'quarter' THEN GREATEST(said_on, LEAST(published_on, (date_trunc('quarter', said_on::timestamp) + interval '3 months - 1 day')::date))
    WHEN said_precision = 'year' THEN GREATEST(said_on, LEAST(published_on, (date_trunc('year', said_on::timestamp) + interval '1 year - 1 day')::date))
  END
$$;

CREATE OR REPLACE FUNCTION faultline_statement_derive() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE live boolean; published date;
BEGIN
  SELECT a.status = 'published' AND a."deletedAt" IS NULL, a."publishedOn" INTO live, published FROM "Article" a WHERE a.id = NEW."articleId";
  NEW."day" := COALESCE(NEW."saidOn", published);
  NEW."latestSaidOn" := faultline_latest_said_on(NEW."saidOn", NEW."saidPrecision", published);
  NEW."visible" := NEW."deletedAt" IS NULL AND COALESCE(live, false)
    AND EXISTS (SELECT 1 FROM "Actor" sp WHERE sp.id = NEW."speakerId" AND sp."deletedAt" IS NULL);
  RETURN NEW;
END $$;

-- For bulk loads, which COPY statements with the derive trigger off (lib/demo/synthetic-load.ts), and this backfill.
CREATE FUNCTION faultline_rebuild_latest_said_on() RETURNS void LANGUAGE sql AS $$
  UPDATE "Statement" s SET "latestSaidOn" = faultline_latest_said_on(s."saidOn", s."saidPrecision", a."publishedOn")
  FROM "Article" a
  WHERE a.id = s."articleId" AND s."saidPrecision" IN ('quarter', 'year')
    AND s."latestSaidOn" IS DISTINCT FROM faultline_latest_said_on(s."saidOn", s."saidPrecision", a."publishedOn");
$$;

CREATE OR REPLACE FUNCTION faultline_rebuild_reader_stats() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM faultline_rebuild_latest_said_on();
  PERFORM faultline_rebuild_reader_stats_base();
  PERFORM faultline_rebuild_query_rollups();
  PERFORM faultline_rebuild_actor_sort_keys();
END $$;

-- The backfill touches only quarter- and year-dated statements and changes nothing the tallies count: the
-- triggers stay out of it (the derive trigger would compute the same value).
ALTER TABLE "Statement" DISABLE TRIGGER USER;
SELECT faultline_rebuild_latest_said_on();
ALTER TABLE "Statement" ENABLE TRIGGER USER;

-- The band's covering index: the last day in place of the article id.
DROP INDEX "Statement_speakerId_saidPrecision_visible_saidOn_articleId_idx";
CREATE INDEX "Statement_speakerId_saidPrecision_visible_saidOn_latestSaid_idx" ON "Statement"("speakerId", "saidPrecision", "visible", "saidOn", "latestSaidOn");
