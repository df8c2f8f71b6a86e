-- Hand-written. The reader pages read the large tables by index-only scans (a profile's activity band: the
-- speaker's quarter- and year-dated statements; its articles and co-occurring actors: ActorMention; the
-- rollups), which skip the table only for pages marked all-visible. An update clears that mark and only a
-- VACUUM sets it again, and autovacuum comes after 20 % of a table has changed: 200,000 statements. The
-- backfill of 20261203220000_statement_latest_said_on rewrote ~20,000 statements, after which the busiest
-- speaker's activity band fetched 3,156 heap rows per request (67 ms instead of 12 ms, load ~15). These
-- tables are vacuumed after 1 % of their rows changed; `npm start` also vacuums after applying migrations
-- to a database that holds data (lib/db/prepare.ts), so a backfill does not wait for autovacuum at all.
ALTER TABLE "Statement" SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE "ActorMention" SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE "ActorDay" SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE "Event" SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE "EventActor" SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02);
