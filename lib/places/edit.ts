import "server-only";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/log";
import { requireRole, type SessionUser } from "@/lib/auth/permissions";
import { invalidate, tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db/client";
import { fail, type Result } from "@/lib/editor/result";

// Editors correct where a place is: set its coordinates (the gazetteer never touches it again) or mark
// it "not on the map". Every event naming the place moves with it.

const coordinate = (min: number, max: number, name: string) =>
  z.coerce.number({ error: `${name} must be a number` }).min(min, `${name} must be between ${min} and ${max}`).max(max, `${name} must be between ${min} and ${max}`);

export const placeLocationSchema = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("locate"),
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Unknown place"),
    latitude: coordinate(-90, 90, "Latitude"),
    longitude: coordinate(-180, 180, "Longitude"),
    countryCode: z.string().trim().toUpperCase().regex(/^([A-Z]{2})?$/, "Country code: two letters, e.g. UA").optional(),
  }),
  z.object({ action: z.literal("unlocate"), id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Unknown place") }),
]);

export async function setPlaceLocation(user: SessionUser | null, input: unknown): Promise<Result<{ slug: string }>> {
  const editor = requireRole(user, "editor");
  const parsed = placeLocationSchema.safeParse(input);
  if (!parsed.success) return fail(parsed.error.issues[0].message);
  const data = parsed.data;
  const result = await prisma.$transaction(async (tx) => {
    const before = await tx.place.findUnique({ where: { id: data.id } });
    if (!before) return null;
    const after = await tx.place.update({
      where: { id: data.id },
      data: data.action === "locate"
        ? { source: "editor", latitude: data.latitude, longitude: data.longitude, countryCode: data.countryCode || null, geonameId: null }
        : { source: "unresolved", latitude: null, longitude: null, countryCode: null, geonameId: null },
    });
    await writeAudit(tx, { user: editor, action: "update", entityType: "place", entityId: after.id, before, after });
    return after;
  });
  if (!result) return fail("Unknown place");
  invalidate(["events", tags.place(result.slug)]);
  return { ok: true, slug: result.slug };
}
