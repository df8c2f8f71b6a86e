import Link from "next/link";
import { format } from "date-fns";
import { AuditEntries } from "../AuditEntries";
import styles from "./Corrections.module.css";

type Props = {
  title: string;
  /** The public page of the record, when it has one. */
  publicHref?: string | null;
  deletedAt: Date | null;
  isAdmin: boolean;
  notice?: React.ReactNode;
  history: React.ComponentProps<typeof AuditEntries>["entries"];
  side?: React.ReactNode;
  children: React.ReactNode;
};

/** The frame of every corrections page: heading, deleted banner, form beside context, history below. */
export function RecordPage({ title, publicHref, deletedAt, isAdmin, notice, history, side, children }: Props) {
  return (
    <>
      <div className={styles.head}>
        <h1>{title}</h1>
        {publicHref && !deletedAt && <Link href={publicHref}>View on the site</Link>}
      </div>
      {deletedAt && (
        <div className={styles.banner} role="note" aria-label="Deleted record">
          <strong>Deleted</strong>
          This record was deleted on {format(deletedAt, "d MMM yyyy 'at' HH:mm")} and is hidden from every public page.
          {isAdmin ? " Restore it to edit it again." : ""}
        </div>
      )}
      {notice && <div className={styles.notice}>{notice}</div>}
      <div className={styles.layout}>
        <div className="stack">{children}</div>
        {side && <aside className={styles.side}>{side}</aside>}
      </div>
      <section className={styles.history} aria-labelledby="history">
        <h2 id="history">History</h2>
        <AuditEntries entries={history} showRecord={false} />
      </section>
    </>
  );
}
