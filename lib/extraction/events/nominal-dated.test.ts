import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const eventsOf = (text: string, publishedOn = "2026-03-06") => extractArticle({ text, publishedOn, title: "T", rulesOnly: true }).events;

describe("happenings named in passing by a noun with a date after it", () => {
  it("a meeting named after a preposition, dated by its own date", () => {
    const ev = eventsOf("It was the first meeting between the two envoys since their talks in Miami in October.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Talks in Miami", type: "summit_talks", date: "2025-10", datePrecision: "month" }));
  });

  it("a noun with two complements", () => {
    const ev = eventsOf("The minister warned of war, citing the incursion of Russian drones into Polish airspace in September 2025 as a warning.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Incursion of Russian drones into Polish airspace", date: "2025-09" }));
  });

  it("a happening listed after 'including', its complement with a number", () => {
    const ev = eventsOf("Abu Dhabi has mediated most of the exchanges, including a swap of 390 prisoners on each side in January.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Swap of 390 prisoners on each side", type: "agreement_ceasefire", date: "2026-01" }));
  });

  it("titled by what a restrictive relative after its date says it did", () => {
    const ev = eventsOf("Grid operators have counted five large attacks since then, including an attack on 3 February that cut power to Sumy for a day.");
    expect(ev.map((e) => e.title)).toContain("Attack cuts power to Sumy for a day");
  });

  it("the clause around it does not take its date", () => {
    const ev = eventsOf("Romania summoned the Russian ambassador on Thursday after the strike on Reni on Monday.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Strike on Reni", type: "missile_drone_strike", date: "2026-03-02" }));
    expect(ev).toContainEqual(expect.objectContaining({ title: "Romania summons Russian ambassador", date: "2026-03-05" }));
  });

  it("not a noun that names no happening, nor one at the head of a clause", () => {
    expect(eventsOf("Prices fell after the report in March.").some((e) => /report/i.test(e.title))).toBe(false);
    expect(eventsOf("The talks in Geneva on Friday were inconclusive.").some((e) => e.title === "Talks in Geneva")).toBe(false);
  });

  it("not a happening that is the clause's own setting ('in a phone call on Monday', 'on the sidelines of the summit')", () => {
    const ev = eventsOf("President Recep Tayyip Erdogan discussed the plan with Russian President Vladimir Putin in a phone call on Monday.");
    expect(ev.some((e) => /^Phone call/.test(e.title))).toBe(false);
    expect(ev).toContainEqual(expect.objectContaining({ date: "2026-03-02", type: "phone_call" }));
    const side = eventsOf("Prime Minister Keir Starmer discussed the plan with Donald Trump by phone on the sidelines of the G20 summit in Johannesburg on Saturday.");
    expect(side).toContainEqual(expect.objectContaining({ date: "2026-02-28", type: "phone_call" }));
  });
});

describe("a dated noun phrase whose possessor or 'by' complement names who did it", () => {
  it("the possessor is the agent of a headline built from the noun", () => {
    const ev = eventsOf("Estonia lodged a protest after Norway's seizure of the freighter on Tuesday.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Norway seizes freighter", date: "2026-03-03", actorRoles: [{ name: "Norway", role: "initiator" }] }));
  });

  it("a person's possessor by surname; the clause it happened during keeps the date", () => {
    const ev = eventsOf("Tbilisi asked Stockholm for more radars during Foreign Minister Anna Lindqvist's visit to Tbilisi in January.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Lindqvist visits Tbilisi", date: "2026-01" }));
    expect(ev.filter((e) => e.date === "2026-01")).toHaveLength(2);
  });

  it("a capitalised preposition at the sentence's start", () => {
    const ev = eventsOf("After the strike on Mykolaiv on Sunday, the governor ordered schools closed.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Strike on Mykolaiv", date: "2026-03-01" }));
  });

  it("a demonym modifier names the state that did it, when the noun has an object", () => {
    const ev = eventsOf("Insurers raised premiums after the Russian strike on Izmail on Sunday.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Russia strikes Izmail", date: "2026-03-01", actorRoles: [{ name: "Russia", role: "initiator" }] }));
    const occupation = eventsOf("He laid flowers for the victims of the Russian occupation in 2022.").filter((e) => e.date === "2022");
    expect(occupation).toHaveLength(1);
    expect(occupation[0].title).not.toBe("Russia occupies");
  });

  it("a 'by' agent that names an actor over the possessor, which the noun acts upon", () => {
    const ev = eventsOf("Sanctions have grown since Ukraine's capture by Russia in 2014, the envoy noted.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Russia captures Ukraine", date: "2014" }));
  });

  it("every noun the headline can turn into a verb ('deployment', 'signing') names a happening", () => {
    const ev = eventsOf("Ties warmed after Japan's deployment of troops to the region in 2024.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Japan deploys troops to region", date: "2024" }));
    expect(eventsOf("Trade grew after Japan's signing of the accord in 2023.")).toContainEqual(expect.objectContaining({ title: "Japan signs accord", date: "2023" }));
  });

  it("an expulsion, deportation or detention with a 'from' complement is a happening on its own date", () => {
    expect(eventsOf("She has taught in Vilnius since her expulsion from Belarus in 2021.")).toContainEqual(expect.objectContaining({ title: expect.stringMatching(/^Expulsion from Belarus/), date: "2021" }));
    const ev = eventsOf("The town mourned again after the withdrawal of the garrison from Lyman in October 2022.");
    expect(ev).toContainEqual(expect.objectContaining({ title: expect.stringMatching(/^Withdrawal .*Lyman/), date: "2022-10" }));
  });

  it("a demonym is a whole word, not the start of a compound ('Russian-Ukrainian talks')", () => {
    const ev = eventsOf("Prices eased after the Russian-Ukrainian talks on grain in May.");
    expect(ev.some((e) => /^Russia\b/.test(e.title))).toBe(false);
  });

  it("types the noun phrase with the lexicon ('strikes on the grid' is an energy attack)", () => {
    const ev = eventsOf("Blackouts spread after Russia's strikes on the grid on Sunday.");
    expect(ev).toContainEqual(expect.objectContaining({ date: "2026-03-01", type: "energy_infrastructure_attack" }));
  });

  it("not a date as the possessor ('after Monday's talks')", () => {
    expect(eventsOf("Officials met again after Monday's talks in Doha on the prisoner list.").some((e) => /^Monday/.test(e.title))).toBe(false);
  });
});

describe("dated happenings told by a noun of destroying, downing or falling, or a call between two sides", () => {
  it("a destruction or downing in an adjunct is an event on its own date, not the clause's", () => {
    const ev = eventsOf("Farmers on the river lost their fields on Monday after the destruction of the weir in June.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Destruction of the weir", date: "2025-06" }));
    const down = eventsOf("Ankara closed its airspace on Thursday following the downing of the jet on Tuesday.");
    expect(down).toContainEqual(expect.objectContaining({ title: "Downing of the jet", date: "2026-03-03" }));
  });

  it("a town's fall, told with its doer from 'of' ('the fall of X' → 'X falls')", () => {
    const ev = eventsOf("Kyiv has shored up its lines since the fall of Vuhlegorsk in December.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Vuhlegorsk falls", date: "2025-12" }));
  });

  it("not a fall in prices nor the season", () => {
    expect(eventsOf("Exports recovered after the fall in prices in March.").some((e) => /fall/i.test(e.title))).toBe(false);
    expect(eventsOf("Exports recovered after the fall of 2024.").some((e) => /fall/i.test(e.title))).toBe(false);
  });

  it("a call between two named sides is their phone call", () => {
    const ev = eventsOf("After the call between Macron and Zelensky last month, Paris sent more shells.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Macron and Zelensky hold phone call", type: "phone_call", date: "2026-02" }));
  });

  it("an undated destruction is no event of its own", () => {
    expect(eventsOf("Farmers lost their fields after the destruction of the weir.").some((e) => /^Destruction/.test(e.title))).toBe(false);
  });
});

describe("a dated invasion and a call between two sides named at length", () => {
  it("an invasion in an adjunct is an event on its own date; the clause does not take it", () => {
    const ev = eventsOf("Since Ruritania's invasion of Freedonia in April 2023, Chile has joined sanctions on its coal.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Ruritania invades Freedonia", type: "ground_advance", date: "2023-04" }));
    expect(ev.filter((e) => e.date === "2023-04")).toHaveLength(1);
  });

  it("two sides named with their offices", () => {
    const ev = eventsOf("After the call between Prime Minister Netanyahu and President Zelensky last month, Israel agreed to share radar data.");
    expect(ev).toContainEqual(expect.objectContaining({ type: "phone_call", date: "2026-02" }));
  });
});
