-- CreateIndex
CREATE INDEX "ActorStat_events_actorId_idx" ON "ActorStat"("events" DESC, "actorId");

-- CreateIndex
CREATE INDEX "ActorStat_statements_actorId_idx" ON "ActorStat"("statements" DESC, "actorId");
