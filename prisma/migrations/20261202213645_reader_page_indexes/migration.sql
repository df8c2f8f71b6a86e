-- CreateIndex
CREATE INDEX "ActorStat_articles_idx" ON "ActorStat"("articles" DESC);

-- CreateIndex
CREATE INDEX "Article_publicationId_idx" ON "Article"("publicationId");
