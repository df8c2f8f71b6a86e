import type { z } from "zod";
import { parseSearchParams, type RawSearchParams } from "@/lib/url/search-params";
import { cursorParam, enumList, filterSchemas, someWords } from "@/lib/url/list-filters";

export const ACTOR_KINDS = ["person", "state", "government", "armed_force", "alliance", "organization", "media", "other"] as const;
export type ActorKindValue = (typeof ACTOR_KINDS)[number];

export const ACTOR_KIND_LABELS: Record<ActorKindValue, string> = {
  person: "Person",
  state: "State",
  government: "Government",
  armed_force: "Armed force",
  alliance: "Alliance",
  organization: "Organisation",
  media: "Media",
  other: "Other",
};

/** /actors filters, shared by the directory, its export route and the JSON API. */
export const actorFilters = filterSchemas({
  q: someWords,
  kind: enumList(ACTOR_KINDS),
  cursor: cursorParam,
});
export const actorFiltersSchema = actorFilters.lenient;

export type ActorFilters = z.infer<typeof actorFiltersSchema>;

export function parseActorFilters(params: RawSearchParams): ActorFilters {
  return parseSearchParams(actorFiltersSchema, params);
}

export function actorFilterParams(f: ActorFilters) {
  return { q: f.q, kind: f.kind };
}
