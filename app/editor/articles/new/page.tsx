import type { Metadata } from "next";
import { ArticleEditor } from "@/components/editor/ArticleEditor";
import { hasRole } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getDraft } from "@/lib/editor/drafts";
import { getKnownActors } from "@/lib/editor/known-actors";
import { topicNames } from "@/lib/editor/records";
import { parseSearchParams, single, type RawSearchParams } from "@/lib/url/search-params";
import { z } from "zod";

export const metadata: Metadata = { title: "New article" };

const paramsSchema = z.object({ draft: single.pipe(z.string().max(100).optional()).catch(undefined) });

export default async function NewArticlePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { draft: draftId } = parseSearchParams(paramsSchema, await searchParams);
  const user = await getCurrentUser();
  if (!hasRole(user, "editor")) return null;
  const [known, topics, draft] = await Promise.all([getKnownActors(), topicNames(), draftId ? getDraft(user, draftId) : null]);
  return (
    <>
      <h1>{draft ? "Draft" : "New article"}</h1>
      {draftId && !draft && <p className="form-error" role="alert">That draft no longer exists (published or deleted). Start a new article below.</p>}
      <ArticleEditor key={draft?.id ?? "new"} known={known.map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases }))} topics={topics} draft={draft ?? undefined} />
    </>
  );
}
