import type { TestDatabase } from "./database";

// Every rollup table, its rows that count something (triggers leave zero rows behind where a count
// moved away; a rebuild does not).
export const ROLLUPS = {
  ReaderStat: "n <> 0", EventDay: "n <> 0", ActorEventDay: "n <> 0", EventWeek: "n <> 0", ActorEventWeek: "n <> 0", EventPlace: "n <> 0", ActorPlace: "n <> 0",
  ActorStat: "(statements, events, mentions, articles) <> (0, 0, 0, 0)", ActorDay: "(statements, mentions, articles) <> (0, 0, 0)",
};

/** A digest of each rollup table, and of each event's and event-actor row's Place link (checked against its place text). */
export async function rollupDigest(db: TestDatabase) {
  const out: Record<string, unknown> = {};
  for (const [t, live] of Object.entries(ROLLUPS)) {
    out[t] = await db.prisma.$queryRawUnsafe(`SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h, count(*)::int AS n FROM (SELECT * FROM "${t}" WHERE ${live}) x`);
  }
  out.misplaced = await db.prisma.$queryRawUnsafe(`SELECT e.id FROM "Event" e LEFT JOIN "Place" p ON p.id = e."placeId"
    WHERE p.key IS DISTINCT FROM faultline_place_key(e.place)
      OR EXISTS (SELECT 1 FROM "EventActor" ea WHERE ea."eventId" = e.id AND ea."placeId" IS DISTINCT FROM e."placeId")`);
  return out;
}

/** The rollups as they are, and as faultline_rebuild_reader_stats() recounts them from the base tables. */
export async function rollupsAndRecount(db: TestDatabase) {
  const kept = await rollupDigest(db);
  await db.prisma.$executeRawUnsafe(`SELECT faultline_rebuild_reader_stats()`);
  return { kept, recounted: await rollupDigest(db) };
}
