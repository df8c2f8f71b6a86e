import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const eventsOf = (text: string) => extractArticle({ text, publishedOn: "2026-03-12", title: "T", rulesOnly: true }).events;

describe("second mentions of one happening", () => {
  it("'The accord was signed by …' is the agreement just reported, not a second one", () => {
    const ev = eventsOf("Moldova and Romania signed an agreement on joint air patrols on Wednesday. The accord was signed by the two foreign ministers in Chisinau.");
    expect(ev.filter((e) => e.type === "agreement_ceasefire")).toHaveLength(1);
  });

  it("'The two leaders met …' after a reported meeting is that meeting", () => {
    const ev = eventsOf("Macron met Sánchez in Madrid on Tuesday to discuss air defence. The two leaders met at the Moncloa palace for three hours.");
    expect(ev.filter((e) => e.type === "summit_talks")).toHaveLength(1);
  });

  it("keeps a pair's meeting with a date of its own, and what the pair agreed, apart", () => {
    const met = eventsOf("Macron spoke with Sánchez by phone on Tuesday. The two men last met in Madrid in January 2025.");
    expect(met.map((e) => e.type).sort()).toEqual(["phone_call", "summit_talks"]);
    const agreed = eventsOf("Macron met Sánchez in Madrid on Tuesday. The two leaders signed a treaty on energy links.");
    expect(agreed.map((e) => e.type)).toContain("agreement_ceasefire");
  });

  it("'The attack also damaged a substation' after a strike on homes is a harm to the energy system of its own", () => {
    const ev = eventsOf("Russian missiles struck a residential block in Zhytomyr overnight, killing three people. The attack also damaged a substation in the city's north, leaving 4,000 homes without power.");
    expect(ev.map((e) => e.type).sort()).toEqual(["energy_infrastructure_attack", "missile_drone_strike"]);
  });

  it("'X, who hosted the meeting, …' is the meeting just told: the host joins it, no second event", () => {
    const ev = eventsOf("Moldovan and Georgian diplomats met in Vienna on Tuesday for a second round of talks on transit. Austrian Foreign Minister Karl Brandner, who hosted the meeting, told reporters the mood was calm.");
    const meetings = ev.filter((e) => e.type === "summit_talks");
    expect(meetings).toHaveLength(1);
    expect(meetings[0].actors).toContain("Karl Brandner");
  });

  it("a relative clause with a happening noun as an adjunct, not an object, stays a happening of its own", () => {
    const ev = eventsOf("Macron said he had spoken earlier in the day with Spanish Prime Minister Pedro Sánchez, who promised during the call to deliver three more radar systems before the end of the year.");
    expect(ev.some((e) => /radar/.test(e.title))).toBe(true);
  });

  it("a visitor's arrival at the venue of the meeting told beside it is part of the meeting", () => {
    const ev = eventsOf("Romanian President Ion Marinescu received Moldovan President Ana Ciobanu at the Cotroceni Palace on Thursday to discuss energy links. Ciobanu arrived at the palace on Thursday morning, her office said.");
    expect(ev.filter((e) => /arriv/i.test(e.title))).toHaveLength(0);
    expect(ev.filter((e) => /receives/.test(e.title))).toHaveLength(1);
  });

  it("a visitor's arrival in the capital the day before the meeting is a happening of its own", () => {
    const ev = eventsOf("Romanian President Ion Marinescu received Moldovan President Ana Ciobanu in Bucharest on Thursday to discuss energy links. Ciobanu arrived in the Romanian capital on Wednesday evening, her office said.");
    expect(ev.filter((e) => /arriv/i.test(e.title)).map((e) => e.date)).toEqual(["2026-03-11"]);
    expect(ev.filter((e) => /receives/.test(e.title))).toHaveLength(1);
  });

  it("an arrival with no meeting of the visitor close by stays an event", () => {
    const ev = eventsOf("Moldovan President Ana Ciobanu arrived in Bucharest on Wednesday evening. Romania's parliament approved a new budget on Thursday.");
    expect(ev.filter((e) => /arriv/i.test(e.title))).toHaveLength(1);
  });

  it("an air-defence tally after the barrage's count is part of that barrage", () => {
    const ev = eventsOf("Moldova's air force said Russia launched 64 attack drones and three cruise missiles at the country overnight. Air defences shot down or jammed 51 of the drones, it said.");
    expect(ev.filter((e) => e.type === "missile_drone_strike")).toHaveLength(1);
    expect(ev[0].title).toMatch(/launches 64/);
  });

  it("a partitive tally ('31 of the 40 drones launched at the region') is part of the strike told before, counted or not", () => {
    const ev = eventsOf("Russian drones struck an oil depot in Chisinau overnight, injuring a guard, the mayor said on Thursday. He said air defences had shot down 31 of the 40 drones launched at the city.");
    expect(ev.filter((e) => e.type === "missile_drone_strike")).toHaveLength(1);
  });

  it("folds a second tally into the barrage, not into the first tally, which is folded itself", () => {
    const ev = eventsOf("Russia launched 80 attack drones at Moldova overnight. Air defences shot down 61 of the drones. Air defences downed another 12 drones over the south, the air force said.");
    const strikes = ev.filter((e) => e.type === "missile_drone_strike");
    expect(strikes).toHaveLength(1);
    expect(strikes[0].mentions).toHaveLength(3);
  });

  it("keeps a tally with no barrage counted before it, and one of the other side's drones", () => {
    expect(eventsOf("Air defences shot down 40 drones over the Black Sea coast overnight, the navy said.")).toHaveLength(1);
    const sides = eventsOf("Russia launched 64 attack drones at Moldova overnight. Separately, Russian air defences destroyed 23 Moldovan drones over Crimea overnight.");
    expect(sides.filter((e) => e.type === "missile_drone_strike")).toHaveLength(2);
  });
  it("how the talks ended is the talks told before, not a new phase; both sentences stay as its mentions", () => {
    const text = "Moldovan and Georgian negotiators met in Vienna on Tuesday to discuss gas transit. The talks ended after three hours without agreement on tariffs.";
    const meetings = eventsOf(text).filter((e) => e.type === "summit_talks");
    expect(meetings).toHaveLength(1);
    expect(meetings[0].mentions).toHaveLength(2);
    expect(text.slice(meetings[0].mentions![1].start, meetings[0].mentions![1].end)).toMatch(/^The talks ended/);
  });

  it("talks that collapse later are a new phase, a happening of their own", () => {
    const ev = eventsOf("Moldovan and Georgian negotiators met in Vienna on Tuesday to discuss gas transit. The talks collapsed on Thursday.");
    expect(ev).toHaveLength(2);
  });

  it("what was said during a call told close by is that call, not a happening of its own", () => {
    const told = eventsOf("Dutch Prime Minister Lotte Vink spoke by phone with Irish Taoiseach Cian Doyle on Tuesday. Vink raised the fishing quotas with Doyle during the call, her office said.");
    expect(told).toHaveLength(1);
    expect(told[0].mentions).toHaveLength(2);
    const raised = eventsOf("Lotte Vink spoke by phone with Cian Doyle on Tuesday, her office said. The levy was raised by Vink during her phone call with Doyle on Tuesday, officials said.");
    expect(raised).toHaveLength(1);
  });

  it("'During the call, the two leaders discussed …' opening its sentence is the call too", () => {
    const ev = eventsOf("Lotte Vink met the Belgian trade envoy in The Hague on Monday. The next day, Vink spoke by phone with Irish Taoiseach Cian Doyle, her office said. During the call, the two leaders discussed the fishing quotas and the new levy.");
    expect(ev.map((e) => e.type).sort()).toEqual(["phone_call", "summit_talks"]);
    expect(ev.find((e) => e.type === "phone_call")?.mentions).toHaveLength(2);
  });

  it("an offer made during a call, a call of other people or one on another day stays a happening of its own", () => {
    const offered = eventsOf("Dutch Prime Minister Lotte Vink spoke by phone with Irish Taoiseach Cian Doyle on Tuesday. Vink offered Doyle a loan of €2 billion during the call.");
    expect(offered.map((e) => e.type).sort()).toEqual(["phone_call", "proposal"]);
    const ev = eventsOf("Lotte Vink spoke by phone with Cian Doyle on Tuesday. Doyle had raised the levy during a call with Mateo Ruiz in January.");
    const tuesday = ev.filter((e) => e.date === "2026-03-10");
    expect(tuesday).toHaveLength(1);
    expect(tuesday[0].mentions ?? []).toHaveLength(0);
    expect(ev.some((e) => e.date === "2026-01")).toBe(true);
  });
});
