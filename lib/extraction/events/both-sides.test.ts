import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { pairKindIn } from "./both-sides";

const rolesOf = (text: string, title: RegExp) => extractArticle({ text, publishedOn: "2026-05-08" }).events.find((e) => title.test(e.title))?.actorRoles;

describe("a meeting or deal told of 'the two sides'", () => {
  it("reads the kind the pair phrase points back to", () => {
    expect(pairKindIn("the two sides swapped 90 prisoners each")).toBe("state");
    expect(pairKindIn("the two foreign ministers agreed to meet again")).toBe("person");
    expect(pairKindIn("The two companies signed a joint-venture agreement")).toBe("organization");
    expect(pairKindIn("strikes continued on both sides of the border")).toBeNull();
    expect(pairKindIn("the ministers agreed to meet again")).toBeNull();
  });

  it("gives the deal the two states named together just before", () => {
    const text = "Swap on the border\n\nOSLO, May 8, 2026 — Norway and Finland held talks in Tromso on Tuesday about the border. "
      + "On Wednesday, the two sides swapped 40 prisoners each at the crossing.";
    const roles = rolesOf(text, /swap/i);
    expect(roles).toEqual(expect.arrayContaining([{ name: "Norway", role: "participant" }, { name: "Finland", role: "participant" }]));
  });
});
