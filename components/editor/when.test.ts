import { describe, expect, it } from "vitest";
import { eventEditSchema, statementEditSchema } from "@/lib/editor/correction-schemas";
import { fieldErrors } from "@/lib/editor/schemas";
import { formatWhen, parseWhen } from "./when";

describe("the When field", () => {
  it("reads a date and its precision from one text, in the ways editors write them", () => {
    expect(parseWhen("2026-03-05")).toEqual({ ok: true, date: "2026-03-05", precision: "day" });
    expect(parseWhen("5 March 2026")).toEqual({ ok: true, date: "2026-03-05", precision: "day" });
    expect(parseWhen("Mar 5, 2026")).toEqual({ ok: true, date: "2026-03-05", precision: "day" });
    expect(parseWhen("2026-03")).toEqual({ ok: true, date: "2026-03", precision: "month" });
    expect(parseWhen(" march  2026 ")).toEqual({ ok: true, date: "2026-03", precision: "month" });
    expect(parseWhen("Sept 2026")).toEqual({ ok: true, date: "2026-09", precision: "month" });
    expect(parseWhen("2026-W10")).toEqual({ ok: true, date: "2026-03-02", precision: "week" });
    expect(parseWhen("2026w1")).toEqual({ ok: true, date: "2025-12-29", precision: "week" });
    expect(parseWhen("week of 2026-03-04")).toEqual({ ok: true, date: "2026-03-04", precision: "week" });
    expect(parseWhen("2026-Q2")).toEqual({ ok: true, date: "2026-04", precision: "quarter" });
    expect(parseWhen("Q4 2026")).toEqual({ ok: true, date: "2026-10", precision: "quarter" });
    expect(parseWhen("2026")).toEqual({ ok: true, date: "2026", precision: "year" });
    expect(parseWhen("")).toEqual({ ok: true, date: undefined, precision: "unknown" });
    expect(parseWhen("unknown")).toEqual({ ok: true, date: undefined, precision: "unknown" });
  });

  it("refuses what is not a real date, saying which formats it takes", () => {
    for (const bad of ["2026-02-30", "2026-13", "2026-W54", "2026-Q5", "Marchember 2026", "last Tuesday", "0999", "12/03/2026", "2026-03-05; drop table"]) {
      const reading = parseWhen(bad);
      expect(reading.ok, bad).toBe(false);
      if (!reading.ok) expect(reading.message).toMatch(/not a date Faultline can read\. Write 2026-03-05/);
    }
    expect(parseWhen("2026-W53").ok).toBe(true); // 2026 has 53 ISO weeks
    expect(parseWhen("2027-W53").ok).toBe(false);
  });

  it("writes the stored pair back the way it reads, so an unchanged field changes nothing", () => {
    const pairs = [
      { date: "2026-03-05", precision: "day" },
      { date: "2026-03-02", precision: "week" },
      { date: "2026-03", precision: "month" },
      { date: "2026-04", precision: "quarter" },
      { date: "2026", precision: "year" },
    ] as const;
    for (const pair of pairs) expect(parseWhen(formatWhen(pair))).toEqual({ ok: true, ...pair });
    expect(formatWhen({ date: "2026-03-02", precision: "week" })).toBe("2026-W10");
    // A week starting on a Saturday (an engine's weekend) stays on its Saturday.
    expect(formatWhen({ date: "2026-03-07", precision: "week" })).toBe("week of 2026-03-07");
    expect(parseWhen(formatWhen({ date: "2026-03-07", precision: "week" }))).toEqual({ ok: true, date: "2026-03-07", precision: "week" });
    expect(formatWhen({ date: "2026-05", precision: "quarter" })).toBe("2026-Q2");
    expect(formatWhen({ date: "2026-03-05", precision: "unknown" })).toBe("");
  });

  it("gives the correction pages' schemas only what they take, and the schemas refuse a day that does not exist", () => {
    const event = { id: "e1", version: 2, title: "Strike", type: "other", actors: [], verified: true };
    const statement = { id: "s1", version: 2, speakerId: "a1", text: "Words.", direct: true, verified: true };
    for (const typed of ["2026-03-05", "5 March 2026", "2026-W10", "March 2026", "2026-Q1", "2026", ""]) {
      const when = parseWhen(typed);
      if (!when.ok) throw new Error(`refused ${typed}`);
      expect(eventEditSchema.safeParse({ ...event, date: when.date, datePrecision: when.precision }).success, typed).toBe(true);
      expect(statementEditSchema.safeParse({ ...statement, saidOn: when.date, saidPrecision: when.precision }).success, typed).toBe(true);
    }
    expect(parseWhen("2026-02-30").ok).toBe(false);
    const posted = eventEditSchema.safeParse({ ...event, date: "2026-02-30", datePrecision: "day" });
    expect(fieldErrors(posted.error!)).toEqual({ date: "That date does not exist." });
  });
});
