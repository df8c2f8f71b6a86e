-- The actor profile's activity band (lib/actors/queries.ts actorActivity, statements dated only to a quarter or a
-- year) read each such statement's table page and its article's: for the busiest speaker of the large synthetic
-- set (3,156 of them) 183 ms with cold buffers, 18 ms warm (3,033 Statement pages). With both indexes covering
-- the query it is two index-only scans: 14 ms cold, 11 ms warm (36 Statement index pages; Article by id without
-- the table, where the planner otherwise hashed all 100,000 articles). Measured 2026-12-03 on .data/bench-large.

-- DropIndex
DROP INDEX "Statement_speakerId_saidPrecision_idx";

-- CreateIndex
CREATE INDEX "Article_id_publishedOn_idx" ON "Article"("id", "publishedOn");

-- CreateIndex
CREATE INDEX "Statement_speakerId_saidPrecision_visible_saidOn_articleId_idx" ON "Statement"("speakerId", "saidPrecision", "visible", "saidOn", "articleId");
