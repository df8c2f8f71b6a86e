import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthorizationError } from "@/lib/auth/permissions";
import { seedDemo } from "@/lib/demo/seed";
import { parseTimelineFilters } from "@/lib/events/filters";
import { countTimeline, getTimeline } from "@/lib/events/queries";
import { setPlaceLocation } from "@/lib/places/edit";
import { getMapData, getNewestAt, getPlace, getPlaceActivity } from "@/lib/places/queries";
import { resolvePendingPlaces } from "@/lib/places/resolve";
import type { TestDatabase } from "../support/database";
import { createUsers, useAppDatabase } from "../support/app-database";

let db: TestDatabase;
let users: Awaited<ReturnType<typeof createUsers>>;

beforeAll(async () => {
  db = await useAppDatabase();
  await seedDemo(db.prisma);
  users = await createUsers(db);
}, 120_000);
afterAll(async () => db.drop());

describe("places", () => {
  it("links every event with a place text to one Place per text, case and spacing aside", async () => {
    const events = await db.prisma.event.findMany({ select: { place: true, placeId: true } });
    for (const e of events) expect(e.placeId === null).toBe(!e.place);
    const kyiv = await db.prisma.place.findUniqueOrThrow({ where: { key: "kyiv" } });
    expect(kyiv.slug).toBe("kyiv");
    const event = await db.prisma.event.findFirstOrThrow({ where: { placeId: kyiv.id } });
    // Same text in other case and spacing: the same place. A new text: a new pending place.
    await db.prisma.event.update({ where: { id: event.id }, data: { place: "  KYIV " } });
    expect((await db.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).placeId).toBe(kyiv.id);
    await db.prisma.event.update({ where: { id: event.id }, data: { place: "Brovary" } });
    const moved = await db.prisma.event.findUniqueOrThrow({ where: { id: event.id }, include: { placeRef: true } });
    expect(moved.placeRef).toMatchObject({ name: "Brovary", slug: "brovary", source: "pending" });
    await db.prisma.event.update({ where: { id: event.id }, data: { place: "Kyiv" } });
  });

  it("resolves pending places from the gazetteer and lists the rest as unresolved, never guessed", async () => {
    await db.prisma.place.create({ data: { key: "druzhba oil pipeline", slug: "druzhba-oil-pipeline", name: "Druzhba oil pipeline" } });
    const { resolved } = await resolvePendingPlaces({ db: db.prisma });
    expect(resolved).toBeGreaterThan(0);
    const kyiv = await db.prisma.place.findUniqueOrThrow({ where: { key: "kyiv" } });
    expect(kyiv).toMatchObject({ source: "gazetteer", countryCode: "UA" });
    expect(kyiv.latitude!).toBeCloseTo(50.45, 1);
    expect(kyiv.longitude!).toBeCloseTo(30.52, 1);
    const pipeline = await db.prisma.place.findUniqueOrThrow({ where: { key: "druzhba oil pipeline" } });
    expect(pipeline).toMatchObject({ source: "unresolved", latitude: null, longitude: null });
    expect(await db.prisma.place.count({ where: { source: "pending" } })).toBe(0);
  });

  it("maps exactly the timeline's events: drawn, unresolved and without a place add up to its count", async () => {
    for (const params of [{}, { actor: "russia" }, { type: "missile_drone_strike" }, { actor: ["russia", "ukraine"], match: "all" }]) {
      const filters = parseTimelineFilters(params);
      const map = await getMapData(filters, { db: db.prisma });
      const drawn = map.places.reduce((s, p) => s + p.total, 0);
      const unresolved = map.unresolved.reduce((s, p) => s + p.total, 0);
      expect(drawn + unresolved + map.withoutPlace).toBe(await countTimeline(filters, { db: db.prisma }));
      // A popup's events, asked for on demand: the newest matching ones at its places, as the timeline orders them.
      for (const p of map.places) {
        const events = await getNewestAt(filters, [p.slug], { db: db.prisma });
        expect(events.length).toBe(Math.min(p.total, 6));
        const timeline = await getTimeline({ ...filters, place: undefined }, { take: 500, db: db.prisma });
        const here = timeline.items.filter((e) => e.place && e.place.trim().toLowerCase() === p.name.toLowerCase()).slice(0, events.length);
        expect(events.map((e) => e.id)).toEqual(here.map((e) => e.id));
      }
      const all = map.places.map((p) => p.slug);
      const newest = await getNewestAt(filters, all, { db: db.prisma });
      expect(newest.length).toBe(Math.min(drawn, 6));
      expect(newest.map((e) => e.id)).toEqual((await getTimeline(filters, { take: 500, db: db.prisma })).items.filter((e) => e.place && map.places.some((p) => p.name.toLowerCase() === e.place!.trim().toLowerCase())).slice(0, newest.length).map((e) => e.id));
    }
  });

  it("combines several actors with AND when asked, OR by default", async () => {
    const any = await countTimeline(parseTimelineFilters({ actor: ["russia", "vladimir-putin"] }), { db: db.prisma });
    const all = await countTimeline(parseTimelineFilters({ actor: ["russia", "vladimir-putin"], match: "all" }), { db: db.prisma });
    const russia = await countTimeline(parseTimelineFilters({ actor: "russia" }), { db: db.prisma });
    expect(any).toBeGreaterThanOrEqual(russia);
    expect(all).toBeLessThanOrEqual(russia);
    expect(all).toBeLessThan(any);
  });

  it("shows a place page's events and the actors active there", async () => {
    const kyiv = (await getPlace("kyiv", db.prisma))!;
    const activity = await getPlaceActivity(kyiv.id, { db: db.prisma });
    expect(activity.total).toBeGreaterThan(0);
    expect(activity.events.every((e) => e.place?.toLowerCase() === "kyiv")).toBe(true);
    expect(activity.actors.length).toBeGreaterThan(0);
  });

  it("lets editors correct a place, refuses everyone else, and keeps the correction from the gazetteer", async () => {
    const kyiv = await db.prisma.place.findUniqueOrThrow({ where: { key: "kyiv" } });
    await expect(setPlaceLocation(null, { action: "locate", id: kyiv.id, latitude: 1, longitude: 1 })).rejects.toThrow(AuthorizationError);
    await expect(setPlaceLocation(users.reader, { action: "locate", id: kyiv.id, latitude: 1, longitude: 1 })).rejects.toThrow(AuthorizationError);
    expect(await setPlaceLocation(users.editor, { action: "locate", id: kyiv.id, latitude: 123, longitude: 1 })).toMatchObject({ ok: false, error: "Latitude must be between -90 and 90" });
    expect(await setPlaceLocation(users.editor, { action: "locate", id: "nope", latitude: 1, longitude: 1 })).toMatchObject({ ok: false, error: "Unknown place" });
    expect((await db.prisma.place.findUniqueOrThrow({ where: { id: kyiv.id } })).latitude).toBeCloseTo(50.45, 1);

    expect(await setPlaceLocation(users.editor, { action: "locate", id: kyiv.id, latitude: "50.4501", longitude: "30.5234", countryCode: "ua" })).toMatchObject({ ok: true, slug: "kyiv" });
    await db.prisma.place.updateMany({ where: { source: "unresolved" }, data: { source: "pending" } });
    await resolvePendingPlaces({ db: db.prisma });
    expect(await db.prisma.place.findUniqueOrThrow({ where: { id: kyiv.id } })).toMatchObject({ source: "editor", latitude: 50.4501, longitude: 30.5234, countryCode: "UA" });
    expect(await db.prisma.auditLog.count({ where: { entityType: "place", entityId: kyiv.id } })).toBe(1);
  });
});
