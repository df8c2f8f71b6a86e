import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const extract = (text: string) => extractArticle({ text, publishedOn: "2026-03-03", title: "T" });

describe("ministersMinistries", () => {
  it("reads 'the ministry' after a minister as the minister's ministry, not the ministry named last", () => {
    const p = extract(
      "Russia's Defence Ministry said it had downed 40 drones over Kursk.\n\n" +
        "India's External Affairs Minister S. Jaishankar spoke by phone with Sergei Lavrov on Monday, the ministry said in a statement.",
    );
    const said = p.statements.find((s) => /spoke by phone/.test(s.quote));
    expect(said?.speaker).toBe("Ministry of External Affairs");
  });

  it("takes the minister's state from the article, leaving out the state whose envoy he summoned", () => {
    const p = extract(
      "Drones crossed into Poland overnight. Poland said its jets were scrambled over Poland's east, and Polish officials met in Warsaw.\n\n" +
        "Foreign Minister Jan Nowicki summoned Russia's chargé d'affaires on Tuesday, the ministry said. Russia's Defence Ministry said nothing.",
    );
    const said = p.statements.find((s) => /summoned/.test(s.quote));
    expect(said?.speaker).toBe("Polish Foreign Ministry");
  });

  it("leaves 'the ministry' alone when no minister is named in its sentence or the one before", () => {
    const p = extract("Russia's Defence Ministry said it had downed 40 drones.\n\nDebris fell on a school in Belgorod, the ministry said.");
    expect(p.actors.map((a) => a.name)).not.toContain("Russian Foreign Ministry");
    expect(p.statements.find((s) => /Debris/.test(s.quote))?.speaker).toBe("Russian Defence Ministry");
  });
});
