import { CheckboxGroup, FilterForm, TextField } from "@/components/filters/FilterForm";
import { ACTOR_KIND_LABELS, ACTOR_KINDS, type ActorFilters as Filters } from "@/lib/actors/filters";

export function ActorFilters({ filters, kindCounts, active }: { filters: Filters; kindCounts: Map<string, number>; active: boolean }) {
  return (
    <FilterForm action="/actors" label="Filter actors" active={active}>
      <TextField name="q" label="Name or alias" value={filters.q} placeholder="e.g. Zelensky, AFR, Kremlin" hint="Matches any part of a name or alias, in any case." />
      <CheckboxGroup
        name="kind"
        legend="Kind"
        selected={filters.kind}
        options={ACTOR_KINDS.filter((k) => kindCounts.has(k) || filters.kind.includes(k)).map((k) => ({ value: k, label: ACTOR_KIND_LABELS[k], count: kindCounts.get(k) ?? 0 }))}
      />
    </FilterForm>
  );
}
