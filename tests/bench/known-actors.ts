/**
 * The actors an editor's database holds when an article is pasted (lib/editor/analyse.ts passes them all as
 * knownActors): the demo seed's actors (prisma/demo, built as lib/demo/seed.ts builds them) plus the expected
 * actors of every other article of the split, leave-one-article-out — a database grown by curating the rest.
 * One actor per slug (the database's unique key); aliases of the same actor in several articles are pooled.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { KnownActor } from "@/lib/extraction/actors/types";
import { slugify } from "@/lib/text/slug";
import type { SealedExpected } from "../fixtures/score-sealed";

const DEMO_DIR = path.resolve(import.meta.dirname, "../../prisma/demo");

type CuratedActor = { kind?: string; aliases?: string[] };

/** The demo seed's actors: each expected actor with the curation's kind and extra aliases. */
function demoActors(): KnownActor[] {
  return readdirSync(DEMO_DIR).filter((f) => f.endsWith(".expected.json")).flatMap((file) => {
    const expected = JSON.parse(readFileSync(path.join(DEMO_DIR, file), "utf8")) as SealedExpected;
    const curation = JSON.parse(readFileSync(path.join(DEMO_DIR, file.replace(".expected.json", ".curation.json")), "utf8")) as { actors: Record<string, CuratedActor> };
    return expected.actors.map((a) => {
      const extra = curation.actors[a.name] ?? {};
      return { name: a.name, kind: extra.kind ?? a.kind ?? "other", aliases: [...(a.aliases ?? []), ...(extra.aliases ?? [])] };
    });
  });
}

/** One actor per slug, the first spelling and kind kept, every alias pooled (none equal to the name). */
function merged(actors: KnownActor[]): KnownActor[] {
  const bySlug = new Map<string, KnownActor>();
  for (const a of actors) {
    const held = bySlug.get(slugify(a.name)) ?? bySlug.set(slugify(a.name), { name: a.name, kind: a.kind, aliases: [] }).get(slugify(a.name))!;
    for (const alias of a.aliases) if (alias !== held.name && !held.aliases.includes(alias)) held.aliases.push(alias);
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** For each article of the split, the known actors of a database holding the demo and every other article. */
export function knownActorsLeavingOneOut(articles: { expected: SealedExpected }[]): KnownActor[][] {
  const demo = demoActors();
  const own = articles.map((a) => a.expected.actors.map((x) => ({ name: x.name, kind: (x as { kind?: string }).kind ?? "other", aliases: x.aliases ?? [] })));
  return articles.map((_, i) => merged([...demo, ...own.filter((_, j) => j !== i).flat()]));
}

/** Did the run ask for the editor's view: `--known`. */
export const withKnownActors = () => process.argv.includes("--known");
