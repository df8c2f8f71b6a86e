import Link from "next/link";
import { format } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import type { ArticleListRow } from "@/lib/articles/queries";

export function ArticleList({ articles }: { articles: ArticleListRow[] }) {
  return (
    <ul className="list" aria-label="Articles">
      {articles.map((a) => (
        <li key={a.slug} className="card article-item">
          <h3><Link href={`/articles/${a.slug}`}>{a.title}</Link></h3>
          {a.standfirst && <p className="muted small" style={{ margin: "0 0 6px" }}>{a.standfirst}</p>}
          <div className="meta">
            {a.publication && <span>{a.publication.name}</span>}
            <time dateTime={a.publishedOn.toISOString().slice(0, 10)}>{format(new UTCDate(a.publishedOn), "d MMMM yyyy")}</time>
            {a.authors.length > 0 && <span>By {a.authors.join(", ")}</span>}
            <span>{a._count.statements} statements · {a._count.events} events · {a._count.mentions} actors</span>
          </div>
          {a.topics.length > 0 && (
            <ul className="chips" style={{ marginTop: 8 }} aria-label="Topics">
              {a.topics.map(({ topic }) => (
                <li key={topic.slug}><Link className="chip" href={`/articles?topic=${topic.slug}`}>{topic.name}</Link></li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
