import { describe, expect, it } from "vitest";
import { dropCreditedJournalists } from "./credits";
import { scanMentions } from "./mentions";
import { Registry } from "./registry";

function kept(text: string, ...persons: string[]): string[] {
  const r = new Registry(text);
  for (const n of persons) r.addForm(r.ensure(n, "person"), n);
  dropCreditedJournalists(r, scanMentions(r));
  return [...r.actors.values()].map((a) => a.name).sort();
}

describe("a name after a live blog's time stamp", () => {
  it("alone on its line credits the post's writer", () => {
    expect(kept("Live updates.\n11:05 , Kate Moss\nThe leaders met.", "Kate Moss")).toEqual([]);
  });

  it("but quotes the person when a colon or a verb follows the name", () => {
    expect(kept("Live updates.\n10:45 Petro Lysak: “We expect a decision today.”", "Petro Lysak")).toEqual(["Petro Lysak"]);
    expect(kept("Live updates.\n10:45 Petro Lysak said the leaders had agreed.", "Petro Lysak")).toEqual(["Petro Lysak"]);
  });
});
