import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RecordActions } from "@/components/editor/corrections/RecordActions";
import { RecordPage } from "@/components/editor/corrections/RecordPage";
import { StatementForm } from "@/components/editor/corrections/StatementForm";
import { getHistory } from "@/lib/audit/queries";
import { hasRole } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { actorOptions, getStatementForEdit } from "@/lib/editor/records";

export const metadata: Metadata = { title: "Edit statement" };

type Props = { params: Promise<{ id: string }> };

export default async function EditStatementPage({ params }: Props) {
  const user = await getCurrentUser();
  // The layout shows the refusal; pages render alongside it, so they check too.
  if (!hasRole(user, "editor")) return null;
  const { id } = await params;
  const [statement, actors, history] = await Promise.all([getStatementForEdit(user, id), actorOptions(), getHistory(user, "statement", id)]);
  if (!statement) notFound();
  const isAdmin = hasRole(user, "admin");
  const articleHref = `/articles/${statement.article.slug}`;

  return (
    <RecordPage
      title="Edit statement"
      publicHref={statement.article.deleted ? null : `${articleHref}#s-${statement.id}`}
      deletedAt={statement.deletedAt}
      isAdmin={isAdmin}
      history={history}
      side={
        <>
          <section className="card stack" aria-labelledby="source">
            <h2 id="source">In the article</h2>
            <blockquote className="source-sentence">{statement.source}</blockquote>
            <p className="small muted" style={{ margin: 0 }}>
              From <Link href={`/editor/articles/${statement.article.id}`}>“{statement.article.title}”</Link>. The sentence is part of the
              article’s text and cannot be changed here.
            </p>
          </section>
          <RecordActions entity="statement" id={statement.id} deleted={!!statement.deletedAt} isAdmin={isAdmin} afterDelete={articleHref} />
        </>
      }
    >
      <StatementForm
        key={statement.deletedAt ? "deleted" : "live"}
        id={statement.id}
        version={statement.version}
        initial={statement.fields}
        actors={actors}
        disabled={!!statement.deletedAt}
      />
    </RecordPage>
  );
}
