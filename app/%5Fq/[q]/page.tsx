import { Suspense } from "react";
import {
  ActiveActorsPanel, ActivePlacesPanel, EventsPerDayPanel, LatestEventsPanel, LatestQuotesPanel, NewestArticlesPanel, Totals,
} from "@/components/dashboard/Panels";
import styles from "@/components/dashboard/Dashboard.module.css";
import { Skeleton } from "@/components/ui/Skeleton";
import { DOMAINS, tagPage } from "@/lib/cache/tags";

// Cached whole by Next.js (see lib/cache): rendered on first request for each query, then served from
// the cache until a write expires one of its tags; hourly at most as a safety net (the two-week window
// ends on the newest day with events up to today).
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

function Panel({ title, id, className, rows = 4, children }: { title: string; id: string; className: string; rows?: number; children: React.ReactNode }) {
  return (
    <section className={`${styles.panel} ${className}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <Suspense fallback={<Skeleton rows={rows} label={`Loading ${title.toLowerCase()}`} />}>{children}</Suspense>
    </section>
  );
}

/** The dashboard: the last two weeks at a glance, each panel streaming on its own. */
export default async function HomePage() {
  // The panels show all four kinds of record.
  await tagPage([...DOMAINS]);
  return (
    <>
      <h1 className="visually-hidden">Faultline: the war, through the news</h1>
      <Suspense fallback={null}><Totals /></Suspense>
      <div className={styles.grid}>
        <Panel title="Events per day, by category" id="p-days" className={styles.wide} rows={3}><EventsPerDayPanel /></Panel>
        <Panel title="Latest events" id="p-events" className={styles.half}><LatestEventsPanel /></Panel>
        <Panel title="Latest quotes" id="p-quotes" className={styles.half}><LatestQuotesPanel /></Panel>
        <Panel title="Most active actors" id="p-actors" className={styles.third}><ActiveActorsPanel /></Panel>
        <Panel title="Most active places" id="p-places" className={styles.third}><ActivePlacesPanel /></Panel>
        <Panel title="Newest articles" id="p-articles" className={styles.third}><NewestArticlesPanel /></Panel>
      </div>
    </>
  );
}
