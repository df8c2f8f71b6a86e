import { describe, expect, it } from "vitest";
import { brief, ctxOf } from "./test-context";
import { findIndirectStatements } from "./indirect";

const indirect = (text: string) => brief(findIndirectStatements(ctxOf(text), [], 0));

describe("denials reported with their object", () => {
  it("a denied thing or act is the speaker's statement, the verb kept", () => {
    expect(indirect("The defendant, Pavel Rudnik, denied all charges during the hearing.")).toEqual([["Pavel Rudnik", "denied all charges during the hearing"]]);
    expect(indirect("The Slovak Defence Ministry denied targeting civilian ships, but the port was closed.")).toEqual([["Slovak Defence Ministry", "denied targeting civilian ships"]]);
  });

  it("no statement without a denier, nor a denial of something to someone ('denied him entry' is an act)", () => {
    expect(indirect("Access was denied at the gate.")).toEqual([]);
    expect(indirect("Border guard Pavel Rudnik denied him entry.")).toEqual([]);
  });
});
