import { CheckboxGroup, DateRange, FilterForm, SelectField, TextField } from "@/components/filters/FilterForm";
import type { StatementFilters as Filters } from "@/lib/statements/filters";

type Options = {
  speakers: { slug: string; name: string; count: number }[];
  topics: { slug: string; name: string }[];
  articles: { slug: string; title: string }[];
};

export function StatementFilters({ filters, options, active }: { filters: Filters; options: Options; active: boolean }) {
  return (
    <FilterForm action="/statements" label="Filter statements" active={active}>
      <TextField name="q" label="Words in the statement" value={filters.q} placeholder="e.g. peacekeepers" hint={'Use "quotes" for a phrase, -word to leave out.'} />
      <CheckboxGroup name="speaker" legend="Speakers" selected={filters.speaker} options={options.speakers.map((s) => ({ value: s.slug, label: s.name, count: s.count }))} />
      <DateRange legend="Date said" from={filters.from} to={filters.to} />
      <SelectField
        name="direct"
        label="Quoted or paraphrased"
        anyLabel="Both"
        value={filters.direct === undefined ? undefined : String(filters.direct)}
        options={[{ value: "true", label: "Direct quotes" }, { value: "false", label: "Paraphrases" }]}
      />
      <CheckboxGroup name="topic" legend="Topics" selected={filters.topic} options={options.topics.map((t) => ({ value: t.slug, label: t.name }))} />
      <SelectField name="article" label="Article" anyLabel="Any article" value={filters.article} options={options.articles.map((a) => ({ value: a.slug, label: a.title }))} />
    </FilterForm>
  );
}
