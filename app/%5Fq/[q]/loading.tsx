import { DASHBOARD_PANELS } from "@/components/dashboard/Panels";
import styles from "@/components/dashboard/Dashboard.module.css";
import { Skeleton } from "@/components/ui/Skeleton";

/** The dashboard's shape while its first render streams (without scripts the layout hides it: app/layout.tsx). */
export default function Loading() {
  return (
    <div className="route-loading">
      <h1 className="visually-hidden">Faultline: the war, through the news</h1>
      <div className={styles.grid}>
        {DASHBOARD_PANELS.map((p) => (
          <section key={p.id} className={`${styles.panel} ${p.className}`} aria-label={p.title}>
            <h2>{p.title}</h2>
            <Skeleton rows={p.rows} label={`Loading ${p.title.toLowerCase()}`} />
          </section>
        ))}
      </div>
    </div>
  );
}
