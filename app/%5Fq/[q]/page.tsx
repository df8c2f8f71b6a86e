import { DASHBOARD_PANELS, Totals } from "@/components/dashboard/Panels";
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
        {DASHBOARD_PANELS.map(({ title, id, className, Content }) => (
          <section key={id} className={`${styles.panel} ${className}`} aria-labelledby={id}>
            <h2 id={id}>{title}</h2>
            <Content />
          </section>
        ))}
      </div>
    </>
  );
}
