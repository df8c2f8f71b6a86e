import { describe, expect, it } from "vitest";
import { brief, ctxOf } from "./test-context";
import { findDirectStatements } from "./direct";

const direct = (text: string) => brief(findDirectStatements(ctxOf(text)));

describe("a quotation in the sentence after a report", () => {
  it("goes on in the reporter's voice when its own sentence reports nothing and names no one", () => {
    expect(direct("Karel Novak said on Tuesday that the venue was „secondary“. What mattered was „the substance, not the geography“.")).toEqual([
      ["Karel Novak", "the substance, not the geography"],
    ]);
    expect(direct("Analyst Petr Holub said the cabinet had kept the public on its side. In his view, it has done so by asking more of its staff, “but that bargain is fraying”.")).toEqual([
      ["Petr Holub", "but that bargain is fraying"],
    ]);
  });

  it("not when the sentence names someone else, nor across a paragraph", () => {
    expect(direct(`Karel Novak said the depot was hit. Emmanuel Macron's advisers see it as "the heart of the city".`)).toEqual([]);
    expect(direct('Karel Novak said the depot was hit.\n\nThe plant is known locally as "the heart of the city".')).toEqual([]);
  });

  it("not when the quotation has a subject of its own: a sign that reads it, a text a colon opens", () => {
    expect(direct("Karel Novak told reporters the march was peaceful. A placard near the gate read “Bread before guns”.")).toEqual([]);
    expect(direct("Karel Novak said the treaty was ratified. Clause 3 of the treaty reads: “Each side shall return all detainees.”")).toEqual([]);
    expect(direct("Karel Novak said the march was peaceful. The crowd outside the hall: “Bread before guns!”")).toEqual([]);
  });

  it("but a pronoun for the speaker may stand before it", () => {
    expect(direct("Karel Novak said the march was peaceful. His verdict: “a good day for the city”.")).toEqual([["Karel Novak", "a good day for the city"]]);
  });
});
