import { describe, expect, it } from "vitest";
import { FormTree, wholeFormsIn } from "./form-scan";

const found = (text: string, trees: FormTree[], counts: (f: string) => boolean = () => true) => [...wholeFormsIn(text, trees, counts)].map((m) => `${m.start}:${m.form}`);

describe("wholeFormsIn", () => {
  it("takes the longest form where several start together, then goes on after it", () => {
    expect(found("The Foreign Ministry of Ruritania said", [new FormTree(["Foreign Ministry", "Foreign Ministry of Ruritania", "Ruritania"])])).toEqual(["4:Foreign Ministry of Ruritania"]);
  });

  it("finds a form only as a whole word, not after a hyphen nor before a letter or digit", () => {
    expect(found("Ruritanian pro-Ruritania Ruritania2 Ruritania's", [new FormTree(["Ruritania"])])).toEqual(["36:Ruritania"]);
  });

  it("finds both forms of a hyphenated pair (\"Ruritania-Oslovia talks\"), the second too", () => {
    expect(found("the Ruritania-Oslovia talks, not pro-Oslovia", [new FormTree(["Ruritania", "Oslovia"])])).toEqual(["4:Ruritania", "14:Oslovia"]);
  });

  it("falls back to a shorter form when the longer one ends inside a word, and merges several trees", () => {
    expect(found("New Oslovia Pact and New Oslovians", [new FormTree(["New Oslovia"]), new FormTree(["New Oslovia Pact", "New"])])).toEqual(["0:New Oslovia Pact", "21:New"]);
  });

  it("skips the forms the caller does not count", () => {
    expect(found("Kyiv and Moscow", [new FormTree(["Kyiv", "Moscow"])], (f) => f !== "Kyiv")).toEqual(["9:Moscow"]);
  });
});
