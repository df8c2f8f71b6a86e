import { describe, expect, it } from "vitest";
import { citedOutlets } from "./cited-outlets";
import { Registry } from "./registry";

describe("citedOutlets", () => {
  it("takes an outlet cited in brackets with a day ('(Vestnytt, May 3)') as a media actor, not a bracketed place or date", () => {
    const r = new Registry("Two frigates escorted the convoy past the island (Vestnytt, May 3). Fishing boats were moved (Turku, 2024).");
    citedOutlets(r);
    expect([...r.actors.values()].map((a) => [a.name, a.kind])).toEqual([["Vestnytt", "media"]]);
  });
});
