import { describe, expect, it } from "vitest";
import { latestSaidOn, periodEnd, placeKey, placement } from "./synthetic-derive";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("derived columns of synthetic rows (the triggers' rules)", () => {
  it("ends each precision's period as the Event's generated placedEnd does", () => {
    expect(periodEnd(d("2024-02-12"), "week")).toEqual(d("2024-02-18"));
    expect(periodEnd(d("2024-02-01"), "month")).toEqual(d("2024-02-29"));
    expect(periodEnd(d("2023-11-01"), "quarter")).toEqual(d("2023-12-31"));
    expect(periodEnd(d("2024-05-01"), "quarter")).toEqual(d("2024-06-30"));
    expect(periodEnd(d("2022-01-01"), "year")).toEqual(d("2022-12-31"));
    expect(periodEnd(d("2022-03-09"), "day")).toEqual(d("2022-03-09"));
  });

  it("places a dated event at its start and an undated one at the day it was reported, unplaced last", () => {
    const base = { endDate: null, linked: true };
    expect(placement({ ...base, startDate: d("2024-02-01"), datePrecision: "month", reportedOn: d("2024-03-01") })).toEqual({
      placedOn: d("2024-02-01"), placedEnd: d("2024-02-29"), sortOn: d("2024-02-01"), visible: true,
    });
    expect(placement({ ...base, startDate: null, datePrecision: "unknown", reportedOn: d("2024-03-01") })).toMatchObject({ placedOn: d("2024-03-01"), placedEnd: d("2024-03-01") });
    expect(placement({ ...base, startDate: null, datePrecision: "unknown", reportedOn: null })).toEqual({
      placedOn: null, placedEnd: null, sortOn: d("0001-01-01"), visible: false,
    });
    expect(placement({ ...base, linked: false, startDate: null, datePrecision: "unknown", reportedOn: null }).visible).toBe(true);
  });

  it("ends a quarter's or a year's statement at its period's end or its article's day, as faultline_latest_said_on does", () => {
    expect(latestSaidOn(d("2023-10-01"), "quarter", d("2024-02-01"))).toEqual(d("2023-12-31"));
    expect(latestSaidOn(d("2023-10-01"), "quarter", d("2023-11-15"))).toEqual(d("2023-11-15"));
    expect(latestSaidOn(d("2023-01-01"), "year", d("2022-12-01"))).toEqual(d("2023-01-01"));
    expect(latestSaidOn(d("2023-01-01"), "year", d("2024-03-01"))).toEqual(d("2023-12-31"));
    expect(latestSaidOn(d("2023-10-01"), "month", d("2024-02-01"))).toBeNull();
    expect(latestSaidOn(null, "unknown", d("2024-02-01"))).toBeNull();
  });

  it("keys places as faultline_place_key does", () => {
    expect(placeKey("  Kyiv   Oblast ")).toBe("kyiv oblast");
    expect(placeKey(" \t")).toBeNull();
    expect(placeKey(null)).toBeNull();
  });
});
