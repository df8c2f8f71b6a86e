import Link from "next/link";
import { format } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import type { ArticleListRow } from "@/lib/articles/queries";

/** `heading`: the level of each title, one below the heading the list sits under. */
export function ArticleList({ articles, heading = "h3" }: { articles: ArticleListRow[]; heading?: "h2" | "h3" }) {
  const Title = heading;
  return (
    <ul className="list" aria-label="Articles">
      {articles.map((a) => (
        <li key={a.slug} className="card article-item">
          <Title><Link href={`/articles/${a.slug}`}>{a.title}</Link></Title>
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
