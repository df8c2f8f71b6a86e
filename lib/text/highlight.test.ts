import { describe, expect, it } from "vitest";
import { paragraphs, segmentText } from "./highlight";

describe("segmentText", () => {
  it("splits nested highlights into runs that know every highlight covering them", () => {
    const text = "He said the offer was “other” help, they said.";
    const outer = { id: "outer", start: 8, end: 34 };
    const inner = { id: "inner", start: 23, end: 28 };
    const segments = segmentText(text, [outer, inner]);
    expect(segments.map((s) => [s.text, s.ids])).toEqual([
      ["He said ", []],
      ["the offer was “", ["outer"]],
      ["other", ["outer", "inner"]],
      ["” help", ["outer"]],
      [", they said.", []],
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("ignores spans outside the text", () => {
    expect(segmentText("abc", [{ id: "x", start: 2, end: 9 }])).toEqual([{ start: 0, end: 3, text: "abc", ids: [] }]);
  });
});

describe("paragraphs", () => {
  it("keeps offsets into the original body", () => {
    const body = "First one.\n\nSecond one.\n  \nThird.";
    const result = paragraphs(body);
    expect(result.map((p) => body.slice(p.start, p.end))).toEqual(["First one.", "Second one.", "Third."]);
  });
});
