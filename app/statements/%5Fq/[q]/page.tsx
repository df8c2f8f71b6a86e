import type { Metadata } from "next";
import Link from "next/link";
import { ListLayout } from "@/components/filters/ListLayout";
import { StatementFilters } from "@/components/statements/StatementFilters";
import { FilterChips, ListNotices, OptionLinks, type Chip } from "@/components/filters/FilterChips";
import { StatementList } from "@/components/statements/StatementItem";
import { StatementTable } from "@/components/statements/StatementTable";
import { EmptyState } from "@/components/ui/EmptyState";
import { ExportLinks } from "@/components/ui/ExportLinks";
import { Pager } from "@/components/ui/Pager";
import { decodeQuerySegment } from "@/lib/cache/route-query";
import { tagPage } from "@/lib/cache/tags";
import { format } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { SortSelect } from "@/components/filters/SortControls";
import { hasStatementFilters, parseStatementFilters, STATEMENT_SORT_LABELS, STATEMENT_SORTS, type StatementSort, statementFilterParams, statementNotices, type StatementFilters as Filters } from "@/lib/statements/filters";
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
  const raw = decodeQuerySegment((await routeParams).q);
  const filters = parseStatementFilters(raw);
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
          <p aria-live="polite"><strong>{page.totalKind === "estimate" ? "About " : page.totalCapped ? "More than " : ""}{page.total.toLocaleString("en-GB")}</strong> {page.total === 1 ? "statement" : "statements"}{active ? " match these filters" : ""}</p>
          {page.sortedAmong && (page.totalCapped || page.total > page.sortedAmong) ? <p className="small">Sorted by speaker among the newest {page.sortedAmong.toLocaleString("en-GB")} matches.</p> : null}
          {page.total > 1 && <SortLinks params={params} narrowOnly={filters.view === "table"} />}
          {page.total > 0 && <ViewLinks params={params} />}
          {page.total > 0 && <ExportLinks path="/statements/export" filters={params} />}
        </>
      }
    >
      <ListNotices notices={statementNotices(raw)} />
      <FilterChips chips={statementChips(filters, params, options)} />
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
        filters.view === "table" ? (
          <StatementTable statements={page.items} caption={`Statements, sorted by ${STATEMENT_SORT_LABELS[filters.sort ?? "newest"]}`} sort={{ current: filters.sort ?? "newest", href: sortHref(params) }} />
        ) : (
          <StatementList statements={page.items} editable />
        )
      )}
      <Pager path="/statements" filters={params} nextCursor={page.nextCursor} isFirstPage={page.isFirstPage} />
    </ListLayout>
  );
}

type Params = ReturnType<typeof statementFilterParams>;
const href = (params: Params) => `/statements${toQueryString(params)}`;

const sortHref = (params: Params) => (sort: StatementSort) => href({ ...params, sort: sort === "newest" ? undefined : sort });

/** The order as a select (by date said either way, or by speaker: name or activity); filters kept, back to the first page. */
function SortLinks({ params, narrowOnly }: { params: Params; narrowOnly: boolean }) {
  return (
    <SortSelect
      action="/statements"
      params={params}
      current={params.sort ?? "newest"}
      options={STATEMENT_SORTS.map((value) => ({ value, label: STATEMENT_SORT_LABELS[value] }))}
      narrowOnly={narrowOnly}
    />
  );
}

/** Cards (each remark with its context) or a dense table; filters and order kept. */
function ViewLinks({ params }: { params: Params }) {
  return (
    <OptionLinks
      label="Show as"
      current={params.view ?? "cards"}
      options={[{ value: "cards", label: "cards" }, { value: "table", label: "table" }] as const}
      href={(view) => href({ ...params, view: view === "cards" ? undefined : view })}
    />
  );
}

const day = (iso: string) => format(new UTCDate(`${iso}T00:00:00Z`), "d MMM yyyy");

/** Each filter in force as a chip that removes it (names from the filter options the page already read). */
function statementChips(f: Filters, params: Params, options: { speakers: { slug: string; name: string }[]; topics: { slug: string; name: string }[]; articles: { slug: string; title: string }[] }): Chip[] {
  const name = (list: { slug: string; name?: string; title?: string }[], slug: string) => {
    const found = list.find((x) => x.slug === slug);
    return found?.name ?? found?.title ?? slug;
  };
  const without = (change: Partial<Params>) => href({ ...params, ...change });
  return [
    ...f.speaker.map((slug) => ({ key: `s-${slug}`, text: `Speaker: ${name(options.speakers, slug)}`, href: without({ speaker: params.speaker.filter((x) => x !== slug) }) })),
    ...(f.from ? [{ key: "from", text: `From ${day(f.from)}`, href: without({ from: undefined }) }] : []),
    ...(f.to ? [{ key: "to", text: `To ${day(f.to)}`, href: without({ to: undefined }) }] : []),
    ...(f.direct !== undefined ? [{ key: "direct", text: f.direct ? "Direct quotes" : "Paraphrases", href: without({ direct: undefined }) }] : []),
    ...(f.q ? [{ key: "q", text: `Words: ${f.q}`, href: without({ q: undefined }) }] : []),
    ...f.topic.map((slug) => ({ key: `t-${slug}`, text: `Topic: ${name(options.topics, slug)}`, href: without({ topic: params.topic.filter((x) => x !== slug) }) })),
    ...(f.article ? [{ key: "article", text: `Article: ${name(options.articles, f.article)}`, href: without({ article: undefined }) }] : []),
  ];
}
