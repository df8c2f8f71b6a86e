import type { SessionUser } from "@/lib/auth/permissions";
import { parseIsoDay } from "@/lib/dates/partial-date";
import type { ArticleFields } from "./schemas";
import { slugify } from "@/lib/text/slug";
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

/**
 * Replaces an article's topics with `names` (already de-duplicated by topicList). A topic is known by
 * its slug: "peace talks" joins the stored "Peace talks". New ones are created once under their name's
 * lock, taken last (after actors, publication and article slug; see lockNames). Returns the names kept.
 */
export async function setArticleTopics(tx: Tx, articleId: string, names: string[]): Promise<string[]> {
  const slugs = names.map(slugify);
  const stored = await tx.topic.findMany({ where: { slug: { in: slugs } } });
  const missing = names.filter((n) => !stored.some((t) => t.slug === slugify(n)));
  if (missing.length) {
    await lockNames(tx, missing.map((n) => nameLock("topic", n)));
    await tx.topic.createMany({ data: missing.map((name) => ({ name, slug: slugify(name) })), skipDuplicates: true });
  }
  const topics = missing.length ? await tx.topic.findMany({ where: { slug: { in: slugs } } }) : stored;
  await tx.articleTopic.deleteMany({ where: { articleId } });
  await tx.articleTopic.createMany({ data: topics.map((t) => ({ articleId, topicId: t.id })) });
  return slugs.flatMap((slug) => topics.filter((t) => t.slug === slug).map((t) => t.name));
}

/** The names of an article's topics, in name order (what the audit log compares). */
export async function articleTopicNames(tx: Tx, articleId: string): Promise<string[]> {
  const rows = await tx.articleTopic.findMany({ where: { articleId }, select: { topic: { select: { name: true } } }, orderBy: { topic: { name: "asc" } } });
  return rows.map((r) => r.topic.name);
}

/** An article's columns from the editor's fields, but the body (fixed once published: spans point into it). */
export async function articleData(tx: Tx, fields: Omit<ArticleFields, "body" | "topics">, user: SessionUser) {
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
