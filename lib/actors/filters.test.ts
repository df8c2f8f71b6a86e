import { describe, expect, it } from "vitest";
import { z } from "zod";
import { actorFilterParams, actorFilters, actorNotices, listsUnnamed, parseActorFilters, shownRole, UNNAMED_ROLE } from "./filters";

// The directory's sources choice: one field read by the page, its export and the API.
describe("actor filters: sources", () => {
  it("lists named actors unless unnamed sources are asked for", () => {
    expect(listsUnnamed(parseActorFilters({}))).toBe(false);
    expect(listsUnnamed(parseActorFilters({ sources: "named" }))).toBe(false);
    expect(listsUnnamed(parseActorFilters({ sources: "unnamed" }))).toBe(true);
    expect(listsUnnamed(parseActorFilters({ sources: "UNNAMED" }))).toBe(true);
    expect(parseActorFilters({ sources: "" }).sources).toBeUndefined();
  });

  it("a page falls back to named actors on a value it does not know, and says so", () => {
    expect(parseActorFilters({ sources: "anonymous", kind: "person" })).toMatchObject({ sources: undefined, kind: ["person"] });
    expect(actorNotices({ sources: "anonymous" })).toEqual(['sources: "anonymous" is not one of named, unnamed; showing named actors.']);
    expect(actorNotices({ sources: "unnamed" })).toEqual([]);
  });

  it("the API refuses a value it does not know, naming the parameter", () => {
    expect(actorFilters.api.parse({ sources: "unnamed" })).toMatchObject({ sources: "unnamed" });
    const refused = actorFilters.api.safeParse({ sources: "anonymous" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.path.join("."))).toEqual(["sources"]);
  });

  it("stays in the links a page builds (pager, sort, view, export)", () => {
    expect(actorFilterParams(parseActorFilters({ sources: "unnamed", q: "diplomat" }))).toMatchObject({ sources: "unnamed", q: "diplomat" });
  });

  it("reads named as the default, so its links are the plain directory's (one URL, one cache entry)", () => {
    expect(parseActorFilters({ sources: "named" })).toEqual(parseActorFilters({}));
    expect(parseActorFilters({ sources: "Named" }).sources).toBeUndefined();
    expect(actorFilterParams(parseActorFilters({ sources: "named", q: "sybiha" }))).toEqual(actorFilterParams(parseActorFilters({ q: "sybiha" })));
    expect(actorNotices({ sources: "named" })).toEqual([]);
    expect(actorFilters.api.parse({ sources: "named" }).sources).toBeUndefined();
    // The API's documentation still lists both values it accepts.
    expect(z.toJSONSchema(actorFilters.fields.sources.strict, { io: "output", unrepresentable: "any" })).toMatchObject({ enum: ["named", "unnamed"] });
  });
});

describe("shownRole", () => {
  it("leaves an unnamed source's default role to its badge and keeps every other role", () => {
    expect(shownRole({ role: UNNAMED_ROLE, unnamed: true })).toBeNull();
    expect(shownRole({ role: "spokesman for the ministry", unnamed: true })).toBe("spokesman for the ministry");
    expect(shownRole({ role: UNNAMED_ROLE, unnamed: false })).toBe(UNNAMED_ROLE);
  });
});
