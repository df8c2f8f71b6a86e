import { describe, expect, it } from "vitest";
import { brief, ctxOf } from "./test-context";
import { findDirectStatements } from "./direct";

const direct = (text: string) => brief(findDirectStatements(ctxOf(text)));

describe('a quotation set off by a bare "Quote:" label', () => {
  it("is in the voice of the reporting sentence before it, in the paragraph before", () => {
    expect(direct('Governor Petro Lysak reported on Telegram that a depot had burned.\n\nQuote: "The fire is out. Nobody was hurt at the depot."')).toEqual([
      ["Petro Lysak", "The fire is out. Nobody was hurt at the depot."],
    ]);
    expect(direct("Governor Petro Lysak said a depot had burned. Crews worked all night.\n\nQuote: «The fire is out. Nobody was hurt.»")).toEqual([
      ["Petro Lysak", "The fire is out. Nobody was hurt."],
    ]);
  });

  it('"In her words," points back the same way', () => {
    expect(direct("Governor Petro Lysak visited the depot on Monday. In his words, “the fire is out and nobody was hurt at the depot.”")).toEqual([
      ["Petro Lysak", "the fire is out and nobody was hurt at the depot."],
    ]);
  });

  it("or of the person the sentence right before is about", () => {
    expect(direct('Governor Petro Lysak visited the depot on Monday.\n\nQuote: "The fire is out. Nobody was hurt at the depot."')).toEqual([
      ["Petro Lysak", "The fire is out. Nobody was hurt at the depot."],
    ]);
  });

  it("not when the paragraph before neither reports anything nor is about a person", () => {
    expect(direct('A depot near Lviv burned overnight.\n\nQuote: "The fire is out. Nobody was hurt at the depot."')).toEqual([]);
    expect(direct('Governor Petro Lysak said a depot had burned.\n\nCrews worked all night.\n\nQuote: "The fire is out. Nobody was hurt."')).toEqual([]);
  });

  it('"In his words," goes to a person, never to the body whose report came before', () => {
    expect(direct("The Navy reported two boats sunk. Admiral Oleksii Neizhpapa toured the port.\n\nIn his words, “the sea lanes stay open for grain.”")).toEqual([
      ["Oleksii Neizhpapa", "the sea lanes stay open for grain."],
    ]);
  });

  it("goes to the person the sentence just before tells of speaking, over an earlier reporting verb", () => {
    expect(direct('Drones hit a depot in Sumy, Governor Oleh Hryhorov said. Prime Minister Yulia Svyrydenko later spoke on television.\n\nQuote: "Every depot will be rebuilt."')).toEqual([
      ["Yulia Svyrydenko", "Every depot will be rebuilt."],
    ]);
  });
});

