import { CheckboxGroup, FilterForm, TextField } from "@/components/filters/FilterForm";
import { ACTOR_KIND_LABELS, ACTOR_KINDS, listsUnnamed, type ActorFilters as Filters } from "@/lib/actors/filters";

type KindCounts = Map<string, number>;

/** `kindCounts`: the kinds among the named actors and among the unnamed sources; the kind filter counts the ones listed. */
export function ActorFilters({ filters, kindCounts: counts, active }: { filters: Filters; kindCounts: { named: KindCounts; unnamed: KindCounts }; active: boolean }) {
  const unnamed = listsUnnamed(filters);
  const kindCounts = unnamed ? counts.unnamed : counts.named;
  const unnamedTotal = [...counts.unnamed.values()].reduce((sum, n) => sum + n, 0);
  return (
    <FilterForm action="/actors" label="Filter actors" active={active}>
      <TextField name="q" label="Name or alias" value={filters.q} placeholder="e.g. Zelensky, AFR, Kremlin" hint="Matches any part of a name or alias, in any case." />
      <CheckboxGroup
        name="kind"
        legend="Kind"
        selected={filters.kind}
        options={ACTOR_KINDS.filter((k) => kindCounts.has(k) || filters.kind.includes(k)).map((k) => ({ value: k, label: ACTOR_KIND_LABELS[k], count: kindCounts.get(k) ?? 0 }))}
      />
      {(unnamedTotal > 0 || unnamed) && (
        <CheckboxGroup
          name="sources"
          legend="Sources"
          selected={unnamed ? ["unnamed"] : []}
          options={[{ value: "unnamed", label: "Only unnamed sources (“a senior EU diplomat”)", count: unnamedTotal }]}
        />
      )}
    </FilterForm>
  );
}
