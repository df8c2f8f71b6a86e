import type { Metadata } from "next";
import Link from "next/link";
import { ArticleFilters } from "@/components/articles/ArticleFilters";
import { ArticleList } from "@/components/articles/ArticleList";
import { ListLayout } from "@/components/filters/ListLayout";
import { EmptyState } from "@/components/ui/EmptyState";
import { ExportLinks } from "@/components/ui/ExportLinks";
import { Pager } from "@/components/ui/Pager";
import { articleFilterParams, parseArticleFilters } from "@/lib/articles/filters";
import { articleFilterOptions, listArticles } from "@/lib/articles/queries";
import { decodeQuerySegment } from "@/lib/cache/route-query";
import { tagPage } from "@/lib/cache/tags";

// Cached whole by Next.js (see lib/cache): rendered on first request for each query, then served from
// the cache until a write expires one of its tags; hourly at most as a safety net.
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}
export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({ params: routeParams }: { params: Promise<{ q: string }> }) {
  const filters = parseArticleFilters(decodeQuerySegment((await routeParams).q));
  await tagPage(["articles", "statements", "events", "actors"]);
  const [page, options] = await Promise.all([listArticles(filters), articleFilterOptions(undefined, { include: filters.actor })]);
  const params = articleFilterParams(filters);
  const active = Object.values(params).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined));
  return (
    <ListLayout
      title="Articles"
      intro="The reports Faultline has read, newest first, with the statements and events taken from each."
      filters={<ArticleFilters filters={filters} options={options} active={active} />}
      summary={
        <>
          <p aria-live="polite"><strong>{page.totalCapped ? "More than " : ""}{page.total.toLocaleString("en-GB")}</strong> {page.total === 1 ? "article" : "articles"}{active ? " match these filters" : ""}</p>
          {page.total > 0 && <ExportLinks path="/articles/export" filters={params} />}
        </>
      }
    >
      {page.items.length === 0 ? (
        active ? (
          <EmptyState title="No articles match these filters">
            <p>Widen the date range, pick another actor or topic, or <Link href="/articles">clear all filters</Link>.</p>
          </EmptyState>
        ) : (
          <EmptyState title="No published articles yet"><p>Editors add articles through the article form.</p></EmptyState>
        )
      ) : (
        <ArticleList articles={page.items} heading="h2" />
      )}
      <Pager path="/articles" filters={params} nextCursor={page.nextCursor} isFirstPage={!filters.cursor} />
    </ListLayout>
  );
}
