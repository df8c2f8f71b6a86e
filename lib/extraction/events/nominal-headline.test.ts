import { describe, expect, it } from "vitest";
import { nounHeadline } from "./nominal-headline";

describe("a headline built from a happening's noun", () => {
  it("the agent conjugates the noun's verb, and 'of' / 'to' / 'on' bring its object", () => {
    expect(nounHeadline("seizure of the freighter", "Norway")).toBe("Norway seizes freighter");
    expect(nounHeadline("visit to Tbilisi", "Lindqvist")).toBe("Lindqvist visits Tbilisi");
    expect(nounHeadline("strike on Mykolaiv", "Russia")).toBe("Russia strikes Mykolaiv");
    expect(nounHeadline("talks in Doha", "Qatar")).toBe("Qatar holds talks in Doha");
  });

  it("a plural agent takes the plural verb", () => {
    expect(nounHeadline("capture of the bridge", "Belarusian troops")).toBe("Belarusian troops capture bridge");
    expect(nounHeadline("visit to Riga", "Macron and Tusk")).toBe("Macron and Tusk visit Riga");
  });

  it("an intransitive noun's 'of' names who did it", () => {
    expect(nounHeadline("collapse of the river convoy accord", null)).toBe("River convoy accord collapses");
  });

  it("a gathering's 'of' names who gather, before the one who spoke there", () => {
    expect(nounHeadline("meeting of Nordic fishing ministers", "Lindqvist")).toBe("Nordic fishing ministers meet");
    expect(nounHeadline("summit of Baltic leaders in Riga", null)).toBe("Baltic leaders hold summit in Riga");
    expect(nounHeadline("meeting with Lindqvist", "Berg")).toBe("Berg meets Lindqvist");
  });

  it("an 'of' that classifies ('of its kind') names no one who gathers", () => {
    expect(nounHeadline("first meeting of its kind since March", null)).toBeNull();
    expect(nounHeadline("summit of this kind in Riga", "Lindqvist")).toBe("Lindqvist holds summit in Riga");
  });

  it("none without an agent, nor for a noun it cannot tell as a verb", () => {
    expect(nounHeadline("strike on Mykolaiv", null)).toBeNull();
    expect(nounHeadline("report on the harvest", "Norway")).toBeNull();
  });
});
