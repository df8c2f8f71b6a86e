"use client";

import styles from "./ActorProfile.module.css";

/** One article of an actor's profile as plain data (ActorArticles shapes it on the server). */
export type ActorArticleRow = { slug: string; title: string; outlet: string | null; publishedOn: string; day: string; mentions: number };

/** One actor of "Often named with" as plain data. */
export type CoActorChip = { slug: string; name: string; articles: number };

// Client components so that their rows reach the browser once, as data (as ActorEventList): drawn by server
// components, the RSC payload carried each row's element tree (~480 bytes an article) beside the same markup
// in the HTML. The server still renders them: they read without scripts. Plain <a> links.

export function ActorArticleList({ rows }: { rows: ActorArticleRow[] }) {
  return (
    <ul className={styles.articles}>
      {rows.map((a) => (
        <li key={a.slug}>
          <a href={`/articles/${a.slug}`}>{a.title}</a>
          <div className="meta">
            {a.outlet && <span>{a.outlet}</span>}
            <time dateTime={a.publishedOn}>{a.day}</time>
            <span>{a.mentions} {a.mentions === 1 ? "mention" : "mentions"}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function CoActorChips({ actors }: { actors: CoActorChip[] }) {
  return (
    <ul className="chips">
      {actors.map((a) => (
        <li key={a.slug}>
          <a className="chip" href={`/actors/${a.slug}`} title={`Named together in ${a.articles} ${a.articles === 1 ? "article" : "articles"}`}>
            {a.name}<span className="chip__count" aria-label={`${a.articles} shared articles`}>{a.articles}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
