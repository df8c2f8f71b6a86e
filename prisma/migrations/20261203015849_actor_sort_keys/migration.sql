-- AlterTable
ALTER TABLE "ActorStat" ADD COLUMN     "activity" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastActive" DATE NOT NULL DEFAULT '0001-01-01'::date;

-- CreateIndex
CREATE INDEX "ActorStat_activity_actorId_idx" ON "ActorStat"("activity" DESC, "actorId" DESC);

-- CreateIndex
CREATE INDEX "ActorStat_lastActive_actorId_idx" ON "ActorStat"("lastActive" DESC, "actorId" DESC);

-- The actor directory by name ignoring case, and the statement list by speaker name (keyset on (lower(name), id)).
CREATE INDEX "Actor_lower_name_id_idx" ON "Actor"(lower("name"), "id");

-- ActorStat's sort keys. activity = statements + events, set on every write of the row. lastActive is
-- the newest ActorDay day with statements or ActorEventDay day with events (0001-01-01: none), re-read
-- (two index probes per actor) for the actors whose rows a statement touched. Every actor has an
-- ActorStat row, so the orders can walk these indexes and join Actor, not sort all actors.
CREATE FUNCTION faultline_actor_stat_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.activity := NEW.statements + NEW.events;
  RETURN NEW;
END $$;

CREATE FUNCTION faultline_actor_last_active(actor text) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT greatest(
    COALESCE((SELECT d.day FROM "ActorDay" d WHERE d."actorId" = actor AND d.statements > 0 ORDER BY d.day DESC LIMIT 1), DATE '0001-01-01'),
    COALESCE((SELECT r.day FROM "ActorEventDay" r WHERE r."actorId" = actor AND r.n > 0 ORDER BY r.day DESC LIMIT 1), DATE '0001-01-01'))
$$;

CREATE FUNCTION faultline_actor_last_active_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($q$
    WITH d AS (%s)
    UPDATE "ActorStat" s SET "lastActive" = faultline_actor_last_active(s."actorId")
    WHERE s."actorId" IN (SELECT DISTINCT actor FROM d) AND s."lastActive" <> faultline_actor_last_active(s."actorId")$q$,
    faultline_delta(TG_OP, '"actorId" AS actor'));
  RETURN NULL;
END $$;

CREATE FUNCTION faultline_actor_stat_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ActorStat" ("actorId") SELECT id FROM new_rows ON CONFLICT ("actorId") DO NOTHING;
  RETURN NULL;
END $$;

CREATE FUNCTION faultline_rebuild_actor_sort_keys() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ActorStat" ("actorId") SELECT id FROM "Actor" ON CONFLICT ("actorId") DO NOTHING;
  UPDATE "ActorStat" SET activity = statements + events WHERE activity <> statements + events;
  UPDATE "ActorStat" s SET "lastActive" = faultline_actor_last_active(s."actorId") WHERE s."lastActive" <> faultline_actor_last_active(s."actorId");
END $$;

CREATE OR REPLACE FUNCTION faultline_rebuild_reader_stats() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM faultline_rebuild_reader_stats_base();
  PERFORM faultline_rebuild_query_rollups();
  PERFORM faultline_rebuild_actor_sort_keys();
END $$;

SELECT faultline_rebuild_actor_sort_keys();

CREATE TRIGGER actor_stat_activity BEFORE INSERT OR UPDATE ON "ActorStat" FOR EACH ROW EXECUTE FUNCTION faultline_actor_stat_activity();
CREATE TRIGGER actor_stat_row AFTER INSERT ON "Actor" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_stat_row();
CREATE TRIGGER actor_day_last_active_insert AFTER INSERT ON "ActorDay" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_last_active_changed();
CREATE TRIGGER actor_day_last_active_update AFTER UPDATE ON "ActorDay" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_last_active_changed();
CREATE TRIGGER actor_day_last_active_delete AFTER DELETE ON "ActorDay" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_last_active_changed();
CREATE TRIGGER actor_event_day_last_active_insert AFTER INSERT ON "ActorEventDay" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_last_active_changed();
CREATE TRIGGER actor_event_day_last_active_update AFTER UPDATE ON "ActorEventDay" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_last_active_changed();
CREATE TRIGGER actor_event_day_last_active_delete AFTER DELETE ON "ActorEventDay" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION faultline_actor_last_active_changed();
