import { isoDayLabel } from "@/lib/dates/iso-day";
import { EVENT_TYPES } from "@/lib/events/codebook";
import { filterParams, type TimelineFilters } from "@/lib/events/filters";
import { toQueryString } from "@/lib/url/search-params";
import { FilterChips, type Chip } from "@/components/filters/FilterChips";
import styles from "./Timeline.module.css";

/** The filters in force, each with a link that removes it. */
export function ActiveFilters({ filters, actorNames }: { filters: TimelineFilters; actorNames: Map<string, string> }) {
  const base = filterParams(filters);
  const without = (change: Partial<ReturnType<typeof filterParams>>) => `/timeline${toQueryString({ ...base, ...change })}`;
  const chips: Chip[] = [
    ...filters.actor.map((slug) => ({ key: `a-${slug}`, text: `Actor: ${actorNames.get(slug) ?? slug}`, href: without({ actor: base.actor.filter((s) => s !== slug) }) })),
    ...(filters.actor.length > 1 ? [{ key: "match", text: filters.match === "all" ? "With all of these actors (AND)" : "With any of these actors (OR)", href: without({ match: filters.match === "all" ? undefined : "all" }), action: filters.match === "all" ? "switch to any of these actors (OR)" : "switch to all of these actors (AND)" }] : []),
    ...filters.type.map((t) => ({ key: `t-${t}`, text: `Type: ${EVENT_TYPES[t].label}`, href: without({ type: base.type.filter((x) => x !== t) }) })),
    ...(filters.place ? [{ key: "place", text: `Place: ${filters.place}`, href: without({ place: undefined }) }] : []),
    ...(filters.from ? [{ key: "from", text: `From ${isoDayLabel(filters.from)}`, href: without({ from: undefined }) }] : []),
    ...(filters.to ? [{ key: "to", text: `To ${isoDayLabel(filters.to)}`, href: without({ to: undefined }) }] : []),
    ...(filters.q ? [{ key: "q", text: `Words: ${filters.q}`, href: without({ q: undefined }) }] : []),
  ];
  return <FilterChips chips={chips} className={styles.active} />;
}
