import {
  ActiveActorsPanel, ActivePlacesPanel, EventsPerDayPanel, LatestEventsPanel, LatestQuotesPanel, NewestArticlesPanel, Totals,
} from "@/components/dashboard/Panels";
import styles from "@/components/dashboard/Dashboard.module.css";
import { DOMAINS, tagPage } from "@/lib/cache/tags";

// Cached whole by Next.js (see lib/cache): rendered on first request for each query, then served from
// the cache until a write expires one of its tags; hourly at most as a safety net (the two-week window
// ends on the newest day with events up to today).
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

function Panel({ title, id, className, children }: { title: string; id: string; className: string; children: React.ReactNode }) {
  return (
    <section className={`${styles.panel} ${className}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * The dashboard: the last two weeks at a glance. The panels' queries run side by side and the page streams
 * once, after the loading screen (loading.tsx): a panel with its own <Suspense> was sent in a hidden block
 * that only a script moves into place, so without scripts its skeleton stayed forever (and the page is
 * served whole from the cache after its first render anyway).
 */
export default async function HomePage() {
  // The panels show all four kinds of record.
  await tagPage([...DOMAINS]);
  return (
    <>
      <h1 className="visually-hidden">Faultline: the war, through the news</h1>
      <Totals />
      <div className={styles.grid}>
        <Panel title="Events per day, by category" id="p-days" className={styles.wide}><EventsPerDayPanel /></Panel>
        <Panel title="Latest events" id="p-events" className={styles.half}><LatestEventsPanel /></Panel>
        <Panel title="Latest quotes" id="p-quotes" className={styles.half}><LatestQuotesPanel /></Panel>
        <Panel title="Most active actors" id="p-actors" className={styles.third}><ActiveActorsPanel /></Panel>
        <Panel title="Most active places" id="p-places" className={styles.third}><ActivePlacesPanel /></Panel>
        <Panel title="Newest articles" id="p-articles" className={styles.third}><NewestArticlesPanel /></Panel>
      </div>
    </>
  );
}
