import { describe, expect, it } from "vitest";
import { capitalFirst } from "./capital-first";

const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);

describe("capitalFirst", () => {
  const text = "Łukasz, a farmer, met Önder Öz and the Zürich-based Émile; «Ángel» said 12 Úlfar (UA) left. ÿ µ ª";

  it("finds exactly what the pattern alone finds, accented and Polish capitals included", () => {
    for (const re of [/(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]+)/gu, /\b(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{L}*)/gu, /(?<=\s)\p{Lu}+/gu, /\p{Lu}/gu])
      expect(matches(capitalFirst(re), text)).toEqual(matches(re, text));
  });

  it("keeps the flags and the sticky position", () => {
    const re = capitalFirst(/\p{Lu}\p{Ll}+/uy);
    expect(re.flags).toBe("uy");
    re.lastIndex = 22;
    expect(re.exec(text)?.[0]).toBe("Önder");
  });

  it("refuses a case-insensitive pattern, whose match may start in lower case", () => {
    expect(() => capitalFirst(/\p{Lu}\p{Ll}+/iu)).toThrow(/ignores case/);
  });
});
