import { CheckboxGroup, DateRange, FilterForm, SelectField, TextField } from "@/components/filters/FilterForm";
import type { ArticleFilters as Filters } from "@/lib/articles/filters";

type Options = { publications: { slug: string; name: string }[]; topics: { slug: string; name: string }[]; actors: { slug: string; name: string }[] };

export function ArticleFilters({ filters, options, active }: { filters: Filters; options: Options; active: boolean }) {
  return (
    <FilterForm action="/articles" label="Filter articles" active={active}>
      <TextField name="q" label="Words in the article" value={filters.q} placeholder="e.g. refinery" hint={'Use "quotes" for a phrase, -word to leave out.'} />
      <CheckboxGroup name="publication" legend="Publication" selected={filters.publication} options={options.publications.map((p) => ({ value: p.slug, label: p.name }))} />
      <DateRange legend="Published" from={filters.from} to={filters.to} />
      <SelectField name="actor" label="Actor mentioned" anyLabel="Any actor" value={filters.actor[0]} options={options.actors.map((a) => ({ value: a.slug, label: a.name }))} />
      <CheckboxGroup name="topic" legend="Topics" selected={filters.topic} options={options.topics.map((t) => ({ value: t.slug, label: t.name }))} />
    </FilterForm>
  );
}
