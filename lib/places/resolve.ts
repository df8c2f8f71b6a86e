import { prisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { gazetteer, type Gazetteer, type GazetteerEntry } from "./gazetteer";
import { lookupNames } from "./names";

// Places get coordinates when an article is published (publishArticle calls resolvePendingPlaces after
// its commit) and, for rows written otherwise (import, synthetic load, seed), by `npm run places:resolve`.
// A place the gazetteer cannot place with confidence is marked unresolved and listed for editors; it is
// never put on the most likely town.

export type Resolution = { entry: GazetteerEntry; matched: string } | { entry: null; reason: "unknown" | "ambiguous"; candidates: GazetteerEntry[] };

/** A namesake at least this large relative to the biggest makes a name ambiguous (two Springfields). */
const AMBIGUITY_RATIO = 0.2;

function pick(candidates: GazetteerEntry[]): GazetteerEntry | "ambiguous" {
  const sorted = [...candidates].sort((a, b) => b.population - a.population);
  const [first, second] = sorted;
  if (second && second.population >= first.population * AMBIGUITY_RATIO) return "ambiguous";
  return first;
}

/** Within this distance of the place after the comma ("White House, Washington"), a name counts as there. */
const CONTEXT_KM = 150;

function kmBetween(a: GazetteerEntry, b: GazetteerEntry): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/** Whether a candidate lies in the context place: inside the country, or near the town. */
const within = (candidate: GazetteerEntry, context: GazetteerEntry) =>
  context.kind === "country" ? (context.contains?.(candidate.longitude, candidate.latitude) ?? true) : kmBetween(candidate, context) <= CONTEXT_KM;

/**
 * Where a place text is, by exact name or transliteration skeleton, for each lookup name in
 * turn. "A, B": when B is a known place, A must lie in it ("Ryazan, Russia"), and if no A does, the
 * event is placed at B ("White House, Washington" is Washington, not White House, Tennessee).
 */
export function resolvePlaceText(text: string, gz: Gazetteer = gazetteer()): Resolution {
  const comma = text.indexOf(",");
  if (comma > 0) {
    const contextText = text.slice(comma + 1).trim();
    const context = contextText && !contextText.includes(",") ? resolvePlaceText(contextText, gz) : null;
    if (context?.entry) {
      const head = resolveNames(lookupNames(text.slice(0, comma)), gz, (c) => within(c, context.entry!));
      return head.entry ? head : { entry: context.entry, matched: contextText };
    }
  }
  return resolveNames(lookupNames(text), gz, () => true);
}

function resolveNames(names: string[], gz: Gazetteer, allowed: (candidate: GazetteerEntry) => boolean): Resolution {
  let ambiguous: GazetteerEntry[] | null = null;
  for (const name of names) {
    // Exact and transliterated spellings compete: "Mykolaiv" is a small town by that spelling and the
    // city of half a million as "Mykolayiv".
    const candidates = [...new Set([...gz.exact(name), ...gz.loose(name)])].filter(allowed);
    if (!candidates.length) continue;
    const chosen = pick(candidates);
    if (chosen !== "ambiguous") return { entry: chosen, matched: name };
    ambiguous ??= candidates;
  }
  return ambiguous ? { entry: null, reason: "ambiguous", candidates: ambiguous.slice(0, 5) } : { entry: null, reason: "unknown", candidates: [] };
}

type Db = Pick<PrismaClient, "place">;

/**
 * Gives every pending Place coordinates from the gazetteer, or marks it unresolved. Idempotent; places
 * editors set are never touched. Returns how many were resolved and how many stay unresolved.
 */
export async function resolvePendingPlaces({ db = prisma, gz }: { db?: Db; gz?: Gazetteer } = {}) {
  const pending = await db.place.findMany({ where: { source: "pending" }, select: { id: true, name: true }, take: 10_000 });
  let resolved = 0;
  let unresolved = 0;
  for (const place of pending) {
    const result = resolvePlaceText(place.name, gz ?? gazetteer());
    const data = result.entry
      ? { source: "gazetteer" as const, latitude: result.entry.latitude, longitude: result.entry.longitude, countryCode: result.entry.countryCode, geonameId: result.entry.geonameId }
      : { source: "unresolved" as const, latitude: null, longitude: null, countryCode: null, geonameId: null };
    // Only a row still pending: an editor's correction made meanwhile wins.
    const { count } = await db.place.updateMany({ where: { id: place.id, source: "pending" }, data });
    if (count && result.entry) resolved++;
    else if (count) unresolved++;
  }
  return { resolved, unresolved };
}

/** resolvePendingPlaces for the publish path: a failure is logged, never fails the publish it follows. */
export async function resolvePlacesAfterPublish(): Promise<void> {
  try {
    await resolvePendingPlaces();
  } catch (err) {
    console.error("[places] resolving places after publish failed; `npm run places:resolve` will retry", err);
  }
}
