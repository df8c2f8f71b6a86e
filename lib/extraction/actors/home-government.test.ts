import { describe, expect, it } from "vitest";
import { homeGovernment } from "./home-government";
import { Registry } from "./registry";

describe("homeGovernment", () => {
  it("gives a bare government that acts the state named before it in its sentence", () => {
    const r = new Registry("After talks with Ruritania, Norway said little, but the government approved new aid on Monday.");
    homeGovernment(r);
    const a = r.byForm.get("the government");
    expect(a?.name).toBe("Norwegian Government");
    expect(a?.kind).toBe("government");
  });

  it("names no government when the bare words act for two states in one article (they would be one form of the whole text)", () => {
    const r = new Registry("Finland sent twelve aid packages. The government decided to send another. Estonia objected. The government said it would not.");
    homeGovernment(r);
    expect(r.byForm.get("The government")).toBeUndefined();
  });

  it("else the state opening the sentence before, across a time phrase before the verb", () => {
    const r = new Registry("Finland has sent Ukraine twelve aid packages. The government on Tuesday decided to send another.");
    homeGovernment(r);
    expect(r.byForm.get("The government")?.name).toBe("Finnish Government");
  });

  it("reads a state glued to the word opening its sentence (\"In Oslo, the government …\")", () => {
    const r = new Registry("Ruritania asked for help.\nIn Oslo, the government agreed on Friday to send tents.");
    homeGovernment(r);
    expect(r.byForm.get("the government")?.name).toBe("Norwegian Government");
  });

  it("leaves a government that does not act, is another's, or has no state near it", () => {
    const r = new Registry("Poland bought tanks. The government's plan and the government of Chile were discussed.\n\nThe government said it would wait.");
    homeGovernment(r);
    expect(r.byForm.get("The government")).toBeUndefined();
    expect(r.byForm.get("the government")).toBeUndefined();
  });
});
