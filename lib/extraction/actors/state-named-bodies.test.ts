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

  it("keeps the state where the words before it are the state's own name, an adjective, a region or a title-like noun", () => {
    const text = "Great Britain said it would help. Proud Norway said the fund was closed. Cold Iceland reported snow. " +
      "War-torn Denmark said the strait was open. Mainland Norway reported growth. Team Iceland won the match.";
    expect(found(text)).toEqual([]);
  });

  it("still reads a field's name or an imperative before the state as a body", () => {
    expect(found("Trade Affairs Norway said exports rose. Invest Iceland said the fund grew.")).toEqual([
      "Trade Affairs Norway:organization", "Invest Iceland:organization",
    ]);
  });
});
