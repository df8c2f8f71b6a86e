-- CreateIndex
CREATE INDEX "ActorEventDay_dayEnd_idx" ON "ActorEventDay"("dayEnd");

-- CreateIndex
CREATE INDEX "ActorStat_articles_idx" ON "ActorStat"("articles" DESC);

-- CreateIndex
CREATE INDEX "Article_publicationId_idx" ON "Article"("publicationId");

-- CreateIndex
CREATE INDEX "Event_visible_placedEnd_idx" ON "Event"("visible", "placedEnd");

-- CreateIndex
CREATE INDEX "EventDay_dayEnd_idx" ON "EventDay"("dayEnd");
