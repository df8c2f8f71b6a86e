import type { Metadata } from "next";
import Link from "next/link";
import { format } from "date-fns";
import styles from "@/components/editor/corrections/Corrections.module.css";
import { RestoreButton } from "@/components/editor/corrections/RecordActions";
import { hasRole } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { listTrash, type TrashEntity } from "@/lib/editor/trash";

export const metadata: Metadata = { title: "Trash" };

const GROUPS: { entity: TrashEntity; title: string; path: string }[] = [
  { entity: "article", title: "Articles", path: "articles" },
  { entity: "statement", title: "Statements", path: "statements" },
  { entity: "event", title: "Events", path: "events" },
  { entity: "actor", title: "Actors", path: "actors" },
];

export default async function TrashPage() {
  const user = await getCurrentUser();
  if (!hasRole(user, "admin")) {
    return hasRole(user, "editor") ? <p className="empty" role="alert">Only admins can see and restore deleted records.</p> : null;
  }
  const trash = await listTrash(user);
  const total = GROUPS.reduce((n, g) => n + trash[g.entity].length, 0);

  return (
    <>
      <h1>Trash</h1>
      <p className="muted">
        Deleted records are hidden from every page but nothing is erased. Restore puts one back where it was.
        {total === 0 && " The trash is empty."}
      </p>
      {GROUPS.map(({ entity, title, path }) => (
        <section key={entity} className={styles.trashGroup} aria-labelledby={`trash-${entity}`}>
          <h2 id={`trash-${entity}`}>{title} ({trash[entity].length})</h2>
          {trash[entity].length === 0 ? (
            <p className="muted small">None deleted.</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{entity === "statement" ? "Words" : "Name"}</th>
                    <th scope="col">Deleted</th>
                    <th scope="col"><span className="visually-hidden">Actions</span></th>
                  </tr>
                </thead>
                <tbody>
                  {trash[entity].map((item) => (
                    <tr key={item.id}>
                      <td>
                        <Link href={`/editor/${path}/${item.id}`}>{item.label.length > 140 ? `${item.label.slice(0, 140)}…` : item.label}</Link>
                        {item.context && <div className="small muted">{item.context}</div>}
                      </td>
                      <td className="small">
                        <time dateTime={item.deletedAt.toISOString()}>{format(item.deletedAt, "d MMM yyyy HH:mm")}</time>
                        {item.deletedBy && <div className="muted">by {item.deletedBy}</div>}
                      </td>
                      <td><RestoreButton entity={entity} id={item.id} label={item.label.slice(0, 60)} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </>
  );
}
