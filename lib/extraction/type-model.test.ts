import { describe, expect, it } from "vitest";
import { combineType, judgeType, stem, trainTypeModel, typeFeatures, typePosterior, type TypeScore } from "./type-model";

describe("type model features", () => {
  it("stems inflections alike and leaves names, numbers and stop words out", () => {
    expect(new Set(["launches", "launched", "launching", "launch"].map(stem)).size).toBe(1);
    expect(typeFeatures("Russia launched 94 drones at Kyiv on Monday, officials said")).toEqual(["launch", "dron", "official"]);
  });

  it("drops one final e after each suffix, and from a bare word", () => {
    expect(["Agreed", "pledges", "freezes", "charges", "rule", "bee", "seized", "cities", "passes", "glass"].map(stem)).toEqual(
      ["agr", "pledg", "freez", "charg", "rul", "be", "seiz", "city", "pass", "glass"],
    );
  });
});

describe("naive Bayes over clause words", () => {
  const model = trainTypeModel([
    { clause: "Russia launched drones at the city", label: "missile_drone_strike" },
    { clause: "missiles struck the port overnight", label: "missile_drone_strike" },
    { clause: "the two leaders held talks in Geneva", label: "summit_talks" },
    { clause: "delegations met for talks", label: "summit_talks" },
    { clause: "wheat exports rose in October", label: "other" },
  ]);

  it("gives posteriors that sum to one, highest first, with each type's prior", () => {
    const post = typePosterior(model, "drones struck the city");
    expect(post[0].type).toBe("missile_drone_strike");
    expect(post.reduce((n, x) => n + x.p, 0)).toBeCloseTo(1, 6);
    expect(post.find((x) => x.type === "other")?.prior).toBeCloseTo(0.2, 6);
  });

  it("falls back to the priors for a clause with no known word", () => {
    const post = typePosterior(model, "Zelensky");
    expect(post.map((x) => x.p)).toEqual(post.map((x) => x.prior));
  });

  it("counts the clause's features it saw in training and each type's examples", () => {
    const j = judgeType(model, "drones struck a substation");
    expect(j.known).toBe(2); // "drones", "struck"; not "substation"
    expect(j.posterior.find((x) => x.type === "summit_talks")?.docs).toBe(2);
  });
});

describe("combining rule and model", () => {
  const post = (...xs: [TypeScore["type"], number, number, number?][]) => ({ known: 5, posterior: xs.map(([type, p, prior, docs = 30]) => ({ type, p, prior, docs })) });

  it("keeps the rule's type when the model agrees", () => {
    expect(combineType("summit_talks", post(["summit_talks", 0.6, 0.1], ["other", 0.4, 0.2]))).toBe("summit_talks");
  });
  it("keeps the rule's type while the words do not make it less likely than its prior", () => {
    expect(combineType("casualties", post(["other", 0.7, 0.2], ["casualties", 0.05, 0.01]))).toBe("casualties");
  });
  it("says other when the words speak against the rule and the model is not sure", () => {
    expect(combineType("agreement_ceasefire", post(["other", 0.6, 0.2], ["agreement_ceasefire", 0.01, 0.05]))).toBe("other");
  });
  it("takes the model's type when it is very sure", () => {
    expect(combineType("other", post(["summit_talks", 0.97, 0.1], ["other", 0.03, 0.2]))).toBe("summit_talks");
  });
  it("abstains on a clause with few words it knows, and on a rule type it saw few examples of", () => {
    const against = post(["other", 0.97, 0.2], ["political_change", 0.001, 0.01, 2]);
    expect(combineType("political_change", against)).toBe("political_change");
    expect(combineType("agreement_ceasefire", { ...post(["other", 0.97, 0.2], ["agreement_ceasefire", 0.01, 0.05]), known: 1 })).toBe("agreement_ceasefire");
  });
});
