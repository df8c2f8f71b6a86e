import { describe, expect, it } from "vitest";
import { merged } from "../bench/known-actors";

const body = (name: string, aliases: string[] = []) => ({ name, kind: "armed_force", aliases });

describe("the bench's grown database (known-actors.ts) links actors as a review does", () => {
  it("joins two held actors a later annotation names as one, whichever came first", () => {
    const db = merged([body("Naval Command"), body("Naval Command of the Armed Forces of Moldova"), body("Naval Command of the Armed Forces of Moldova", ["Naval Command"])]);
    expect(db.map((a) => [a.name, a.aliases])).toEqual([["Naval Command", ["Naval Command of the Armed Forces of Moldova"]]]);
  });
  it("joins nobody through an alias two differently named actors hold", () => {
    const db = merged([body("Ilse Brandt", ["Brandt"]), body("Otto Brandt", ["Brandt"]), body("Brandt")]);
    expect(db.map((a) => a.name)).toEqual(["Brandt", "Ilse Brandt", "Otto Brandt"]);
  });
});
