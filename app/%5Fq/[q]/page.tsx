import Link from "next/link";
import { format } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { getHomeSummary } from "@/lib/articles/queries";
import { DOMAINS, tagPage } from "@/lib/cache/tags";

// Cached whole by Next.js (see lib/cache): rendered on first request for each query, then served from
// the cache until a write expires one of its tags; hourly at most as a safety net.
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

export default async function HomePage() {
  // The counts cover all four kinds of record.
  await tagPage([...DOMAINS]);
  const { counts, latest } = await getHomeSummary();
  const stats = [
    { label: "Articles", value: counts.articles },
    { label: "Actors", value: counts.actors },
    { label: "Statements", value: counts.statements },
    { label: "Events", value: counts.events },
  ];
  return (
    <>
      <h1>The war, through the news</h1>
      <p className="lede">
        Faultline reads reports on the Russia–Ukraine war and keeps who said what, what happened, when and where —
        each item linked to the sentence it comes from.
      </p>
      <ul className="stats" aria-label="What Faultline holds">
        {stats.map((s) => (
          <li key={s.label} className="stat">
            <span className="stat__value">{s.value.toLocaleString("en-GB")}</span>
            <span className="stat__label">{s.label}</span>
          </li>
        ))}
      </ul>
      <section aria-labelledby="latest">
        <h2 id="latest">Latest articles</h2>
        {latest.length === 0 ? (
          <p className="empty">No published articles yet. Editors add them through the article form.</p>
        ) : (
          <ul className="list">
            {latest.map((article) => (
              <li key={article.slug} className="card article-item">
                <h3><Link href={`/articles/${article.slug}`}>{article.title}</Link></h3>
                {article.standfirst && <p className="muted small" style={{ margin: "0 0 6px" }}>{article.standfirst}</p>}
                <div className="meta">
                  <span>{article.publication?.name}</span>
                  <time dateTime={article.publishedOn.toISOString().slice(0, 10)}>
                    {format(new UTCDate(article.publishedOn), "d MMMM yyyy")}
                  </time>
                  {article.authors.length > 0 && <span>By {article.authors.join(", ")}</span>}
                  <span>{article._count.statements} statements · {article._count.events} events</span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
