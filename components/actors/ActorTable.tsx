import Link from "next/link";
import { format } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { ACTOR_KIND_LABELS, type ActorSort } from "@/lib/actors/filters";
import { SortHeader } from "@/components/filters/SortControls";
import type { ActorDirectoryRow } from "@/lib/actors/queries";
import styles from "@/components/ui/DataTable.module.css";
import { UnnamedSourceBadge } from "@/components/ui/UnnamedSourceBadge";

// The dense view of the directory: name | kind | statements | events | last active, in the list's order.

const day = (iso: string) => format(new UTCDate(`${iso}T00:00:00Z`), "d MMM yyyy");

export function ActorTable({ actors, caption, sort }: { actors: ActorDirectoryRow[]; caption: string; sort: { current: ActorSort; href: (sort: ActorSort) => string } }) {
  const activity = sort.current === "activity" ? "other" : null;
  return (
    <div className={styles.wrap}>
      <table className={styles.table} data-testid="actor-table">
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <SortHeader direction={sort.current === "name" ? "ascending" : null} href={sort.href("name")} title="Sort by name, A–Z">Name</SortHeader>
            <th scope="col">Kind</th>
            <SortHeader className={styles.num} direction={activity} href={sort.href("activity")} title="Sort by statements and events, most first">Statements</SortHeader>
            <SortHeader className={styles.num} direction={activity} href={sort.href("activity")} title="Sort by statements and events, most first">Events</SortHeader>
            <SortHeader direction={sort.current === "last-active" ? "descending" : null} href={sort.href("last-active")} title="Sort by last active, latest first">Last active</SortHeader>
          </tr>
        </thead>
        <tbody>
          {actors.map((a) => (
            <tr key={a.slug}>
              <td className={`${styles.strong} ${styles.wide}`}><Link href={`/actors/${a.slug}`}>{a.name}</Link>{a.unnamed && <UnnamedSourceBadge form="text" />}</td>
              <td data-label="Kind">{ACTOR_KIND_LABELS[a.kind]}</td>
              <td className={styles.num} data-label="Statements">{a._count.statements.toLocaleString("en-GB")}</td>
              <td className={styles.num} data-label="Events">{a._count.events.toLocaleString("en-GB")}</td>
              <td className={styles.nowrap} data-label="Last active">{a.lastActive ? <time dateTime={a.lastActive}>{day(a.lastActive)}</time> : <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
