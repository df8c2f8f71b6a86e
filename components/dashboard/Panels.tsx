import { StatementWords } from "@/components/statements/StatementItem";
import {
  dashboardWindow, eventsPerDay, latestEvents, latestQuotes, mostActiveActors, mostActivePlaces, newestArticles, totals,
} from "@/lib/dashboard/queries";
import { timelineHref, typesOf } from "@/lib/dashboard/days";
import { CATEGORIES } from "@/lib/events/chart";
import { toQueryString } from "@/lib/url/search-params";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { DayChart } from "./DayChart";
import styles from "./Dashboard.module.css";

// The home dashboard's panels: each an async server component; the page renders them side by side behind
// one loading screen (app/%5Fq/[q]/page.tsx says why). Links are plain <a>: no client component per row.

const long = (iso: string) => formatPartialDate(new Date(`${iso}T00:00:00Z`), "day");
const count = (n: number) => n.toLocaleString("en-GB");

export async function Totals() {
  const t = await totals();
  const items = [
    { href: "/articles", n: t.articles, label: "Articles" },
    { href: "/actors", n: t.actors, label: "Actors" },
    { href: "/statements", n: t.statements, label: "Statements" },
    { href: "/timeline", n: t.events, label: "Events" },
  ];
  return (
    <ul className={styles.totals} aria-label="What Faultline holds">
      {items.map((i) => <li key={i.label}><a href={i.href}><span className="stat__value">{count(i.n)}</span> {i.label}</a></li>)}
    </ul>
  );
}

export async function EventsPerDayPanel() {
  const window = await dashboardWindow();
  if (!window) return <p className="empty">No dated events yet. Events appear here once articles are published.</p>;
  const data = await eventsPerDay(window);
  const filled = data.days.filter((d) => d.total + d.spread > 0);
  return (
    <>
      <p className="small muted" style={{ margin: "0 0 6px" }}>
        <a href={data.href}>{count(data.dayPrecise + data.lessPrecise)} events</a> from {long(data.from)} to {long(data.to)}
        {" "}(the newest two weeks with events): {count(data.dayPrecise)} dated to the day
        {data.lessPrecise > 0 && <>, {count(data.lessPrecise)} known only to a week or longer, drawn as a band over the days they may fall on</>}.
      </p>
      <DayChart days={data.days} series={CATEGORIES} />
      <details className={styles.dataTable}>
        <summary>Per day, as a table of links</summary>
        <table>
          <caption className="visually-hidden">Events per day by category</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {CATEGORIES.map((c) => <th key={c.key} scope="col">{c.label}</th>)}
              <th scope="col">Longer period</th>
            </tr>
          </thead>
          <tbody>
            {filled.map((d) => (
              <tr key={d.day}>
                <th scope="row"><a href={d.href}>{d.label}</a></th>
                {CATEGORIES.map((c) => (
                  <td key={c.key}>{d[c.key] > 0 ? <a href={timelineHref({ from: d.day, to: d.day, type: typesOf(c.key) })}>{d[c.key]}</a> : 0}</td>
                ))}
                <td>{d.spread}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}

export async function LatestEventsPanel() {
  const events = await latestEvents(await dashboardWindow());
  if (events.length === 0) return <p className="muted small">No events yet.</p>;
  return (
    <ol className={styles.rows}>
      {events.map((e) => (
        <li key={e.id} className={`${styles.eventRow} ${styles[e.category]}`}>
          <a href={`/events/${e.id}`}>{e.title}</a>
          <div className="meta"><span>{e.dateLabel}</span><span>{e.typeLabel}</span>{e.place && <span>{e.place}</span>}</div>
        </li>
      ))}
    </ol>
  );
}

export async function LatestQuotesPanel() {
  const items = await latestQuotes();
  if (items.length === 0) return <p className="muted small">No quotes yet.</p>;
  return (
    <ol className={styles.rows}>
      {items.map((s) => (
        <li key={s.id}>
          <div className={styles.quote}><StatementWords text={s.text} direct={s.direct} /></div>
          <div className="meta">
            <a href={`/actors/${s.speaker.slug}`}>{s.speaker.name}</a>
            <span>{formatPartialDate(s.saidOn, s.saidPrecision, { reportedOn: s.article.publishedOn })}</span>
            <a href={`/articles/${s.article.slug}#s-${s.id}`}>Source</a>
          </div>
        </li>
      ))}
    </ol>
  );
}

export async function ActiveActorsPanel() {
  const window = await dashboardWindow();
  const actors = window ? await mostActiveActors(window) : [];
  if (!window || actors.length === 0) return <p className="muted small">Nobody active in these two weeks.</p>;
  return (
    <ol className={styles.ranked}>
      {actors.map((a) => (
        <li key={a.slug}>
          <a href={`/actors/${a.slug}`}>{a.name}</a>
          <span className={`small ${styles.num}`}>
            <a href={timelineHref({ actor: [a.slug], ...window })} >{a.events} ev.<span className="visually-hidden"> (events of {a.name})</span></a>
            {" · "}
            <a href={`/statements${toQueryString({ speaker: a.slug, ...window })}`} >{a.statements} st.<span className="visually-hidden"> (statements by {a.name})</span></a>
          </span>
        </li>
      ))}
    </ol>
  );
}

export async function ActivePlacesPanel() {
  const window = await dashboardWindow();
  const places = window ? await mostActivePlaces(window) : [];
  if (!window || places.length === 0) return <p className="muted small">No places reported in these two weeks.</p>;
  return (
    <ol className={styles.ranked}>
      {places.map((p) => (
        <li key={p.place}>
          <span>{p.place}</span>
          <a className={`small ${styles.num}`} href={timelineHref({ place: p.place, ...window })}>
            {p.events === 1 ? "1 event" : `${p.events} events`}<span className="visually-hidden"> in {p.place}</span>
          </a>
        </li>
      ))}
    </ol>
  );
}

export async function NewestArticlesPanel() {
  const articles = await newestArticles();
  if (articles.length === 0) return <p className="muted small">No published articles yet.</p>;
  return (
    <ol className={styles.rows}>
      {articles.map((a) => (
        <li key={a.slug}>
          <a href={`/articles/${a.slug}`}>{a.title}</a>
          <div className="meta">
            {a.publication && <span>{a.publication.name}</span>}
            <time dateTime={a.publishedOn.toISOString().slice(0, 10)}>{formatPartialDate(a.publishedOn, "day")}</time>
          </div>
        </li>
      ))}
    </ol>
  );
}

/**
 * The dashboard's panels in page order: heading, heading id, width, how many rows its loading skeleton shows
 * (app/%5Fq/[q]/loading.tsx), and the panel itself (app/%5Fq/[q]/page.tsx).
 */
export const DASHBOARD_PANELS = [
  { title: "Events per day, by category", id: "p-days", className: styles.wide, rows: 3, Content: EventsPerDayPanel },
  { title: "Latest events", id: "p-events", className: styles.half, rows: 4, Content: LatestEventsPanel },
  { title: "Latest quotes", id: "p-quotes", className: styles.half, rows: 4, Content: LatestQuotesPanel },
  { title: "Most active actors", id: "p-actors", className: styles.third, rows: 4, Content: ActiveActorsPanel },
  { title: "Most active places", id: "p-places", className: styles.third, rows: 4, Content: ActivePlacesPanel },
  { title: "Newest articles", id: "p-articles", className: styles.third, rows: 4, Content: NewestArticlesPanel },
];
