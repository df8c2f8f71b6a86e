import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { parseIsoDay } from "@/lib/dates/partial-date";
import { slugify } from "@/lib/text/slug";
import type { ArticleFields } from "./schemas";

type Tx = Prisma.TransactionClient;

/** The publication of that name, created on first use. */
export async function upsertPublication(tx: Tx, name: string) {
  const existing = await tx.publication.findUnique({ where: { name } });
  if (existing) return existing;
  const base = slugify(name) || "publication";
  const taken = new Set((await tx.publication.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((p) => p.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return tx.publication.create({ data: { name, slug } });
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
