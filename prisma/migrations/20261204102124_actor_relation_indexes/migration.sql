-- CreateIndex
CREATE INDEX "Actor_parentId_name_idx" ON "Actor"("parentId", "name");

-- CreateIndex
CREATE INDEX "Actor_mergedIntoId_idx" ON "Actor"("mergedIntoId");
