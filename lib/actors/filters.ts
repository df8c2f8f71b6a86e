import { z } from "zod";
import { parseSearchParams, words, type RawSearchParams } from "@/lib/url/search-params";
import { cursorParam, enumList } from "@/lib/url/list-filters";

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

/** /actors filters, shared by the directory and its export route. */
export const actorFiltersSchema = z.object({
  q: words.transform((v) => v || undefined),
  kind: enumList(ACTOR_KINDS),
  cursor: cursorParam,
});

export type ActorFilters = z.infer<typeof actorFiltersSchema>;

export function parseActorFilters(params: RawSearchParams): ActorFilters {
  return parseSearchParams(actorFiltersSchema, params);
}

export function actorFilterParams(f: ActorFilters) {
  return { q: f.q, kind: f.kind };
}
