import { describe, expect, it } from "vitest";
import { personsOffices } from "./person-offices";
import { Registry } from "./registry";

const officesOf = (text: string, person: string) => {
  const r = new Registry(text);
  r.addForm(r.ensure(person, "person"), person.split(" ").pop()!);
  personsOffices(r);
  return [...r.actors.values()].filter((a) => a.kind === "government").map((a) => [a.name, a.holderForm]);
};

describe("a named person's office", () => {
  it("speaks as a body that knows its holder, when the person is named outside the possessive too", () => {
    expect(officesOf("Aino Virtanen met the envoys. Virtanen’s press service said the deal holds.", "Aino Virtanen")).toEqual([["Virtanen’s press service", "Virtanen"]]);
  });

  it("is no body when the person is named only in its possessive", () => {
    expect(officesOf("Virtanen's office said the deal holds.", "Aino Virtanen")).toEqual([]);
  });
});
