import styles from "./Search.module.css";

export function SearchForm({ q }: { q?: string }) {
  return (
    <>
      <form action="/search" method="get" role="search" className={styles.form} aria-label="Search again">
        <label htmlFor="search-q" className="visually-hidden">Words to search for</label>
        <input id="search-q" type="search" name="q" defaultValue={q ?? ""} placeholder="Actors, quotes, events, articles…" maxLength={200} />
        <button type="submit">Search</button>
      </form>
      <p className={styles.tips}>
        Tips: <code>&quot;legitimate targets&quot;</code> finds the phrase, <code>peacekeepers -Macron</code> leaves a word out,
        <code> Ryazan or Druzhba</code> finds either. Actors are found by any part of a name or alias.
      </p>
    </>
  );
}
