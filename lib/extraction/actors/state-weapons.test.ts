import { describe, expect, it } from "vitest";
import { Registry } from "./registry";
import { stateWeapons } from "./state-weapons";

describe("stateWeapons", () => {
  it("makes the state of a demonym's drones, missiles or strikes an actor, the phrase a form of this article only", () => {
    const r = new Registry("Iranian attack drones hit a depot at night, and North Korean missiles were found in the debris.");
    stateWeapons(r);
    expect(r.byForm.get("Iranian attack drones")?.name).toBe("Iran");
    expect(r.byForm.get("North Korean missiles")?.name).toBe("North Korea");
    expect(r.localForms.has("Iranian attack drones")).toBe(true);
    expect(r.byForm.get("Iran")?.kind).toBe("state");
  });

  it("leaves what a state makes or sells, and a demonym inside another word", () => {
    const r = new Registry("The plant repairs German tanks and stores Czech shells; anti-Iranian strikes were discussed.");
    stateWeapons(r);
    expect([...r.actors.keys()]).toEqual([]);
  });

  it("makes the state of a demonym's military helicopter or aircraft model an actor ('a Greek Mi-17', 'Greek military helicopters')", () => {
    const r = new Registry("The coast guard said a Greek Mi-17 crossed the line, and two Greek military helicopters followed.");
    stateWeapons(r);
    expect(r.byForm.get("Greek Mi-17")?.name).toBe("Greece");
    expect(r.byForm.get("Greek military helicopters")?.name).toBe("Greece");
  });
});
