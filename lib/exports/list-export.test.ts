import { describe, expect, it } from "vitest";
import { refusedFilters } from "@/lib/url/list-filters";
import { statementFilters } from "@/lib/statements/filters";
import { refusedTimelineFilters } from "@/lib/events/filters";
import { refusedExport, refusedParameters } from "./list-export";

// A hand-edited export address with a bad value once downloaded the whole unfiltered list as if filtered.
describe("an export asked for what it cannot honour", () => {
  it("is a 400 naming every bad parameter, format included", async () => {
    const params = { format: "xml", from: "2025-02-30", speaker: "vladimir-putin" };
    const refused = refusedExport(params, refusedFilters(statementFilters.fields, params));
    expect(refused?.status).toBe(400);
    expect(await refused?.text()).toBe(
      'Nothing exported: invalid parameter "format": "xml" is not one of csv, json; invalid parameter "from": "2025-02-30" is not a day that exists (YYYY-MM-DD).\n',
    );
  });

  it("lets good, blank and absent parameters through", () => {
    expect(refusedExport({ format: "json", from: "2025-09-01" }, [])).toBeNull();
    expect(refusedExport({ format: "" })).toBeNull();
    expect(refusedExport({})).toBeNull();
  });
});

it("a feed says the same in its own words", async () => {
  const params = { speaker: "<b>" };
  const refused = refusedParameters("No feed", refusedFilters(statementFilters.fields, params));
  expect(await refused?.text()).toBe('No feed: invalid parameter "speaker": "<b>" is not a slug.\n');
});

// /timeline/export?format=zzz once gave CSV, ?from=2025-02-30 every event; /feeds/events?type=bogus the unfiltered feed.
describe("the timeline's export and feed", () => {
  it("refuse a bad format or filter, naming it, as the other lists do", async () => {
    const params = { format: "zzz", from: "2025-02-30", match: "most", group: "decade", view: "grid", cursor: "%%%" };
    const refused = refusedExport(params, refusedTimelineFilters(params));
    expect(refused?.status).toBe(400);
    expect(await refused?.text()).toBe(
      'Nothing exported: invalid parameter "format": "zzz" is not one of csv, json; invalid parameter "from": "2025-02-30" is not a day that exists (YYYY-MM-DD); invalid parameter "match": "most" is not one of any, all.\n',
    );
    const feed = refusedParameters("No feed", refusedTimelineFilters({ type: "bogus" }));
    expect(feed?.status).toBe(400);
    expect(await feed?.text()).toMatch(/^No feed: invalid parameter "type": "bogus" is not one of summit_talks, /);
  });

  it("let good filters through", () => {
    const params = { format: "json", from: "2025-09-01", type: ["phone_call", "sanctions"], actor: "vladimir-putin", match: "all" };
    expect(refusedExport(params, refusedTimelineFilters(params))).toBeNull();
  });
});
