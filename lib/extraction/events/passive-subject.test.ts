import { describe, expect, it } from "vitest";
import { passiveSubject } from "./passive-subject";

describe("passive subject", () => {
  it("gives the words before a passive verb's auxiliary, up to six, within the clause", () => {
    expect(passiveSubject("Our new air defence package was ")).toBe(" Our new air defence package");
    expect(passiveSubject("In March, the bridge had been quickly ")).toBe(" the bridge");
    expect(passiveSubject("the first tranche of the loan to the government in Kyiv were ")).toBe(" loan to the government in Kyiv");
  });

  it("is null when the verb is active", () => {
    expect(passiveSubject("Norway ")).toBeNull();
    expect(passiveSubject("the ministers have ")).toBeNull();
  });
});
