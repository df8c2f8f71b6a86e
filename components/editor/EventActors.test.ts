import { describe, expect, it } from "vitest";
import { withRole } from "./EventActors";

describe("choosing an actor's role in an event", () => {
  const links = [{ key: "ru", role: "initiator" as const }, { key: "ua", role: "participant" as const }];

  it("adds an actor with the role chosen, changes a role in place, and takes an actor out", () => {
    expect(withRole(links, "eu", "target")).toEqual([...links, { key: "eu", role: "target" }]);
    expect(withRole(links, "ua", "target")).toEqual([{ key: "ru", role: "initiator" }, { key: "ua", role: "target" }]);
    expect(withRole(links, "ru", "")).toEqual([{ key: "ua", role: "participant" }]);
    expect(withRole(links, "nobody", "")).toEqual(links);
  });
});
