import { describe, expect, it } from "vitest";
import { brief, ctxOf } from "./test-context";
import { findDirectStatements } from "./direct";
import { personOnTrial } from "./defendant";

describe("the defendant as speaker", () => {
  it("'the defendant told the court' is the person the court sentenced", () => {
    const ctx = ctxOf('A court in Brno sentenced Pavel R., a 34-year-old driver, to six years. "I was naive and I regret it," the defendant told the court.');
    expect(brief(findDirectStatements(ctx))).toEqual([["Pavel R.", "I was naive and I regret it,"]]);
  });

  it("the person on trial is named by the court's verb before or after the name, not by any mention", () => {
    expect(personOnTrial(ctxOf("Judge Eva Malá said Tomas B., who stands trial for arson, had been paid."), 999)?.name).toBe("Tomas B.");
    expect(personOnTrial(ctxOf("The court found 29-year-old Ivan K. guilty of arson."), 999)?.name).toBe("Ivan K.");
    expect(personOnTrial(ctxOf("Judge Eva Malá read the verdict to the press."), 999)).toBeNull();
  });
});
