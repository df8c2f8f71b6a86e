import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { describedSubject, fitsDescription } from "./described-subject";

describe("a subject named by description", () => {
  it("finds the head noun of a described subject opening the clause", () => {
    expect(describedSubject("The company then imported a record 2bn cm of gas")).toBe("company");
    expect(describedSubject("In April, the Latvian president announced a new package")).toBe("president");
    expect(describedSubject("The company said it had imported gas")).toBeNull();
    expect(describedSubject("The company's trucks crossed the border")).toBeNull();
    expect(describedSubject("Vetra Energy imported gas")).toBeNull();
  });

  it("fits a description to an actor by office, kind or name", () => {
    expect(fitsDescription("president", { name: "Ilze Ozola", kind: "person", role: "President of Latvia" })).toBe(true);
    expect(fitsDescription("president", { name: "Ilze Ozola", kind: "person", role: "Foreign Minister" })).toBe(false);
    expect(fitsDescription("company", { name: "Vetra Energy", kind: "organization", role: null })).toBe(true);
    expect(fitsDescription("court", { name: "Riga Regional Court", kind: "government", role: null })).toBe(true);
    expect(fitsDescription("court", { name: "Vetra Energy", kind: "organization", role: null })).toBe(false);
  });

  it("makes the actor a description stands for the initiator of the clause's happening", () => {
    const text = "Vetra Energy, the Latvian gas trader, lost its main supplier in May.\n\nThe company then imported a record 2bn cm of gas from Norway over the summer of 2025.";
    const events = extractArticle({ text, publishedOn: "2026-03-12", title: "T", rulesOnly: true }).events;
    const imported = events.find((e) => /import/.test(e.title));
    expect(imported?.actorRoles?.find((r) => r.name === "Vetra Energy")?.role).toBe("initiator");
  });
});
