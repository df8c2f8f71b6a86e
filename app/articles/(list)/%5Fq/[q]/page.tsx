import type { Metadata } from "next";
import Link from "next/link";
import { ArticleFilters } from "@/components/articles/ArticleFilters";
import { ArticleList } from "@/components/articles/ArticleList";
import { FilterChips, ListNotices, type Chip } from "@/components/filters/FilterChips";
import { ListLayout } from "@/components/filters/ListLayout";
import { EmptyState } from "@/components/ui/EmptyState";
import { ExportLinks } from "@/components/ui/ExportLinks";
import { Pager } from "@/components/ui/Pager";
import { articleFilterParams, articleNotices, parseArticleFilters } from "@/lib/articles/filters";
import { articleFilterOptions, listArticles } from "@/lib/articles/queries";
import { decodeQuerySegment } from "@/lib/cache/route-query";
import { tagPage } from "@/lib/cache/tags";
import { toQueryString } from "@/lib/url/search-params";

// Cached whole by Next.js (see lib/cache): rendered on first request for each query, then served from
// the cache until a write expires one of its tags; hourly at most as a safety net.
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}
export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({ params: routeParams }: { params: Promise<{ q: string }> }) {
  const raw = decodeQuerySegment((await routeParams).q);
  const filters = parseArticleFilters(raw);
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
      <ListNotices notices={articleNotices(raw)} />
      <FilterChips chips={articleChips(params, options)} />
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
      <Pager path="/articles" filters={params} nextCursor={page.nextCursor} isFirstPage={page.isFirstPage} />
    </ListLayout>
  );
}

type Params = ReturnType<typeof articleFilterParams>;
type Named = { slug: string; name: string }[];

/** Each filter in force as a chip that removes it (names from the filter options the page already read). */
function articleChips(params: Params, options: { publications: Named; topics: Named; actors: Named }): Chip[] {
  const without = (change: Partial<Params>) => `/articles${toQueryString({ ...params, ...change })}`;
  const name = (list: Named, slug: string) => list.find((x) => x.slug === slug)?.name ?? slug;
  return [
    ...params.publication.map((slug) => ({ key: `p-${slug}`, text: `Outlet: ${name(options.publications, slug)}`, href: without({ publication: params.publication.filter((x) => x !== slug) }) })),
    ...params.actor.map((slug) => ({ key: `a-${slug}`, text: `Actor: ${name(options.actors, slug)}`, href: without({ actor: params.actor.filter((x) => x !== slug) }) })),
    ...params.topic.map((slug) => ({ key: `t-${slug}`, text: `Topic: ${name(options.topics, slug)}`, href: without({ topic: params.topic.filter((x) => x !== slug) }) })),
    ...(params.from ? [{ key: "from", text: `From ${params.from}`, href: without({ from: undefined }) }] : []),
    ...(params.to ? [{ key: "to", text: `To ${params.to}`, href: without({ to: undefined }) }] : []),
    ...(params.q ? [{ key: "q", text: `Words: ${params.q}`, href: without({ q: undefined }) }] : []),
  ];
}
