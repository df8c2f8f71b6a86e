import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";

const actorsOf = (text: string, knownActors?: { name: string; aliases: string[]; kind: string; slug?: string }[]) =>
  extractArticle({ text, publishedOn: "2025-09-07", title: "T", knownActors }).actors;

describe("actors", () => {
  it("finds titled people, folds later surname mentions and builds roles", () => {
    const a = actorsOf("Russian President Vladimir Putin met Ukraine's Prime Minister Yuliia Svyrydenko. Later Putin left.");
    expect(a.find((x) => x.name === "Vladimir Putin")).toMatchObject({ kind: "person", aliases: ["Putin"], role: "President of Russia" });
    expect(a.find((x) => x.name === "Yuliia Svyrydenko")).toMatchObject({ kind: "person", role: "Prime Minister of Ukraine" });
  });

  it("uses acronyms defined in the text and spelled by initials", () => {
    const a = actorsOf("The Armed Forces of Russia (AFR) advanced. The coalition of the willing met; the COW delegates disagreed. The AFR pushed on.");
    expect(a.find((x) => x.name === "Armed Forces of Russia")).toMatchObject({ kind: "armed_force", aliases: ["AFR"] });
    expect(a.find((x) => x.aliases.includes("COW"))).toMatchObject({ kind: "alliance" });
  });

  it("maps capitals to states only when they act, and keeps the Kremlin an organisation", () => {
    const a = actorsOf("The rift between Washington and Brussels grew. Putin invited him to Moscow. The Kremlin refused.");
    expect(a.find((x) => x.name === "United States")?.aliases).toContain("Washington");
    expect(a.find((x) => x.name === "European Union")?.aliases).toContain("Brussels");
    expect(a.find((x) => x.name === "Russia")).toBeUndefined();
    expect(a.find((x) => x.name === "Kremlin")?.kind).toBe("organization");
  });

  it("recognises national bodies, named units and media", () => {
    const a = actorsOf("Ukraine's air force said Russia launched drones. Kyiv sent its elite Azov forces. Peskov told the BBC nothing.");
    expect(a.find((x) => x.name === "Ukrainian Air Force")?.kind).toBe("armed_force");
    expect(a.find((x) => x.name === "Azov")).toMatchObject({ kind: "armed_force", aliases: ["Azov forces"] });
    expect(a.find((x) => x.name === "BBC")?.kind).toBe("media");
  });

  it("matches known actors and their aliases first", () => {
    const a = actorsOf("Zelensky said Bankova would answer. Zelenskyy later spoke.", [
      { name: "Volodymyr Zelenskyy", aliases: ["Zelensky", "Zelenskyy"], kind: "person", slug: "zelenskyy" },
    ]);
    expect(a[0]).toMatchObject({ name: "Volodymyr Zelenskyy", kind: "person", slug: "zelenskyy" });
    expect(a[0].aliases).toEqual(expect.arrayContaining(["Zelensky", "Zelenskyy"]));
  });

  it("does not take places or headquarters for people", () => {
    const a = actorsOf("Drones hit Chernihiv Oblast and the Black Sea coast, the Black Sea Fleet said. Odesa Oblast Governor Oleh Kiper said three died.");
    expect(a.filter((x) => x.kind === "person").map((x) => x.name)).toEqual(["Oleh Kiper"]);
  });
});
