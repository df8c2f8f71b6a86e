import { formatPartialDate } from "@/lib/dates/partial-date";
import type { StatementSort } from "@/lib/statements/filters";
import type { StatementRow } from "@/lib/statements/queries";
import { SortHeader } from "@/components/filters/SortControls";
import { quoteBody } from "@/lib/statements/remarks";
import styles from "@/components/ui/DataTable.module.css";
import { UnnamedSourceBadge } from "@/components/ui/UnnamedSourceBadge";

// The dense view of statements: one row each, date | speaker | words | article | outlet, in the list's order.

/** The current order and a link to each (filters kept): Date toggles newest/oldest, Speaker sorts by name, "by activity" by activity. */
export type TableSort = { current: StatementSort; href: (sort: StatementSort) => string };

export function StatementTable({ statements, caption, sort }: { statements: StatementRow[]; caption: string; sort: TableSort }) {
  const by = sort.current;
  return (
    <div className={styles.wrap}>
      <table className={styles.table} data-testid="statement-table">
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <SortHeader direction={by === "newest" ? "descending" : by === "oldest" ? "ascending" : null} href={sort.href(by === "newest" ? "oldest" : "newest")} title="Sort by date said">Date</SortHeader>
            <SortHeader direction={by === "speaker" ? "ascending" : by === "speaker-activity" ? "other" : null} href={sort.href(by === "speaker" ? "speaker-activity" : "speaker")} title={by === "speaker" ? "Sort by speaker activity" : "Sort by speaker name"}>
              {by === "speaker-activity" ? "Speaker (most active)" : "Speaker"}
            </SortHeader>
            <th scope="col">Words</th>
            <th scope="col">Article</th>
            <th scope="col">Outlet</th>
          </tr>
        </thead>
        <tbody>
          {statements.map((s) => (
            <tr key={s.id}>
              <td className={styles.nowrap}>
                <time dateTime={s.saidOn?.toISOString().slice(0, 10)}>{formatPartialDate(s.saidOn, s.saidPrecision, { reportedOn: s.article.publishedOn })}</time>
              </td>
              <td className={styles.strong}><a href={`/actors/${s.speaker.slug}`}>{s.speaker.name}</a>{s.speaker.unnamed && <UnnamedSourceBadge form="text" />}</td>
              <td className={`${styles.words} ${s.direct ? "" : styles.paraphrase}`}>
                {s.direct ? `“${quoteBody(s.text)}”` : quoteBody(s.text)}
                {!s.direct && <span className="visually-hidden"> (paraphrase)</span>}
              </td>
              <td className={styles.wide} data-label="In">
                {/* A full page load, so the browser applies :target to the sentence and scrolls to it. */}
                <a href={`/articles/${s.article.slug}#s-${s.id}`}>{s.article.title}</a>
              </td>
              <td data-label="Outlet">{s.article.publication?.name ?? <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
