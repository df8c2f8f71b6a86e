import { describe, expect, it } from "vitest";
import { homeStateBodies } from "./home-bodies";
import { unitsAndNationalBodies } from "./national-bodies";
import { Registry } from "./registry";

describe("homeStateBodies", () => {
  it("names a bare branch after the state named before it in its sentence; the bare name is this article's form, no alias", () => {
    const r = new Registry("Overnight, Russia attacked Ukraine with 80 drones and three missiles, the Air Force said. Moscow denied it.");
    homeStateBodies(r);
    const a = r.byForm.get("Air Force");
    expect(a?.name).toBe("Ukrainian Air Force");
    expect([...a!.aliases]).not.toContain("Air Force");
    expect(r.localForms.has("Air Force")).toBe(true);
  });

  it("otherwise takes the state the article names most, not counting demonyms", () => {
    const r = new Registry("Finland bought radars. Russian jets, Russian drones and Russian ships were tracked. Helsinki said so. Later the navy escorted a tanker.");
    homeStateBodies(r);
    expect(r.byForm.get("navy")?.name).toBe("Finnish Navy");
  });

  it("names a presidential office and a national guard with their state, under both spellings", () => {
    const r = new Registry("Poland signed the deal. The presidential office said talks went well, and the National Guard was not involved.");
    homeStateBodies(r);
    const office = r.byForm.get("presidential office");
    expect(office?.name).toBe("Office of the President of Poland");
    expect(office?.kind).toBe("government");
    expect([...office!.aliases]).toContain("Polish presidential office");
    expect(r.byForm.get("National Guard")?.name).toBe("National Guard of Poland");
  });

  it("names a presidential press service with its state's demonym, a government body", () => {
    const r = new Registry("Georgia and Armenia signed a transit deal in Tbilisi. The sides discussed rail links, the presidential press service reported.");
    homeStateBodies(r);
    const service = r.byForm.get("presidential press service");
    expect(service?.name).toBe("Georgian presidential press service");
    expect(service?.kind).toBe("government");
  });

  it("gives the press service the state of the president named first in its sentence or the one before", () => {
    const r = new Registry("Putin hosted Lukashenko in Minsk on Saturday, the presidential press service said.");
    homeStateBodies(r);
    expect(r.byForm.get("presidential press service")?.name).toBe("Russian presidential press service");
    const dated = new Registry("Putin and Trump talked by phone on Sunday. The presidential press service said the talk was frank.", undefined, "Kyiv");
    homeStateBodies(dated);
    expect(dated.byForm.get("presidential press service")?.name).toBe("Russian presidential press service");
  });

  it("else the state of the dateline, when the text names no state", () => {
    const r = new Registry("The presidential press service said the talk was frank.", undefined, "Kyiv");
    homeStateBodies(r);
    expect(r.byForm.get("presidential press service")?.name).toBe("Ukrainian presidential press service");
  });

  it("joins a body named earlier with its state, and leaves 'the Air Force of …' alone", () => {
    const r = new Registry("Ukraine's air force said 40 drones fell. The air force also said two missiles hit. The Air Force of Ruritania flew.");
    unitsAndNationalBodies(r);
    homeStateBodies(r);
    expect(r.byForm.get("air force")).toBe(r.byForm.get("Ukraine's air force"));
    expect(r.byForm.get("Air Force")).toBeUndefined();
  });

  it("takes up the body named with its state before it, over the state the article names most", () => {
    const r = new Registry("Russia fired drones. Russia fired missiles. Moscow said so.\n\nPoland's air force scrambled jets.\n\nThe air force said none were downed.");
    r.addForm(r.ensure("Polish Air Force", "armed_force"), "Poland's air force");
    homeStateBodies(r);
    expect(r.byForm.get("air force")?.name).toBe("Polish Air Force");
  });
});
