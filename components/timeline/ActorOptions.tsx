"use client";

/**
 * The actor filter's options, from [slug, label] pairs. A client component only so that a cold render's
 * payload carries the ~100 options as that data, once: as server-rendered <option> elements each travelled
 * as a tree (tag, key, props) beside the same option in the HTML, and React outlined most of them as rows
 * of their own. The HTML is the same either way.
 */
export function ActorOptions({ options }: { options: [slug: string, label: string][] }) {
  return options.map(([slug, label]) => <option key={slug} value={slug}>{label}</option>);
}
