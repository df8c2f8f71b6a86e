import { slugify } from "@/lib/text/slug";
import { lockNames, type Tx } from "./transaction";

type Table = "article" | "actor" | "publication" | "topic";

/** The advisory-lock key under which records named `text` are created (see lockNames). */
export function nameLock(table: Table, text: string): string {
  return `${table}:${slugify(text) || table}`;
}

/**
 * `base`, or `base-2`, `base-3`… whichever is free. Takes the name's lock first, so two transactions
 * creating the same name one after the other get distinct slugs instead of a unique violation.
 */
export async function uniqueSlug(tx: Tx, table: Table, text: string): Promise<string> {
  const base = slugify(text) || table;
  await lockNames(tx, [nameLock(table, text)]);
  const query = { where: { slug: { startsWith: base } }, select: { slug: true } } as const;
  const rows: { slug: string }[] =
    table === "article" ? await tx.article.findMany(query)
    : table === "actor" ? await tx.actor.findMany(query)
    : table === "topic" ? await tx.topic.findMany(query)
    : await tx.publication.findMany(query);
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
