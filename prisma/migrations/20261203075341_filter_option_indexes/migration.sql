-- CreateIndex
CREATE INDEX "Article_publicationId_status_deletedAt_idx" ON "Article"("publicationId", "status", "deletedAt");

-- CreateIndex
CREATE INDEX "ArticleTopic_topicId_articleId_idx" ON "ArticleTopic"("topicId", "articleId");
