import type { Prisma } from "@/lib/generated/prisma/client";
import { slugify } from "@/lib/text/slug";

type Table = "article" | "actor" | "publication";

/** `base`, or `base-2`, `base-3`… whichever is free. */
export async function uniqueSlug(tx: Prisma.TransactionClient, table: Table, text: string): Promise<string> {
  const base = slugify(text) || table;
  const query = { where: { slug: { startsWith: base } }, select: { slug: true } } as const;
  const rows: { slug: string }[] =
    table === "article" ? await tx.article.findMany(query) : table === "actor" ? await tx.actor.findMany(query) : await tx.publication.findMany(query);
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
