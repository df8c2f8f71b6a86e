import Link from "next/link";
import { ActorList } from "@/components/actors/ActorList";
import { ArticleList } from "@/components/articles/ArticleList";
import { StatementList } from "@/components/statements/StatementItem";
import { VerifiedBadge } from "@/components/ui/VerifiedBadge";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { eventTypeLabel } from "@/lib/events/codebook";
import type { SearchResults as Results } from "@/lib/search/queries";
import { totalLabel, type SearchTotal } from "@/lib/search/total";
import styles from "./Search.module.css";

function Group({ id, title, count: counted, shown, seeAll, children }: { id: string; title: string; count: Pick<SearchTotal, "total" | "totalKind">; shown: number; seeAll: string; children: React.ReactNode }) {
  const { total } = counted;
  const count = totalLabel(counted);
  return (
    <section className={styles.group} aria-labelledby={id}>
      <div className={styles.groupHead}>
        <h2 id={id}>{title} <span className={styles.count}>({count})</span></h2>
        {total > 0 && <Link href={seeAll}>{total > shown ? `See all ${title.toLowerCase()} (${count})` : `Open in ${title.toLowerCase()}`} →</Link>}
      </div>
      {total === 0 ? <p className={styles.none}>No {title.toLowerCase()} match.</p> : children}
    </section>
  );
}

export function SearchResults({ results }: { results: Results }) {
  const q = encodeURIComponent(results.q);
  const groups = [
    { id: "r-statements", title: "Statements", count: results.statements },
    { id: "r-actors", title: "Actors", count: results.actors },
    { id: "r-events", title: "Events", count: results.events },
    { id: "r-articles", title: "Articles", count: results.articles },
  ];
  return (
    <>
      <nav aria-label="Result groups">
        <ul className={styles.jump}>
          {groups.map((g) => <li key={g.id}><a href={`#${g.id}`}>{g.title} ({totalLabel(g.count)})</a></li>)}
        </ul>
      </nav>
      <Group id="r-statements" title="Statements" count={results.statements} shown={results.statements.items.length} seeAll={`/statements?q=${q}`}>
        <StatementList statements={results.statements.items} />
      </Group>
      <Group id="r-actors" title="Actors" count={results.actors} shown={results.actors.items.length} seeAll={`/actors?q=${q}`}>
        <ActorList actors={results.actors.items} />
      </Group>
      <Group id="r-events" title="Events" count={results.events} shown={results.events.items.length} seeAll={`/timeline?q=${q}`}>
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
      <Group id="r-articles" title="Articles" count={results.articles} shown={results.articles.items.length} seeAll={`/articles?q=${q}`}>
        <ArticleList articles={results.articles.items} />
      </Group>
    </>
  );
}
