import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { passiveSubjectAt, passiveSubjects } from "./acted-upon";

describe("who is acted upon", () => {
  it("reads the subject of a passive as its target", () => {
    const clause = "Tomas Veski was detained at the border crossing on Friday";
    const end = "Tomas Veski".length;
    expect(passiveSubjectAt(clause, end)).toBe(true);
    expect(passiveSubjects(clause, [{ name: "Tomas Veski", role: "initiator" }], () => end)[0].role).toBe("target");
  });

  it("leaves the subject of an active verb or of a state alone", () => {
    expect(passiveSubjectAt("Marta Lind was ready to sign the accord", "Marta Lind".length)).toBe(false);
    expect(passiveSubjectAt("Marta Lind signed the accord", "Marta Lind".length)).toBe(false);
    expect(passiveSubjectAt("Marta Lind was scheduled to sign the accord", "Marta Lind".length)).toBe(false);
    expect(passiveSubjectAt("Marta Lind was supposed to walk away", "Marta Lind".length)).toBe(false);
    expect(passiveSubjectAt("Marta Lind was moved to the front", "Marta Lind".length)).toBe(true);
  });

  it("reads the passive's subject as the target when a 'by' opens no agent ('by Tuesday evening')", () => {
    const [event] = extractArticle({ text: "Tomas Veski was detained by Tuesday evening at the border crossing, Estonian police said.", publishedOn: "2026-03-12", title: "T" }).events;
    expect((event.actorRoles ?? []).find((r) => r.name === "Tomas Veski")?.role).toBe("target");
  });
});

describe("a progressive is no passive", () => {
  it("keeps the sides of a clause whose verb is a progressive after 'were' ('were advancing')", () => {
    const text = "Moldova's Defence Ministry said on Sunday that its troops had \"freed\" the village of Lunca and were advancing along the river.";
    const [event] = extractArticle({ text, publishedOn: "2026-03-12", title: "T", rulesOnly: true }).events;
    expect(event.actorRoles?.find((r) => r.name === "Moldovan Defence Ministry")?.role).toBe("initiator");
  });
});
