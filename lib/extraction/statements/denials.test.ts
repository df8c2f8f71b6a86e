import { describe, expect, it } from "vitest";
import { brief, ctxOf } from "./test-context";
import { findIndirectStatements } from "./indirect";

const indirect = (text: string) => brief(findIndirectStatements(ctxOf(text), [], 0));

describe("denials", () => {
  it("a denial with an object is a statement of the one who denies, verb and object", () => {
    expect(indirect("Karel Novak denied the charges throughout the trial.")).toEqual([["Karel Novak", "denied the charges throughout the trial"]]);
  });

  it("the denial ends where the same subject's next verb starts", () => {
    expect(indirect('Hungary\'s Defence Ministry denied targeting civilian ships and said its forces had struck "fuel depots" in the port.')).toEqual([
      ["Hungarian Defence Ministry", "denied targeting civilian ships"],
      ["Hungarian Defence Ministry", 'its forces had struck "fuel depots" in the port'],
    ]);
  });

  it("'denied claims that …' is one denial; the claims inside it are no report of their own", () => {
    expect(indirect("Colonel Ivan Sirko denied Russian claims that the village of Dibrova had been captured.")).toEqual([
      ["Ivan Sirko", "denied Russian claims that the village of Dibrova had been captured"],
    ]);
  });

  it("not a passive ('was denied entry') nor a standing position in the perfect ('has repeatedly denied')", () => {
    expect(indirect("Karel Novak was denied entry to the country on Monday.")).toEqual([]);
    expect(indirect("Karel Novak has repeatedly denied any role in the scheme.")).toEqual([]);
  });
});
