import Link from "next/link";
import { ActorList } from "@/components/actors/ActorList";
import { ArticleList } from "@/components/articles/ArticleList";
import { StatementList } from "@/components/statements/StatementItem";
import { VerifiedBadge } from "@/components/ui/VerifiedBadge";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { eventTypeLabel } from "@/lib/events/codebook";
import type { SearchResults as Results } from "@/lib/search/queries";
import styles from "./Search.module.css";

function Group({ id, title, total, capped = false, shown, seeAll, children }: { id: string; title: string; total: number; capped?: boolean; shown: number; seeAll: string; children: React.ReactNode }) {
  const count = `${total.toLocaleString("en-GB")}${capped ? "+" : ""}`;
  return (
    <section className={styles.group} aria-labelledby={id}>
      <div className={styles.groupHead}>
        <h2 id={id}>{title} <span className={styles.count}>({count})</span></h2>
        {total > 0 && <Link href={seeAll}>{total > shown ? `See all ${count} ${title.toLowerCase()}` : `Open in ${title.toLowerCase()}`} →</Link>}
      </div>
      {total === 0 ? <p className={styles.none}>No {title.toLowerCase()} match.</p> : children}
    </section>
  );
}

export function SearchResults({ results }: { results: Results }) {
  const q = encodeURIComponent(results.q);
  const groups = [
    { id: "r-statements", title: "Statements", total: results.statements.total, capped: results.statements.totalCapped },
    { id: "r-actors", title: "Actors", total: results.actors.total, capped: results.actors.totalCapped },
    { id: "r-events", title: "Events", total: results.events.total, capped: results.events.totalCapped },
    { id: "r-articles", title: "Articles", total: results.articles.total, capped: results.articles.totalCapped },
  ];
  return (
    <>
      <nav aria-label="Result groups">
        <ul className={styles.jump}>
          {groups.map((g) => <li key={g.id}><a href={`#${g.id}`}>{g.title} ({g.total.toLocaleString("en-GB")}{g.capped ? "+" : ""})</a></li>)}
        </ul>
      </nav>
      <Group id="r-statements" title="Statements" total={results.statements.total} capped={results.statements.totalCapped} shown={results.statements.items.length} seeAll={`/statements?q=${q}`}>
        <StatementList statements={results.statements.items} />
      </Group>
      <Group id="r-actors" title="Actors" total={results.actors.total} shown={results.actors.items.length} seeAll={`/actors?q=${q}`}>
        <ActorList actors={results.actors.items} />
      </Group>
      <Group id="r-events" title="Events" total={results.events.total} capped={results.events.totalCapped} shown={results.events.items.length} seeAll={`/timeline?q=${q}`}>
        <ol className={styles.events}>
          {results.events.items.map((e) => (
            <li key={e.id}>
              <div className="small"><strong>{formatPartialDate(e.startDate, e.datePrecision, { end: e.endDate })}</strong></div>
              <div><Link href={`/events/${e.id}`}>{e.title}</Link></div>
              <div className="meta">
                <span className="badge badge--type">{eventTypeLabel(e.type)}</span>
                {e.place && <span>{e.place}</span>}
                <VerifiedBadge verified={e.verified} />
              </div>
            </li>
          ))}
        </ol>
      </Group>
      <Group id="r-articles" title="Articles" total={results.articles.total} capped={results.articles.totalCapped} shown={results.articles.items.length} seeAll={`/articles?q=${q}`}>
        <ArticleList articles={results.articles.items} />
      </Group>
    </>
  );
}
