import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import styles from "@/components/timeline/Timeline.module.css";

// The benchmark's dynamic baseline (`npm run bench:web`): a page of this app rendered per request
// like /timeline — same layout, ~50 event rows of the same markup — but from memory, with no
// database. It exists only when the server runs with FAULTLINE_BENCH=1; elsewhere it is a 404.

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Benchmark baseline", robots: { index: false } };

const PLACES = ["Kyiv", "Kharkiv", "Odesa", "Pokrovsk", "Kupiansk", "Belgorod", "Istanbul", "Brussels", null];
const ACTORS = [
  ["Armed Forces of Russia", "armed-forces-of-russia"],
  ["Ukraine", "ukraine"],
  ["Volodymyr Zelenskiy", "volodymyr-zelenskiy"],
  ["Vladimir Putin", "vladimir-putin"],
  ["European Union", "european-union"],
] as const;
const TYPES = ["Missile or drone strike", "Ground battle", "Summit or talks", "Aid or arms decision", "Sanctions"];
const CATEGORIES = ["military", "military", "diplomacy", "policy", "policy"];

const ROWS = Array.from({ length: 50 }, (_, i) => {
  const place = PLACES[i % PLACES.length];
  const day = String(28 - (i % 28)).padStart(2, "0");
  return {
    id: `baseline${i}`,
    placedOn: `2025-11-${day}`,
    dateLabel: `${Number(day)} Nov 2025`,
    title: place ? `Russian missile and drone attack on ${place}` : "Leaders discuss a possible ceasefire",
    typeLabel: TYPES[i % TYPES.length],
    category: CATEGORIES[i % CATEGORIES.length],
    place,
    fatalities: i % 3 === 0 ? i % 17 : null,
    verified: i % 3 === 1,
    actors: [ACTORS[i % ACTORS.length], ACTORS[(i + 2) % ACTORS.length]],
    source: {
      slug: `synthetic-1-${1000 + i}`,
      title: `Synthetic report ${1000 + i}`,
      excerpt: `Russia launched missiles and drones at ${place ?? "several regions"} overnight, killing ${i % 17} people, according to the regional administration.`,
    },
  };
});

export default function BenchBaselinePage() {
  if (process.env.FAULTLINE_BENCH !== "1") notFound();
  return (
    <>
      <h1>Timeline</h1>
      <p className={styles.summary} role="status">{ROWS.length} events rendered from memory, newest first.</p>
      <ol className={styles.events}>
        {ROWS.map((e) => (
          <li key={e.id} id={`e-${e.id}`} className={`${styles.event} ${styles[e.category] ?? ""}`}>
            <p className={styles.date}><time dateTime={e.placedOn}>{e.dateLabel}</time></p>
            <h3 className={styles.title}>{e.title}</h3>
            <div className="meta">
              <span className="badge badge--type">{e.typeLabel}</span>
              {e.place && <span>{e.place}</span>}
              {e.fatalities != null && <span>{e.fatalities} killed</span>}
              <span className="badge">{e.verified ? "Verified" : "Machine-suggested"}</span>
            </div>
            <ul className={styles.actors} aria-label="Actors">
              {e.actors.map(([name, slug]) => (
                <li key={slug}><Link href={`/actors/${slug}`}>{name}</Link></li>
              ))}
            </ul>
            <ul className={styles.sources} aria-label="Sources">
              <li>
                <blockquote className={styles.excerpt}>{e.source.excerpt}</blockquote>
                <p className={styles.cite}>
                  <Link href={`/articles/${e.source.slug}`}>{e.source.title}</Link>, <time dateTime={e.placedOn}>{e.dateLabel}</time>
                </p>
              </li>
            </ul>
          </li>
        ))}
      </ol>
      <nav className="pager" aria-label="Pages"><Link href="/bench/baseline?cursor=next" rel="next">Next page »</Link></nav>
    </>
  );
}
