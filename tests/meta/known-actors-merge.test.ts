import { describe, expect, it } from "vitest";
import { merged } from "../bench/known-actors";

const body = (name: string, aliases: string[] = []) => ({ name, kind: "armed_force", aliases });

describe("the bench's grown database (known-actors.ts) links actors as a review does", () => {
  it("joins two held actors each of which lists the other's names, whichever came first", () => {
    const full = "Naval Command of the Armed Forces of Moldova";
    const db = merged([body("Moldovan Naval Command", [full]), body("Naval Command", [full]), body(full, ["Naval Command"])]);
    expect(db.map((a) => [a.name, a.aliases])).toEqual([["Moldovan Naval Command", [full, "Naval Command"]]]);
  });
  it("joins no two actors through an alias they share", () => {
    const db = merged([body("Ilse Brandt", ["Brandt"]), body("Otto Brandt", ["Brandt"])]);
    expect(db.map((a) => a.name)).toEqual(["Ilse Brandt", "Otto Brandt"]);
  });
});
