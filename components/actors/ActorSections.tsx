import { formatPartialDate } from "@/lib/dates/partial-date";
import { eventTypeLabel } from "@/lib/events/codebook";
import type { ActorArticle, ActorEventRow, CoActor } from "@/lib/actors/queries";
import { ActorEventList } from "./ActorEventList";
import { ActorArticleList, CoActorChips } from "./ActorLinkLists";
import styles from "./ActorProfile.module.css";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A day as "23 Feb 2026" (UTC), as date-fns's "d MMM yyyy" wrote it: built by hand, a profile writes 20 or more per render. */
const day = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCFullYear()).padStart(4, "0")}`;

export function SectionHead({ id, title, children }: { id: string; title: string; children?: React.ReactNode }) {
  return (
    <div className={styles.sectionHead}>
      <h2 id={id}>{title}</h2>
      {children && <span className="small">{children}</span>}
    </div>
  );
}

export function ActorEvents({ events }: { events: ActorEventRow[] }) {
  if (events.length === 0) return <p className="muted small">Not named as taking part in any event yet.</p>;
  const rows = events.map((event) => ({
    id: event.id,
    title: event.title,
    when: formatPartialDate(event.startDate, event.datePrecision, { end: event.endDate, reportedOn: event.reportedOn }),
    role: event.role,
    type: eventTypeLabel(event.type),
    place: event.place,
    verified: event.verified,
  }));
  return <ActorEventList rows={rows} />;
}

export function CoActors({ actors }: { actors: CoActor[] }) {
  if (actors.length === 0) return <p className="muted small">Not named alongside anyone else yet.</p>;
  return <CoActorChips actors={actors.map(({ slug, name, articles }) => ({ slug, name, articles }))} />;
}

export function ActorArticles({ articles }: { articles: ActorArticle[] }) {
  if (articles.length === 0) return <p className="muted small">No published article mentions them yet.</p>;
  const rows = articles.map((a) => ({
    slug: a.slug,
    title: a.title,
    outlet: a.outlet,
    publishedOn: a.publishedOn.toISOString().slice(0, 10),
    day: day(a.publishedOn),
    mentions: a.mentions,
  }));
  return <ActorArticleList rows={rows} />;
}

export { day };
