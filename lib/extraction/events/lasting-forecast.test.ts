import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { lastingForecast } from "./lasting-forecast";

const titles = (text: string) => extractArticle({ text, publishedOn: "2025-11-20", title: "T", rulesOnly: true }).events.map((e) => e.title);

describe("a forecast that a state will last", () => {
  it("reads a state carried on, reported or not, as no happening", () => {
    expect(lastingForecast("A government spokeswoman said on Monday that the curfew would continue until the vote", "other")).toBe(true);
    expect(lastingForecast("The port will remain shut through the holidays", "other")).toBe(true);
    expect(lastingForecast("The treasury chief stressed that new loans would depend on the harvest", "threat_warning")).toBe(true);
    expect(lastingForecast("the ferry line would stay suspended until Friday", "other")).toBe(true);
  });
  it("keeps a happening told before it and a threat of action carried on", () => {
    expect(lastingForecast("Latvia has kept its border crossing closed since May, and the minister said it would stay closed", "other")).toBe(false);
    expect(lastingForecast("The general said his troops had seized two villages and would continue to push west", "ground_advance")).toBe(false);
    expect(lastingForecast("The envoy warned that the fleet would continue to board tankers", "threat_warning")).toBe(false);
    expect(lastingForecast("The minister said the army would launch a new offensive", "other")).toBe(false);
  });
  it("drops the forecast from the proposals and keeps a real happening of similar shape", () => {
    expect(titles("The harbour office said the ferry pier would stay closed until Sunday.")).toEqual([]);
    expect(titles("Estonian troops captured the ferry terminal on Monday and will remain there.").join()).toMatch(/captur/i);
  });
});

describe("a forecast of an effect", () => {
  it("reads an effect on a process or a price as no happening", () => {
    expect(lastingForecast("The bank governor warned on Friday that dearer fuel would feed inflation", "threat_warning")).toBe(true);
    expect(lastingForecast("Two economists argued that the levy could slow the recovery", "other")).toBe(true);
  });
  it("keeps harm to someone and a happening told before it", () => {
    expect(lastingForecast("The envoy warned that the duties would hurt Greek farmers", "threat_warning")).toBe(false);
    expect(lastingForecast("The bank raised its key rate to 18%, which would slow inflation", "other")).toBe(false);
  });
});
