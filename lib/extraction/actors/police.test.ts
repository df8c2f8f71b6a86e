import { describe, expect, it } from "vitest";
import { statePolice } from "./police";
import { Registry } from "./registry";

describe("statePolice", () => {
  it("names a state's police that acts, and the bare police after it as the same body", () => {
    const r = new Registry("Latvian police have questioned four drivers. Police detained a fifth man on Friday.");
    statePolice(r);
    const a = r.byForm.get("Latvian police");
    expect(a?.kind).toBe("government");
    expect(r.byForm.get("Police")).toBe(a);
  });

  it("gives the bare police acting to the state the article names most, other than the war's sides", () => {
    const r = new Registry("A Russian drone fell near Kaunas in Lithuania. Lithuanian farmers found it, and the police said it carried no charge. Russia denied it.");
    statePolice(r);
    expect(r.byForm.get("the police")?.name).toBe("Lithuanian police");
  });

  it("leaves police that do not act alone", () => {
    const r = new Registry("Norway sent a police unit. The Norwegian police station was closed, and a man called the police.");
    statePolice(r);
    expect([...r.actors.values()]).toEqual([]);
  });
});
