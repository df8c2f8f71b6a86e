import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { complementSubjectAt, complementSubjects } from "./complement-subject";

describe("the subject of a reported happening", () => {
  it("reads a name between a report's verb and the complement's modal or perfect as its subject", () => {
    const clause = "Minister Ana Luz announced that Portugal would send two frigates";
    const at = clause.indexOf("Portugal");
    expect(complementSubjectAt(clause, at, at + "Portugal".length)).toBe(true);
    const passive = "Minister Ana Luz said that Portugal had been struck twice";
    expect(complementSubjectAt(passive, passive.indexOf("Portugal"), passive.indexOf("Portugal") + 8)).toBe(false);
    const object = "Minister Ana Luz met Portugal's envoy";
    expect(complementSubjectAt(object, object.indexOf("Portugal"), object.indexOf("Portugal") + 8)).toBe(false);
  });

  it("makes that subject an initiator, and leaves a defence to the defence rule", () => {
    const clause = "the envoy warned that Portugal would respond to any attack";
    const span = (n: string): [number, number] => [clause.indexOf(n), clause.indexOf(n) + n.length];
    expect(complementSubjects(clause, [{ name: "Portugal", role: "target" }], span)[0].role).toBe("initiator");
    const defence = "the ministry said that the Coastal Fleet had repelled two drone attacks";
    const fleet = (n: string): [number, number] => [defence.indexOf(n), defence.indexOf(n) + n.length];
    expect(complementSubjects(defence, [{ name: "Coastal Fleet", role: "target" }], fleet)[0].role).toBe("target");
  });

  it("gives the state named in a reported threat the initiator's role", () => {
    const text = "Former president Rui Costa threatened on Monday that Portugal would respond to attacks on its territory with force.";
    const [event] = extractArticle({ text, publishedOn: "2026-03-12", title: "T", rulesOnly: true }).events;
    expect(event.actorRoles?.find((r) => r.name === "Portugal")?.role).toBe("initiator");
  });

  it("reads an adjective heading a noun and a past verb after a report's verb as the subject ('said a Greek Mi-17 crossed')", () => {
    const clause = "the coast guard said a Greek Mi-17 crossed the line";
    const span = (n: string): [number, number] => [clause.indexOf(n), clause.indexOf(n) + n.length];
    expect(complementSubjects(clause, [{ name: "Greece", role: "target" }], (n) => (n === "Greece" ? span("Greek") : null))[0].role).toBe("initiator");
    const object = "the coast guard said it had tracked a Greek Mi-17 overnight";
    const at = object.indexOf("Greek");
    expect(complementSubjectAt(object, at, at + 5)).toBe(false);
  });
});
