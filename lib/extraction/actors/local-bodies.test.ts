import { describe, expect, it } from "vitest";
import { localBodies } from "./local-bodies";
import { Registry } from "./registry";

const names = (r: Registry) => [...r.actors.values()].map((a) => a.name);

describe("localBodies", () => {
  it("names the town's body after the town named last before it ('Brovary was shelled …: according to the city military administration')", () => {
    const r = new Registry("Drones flew over Irpin on Sunday.\nBrovary was shelled at dawn: according to the city military administration, two homes burned.");
    localBodies(r);
    expect(names(r)).toEqual(["Brovary city military administration"]);
  });

  it("finds the town named in an earlier sentence and reads 'the local military administration' as the town's military administration", () => {
    const r = new Registry("Fewer than 300 people still live in Vovchansk. Most have left, according to the local military administration.");
    localBodies(r);
    const a = r.byForm.get("Vovchansk local military administration");
    expect(a?.kind).toBe("government");
    expect([...a!.aliases]).toEqual(["Vovchansk military administration"]);
  });

  it("leaves the body alone when no town is named before it, or when its head is the one who speaks", () => {
    const r = new Registry("The city council voted on Monday. Later, in Bucha, the head of the city administration, Ivan Petrenko, said the school was hit.");
    localBodies(r);
    expect(names(r)).toEqual([]);
  });
});
