import type { Metadata } from "next";
import Link from "next/link";
import { ListLayout } from "@/components/filters/ListLayout";
import { StatementFilters } from "@/components/statements/StatementFilters";
import { StatementList } from "@/components/statements/StatementItem";
import { EmptyState } from "@/components/ui/EmptyState";
import { ExportLinks } from "@/components/ui/ExportLinks";
import { Pager } from "@/components/ui/Pager";
import { decodeQuerySegment } from "@/lib/cache/route-query";
import { tagPage } from "@/lib/cache/tags";
import { hasStatementFilters, parseStatementFilters, statementFilterParams } from "@/lib/statements/filters";
import { listStatements, statementFilterOptions } from "@/lib/statements/queries";
import { toQueryString } from "@/lib/url/search-params";

// Cached whole by Next.js (see lib/cache): rendered on first request for each query, then served from
// the cache until a write expires one of its tags; hourly at most as a safety net.
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}
export const metadata: Metadata = {
  title: "Statements",
  alternates: { types: { "application/atom+xml": [{ url: "/feeds/statements", title: "New statements on Faultline" }] } },
};

export default async function StatementsPage({ params: routeParams }: { params: Promise<{ q: string }> }) {
  const filters = parseStatementFilters(decodeQuerySegment((await routeParams).q));
  await tagPage(["statements", "actors", "articles"]);
  const [page, options] = await Promise.all([listStatements(filters), statementFilterOptions(undefined, { include: filters.speaker, article: filters.article })]);
  const params = statementFilterParams(filters);
  const active = hasStatementFilters(filters);
  return (
    <ListLayout
      title="Statements"
      intro={<>Who said what, when and where: every quote and paraphrase, each linked to its sentence in the source article. <a href="/feeds/statements">Atom feed of new statements</a>.</>}
      filters={<StatementFilters filters={filters} options={options} active={active} />}
      summary={
        <>
          <p aria-live="polite"><strong>{page.totalCapped ? "More than " : ""}{page.total.toLocaleString("en-GB")}</strong> {page.total === 1 ? "statement" : "statements"}{active ? " match these filters" : ""}</p>
          {page.total > 1 && <SortLinks params={params} />}
          {page.total > 0 && <ExportLinks path="/statements/export" filters={params} />}
        </>
      }
    >
      {page.items.length === 0 ? (
        active ? (
          <EmptyState title="No statements match these filters">
            <p>Try fewer speakers, a wider date range or other words — or <Link href="/statements">clear all filters</Link>.</p>
          </EmptyState>
        ) : (
          <EmptyState title="No statements yet">
            <p>Statements appear here once editors publish articles. Start from the <Link href="/">overview</Link>.</p>
          </EmptyState>
        )
      ) : (
        <StatementList statements={page.items} editable />
      )}
      <Pager path="/statements" filters={params} nextCursor={page.nextCursor} isFirstPage={!filters.cursor} />
    </ListLayout>
  );
}

/** By date said, either way; the current order is text, the other a link (filters kept, back to the first page). */
function SortLinks({ params }: { params: ReturnType<typeof statementFilterParams> }) {
  const current = params.sort ?? "newest";
  const option = (sort: "newest" | "oldest", label: string) =>
    sort === current ? <strong aria-current="true">{label}</strong> : <Link href={`/statements${toQueryString({ ...params, sort: sort === "newest" ? undefined : sort })}`}>{label}</Link>;
  return <p className="small">Sort by date said: {option("newest", "newest first")} · {option("oldest", "oldest first")}</p>;
}
