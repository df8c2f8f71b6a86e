import { expect, it } from "vitest";
import { sentenceAt } from "./sentence-at";

it("returns the whole sentence around a span, quotes included", () => {
  const text = "First sentence here. Then Putin said “we are ready.” Last one.\nNew line starts.";
  const start = text.indexOf("we are");
  expect(sentenceAt(text, start, start + 6)).toBe("Then Putin said “we are ready.”");
  expect(sentenceAt(text, 0, 5)).toBe("First sentence here.");
  const nl = text.indexOf("New");
  expect(sentenceAt(text, nl, nl + 3)).toBe("New line starts.");
  expect(sentenceAt(text, 5, 200)).toBe("");
  const quoted = "It called it “destabilising.” The Times said so.";
  const q = quoted.indexOf("destabilising.");
  expect(sentenceAt(quoted, q, q + "destabilising.".length)).toBe("It called it “destabilising.”");
});
