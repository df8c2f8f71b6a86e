import { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/log";
import { requireRole, type SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/client";
import { ExpectedFailure, fail, type Result } from "./result";
import { fitSavedDates } from "./review";
import { fieldErrors, publishInputSchema, reviewSchema, topicList } from "./schemas";
import { uniqueSlug } from "./slugs";
import { articleData } from "./article-data";
import { editorTransaction } from "./transaction";

/** Saves (or re-saves) an article as a draft with its review state, to resume later. */
export async function saveDraft(user: SessionUser | null, input: unknown): Promise<Result<{ id: string; version: number }>> {
  const editor = requireRole(user, "editor");
  const parsed = publishInputSchema.safeParse(input);
  if (!parsed.success) return fail("Some fields need attention.", { fieldErrors: fieldErrors(parsed.error) });
  const { article: f, review, draftId, draftVersion } = parsed.data;
  if (f.sourceUrl) {
    const other = await prisma.article.findFirst({ where: { sourceUrl: f.sourceUrl, ...(draftId ? { NOT: { id: draftId } } : {}) } });
    if (other) return fail("This article is already in Faultline (same URL).", { existing: { slug: other.slug, title: other.title } });
  }
  // The publication's name as typed and the topics wait here until publishing creates what they name.
  const reviewState = { publication: f.publication, topics: f.topics, review } as Prisma.InputJsonValue;
  return editorTransaction(async (tx) => {
    const data = { ...(await articleData(tx, f, editor)), body: f.body, reviewState };
    if (draftId) {
      const before = await tx.article.findFirst({ where: { id: draftId, status: "draft", deletedAt: null } });
      const updated = await tx.article.updateMany({
        where: { id: draftId, version: draftVersion ?? -1, status: "draft", deletedAt: null },
        data: { ...data, version: { increment: 1 } },
      });
      if (!before || updated.count === 0) {
        throw new ExpectedFailure(fail("Someone else saved or published this draft since you opened it. Reload it to see their version; your text is still on screen."));
      }
      await writeAudit(tx, { user: editor, action: "save_draft", entityType: "article", entityId: draftId, before: { ...before, body: undefined, reviewState: undefined }, after: { ...data, body: undefined, reviewState: undefined } });
      return { id: draftId, version: before.version + 1 };
    }
    const created = await tx.article.create({
      data: { ...data, status: "draft", createdById: editor.id, slug: await uniqueSlug(tx, "article", `${f.publishedOn} ${f.title}`) },
    });
    await writeAudit(tx, { user: editor, action: "save_draft", entityType: "article", entityId: created.id, after: { ...created, body: undefined, reviewState: undefined } });
    return { id: created.id, version: created.version };
  });
}

/** A draft with its saved review, ready to put back on the review screen. */
export async function getDraft(user: SessionUser | null, id: string) {
  requireRole(user, "editor");
  const draft = await prisma.article.findFirst({ where: { id, status: "draft", deletedAt: null }, include: { publication: true } });
  if (!draft) return null;
  const state = draft.reviewState as { publication?: string; topics?: unknown; review?: unknown } | null;
  const topics = topicList.safeParse(state?.topics);
  const review = reviewSchema.safeParse(fitSavedDates(state?.review));
  return {
    id: draft.id,
    version: draft.version,
    article: {
      sourceUrl: draft.sourceUrl ?? "",
      title: draft.title,
      standfirst: draft.standfirst ?? "",
      authors: draft.authors,
      topics: topics.success ? topics.data : [],
      publication: state?.publication ?? draft.publication?.name ?? "",
      publishedOn: draft.publishedOn.toISOString().slice(0, 10),
      dateline: draft.dateline ?? "",
      body: draft.body,
    },
    review: review.success ? review.data : null,
  };
}

export async function listDrafts(user: SessionUser | null) {
  requireRole(user, "editor");
  return prisma.article.findMany({
    where: { status: "draft", deletedAt: null },
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: { id: true, title: true, updatedAt: true, updatedBy: { select: { name: true } } },
  });
}
