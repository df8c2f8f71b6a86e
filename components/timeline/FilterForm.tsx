import Link from "next/link";
import { EVENT_TYPES, type EventCategory } from "@/lib/events/codebook";
import { CATEGORIES } from "@/lib/events/chart";
import { DEFAULT_GROUPING, hasActiveFilters, type TimelineFilters } from "@/lib/events/filters";
import type { EventType } from "@/lib/generated/prisma/enums";
import { ActorOptions } from "./ActorOptions";
import { TypeChecks, type TypeGroup } from "./TypeChecks";
import styles from "./Timeline.module.css";

type ActorOption = { slug: string; name: string; events: number };

const typesOf = (category: EventCategory) =>
  (Object.keys(EVENT_TYPES) as EventType[]).filter((t) => EVENT_TYPES[t].category === category);

/** The type checkboxes' data, the same for every page: each category's legend and its [type, label] pairs. */
const TYPE_GROUPS: TypeGroup[] = CATEGORIES.map((c) => [c.label, typesOf(c.key).map((t) => [t, EVENT_TYPES[t].label])]);

/** A plain GET form: every filter lands in the URL, so results are shareable and Back works. */
export function FilterForm({ filters, actors }: { filters: TimelineFilters; actors: ActorOption[] }) {
  const unselected = actors.filter((a) => !filters.actor.includes(a.slug));
  return (
    <form action="/timeline" method="get" className={styles.filters} aria-label="Filter the timeline">
      {filters.actor.map((slug) => <input key={slug} type="hidden" name="actor" value={slug} />)}
      <div className={styles.fields}>
        <div>
          <label htmlFor="tl-q">Words</label>
          <input id="tl-q" type="search" name="q" defaultValue={filters.q} maxLength={200} placeholder="e.g. refinery, “peace talks”" />
        </div>
        <div>
          <label htmlFor="tl-place">Place</label>
          <input id="tl-place" type="text" name="place" defaultValue={filters.place} maxLength={200} placeholder="e.g. Kyiv" />
        </div>
        <div>
          <label htmlFor="tl-from">From</label>
          <input id="tl-from" type="date" name="from" defaultValue={filters.from} />
        </div>
        <div>
          <label htmlFor="tl-to">To</label>
          <input id="tl-to" type="date" name="to" defaultValue={filters.to} />
        </div>
        <div>
          <label htmlFor="tl-actor">{filters.actor.length ? "Add an actor" : "Actor"}</label>
          <select id="tl-actor" name="actor" defaultValue="">
            <option value="">{filters.actor.length ? "—" : "Any actor"}</option>
            <ActorOptions options={unselected.map((a) => [a.slug, `${a.name} (${a.events})`])} />
          </select>
        </div>
        {filters.actor.length > 0 && (
          <div className={styles.wideOnPhone}>
            <label htmlFor="tl-match">Several actors</label>
            <select id="tl-match" name="match" defaultValue={filters.match ?? "any"}>
              <option value="any">Any of them (OR)</option>
              <option value="all">All of them (AND)</option>
            </select>
          </div>
        )}
        <div>
          <label htmlFor="tl-view">Show as</label>
          <select id="tl-view" name="view" defaultValue={filters.view ?? "cards"}>
            <option value="cards">Cards</option>
            <option value="table">Table</option>
          </select>
        </div>
        <div>
          <label htmlFor="tl-group">Group by</label>
          <select id="tl-group" name="group" defaultValue={filters.group ?? DEFAULT_GROUPING}>
            <option value="day">Day</option>
            <option value="week">Week</option>
            <option value="month">Month</option>
          </select>
        </div>
      </div>
      <details className={styles.types} open={filters.type.length > 0}>
        <summary>Event types{filters.type.length ? ` (${filters.type.length} selected)` : " (all)"}</summary>
        <TypeChecks groups={TYPE_GROUPS} selected={filters.type} />
      </details>
      <div className={styles.actions}>
        <button type="submit">Apply filters</button>
        {hasActiveFilters(filters) && <Link href={filters.group ? `/timeline?group=${filters.group}` : "/timeline"}>Clear filters</Link>}
      </div>
    </form>
  );
}
