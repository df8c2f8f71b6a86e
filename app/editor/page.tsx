import type { Metadata } from "next";
import Link from "next/link";
import { formatDistanceToNow } from "date-fns";
import { hasRole } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { listDrafts } from "@/lib/editor/drafts";

export const metadata: Metadata = { title: "Editor's desk" };

export default async function EditorDesk() {
  const user = await getCurrentUser();
  // The layout shows the refusal; pages render alongside it, so they check too.
  if (!hasRole(user, "editor")) return null;
  const drafts = await listDrafts(user);
  return (
    <>
      <h1>Editor’s desk</h1>
      <p><Link className="button" href="/editor/articles/new">Add an article</Link></p>
      <p className="muted">
        Paste an article, let Faultline propose its actors, statements and events, correct them, publish. To correct something
        already published, open it from the article page (the “Edit” links appear while you are signed in).
      </p>
      <section aria-labelledby="drafts">
        <h2 id="drafts">Drafts</h2>
        {drafts.length === 0 ? (
          <p className="muted">No drafts. “Save draft” on the article form keeps your work here.</p>
        ) : (
          <ul className="list">
            {drafts.map((d) => (
              <li key={d.id} className="card">
                <Link href={`/editor/articles/new?draft=${d.id}`}>{d.title}</Link>
                <div className="meta">saved {formatDistanceToNow(d.updatedAt, { addSuffix: true })}{d.updatedBy ? ` by ${d.updatedBy.name}` : ""}</div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
