import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleMetaForm } from "@/components/editor/corrections/ArticleMetaForm";
import styles from "@/components/editor/corrections/Corrections.module.css";
import { RecordActions } from "@/components/editor/corrections/RecordActions";
import { RecordPage } from "@/components/editor/corrections/RecordPage";
import { getHistory } from "@/lib/audit/queries";
import { hasRole } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getArticleForEdit, publicationNames, topicNames } from "@/lib/editor/records";

export const metadata: Metadata = { title: "Edit article" };

const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max).trimEnd()}…` : text);

type Props = { params: Promise<{ id: string }> };

export default async function EditArticlePage({ params }: Props) {
  const user = await getCurrentUser();
  if (!hasRole(user, "editor")) return null;
  const { id } = await params;
  const [article, publications, topics, history] = await Promise.all([getArticleForEdit(user, id), publicationNames(), topicNames(), getHistory(user, "article", id)]);
  if (!article) notFound();
  const isAdmin = hasRole(user, "admin");
  const draft = article.status === "draft";

  return (
    <RecordPage
      title="Edit article"
      publicHref={draft ? null : `/articles/${article.slug}`}
      deletedAt={article.deletedAt}
      isAdmin={isAdmin}
      history={history}
      notice={draft && <>This is a draft. <Link href={`/editor/articles/new?draft=${article.id}`}>Continue it in the article editor</Link>.</>}
      side={
        <>
          <section className="card stack" aria-labelledby="statements">
            <h2 id="statements">Statements ({article.statements.length})</h2>
            {article.statements.length === 0 ? <p className="muted small">None.</p> : (
              <ul className={styles.linkList}>
                {article.statements.map((s) => (
                  <li key={s.id}>
                    <span className="small"><strong>{s.speaker}</strong>: {s.direct ? `“${clip(s.text)}”` : clip(s.text)}{s.deleted && <em> (deleted)</em>}</span>
                    <Link className="edit-link" href={`/editor/statements/${s.id}`} aria-label={`Edit statement by ${s.speaker}: ${s.text.slice(0, 40)}`}>Edit</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card stack" aria-labelledby="events">
            <h2 id="events">Events ({article.events.length})</h2>
            {article.events.length === 0 ? <p className="muted small">None.</p> : (
              <ul className={styles.linkList}>
                {article.events.map((e) => (
                  <li key={e.id}>
                    <span className="small">{e.title}{e.deleted && <em> (deleted)</em>}</span>
                    <Link className="edit-link" href={`/editor/events/${e.id}`} aria-label={`Edit event: ${e.title}`}>Edit</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <RecordActions entity="article" id={article.id} deleted={!!article.deletedAt} isAdmin={isAdmin} afterDelete="/editor" />
        </>
      }
    >
      <ArticleMetaForm
        key={article.deletedAt ? "deleted" : "live"}
        id={article.id}
        version={article.version}
        initial={article.fields}
        publications={publications}
        topics={topics}
        disabled={!!article.deletedAt}
      />
      <section className="card stack" aria-labelledby="body">
        <h2 id="body">Body</h2>
        <p className="small muted" style={{ margin: 0 }}>
          Read-only: each statement and event points into this text by character position, so changing it would move them off their
          sentences. Correct a statement or event through its own Edit link instead.
        </p>
        <pre className={styles.body} tabIndex={0} aria-label="Article body">{article.body}</pre>
      </section>
    </RecordPage>
  );
}
