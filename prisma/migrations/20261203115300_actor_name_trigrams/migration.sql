-- Trigram indexes for search's actor match (name ILIKE '%words%', alias LIKE '%words%'): without them every
-- actor's name was read and case-folded per search. pg_trgm ships with PostgreSQL (contrib) and with the
-- embedded server; it is a trusted extension, so a database owner may create it on an external server.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Actor_name_trgm_idx" ON "Actor" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ActorAlias_normalized_trgm_idx" ON "ActorAlias" USING GIN ("normalized" gin_trgm_ops);
