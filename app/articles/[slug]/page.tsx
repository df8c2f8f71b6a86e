import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { format } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { ArticleBody } from "@/components/article/ArticleBody";
import { HighlightedText, type StatementMark } from "@/components/article/HighlightedText";
import { EditLink } from "@/components/ui/EditLink";
import { VerifiedBadge } from "@/components/ui/VerifiedBadge";
import { getArticle } from "@/lib/articles/queries";
import { tagPage, tags } from "@/lib/cache/tags";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { eventTypeLabel } from "@/lib/events/codebook";
import styles from "@/components/article/Article.module.css";
import { UnnamedSourceBadge } from "@/components/ui/UnnamedSourceBadge";

// Cached whole by Next.js (see lib/cache): rendered on first request for each query, then served from
// the cache until a write expires one of its tags; hourly at most as a safety net.
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  // Tagged before the lookup, so even a cached "not found" goes when the article is published.
  await tagPage([], [tags.article(slug)]);
  const article = await getArticle(slug);
  if (!article) notFound();
  // Every actor the page names, so renaming one of them refreshes it.
  const named = [...article.mentions.map((m) => m.actor), ...article.statements.map((s) => s.speaker), ...article.events.flatMap(({ event }) => event.actors.map((a) => a.actor))];
  await tagPage([], named.map((a) => tags.actor(a.slug)));

  const marksFor = (part: "title" | "standfirst" | "body"): StatementMark[] =>
    article.statements
      .filter((s) => s.part === part)
      .map((s) => ({ id: s.id, start: s.spanStart, end: s.spanEnd, speaker: s.speaker.name, direct: s.direct }));

  return (
    <article className={styles.article}>
      <header className="article-head">
        <p className="meta">
          <span>{article.publication?.name}</span>
          <time dateTime={article.publishedOn.toISOString().slice(0, 10)}>
            {format(new UTCDate(article.publishedOn), "d MMMM yyyy")}
          </time>
          {article.authors.length > 0 && <span>By {article.authors.join(", ")}{article.dateline ? ` in ${article.dateline}` : ""}</span>}
          {article.sourceUrl && <a href={article.sourceUrl} rel="noopener noreferrer">Original article</a>}
          <EditLink href={`/editor/articles/${article.id}`} label="Edit this article" />
        </p>
        <h1><HighlightedText text={article.title} marks={marksFor("title")} /></h1>
        {article.standfirst && (
          <p className="standfirst"><HighlightedText text={article.standfirst} marks={marksFor("standfirst")} /></p>
        )}
        {article.topics.length > 0 && (
          <ul className="chips" aria-label="Topics" data-testid="article-topics">
            {article.topics.map(({ topic }) => (
              <li key={topic.slug}><Link className="chip" href={`/articles?topic=${topic.slug}`}>{topic.name}</Link></li>
            ))}
          </ul>
        )}
        <p className="legend" aria-label="Highlight legend">
          <span className="hl hl--direct">direct quote</span>
          <span className="hl hl--indirect">paraphrase</span>
          <span>Hover or focus a highlight to see who said it.</span>
        </p>
      </header>

      <div className="article-layout">
        <ArticleBody body={article.body} marks={marksFor("body")} />

        <aside>
          <section className="aside-section" aria-labelledby="actors">
            <h2 id="actors">Actors in this article</h2>
            <ul className="chips">
              {article.mentions.map((m) => (
                <li key={m.actorId}>
                  <Link className="chip" href={`/actors/${m.actor.slug}`} title={m.actor.role ?? undefined}>
                    {m.actor.name}{m.actor.unnamed && <UnnamedSourceBadge form="text" />}<span className="chip__count" aria-label={`${m.count} mentions`}>{m.count}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>

          <section className="aside-section" aria-labelledby="statements">
            <h2 id="statements">Statements ({article.statements.length})</h2>
            <ol className="quote-list">
              {article.statements.map((s) => (
                <li key={s.id}>
                  <blockquote className={s.direct ? "direct" : "indirect"}>{s.text}</blockquote>
                  <div className="meta">
                    <Link className={styles.speaker} href={`/actors/${s.speaker.slug}`}>{s.speaker.name}</Link>
                    {s.saidOn && <span>{formatPartialDate(s.saidOn, s.saidPrecision)}</span>}
                    <a href={`#s-${s.id}`}>In the text</a>
                    <VerifiedBadge verified={s.verified} />
                    <EditLink href={`/editor/statements/${s.id}`} label={`Edit statement by ${s.speaker.name}`} />
                  </div>
                </li>
              ))}
            </ol>
          </section>

          <section className="aside-section" aria-labelledby="events">
            <h2 id="events">Events ({article.events.length})</h2>
            <ol className="event-list">
              {article.events.map(({ event }) => (
                <li key={event.id}>
                  <div className="event-date">
                    {formatPartialDate(event.startDate, event.datePrecision, { end: event.endDate, reportedOn: article.publishedOn })}
                  </div>
                  <div><Link href={`/events/${event.id}`}>{event.title}</Link></div>
                  <div className="meta">
                    <span className="badge badge--type">{eventTypeLabel(event.type)}</span>
                    {event.place && <span>{event.place}</span>}
                    {event.fatalities != null && <span>{event.fatalities} killed</span>}
                    <VerifiedBadge verified={event.verified} />
                    <EditLink href={`/editor/events/${event.id}`} label={`Edit event: ${event.title}`} />
                  </div>
                  <div className="meta">{event.actors.map((a) => `${a.actor.name} (${a.role})`).join(" · ")}</div>
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </article>
  );
}
