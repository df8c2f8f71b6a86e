import { describe, expect, it } from "vitest";
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
});
