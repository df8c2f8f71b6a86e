import { describe, expect, it } from "vitest";
import { comparePlaces, kindsFit, eventMatch, namesAlike, nameWords, sameHappening, titleSimilarity, words } from "./matching";
import { reviewEventSchema } from "./schemas";

describe("matching proposed records to stored ones", () => {
  it("compares titles by their words, ignoring order, stopwords, endings and transliteration", () => {
    expect(words("The Putin–Trump talks in Alaska")).toEqual(["putin", "trump", "talk", "alaska"]);
    expect(titleSimilarity("Putin and Trump meet in Alaska", "Alaska summit between Trump and Putin")).toBe(0.75);
    expect(titleSimilarity("Zelensky visits Washington", "Zelenskiy visit to Washington")).toBe(1);
    expect(titleSimilarity("Missile strike on Kharkiv", "Sanctions on Russian oil")).toBe(0);
    expect(titleSimilarity("", "Anything")).toBe(0);
  });

  it("finds the same happening typed differently, and says why", () => {
    const proposed = { title: "Alaska summit ends without a deal", type: "other", place: "Anchorage", actorIds: ["putin", "trump"] };
    const stored = { title: "Putin and Trump meet in Alaska", type: "summit_talks", place: "Anchorage", actorIds: ["trump", "putin", "lavrov"] };
    const match = eventMatch(proposed, stored)!;
    expect(match.reasons).toEqual(["date within 3 days", "2 actors in common", "same place"]);
    expect(match.reasons).not.toContain("same type");
    expect(match.sharedActorIds).toEqual(["putin", "trump"]);
    expect(match.score).toBeGreaterThan(0.4);
    // the same type only adds a little
    expect(eventMatch({ ...proposed, type: "summit_talks" }, stored)!.score).toBeCloseTo(match.score + 0.05, 2);
  });

  it("needs a very similar title, or two signals: one shared actor alone is not a duplicate", () => {
    const base = { type: "other", place: null, actorIds: ["putin"] };
    expect(eventMatch({ ...base, title: "Putin signs grain decree" }, { ...base, title: "Kremlin hosts Modi" })).toBeNull();
    expect(eventMatch({ ...base, title: "Drone strike on Odesa port" }, { title: "Drone strikes hit Odesa port", type: "missile_drone_strike", place: null, actorIds: [] })).not.toBeNull();
    expect(eventMatch({ ...base, title: "Putin signs decree" }, { ...base, title: "Putin signs a new decree" })!.reasons).toContain("similar title");
  });

  it("scores actors by every name and alias", () => {
    type Named = { name: string; aliases: string[] };
    const names = (a: Named) => [a.name, ...a.aliases].map(nameWords);
    const actorSimilarity = (a: Named, b: Named) => Math.max(...names(a).flatMap((x) => names(b).map((y) => namesAlike(x, y))));
    const putin = { name: "Vladimir Putin", aliases: ["Putin"] };
    expect(actorSimilarity({ name: "Vladimir Vladimirovich Putin", aliases: [] }, putin)).toBeCloseTo(0.8, 2);
    expect(actorSimilarity({ name: "Zelenskiy", aliases: [] }, { name: "Volodymyr Zelensky", aliases: ["Zelensky"] })).toBe(1);
    expect(actorSimilarity({ name: "Sergei Lavrov", aliases: [] }, putin)).toBe(0);
    // An alias owned by a state ("Russia's Northern Command") is not offered as that state.
    expect(actorSimilarity({ name: "Northern Command", aliases: ["Russia's Northern Command"] }, { name: "Russia", aliases: [] })).toBe(0);
    expect(actorSimilarity({ name: "Ukraine's Defence Ministry", aliases: [] }, { name: "Defence Ministry of Ukraine", aliases: [] })).toBe(1);
    // A state's formal name is that state: "of" names no owner (kindsFit keeps an armed force "… of Russia" apart).
    expect(actorSimilarity({ name: "Republic of Moldova", aliases: [] }, { name: "Moldova", aliases: [] })).toBeGreaterThanOrEqual(0.5);
  });
});

describe("two names of one actor", () => {
  const alike = (a: string, b: string, persons = false) => namesAlike(nameWords(a), nameWords(b), persons);

  it("takes two people for one only by the surname: a shared given name counts for nothing", () => {
    expect(alike("Donald Tusk", "Donald Trump", true)).toBe(0);
    expect(alike("Marta Kowal", "Marta Kowalczyk", true)).toBe(0);
    expect(alike("Pavlo Hrytsenko", "Pavlo Hrytsenkova", true)).toBe(0);
    // Two people of one family: the same surname, given names that are not one name spelled twice.
    expect(alike("Olena Shevchuk", "Taras Shevchuk", true)).toBe(0);
    // A surname given only as an initial tells nothing ("Ivan K." of one article is not "Ivan M." of another).
    expect(alike("Ivan K.", "Ivan M.", true)).toBe(0);
    expect(alike("Ivan K.", "Ivan", true)).toBe(0);
    expect(alike("Ivan", "Ivan Kozak", true)).toBe(0);
  });

  it("still finds one person spelled in two transliterations, with or without the given name", () => {
    expect(alike("Zelenskiy", "Volodymyr Zelenskyy", true)).toBeGreaterThanOrEqual(0.5);
    expect(alike("Sergei Shoigu", "Sergey Shoygu", true)).toBe(1);
    expect(alike("Aleksandr Petrenko", "Alexander Petrenko", true)).toBe(1);
    expect(alike("Oleksiy Hrytsai", "Oleksii Hrytsai", true)).toBe(1);
    expect(alike("Ivo Novák", "Ivo J. Novak", true)).toBe(1);
  });

  it("never takes bodies of two countries, or a parent and its offshoot, for one", () => {
    expect(alike("Chilean Foreign Ministry", "Peruvian Foreign Ministry")).toBe(0);
    expect(alike("Kestrel", "Kestrelbank")).toBe(0);
    expect(alike("Ukraine's Defence Ministry", "Defence Ministry of Ukraine")).toBe(1);
    expect(alike("Estonian Foreign Ministry", "Estonian Ministry of Foreign Affairs")).toBeGreaterThanOrEqual(0.5);
    expect(alike("Moldovan Defense Ministry", "Defence Ministry of Moldova")).toBe(1);
  });
});

describe("one definition of the same place", () => {
  it("compares two places' names as the same, overlapping, different or unknown", () => {
    expect(comparePlaces("Kyiv", "kyiv")).toBe("same");
    expect(comparePlaces("the Kremlin", "Kremlin")).toBe("same");
    expect(comparePlaces("Kyiv", "Kyiv region")).toBe("overlapping");
    expect(comparePlaces("Kyiv", "Odesa")).toBe("different");
    expect(comparePlaces("Kyiv", " ")).toBe("unknown");
    expect(comparePlaces(null, "Kyiv")).toBe("unknown");
  });

  it("is what both the stored-duplicate match and the told-twice check use: 'same' counts for one, 'different' vetoes the other", () => {
    const stored = { title: "Strike on a depot", type: "missile_drone_strike", actorIds: ["ru"] };
    expect(eventMatch({ ...stored, place: "Kyiv" }, { ...stored, title: "Depot fire", place: "kyiv" })?.reasons).toContain("same place");
    expect(eventMatch({ ...stored, place: "Kyiv" }, { ...stored, title: "Depot fire", place: "Kyiv region" })?.reasons).not.toContain("same place");
    const told = (place: string) => reviewEventSchema.parse({ accepted: true, title: "Drones strike a depot", type: "missile_drone_strike", actors: [], start: 0, end: 5, place });
    expect(sameHappening(told("Kyiv"), told("Kyiv region"))).toBe(true);
    expect(sameHappening(told("Kyiv"), told("Odesa"))).toBe(false);
  });
});

describe("kindsFit", () => {
  it("lets one actor be of the same kind or of an unknown one, never a state and its armed forces", () => {
    expect(kindsFit("state", "state")).toBe(true);
    expect(kindsFit("other", "armed_force")).toBe(true);
    expect(kindsFit("armed_force", undefined)).toBe(true);
    expect(kindsFit("armed_force", "state")).toBe(false);
    expect(kindsFit("person", "organization")).toBe(false);
  });
});
