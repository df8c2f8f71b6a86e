-- CreateIndex
CREATE INDEX "ActorDay_day_idx" ON "ActorDay"("day");

-- CreateIndex
CREATE INDEX "ActorEventDay_day_idx" ON "ActorEventDay"("day");

-- CreateIndex
CREATE INDEX "Statement_speakerId_saidPrecision_idx" ON "Statement"("speakerId", "saidPrecision");
