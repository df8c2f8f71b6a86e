import { describe, expect, it } from "vitest";
import { scanMentions } from "./mentions";
import { dropPlacesAsPersons } from "./places-as-persons";
import { Registry } from "./registry";

/** A registry holding one-word organisations, as the capitalised-name steps leave them. */
function withBodies(text: string, ...names: string[]): Registry {
  const r = new Registry(text);
  for (const n of names) r.addForm(r.ensure(n, "organization"), n);
  return r;
}

describe("dropPlacesAsPersons: one-word organisations", () => {
  it("drops a one-word 'organisation' every mention of which is a place", () => {
    const r = withBodies("Shelling hit homes in Verkhnia on Monday. Residents fled Verkhnia, a village near the river.", "Verkhnia");
    dropPlacesAsPersons(r, scanMentions(r));
    expect(r.byForm.get("Verkhnia")).toBeUndefined();
  });

  it("keeps an organisation after a bare 'the', an acronym, and one that acts", () => {
    const r = withBodies("Lawyers of the Zorya group said the bill was unlawful. In Kyiv, Zorya filed a suit. Staff of the UKRTEL union joined.", "Zorya", "UKRTEL");
    dropPlacesAsPersons(r, scanMentions(r));
    expect(r.byForm.get("Zorya")?.kind).toBe("organization");
    expect(r.byForm.get("UKRTEL")?.kind).toBe("organization");
  });
});
