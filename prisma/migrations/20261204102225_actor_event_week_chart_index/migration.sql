-- The timeline chart of one actor (lib/events/queries.ts dayCounts) sums ActorEventWeek's n per day, last day and
-- category, so it reads the type too: the activity band's index (actorId, day, dayEnd, n) left it a bitmap heap
-- scan of a page per row (busiest actor of the large synthetic set: 1,810 rows, 466 buffers, 1.9 ms best of 7).
-- With the type in the index both statements are index-only scans (22 buffers, 0.9 ms; the band unchanged at
-- 1.2 ms). Measured 2026-12-04 on .data/bench-large.

-- DropIndex
DROP INDEX "ActorEventWeek_actorId_day_dayEnd_n_idx";

-- CreateIndex
CREATE INDEX "ActorEventWeek_actorId_day_dayEnd_type_n_idx" ON "ActorEventWeek"("actorId", "day", "dayEnd", "type", "n");
