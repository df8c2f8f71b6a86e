import type { SessionUser } from "@/lib/auth/permissions";
import { parseIsoDay } from "@/lib/dates/partial-date";
import type { ArticleFields } from "./schemas";
import { nameLock, uniqueSlug } from "./slugs";
import { lockNames, type Tx } from "./transaction";

/**
 * The publication of that name, created once on first use even when many publishes name it at once:
 * a new name is locked (until commit) and looked up again, so the second waits and then finds the first's.
 */
export async function upsertPublication(tx: Tx, name: string) {
  const existing = await tx.publication.findUnique({ where: { name } });
  if (existing) return existing;
  await lockNames(tx, [nameLock("publication", name)]);
  const created = await tx.publication.findUnique({ where: { name } });
  return created ?? tx.publication.create({ data: { name, slug: await uniqueSlug(tx, "publication", name) } });
}

/** An article's columns from the editor's fields, but the body (fixed once published: spans point into it). */
export async function articleData(tx: Tx, fields: Omit<ArticleFields, "body">, user: SessionUser) {
  const publication = await upsertPublication(tx, fields.publication);
  return {
    title: fields.title,
    standfirst: fields.standfirst ?? null,
    authors: fields.authors,
    dateline: fields.dateline ?? null,
    publishedOn: parseIsoDay(fields.publishedOn)!,
    sourceUrl: fields.sourceUrl ?? null,
    publicationId: publication.id,
    updatedById: user.id,
  };
}
