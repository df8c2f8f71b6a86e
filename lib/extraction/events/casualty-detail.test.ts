import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const candidates = (text: string) => extractArticle({ text, publishedOn: "2025-11-20", title: "T", allCandidates: true }).events.map((e) => e.title);

describe("the toll of a strike told after it", () => {
  it("is part of the strike's event, not one of its own", () => {
    const titles = candidates("Russian missiles hit a fuel depot in Rivne on Tuesday night. Five people were injured, two of them hospitalised.");
    expect(titles.join()).toMatch(/hit/);
    expect(titles.join()).not.toMatch(/injured/);
  });
  it("stays when no strike is told before it", () => {
    expect(candidates("Five people were injured in Rivne on Tuesday night.").join()).toMatch(/injured/);
  });
  it("stays when the clause names who did it", () => {
    const text = "Russian missiles hit a fuel depot in Rivne on Tuesday night. Five people were injured by a drone in Lutsk.";
    expect(candidates(text).join()).toMatch(/injured/);
  });
  it("stays when its day or its place is not the strike's, or it names a cause of its own", () => {
    const strike = "Russian missiles hit a fuel depot in Rivne on Tuesday.";
    expect(candidates(`${strike} Three people were injured in Lutsk on Wednesday.`).join()).toMatch(/injured/);
    expect(candidates(`${strike} Three people were injured near Dubno.`).join()).toMatch(/injured/);
    expect(candidates(`${strike} Three people were injured in a bus collision.`).join()).toMatch(/injured/);
    expect(candidates(`${strike} Three people were injured when their boat capsized.`).join()).toMatch(/injured/);
  });
  it("goes when it is told of the strike's own day and place", () => {
    expect(candidates("Russian missiles hit a fuel depot in Rivne on Tuesday. Three people were injured in Rivne on Tuesday.").join()).not.toMatch(/injured/);
  });
});
