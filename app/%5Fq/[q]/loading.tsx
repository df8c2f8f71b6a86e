import styles from "@/components/dashboard/Dashboard.module.css";
import { Skeleton } from "@/components/ui/Skeleton";

const PANELS = [
  { title: "Events per day, by category", className: styles.wide, rows: 3 },
  { title: "Latest events", className: styles.half, rows: 4 },
  { title: "Latest quotes", className: styles.half, rows: 4 },
  { title: "Most active actors", className: styles.third, rows: 4 },
  { title: "Most active places", className: styles.third, rows: 4 },
  { title: "Newest articles", className: styles.third, rows: 4 },
];

/** The dashboard's shape while its first render streams (without scripts the layout hides it: app/layout.tsx). */
export default function Loading() {
  return (
    <div className="route-loading">
      <h1 className="visually-hidden">Faultline: the war, through the news</h1>
      <div className={styles.grid}>
        {PANELS.map((p) => (
          <section key={p.title} className={`${styles.panel} ${p.className}`} aria-label={p.title}>
            <h2>{p.title}</h2>
            <Skeleton rows={p.rows} label={`Loading ${p.title.toLowerCase()}`} />
          </section>
        ))}
      </div>
    </div>
  );
}
