import { describe, expect, it } from "vitest";
import { Registry } from "./registry";
import { stateNamedBodies } from "./state-named-bodies";

const found = (text: string) => {
  const r = new Registry(text);
  stateNamedBodies(r, 0);
  return [...r.actors.values()].map((a) => `${a.name}:${a.kind}`);
};

describe("stateNamedBodies", () => {
  it("reads a body whose name ends in its state's, acting, as one body", () => {
    expect(found("Revenue Norway said the tax was paid. Meanwhile Fisheries Iceland reported a record catch, according to Customs Denmark.")).toEqual([
      "Revenue Norway:organization", "Fisheries Iceland:organization", "Customs Denmark:organization",
    ]);
  });

  it("leaves regions, openers, gerunds, titles and names not followed by a verb alone", () => {
    const text = "Western Norway was flooded. Meanwhile Iceland said no. Rebuilding Norway is costly. President Iceland spoke. " +
      "Crews from Revenue Norway.";
    expect(found(text)).toEqual([]);
  });
});
