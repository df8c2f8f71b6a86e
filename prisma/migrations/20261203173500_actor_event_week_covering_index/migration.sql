-- The actor profile's activity band (lib/actors/queries.ts actorActivity) sums ActorEventWeek's n per month
-- of an actor's events. Through the primary key it read a table page per row: for the busiest actor of the
-- large synthetic set (1,697 rows, 436 heap pages) 34–43 ms on a loaded machine. Covering n it is an
-- index-only scan of 15 pages: 2 ms. Measured 2026-12-03 on .data/bench-large.

-- CreateIndex
CREATE INDEX "ActorEventWeek_actorId_day_dayEnd_n_idx" ON "ActorEventWeek"("actorId", "day", "dayEnd", "n");
