import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const candidates = (text: string) => extractArticle({ text, publishedOn: "2026-05-20", title: "T", allCandidates: true }).events;

describe("a consequence that makes someone act", () => {
  it("is a happening of its own, with its own agent and the clause's date", () => {
    const events = candidates("The council blacklisted two Chinese banks on Monday, prompting Beijing to summon the bloc's envoy.");
    const own = events.find((e) => /^Beijing summons/.test(e.title));
    expect(own?.date).toBe("2026-05-18");
    expect(events.some((e) => /blacklist/i.test(e.title))).toBe(true);
  });
  it("names a crowd made to act ('forcing thousands of residents to flee')", () => {
    expect(candidates("Russian forces shelled Kupiansk on Sunday, forcing thousands of residents to flee.").map((e) => e.title)).toContain("Thousands of residents flee");
  });
  it("makes only the one made to act its initiator, never a place after its verb", () => {
    const own = candidates("Russian drones struck Chernihiv on Friday, forcing Lithuania to close its border with Belarus.").find((e) => /^Lithuania closes/.test(e.title));
    expect(own?.actorRoles).toEqual(expect.arrayContaining([{ name: "Lithuania", role: "initiator" }]));
    expect((own?.actorRoles ?? []).filter((r) => r.role === "initiator")).toHaveLength(1);
    const fled = candidates("Russian forces shelled Kupiansk on Sunday, forcing hundreds of families to flee to Poland.").find((e) => /flee/.test(e.title));
    expect(fled).toBeDefined();
    expect((fled?.actorRoles ?? []).find((r) => r.name === "Poland")?.role).not.toBe("initiator");
  });
  it("leaves a consequence with no one acting, and a pronoun that names the clause's own subject, to the clause", () => {
    const titles = candidates("A drone hit the Ryazan refinery on Sunday, leaving the city without power and forcing it to halt a unit.").map((e) => e.title);
    expect(titles.some((t) => /^(?:It|City)\b/.test(t))).toBe(false);
  });
  it("titles a long consequence as a headline, cut at a phrase boundary", () => {
    const text = "The missile hit the pumping station on Sunday, forcing the utility to shut off water to some 240 homes in the northern district while engineers assessed the damage to the pipes.";
    const own = candidates(text).find((e) => /^Utility shuts/.test(e.title));
    expect(own?.title.length).toBeLessThanOrEqual(80);
    expect(own?.title).toMatch(/^Utility shuts off water to some 240 homes/);
  });
  it("reads on past a number's thousands separator or decimal point ('12,500 homes', '2.5 tonnes')", () => {
    const titles = candidates("A shell hit the pumping plant on Friday, forcing the operator to cut water to 12,500 homes in the valley.").map((e) => e.title);
    expect(titles).toContain("Operator cuts water to 12,500 homes in the valley");
    const aid = candidates("Floods cut the road on Monday, forcing the agency to airlift 2.5 tonnes of grain to the village.").map((e) => e.title);
    expect(aid.some((t) => /^Agency airlifts 2\.5 tonnes of grain/.test(t))).toBe(true);
  });
});
