-- CreateEnum
CREATE TYPE "PlaceSource" AS ENUM ('pending', 'gazetteer', 'editor', 'unresolved');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "placeId" TEXT;

-- CreateTable
CREATE TABLE "Place" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "countryCode" TEXT,
    "geonameId" INTEGER,
    "source" "PlaceSource" NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Place_key_key" ON "Place"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Place_slug_key" ON "Place"("slug");

-- CreateIndex
CREATE INDEX "Place_source_idx" ON "Place"("source");

-- CreateIndex
CREATE INDEX "Event_placeId_visible_sortOn_id_idx" ON "Event"("placeId", "visible", "sortOn" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: every writer of "Event" (editor, import, synthetic COPY, seed) links the event to the
-- Place its place text names, creating a pending Place the first time a text is seen. Coordinates are
-- filled by lib/places/resolve.ts (on publish, and by `npm run places:resolve` for older rows).
CREATE FUNCTION faultline_place_key(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT nullif(lower(btrim(regexp_replace($1, '\s+', ' ', 'g'))), '')
$$;

CREATE FUNCTION faultline_place_for(place_text text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  k text := faultline_place_key(place_text);
  base text;
  found_id text;
BEGIN
  IF k IS NULL THEN RETURN NULL; END IF;
  SELECT id INTO found_id FROM "Place" WHERE key = k;
  IF found_id IS NOT NULL THEN RETURN found_id; END IF;
  base := left(btrim(regexp_replace(k, '[^a-z0-9]+', '-', 'g'), '-'), 80);
  IF base = '' OR EXISTS (SELECT 1 FROM "Place" WHERE slug = base) THEN
    base := concat_ws('-', nullif(base, ''), left(md5(k), 8));
  END IF;
  INSERT INTO "Place" (id, key, slug, name, "updatedAt")
  VALUES ('pl' || left(md5(k), 23), k, base, left(btrim(regexp_replace(place_text, '\s+', ' ', 'g')), 200), now())
  ON CONFLICT (key) DO NOTHING;
  SELECT id INTO found_id FROM "Place" WHERE key = k;
  RETURN found_id;
END $$;

CREATE FUNCTION faultline_event_place() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.place IS DISTINCT FROM OLD.place OR NEW."placeId" IS NULL THEN
    NEW."placeId" := faultline_place_for(NEW.place);
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER event_place BEFORE INSERT OR UPDATE OF place ON "Event" FOR EACH ROW EXECUTE FUNCTION faultline_event_place();

-- Link the events already stored.
UPDATE "Event" SET "placeId" = faultline_place_for(place) WHERE place IS NOT NULL AND "placeId" IS NULL;
