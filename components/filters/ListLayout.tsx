import styles from "./ListLayout.module.css";

/** A list page: title, a line about it, the filter form beside (or above, on narrow screens) the results. */
export function ListLayout({ title, intro, filters, summary, children }: { title: string; intro: React.ReactNode; filters: React.ReactNode; summary: React.ReactNode; children: React.ReactNode }) {
  return (
    <>
      <h1>{title}</h1>
      <p className={styles.intro}>{intro}</p>
      <div className={styles.layout}>
        {filters}
        <section className={styles.results} aria-label="Results">
          <div className={styles.summary}>{summary}</div>
          {children}
        </section>
      </div>
    </>
  );
}

export function ListLoading({ title }: { title: string }) {
  return (
    <div className="route-loading">
      <h1>{title}</h1>
      <div className={styles.layout}>
        <div className="skeleton" aria-hidden="true"><div className="skeleton__row" style={{ height: 320 }} /></div>
        <div className={styles.results}>
          <div className="skeleton" aria-hidden="true"><div className="skeleton__row" style={{ height: 22, width: "40%" }} /></div>
          <div style={{ height: 12 }} />
          <SkeletonRows />
        </div>
      </div>
    </div>
  );
}

function SkeletonRows() {
  return (
    <div role="status" aria-live="polite" aria-label="Loading results" className="skeleton">
      {Array.from({ length: 6 }, (_, i) => <div key={i} className="skeleton__row" />)}
    </div>
  );
}
