import type { Metadata } from "next";
import Link from "next/link";
import { ActorFilters } from "@/components/actors/ActorFilters";
import { ActorList } from "@/components/actors/ActorList";
import { ActorTable } from "@/components/actors/ActorTable";
import { FilterChips, ListNotices, OptionLinks } from "@/components/filters/FilterChips";
import { ListLayout } from "@/components/filters/ListLayout";
import { EmptyState } from "@/components/ui/EmptyState";
import { ExportLinks } from "@/components/ui/ExportLinks";
import { Pager } from "@/components/ui/Pager";
import { SortSelect } from "@/components/filters/SortControls";
import { ACTOR_KIND_LABELS, ACTOR_SORT_LABELS, ACTOR_SORTS, actorFilterParams, actorNotices, listsUnnamed, parseActorFilters } from "@/lib/actors/filters";
import { actorKindCounts, listActors } from "@/lib/actors/queries";
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
export const metadata: Metadata = { title: "Actors" };

export default async function ActorsPage({ params: routeParams }: { params: Promise<{ q: string }> }) {
  const raw = decodeQuerySegment((await routeParams).q);
  const filters = parseActorFilters(raw);
  await tagPage(["actors", "statements"]);
  const [page, kindCounts] = await Promise.all([listActors(filters), actorKindCounts()]);
  const params = actorFilterParams(filters);
  const unnamed = listsUnnamed(filters);
  const active = Boolean(filters.q) || filters.kind.length > 0 || unnamed;
  const noun = (n: number) => (unnamed ? (n === 1 ? "unnamed source" : "unnamed sources") : n === 1 ? "actor" : "actors");
  return (
    <ListLayout
      title="Actors"
      intro="People, states, governments, armed forces, alliances, organisations and media named in the news — search by any name or alias. Sources an article describes without naming them are listed apart."
      filters={<ActorFilters filters={filters} kindCounts={kindCounts} active={active} />}
      summary={
        <>
          <p aria-live="polite"><strong>{page.total.toLocaleString("en-GB")}</strong> {noun(page.total)}{filters.q ? <> matching “{filters.q}”</> : ""}</p>
          {page.total > 1 && (
            <SortSelect
              action="/actors"
              params={params}
              current={filters.sort ?? "name"}
              options={ACTOR_SORTS.map((value) => ({ value, label: ACTOR_SORT_LABELS[value] }))}
              narrowOnly={filters.view === "table"}
            />
          )}
          {page.total > 0 && (
            <OptionLinks
              label="Show as"
              current={filters.view ?? "cards"}
              options={[{ value: "cards", label: "cards" }, { value: "table", label: "table" }] as const}
              href={(view) => href({ ...params, view: view === "cards" ? undefined : view })}
            />
          )}
          {page.total > 0 && <ExportLinks path="/actors/export" filters={{ q: params.q, kind: params.kind, sources: params.sources }} />}
        </>
      }
    >
      <ListNotices notices={actorNotices(raw)} />
      <FilterChips
        chips={[
          ...(filters.q ? [{ key: "q", text: `Name: ${filters.q}`, href: href({ ...params, q: undefined }) }] : []),
          ...(unnamed ? [{ key: "sources", text: "Unnamed sources only", href: href({ ...params, sources: undefined }) }] : []),
          ...filters.kind.map((k) => ({ key: `k-${k}`, text: `Kind: ${ACTOR_KIND_LABELS[k]}`, href: href({ ...params, kind: params.kind.filter((x) => x !== k) }) })),
        ]}
      />
      {page.items.length === 0 ? (
        unnamed && !filters.q && filters.kind.length === 0 ? (
          <EmptyState title="No unnamed sources">
            <p>Sources an article describes without naming them (“a senior EU diplomat”) appear here once an editor publishes one. <Link href="/actors">See the named actors</Link>.</p>
          </EmptyState>
        ) : active ? (
          <EmptyState title={filters.q ? `No ${noun(1)} is called “${filters.q}”` : `No ${noun(2)}${filters.kind.length ? " of this kind" : ""}`}>
            <p>
              Check the spelling, try a shorter part of the name, or <Link href="/actors">clear the filters</Link>.
              {/* Search offers named actors only: an unnamed source is found by its words among the statements. */}
              {unnamed
                ? <> You can also <Link href={`/statements?q=${encodeURIComponent(filters.q ?? "")}`}>search the statements</Link>.</>
                : <> You can also <Link href={`/search?q=${encodeURIComponent(filters.q ?? "")}`}>search everything</Link>.</>}
            </p>
          </EmptyState>
        ) : (
          <EmptyState title="No actors yet"><p>Actors appear once articles are added.</p></EmptyState>
        )
      ) : (
        filters.view === "table" ? (
          <ActorTable
            actors={page.items}
            caption={`${unnamed ? "Unnamed sources" : "Actors"}, sorted by ${ACTOR_SORT_LABELS[filters.sort ?? "name"]}`}
            sort={{ current: filters.sort ?? "name", href: (sort) => href({ ...params, sort: sort === "name" ? undefined : sort }) }}
          />
        ) : (
          <ActorList actors={page.items} />
        )
      )}
      <Pager path="/actors" filters={params} nextCursor={page.nextCursor} isFirstPage={page.isFirstPage} />
    </ListLayout>
  );
}

const href = (params: ReturnType<typeof actorFilterParams>) => `/actors${toQueryString(params)}`;
