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
});
