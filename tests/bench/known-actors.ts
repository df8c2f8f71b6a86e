/**
 * The actors an editor's database holds when an article is pasted (lib/editor/analyse.ts passes them all as
 * knownActors): the demo seed's actors (prisma/demo, built as lib/demo/seed.ts builds them) plus the expected
 * actors of every other article of the split, leave-one-article-out — a database grown by curating the rest.
 * Actors the review would link (one's name is another's name or alias) are one; their aliases are pooled.
 * An annotation also lists what an article calls an actor in passing ("He", "the ministry") and described sources
 * ("two traders"): the database keeps neither as a name (the review saves the engine's aliases; described sources are
 * unnamed and getKnownActors leaves them out), so neither is passed.
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
    return expected.actors.flatMap((a) => {
      const extra = curation.actors[a.name] ?? {};
      return asStored({ name: a.name, kind: extra.kind ?? a.kind, aliases: [...(a.aliases ?? []), ...(extra.aliases ?? [])] }) ?? [];
    });
  });
}

const PRONOUN = /^(?:I|We|You|He|She|It|They|His|Her|Him|Its|Their|Them)$/;

/** A name an editor keeps: capitalised, not a pronoun, no article ("Kremlin"; not "the Kremlin", "The ministry", "He"). */
const isNameForm = (form: string) => /^[\p{Lu}\d]/u.test(form) && !PRONOUN.test(form) && !/^The\s/.test(form);

/**
 * A described source, unnamed in the database: its head word in lower case ("Ukrainian national", "senior Ukrainian
 * official"), or lower case first and in another word ("a court in Tartu", "shipbroker"; not "bne IntelliNews").
 */
function isDescribed(name: string): boolean {
  const [first, ...rest] = name.split(/\s+/);
  const lower = (w: string) => /^\p{Ll}/u.test(w);
  return (rest.length > 0 && lower(rest[rest.length - 1])) || (lower(first) && (rest.length === 0 || rest.some(lower)));
}

/** An actor as the database holds it, or null for a described source. */
export function asStored(a: { name: string; aliases?: string[]; kind?: string }): KnownActor | null {
  return isDescribed(a.name) ? null : { name: a.name, kind: a.kind ?? "other", aliases: (a.aliases ?? []).filter(isNameForm) };
}

/**
 * The database a curated review grows: the review links a proposed actor to a stored one its name or an alias names
 * (lib/editor/review.ts), so an actor whose name a held actor already has as name or alias, or one an alias of which is
 * a held actor's name ("Sergey Lavrov" with the alias "Sergei Lavrov"), is that actor; its name and aliases pooled there.
 * The links are followed through: "General Staff" and "General Staff of the Armed Forces of Ukraine" are one actor once
 * any annotation lists the one's name beside the other's, whichever came first. An alias two actors of different names
 * hold ("Fedorov") links nobody for sure: it merges nothing. The first spelling and kind are kept, every other spelling
 * pooled; names are compared by slug, which also folds case and diacritics ("Erdoğan", "Erdogan").
 */
const key = (name: string) => slugify(name);

export function merged(actors: KnownActor[]): KnownActor[] {
  const group = actors.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i])));
  const join = (i: number, j: number) => (group[root(j)] = root(i));
  const byName = new Map<string, number>();
  actors.forEach((a, i) => (byName.has(key(a.name)) ? join(byName.get(key(a.name))!, i) : byName.set(key(a.name), i)));
  const aliasHolders = new Map<string, Set<string>>();
  for (const a of actors) for (const x of a.aliases) aliasHolders.set(key(x), (aliasHolders.get(key(x)) ?? new Set()).add(key(a.name)));
  actors.forEach((a, i) => {
    for (const x of a.aliases) {
      const named = byName.get(key(x));
      if (named !== undefined && aliasHolders.get(key(x))!.size === 1) join(named, i);
    }
  });
  const held = new Map<number, KnownActor>();
  actors.forEach((a, i) => {
    const into = held.get(root(i)) ?? held.set(root(i), { name: a.name, kind: a.kind, aliases: [] }).get(root(i))!;
    for (const alias of [a.name, ...a.aliases]) if (alias !== into.name && !into.aliases.includes(alias)) into.aliases.push(alias);
  });
  return [...held.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** For each article of the split, the known actors of a database holding the demo and every other article. */
export function knownActorsLeavingOneOut(articles: { expected: SealedExpected }[]): KnownActor[][] {
  const demo = demoActors();
  const own = articles.map((a) => a.expected.actors.flatMap((x) => asStored(x) ?? []));
  return articles.map((_, i) => merged([...demo, ...own.filter((_, j) => j !== i).flat()]));
}

/** Did the run ask for the editor's view: `--known`. */
export const withKnownActors = () => process.argv.includes("--known");
