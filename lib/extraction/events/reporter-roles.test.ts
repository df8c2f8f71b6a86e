import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { reporterRole } from "./reporter-roles";

const roleOf = (e: { actorRoles?: { name: string; role: string }[] } | undefined, name: string) => e?.actorRoles?.find((r) => r.name === name)?.role;
const eventsOf = (text: string) => extractArticle({ text, publishedOn: "2026-03-10" }).events;

describe("the reporter of a happening", () => {
  it("of the sentence is no role of the happening told in a relative clause on the main clause's object", () => {
    const text = "Harbour news\n\nSwedish marines retook the island of Holm, which Danish troops had seized on March 3, the Swedish General Staff said on Monday.\n";
    const seized = extractArticle({ text, publishedOn: "2026-03-10", title: "T", rulesOnly: true }).events.find((e) => /seize/.test(e.title));
    expect(seized?.date).toBe("2026-03-03");
    expect(seized?.actorRoles?.map((r) => r.name)).not.toContain("Swedish General Staff");
  });

  it("does a happening made of words, and only takes part in any other", () => {
    expect(reporterRole("rejection")).toBe("initiator");
    expect(reporterRole("sanctions")).toBe("initiator");
    expect(reporterRole("missile_drone_strike")).toBe("participant");
  });

  it("is put on the event from the clause's attribution", () => {
    const [strike] = eventsOf("Russia launched 40 drones at Kharkiv overnight on Monday, Ukraine's Air Force said.");
    expect(roleOf(strike, "Russia")).toBe("initiator");
    expect(roleOf(strike, "Ukrainian Air Force")).toBe("participant");
    const [refusal] = eventsOf("Hungarian Foreign Minister Ilona Varga said on Monday that Hungary rejected the new EU sanctions package.");
    expect(refusal.type).toBe("rejection");
    expect(roleOf(refusal, "Ilona Varga")).toBe("initiator");
  });

  it("speaks for its own state's side when that state is a side", () => {
    const [strike] = eventsOf("Russia struck Ukraine's power grid with 40 drones overnight on Monday, Ukraine's Air Force said.");
    expect(roleOf(strike, "Ukraine")).toBe("target");
    expect(roleOf(strike, "Ukrainian Air Force")).toBe("target");
  });

  it("is the source cited by 'according to' before the happening too, never its agent", () => {
    for (const source of ["regional administration", "regional police"]) {
      const [strike] = extractArticle({ text: `In Rivne, according to the ${source}, a Russian drone hit a fuel depot on Tuesday night.`, publishedOn: "2026-03-12", rulesOnly: true }).events;
      expect(roleOf(strike, "Russia")).toBe("initiator");
      expect((strike.actorRoles ?? []).filter((r) => r.role === "initiator").map((r) => r.name)).toEqual(["Russia"]);
    }
  });
});
