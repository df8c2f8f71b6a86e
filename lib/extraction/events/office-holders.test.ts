import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const rolesOf = (text: string, title: RegExp) =>
  extractArticle({ text, publishedOn: "2026-05-15", rulesOnly: true }).events.find((e) => title.test(e.title))?.actorRoles?.map((r) => r.name) ?? [];

describe("a person's office in an event", () => {
  it("speaks for its holder, but the call or meeting it reports is the holder's", () => {
    const call = "Prime Minister Aino Virtanen spoke to reporters on Monday. Virtanen's office said the call with Zelensky lasted an hour.";
    expect(rolesOf(call, /[Cc]all/)).toEqual(expect.arrayContaining(["Aino Virtanen"]));
    expect(rolesOf(call, /[Cc]all/)).not.toContain("Virtanen's office");
  });
});
