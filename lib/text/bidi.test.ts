import { expect, it } from "vitest";
import { stripBidiControls } from "./bidi";

it("removes overrides, embeddings and isolates, keeps right-to-left text and single-character marks", () => {
  expect(stripBidiControls("Putin\u202E said\u202C")).toBe("Putin said");
  expect(stripBidiControls("\u2067Kremlin\u2069 \u202Aa\u202B")).toBe("Kremlin a");
  expect(stripBidiControls("אבג\u200F and عربي\u061C")).toBe("אבג\u200F and عربي\u061C");
});
