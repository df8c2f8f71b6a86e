import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const rolesOf = (text: string, titleWord: string) =>
  extractArticle({ text, publishedOn: "2026-05-04" }).events.find((e) => e.title.includes(titleWord))?.actorRoles ?? [];

describe("object pronouns", () => {
  it("gives the person an object pronoun stands for a side of the event", () => {
    const text = "Finnish President Aino Koskela spoke with Estonian Prime Minister Mart Raud on Monday. " +
      "Raud invited her to visit Tallinn in the autumn.";
    expect(rolesOf(text, "invite")).toContainEqual({ name: "Aino Koskela", role: "target" });
  });

  it("does not take the subject who acts for the one acted upon", () => {
    const text = "Defence Minister Pekka Aalto visited Riga on Tuesday, where Latvian President Janis Ozols awarded him the Order of the Three Stars.";
    const roles = rolesOf(text, "award");
    expect(roles).toContainEqual({ name: "Pekka Aalto", role: "target" });
    expect(roles.find((r) => r.name === "Janis Ozols")?.role).not.toBe("target");
  });
});
