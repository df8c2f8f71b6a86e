import { format } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { eventTypeLabel } from "@/lib/events/codebook";
import type { actorArticles, actorEvents, CoActor } from "@/lib/actors/queries";
import { ActorEventList } from "./ActorEventList";
import styles from "./ActorProfile.module.css";

const day = (d: Date) => format(new UTCDate(d), "d MMM yyyy");

export function SectionHead({ id, title, children }: { id: string; title: string; children?: React.ReactNode }) {
  return (
    <div className={styles.sectionHead}>
      <h2 id={id}>{title}</h2>
      {children && <span className="small">{children}</span>}
    </div>
  );
}

type EventRows = Awaited<ReturnType<typeof actorEvents>>;

export function ActorEvents({ events }: { events: EventRows }) {
  if (events.length === 0) return <p className="muted small">Not named as taking part in any event yet.</p>;
  const rows = events.map(({ role, event }) => ({
    id: event.id,
    title: event.title,
    when: formatPartialDate(event.startDate, event.datePrecision, { end: event.endDate, reportedOn: event.articles[0]?.article.publishedOn }),
    role,
    type: eventTypeLabel(event.type),
    place: event.place,
    verified: event.verified,
  }));
  return <ActorEventList rows={rows} />;
}

export function CoActors({ actors }: { actors: CoActor[] }) {
  if (actors.length === 0) return <p className="muted small">Not named alongside anyone else yet.</p>;
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

type ArticleRows = Awaited<ReturnType<typeof actorArticles>>;

// The profile's lists link with plain <a>: a cold render drew each next/link (a client component with hooks)
// per row, and the page's payload carried each as a client reference with its props.

export function ActorArticles({ articles }: { articles: ArticleRows }) {
  if (articles.length === 0) return <p className="muted small">No published article mentions them yet.</p>;
  return (
    <ul className={styles.articles}>
      {articles.map((a) => {
        const count = a.mentions.reduce((n, m) => n + m.count, 0);
        return (
          <li key={a.slug}>
            <a href={`/articles/${a.slug}`}>{a.title}</a>
            <div className="meta">
              {a.publication && <span>{a.publication.name}</span>}
              <time dateTime={a.publishedOn.toISOString().slice(0, 10)}>{day(a.publishedOn)}</time>
              <span>{count} {count === 1 ? "mention" : "mentions"}</span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

export { day };
