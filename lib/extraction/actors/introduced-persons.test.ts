import { describe, expect, it } from "vitest";
import { introducedPersons } from "./introduced-persons";
import { Registry } from "./registry";

const names = (text: string) => {
  const r = new Registry(text);
  introducedPersons(r);
  return [...r.actors.values()].map((a) => a.name).sort();
};

describe("introduced persons", () => {
  it("the one name a described person is called by names them; a thing called so names nobody", () => {
    expect(names("One of them, a 79-year-old man called Petro, told her he had not seen a doctor.")).toEqual(["Petro"]);
    expect(names("The tanker called Vesna left port. A young surveyor named Lida Marr said so.")).toEqual([]);
  });
});

describe("a first name set off after a person noun", () => {
  it("names the person the noun describes; a place after a noun that names no person is no one", () => {
    expect(names("A Kenyan volunteer, Baraka, was wounded near the river.")).toEqual(["Baraka"]);
    expect(names("Every morning the shelter's cook, Tamuna, lights the stove.")).toEqual(["Tamuna"]);
    expect(names("The convoy reached the last town in the district, Ardelu, before dark.")).toEqual([]);
  });
});
