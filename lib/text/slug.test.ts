import { expect, it } from "vitest";
import { slugify } from "./slug";

it("makes readable ASCII slugs", () => {
  expect(slugify("Volodymyr Zelenskiy")).toBe("volodymyr-zelenskiy");
  expect(slugify("Ukraine’s Prime Minister")).toBe("ukraines-prime-minister");
  expect(slugify("  Île-de-France  ")).toBe("ile-de-france");
  expect(slugify("Armed Forces of Russia (AFR)")).toBe("armed-forces-of-russia-afr");
});
