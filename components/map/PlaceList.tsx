"use client";

import { formatCount } from "./count";

/**
 * A map caption's list of places ("Outside this view: Washington (5,367), …"), from [slug, name, events]
 * triples: a client component so that a cold render's payload carries the places as that data, not as a
 * tree of spans and links beside the same markup in the HTML. The HTML is the same either way.
 */
export function PlaceList({ intro, places, more }: { intro: string; places: [slug: string, name: string, total: number][]; more: number }) {
  return (
    <span>
      {intro}{" "}
      {places.map(([slug, name, total], i) => (
        <span key={slug}>{i > 0 && ", "}<a href={`/places/${slug}`}>{name}</a> ({formatCount(total)})</span>
      ))}
      {more > 0 && `, and ${formatCount(more)} ${more === 1 ? "more place" : "more places"}`}.
    </span>
  );
}
