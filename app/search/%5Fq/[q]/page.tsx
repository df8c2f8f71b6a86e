import type { Metadata } from "next";
import Link from "next/link";
import { FilterChips, ListNotices } from "@/components/filters/FilterChips";
import { SearchForm } from "@/components/search/SearchForm";
import { SearchResults } from "@/components/search/SearchResults";
import { EmptyState } from "@/components/ui/EmptyState";
import { parseSearchFilters, searchNotices } from "@/lib/search/filters";
import { searchEverything } from "@/lib/search/queries";
import { decodeQuerySegment } from "@/lib/cache/route-query";
import { DOMAINS, tagPage } from "@/lib/cache/tags";

// Cached whole by Next.js (see lib/cache): rendered on first request for each query, then served from
// the cache until a write expires one of its tags; hourly at most as a safety net.
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ q: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { q } = parseSearchFilters(decodeQuerySegment((await params).q));
  return { title: q ? `“${q}” — search` : "Search", robots: { index: false } };
}

const EXAMPLES = ["Zelenskiy", "peacekeepers", "\"legitimate targets\"", "refinery", "AFR"];

export default async function SearchPage({ params }: Props) {
  const raw = decodeQuerySegment((await params).q);
  const { q } = parseSearchFilters(raw);
  await tagPage([...DOMAINS]);
  if (!q) {
    return (
      <>
        <h1>Search</h1>
        <ListNotices notices={searchNotices(raw)} />
        <SearchForm />
        <EmptyState title="What are you looking for?">
          <p>Search across statements, actors, events and articles at once. Try one of these:</p>
          <ul className="chips" style={{ justifyContent: "center", marginTop: 8 }}>
            {EXAMPLES.map((e) => <li key={e}><Link className="chip" href={`/search?q=${encodeURIComponent(e)}`}>{e}</Link></li>)}
          </ul>
        </EmptyState>
      </>
    );
  }
  const results = await searchEverything(q);
  const total = results.articles.total + results.statements.total + results.actors.total + results.events.total;
  return (
    <>
      <h1>Results for “{q}”</h1>
      <SearchForm q={q} />
      <FilterChips chips={[{ key: "q", text: `Words: ${q}`, href: "/search" }]} />
      {total === 0 ? (
        <EmptyState title={`Nothing matches “${q}”`}>
          <p>Check the spelling, use fewer or more general words, or search for a name as it appears in the news (e.g. “Zelenskiy”). Common words such as “the” are ignored.</p>
        </EmptyState>
      ) : (
        <SearchResults results={results} />
      )}
    </>
  );
}
