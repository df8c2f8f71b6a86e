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
 * An alias two actors share ("Fedorov") links nobody for sure: it merges nothing. The first spelling and kind are kept,
 * every other spelling pooled; names are compared by slug, which also folds case and diacritics ("Erdoğan", "Erdogan").
 * Two held actors each of which lists the other's names ("General Staff", "General Staff of the Armed Forces of Ukraine")
 * are one, whichever came first.
 */
const key = (name: string) => slugify(name);

export function merged(actors: KnownActor[]): KnownActor[] {
  const held: KnownActor[] = [];
  const byName = new Map<string, KnownActor>(), byAlias = new Map<string, KnownActor>();
  for (const a of actors) {
    const same = byName.get(key(a.name)) ?? byAlias.get(key(a.name)) ?? a.aliases.map((x) => byName.get(key(x))).find(Boolean);
    const into = same ?? { name: a.name, kind: a.kind, aliases: [] };
    if (!same) {
      held.push(into);
      byName.set(key(a.name), into);
    }
    for (const alias of [a.name, ...a.aliases]) {
      if (alias === into.name || into.aliases.includes(alias)) continue;
      into.aliases.push(alias);
      if (!byAlias.has(key(alias))) byAlias.set(key(alias), into);
    }
  }
  return withMutualLinks(held).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Held actors linked both ways folded into the first of them: one holds the other's name, the other one of its names (the
 * first pass links one way at a time, and an alias goes to whichever actor held it first).
 */
function withMutualLinks(held: KnownActor[]): KnownActor[] {
  const namesOf = new Map(held.map((a) => [a, new Set([a.name, ...a.aliases].map(key))]));
  const holders = new Map<string, KnownActor[]>();
  const out: KnownActor[] = [];
  for (const a of held) {
    const into = holders.get(key(a.name))?.find((b) => a.aliases.some((x) => namesOf.get(b)!.has(key(x))));
    const kept = into ?? a;
    if (!into) out.push(a);
    else for (const alias of [a.name, ...a.aliases]) if (alias !== into.name && !into.aliases.includes(alias)) into.aliases.push(alias);
    for (const k of namesOf.get(a)!) holders.set(k, [...(holders.get(k) ?? []), kept]);
    if (into) for (const k of namesOf.get(a)!) namesOf.get(into)!.add(k);
  }
  return out;
}

/** For each article of the split, the known actors of a database holding the demo and every other article. */
export function knownActorsLeavingOneOut(articles: { expected: SealedExpected }[]): KnownActor[][] {
  const demo = demoActors();
  const own = articles.map((a) => a.expected.actors.flatMap((x) => asStored(x) ?? []));
  return articles.map((_, i) => merged([...demo, ...own.filter((_, j) => j !== i).flat()]));
}

/** Did the run ask for the editor's view: `--known`. */
export const withKnownActors = () => process.argv.includes("--known");
