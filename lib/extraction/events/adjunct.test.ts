import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const eventsOf = (text: string, publishedOn = "2025-12-10") => extractArticle({ text, publishedOn, title: "T" }).events;

describe("meetings, visits and calls named in an adjunct", () => {
  it("an indefinite visit in an attribution is a dated happening of the speaker", () => {
    const ev = eventsOf("Sergei Shoigu, the secretary of the Security Council, said on Monday during a visit to Minsk that Russia and Belarus would hold joint exercises next year.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Shoigu visits Minsk", type: "summit_talks", date: "2025-12-08" }));
  });

  it("the one who announces during a visit makes it, not a state named in the announcement; no full stop in the title", () => {
    const ev = eventsOf("Finland will send three more minesweepers to Ukraine by autumn, Defence Minister Aino Salo announced during a visit to Odesa.");
    expect(ev.map((e) => e.title)).toContain("Salo visits Odesa");
    expect(ev.map((e) => e.title)).not.toContain("Finland visits Odesa.");
  });

  it("a joint news conference names its other party by surname", () => {
    const ev = eventsOf("Turkish Foreign Minister Hakan Fidan said on Tuesday at a joint news conference with his Hungarian counterpart Peter Szijjarto in Ankara that shipping must be protected.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Fidan holds news conference with Szijjarto in Ankara", date: "2025-12-09" }));
  });

  it("a visit to a common noun placed by a named town, told after a quote-like lead, is the speaker's", () => {
    const ev = eventsOf("The shells will be made in Poland and in Ukraine, Defence Minister Anna Kowalska said on Tuesday during a visit to a plant in Mielec.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Kowalska visits a plant in Mielec", type: "summit_talks", date: "2025-12-09" }));
  });

  it("a visit to troops on a named stretch of front ('in the Orikhiv direction') is the speaker's visit, not what he says there", () => {
    const ev = eventsOf("General Oleksandr Tarnavskyi said during a visit to troops in the Orikhiv direction on Monday that the enemy had lost two tanks.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Tarnavskyi visits troops in the Orikhiv direction", date: "2025-12-08" }));
  });

  it("not a definite one, which points back to a happening already told", () => {
    const ev = eventsOf("Macron spoke with Zelensky on Friday. Zelensky said during the call that air defence came first.");
    expect(ev.filter((e) => /call/i.test(e.title) && e.start > 40)).toEqual([]);
  });

  it("one event when the clause only speaks at the meeting", () => {
    const ev = eventsOf("Foreign Minister Hakan Fidan spoke about maritime security at a press conference in Ankara on Monday.");
    expect(ev.filter((e) => /press conference/.test(e.title))).toHaveLength(1);
  });

  it("a press conference is remarks to the press, no talks between delegations", () => {
    const ev = eventsOf("Foreign Minister Hakan Fidan spoke about maritime security at a press conference in Ankara on Monday.");
    expect(ev.find((e) => /press conference/.test(e.title))?.type).toBe("other");
  });

  it("a meeting told by a gerund ('after meeting X'), the speaker named with the particles of the surname", () => {
    const ev = eventsOf("Belgian Prime Minister Bart De Wever told reporters after meeting Ukrainian President Volodymyr Zelensky in Brussels that the risk had to be shared.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "De Wever meets Zelensky in Brussels", type: "summit_talks" }));
  });

  it("a meeting told by an appositive gerund ('X, meeting Y in Z on Monday, said')", () => {
    const ev = eventsOf("Prime Minister Arvo Kask, meeting customs officers in Narva on Monday, said the border would stay open.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Kask meets customs officers in Narva", type: "summit_talks", date: "2025-12-08" }));
  });

  it("bare 'talks' is indefinite too, and a month after the place is no part of it", () => {
    const ev = eventsOf("Austria will send two field hospitals, Chancellor Karl Brenner said on Monday after talks with Moldovan President Ana Ursu in Vienna.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Brenner holds talks with Ursu in Vienna", type: "summit_talks", date: "2025-12-08" }));
    const later = eventsOf("The envoy told Tanaka during talks in Oslo in March 2024 that the offer stood.");
    expect(later.find((e) => /talks/.test(e.title))?.title).not.toMatch(/March/);
  });
});

describe("an adjunct meeting beside a clause that reports something else", () => {
  it("keeps both the proposal and the call it was made in, the call dated by the date after it", () => {
    const ev = eventsOf("Foreign Secretary Jane Holloway proposed a week-long pause in port strikes in a phone call with Turkish Foreign Minister Emre Aksoy on Monday.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Holloway holds phone call with Aksoy", type: "phone_call", date: "2025-12-08" }));
    expect(ev.find((e) => /proposes/.test(e.title))?.type).not.toBe("phone_call");
  });

  it("keeps an unannounced visit beside the pledge made during it", () => {
    const ev = eventsOf("Dutch Defence Minister Pieter Visser pledged two more radar systems to Ukraine during an unannounced visit to Kyiv on Tuesday.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Visser visits Kyiv", type: "summit_talks", date: "2025-12-09" }));
    expect(ev.some((e) => /pledges/.test(e.title))).toBe(true);
  });

  it("a call between two named parties is theirs, whoever the clause is about", () => {
    const ev = eventsOf("The new talks were agreed during a phone call between Crown Prince Faisal bin Nasser and President Ilmar Tamm on Saturday, officials said.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Faisal bin Nasser and Tamm hold phone call", type: "phone_call", date: "2025-12-06" }));
  });

  it("one event when the clause itself tells the meeting", () => {
    const ev = eventsOf("Chancellor Karl Brenner met Moldovan President Ana Ursu during a visit to Chisinau on Monday.");
    expect(ev.filter((e) => e.type === "summit_talks")).toHaveLength(1);
  });
});

describe("a clause that only says what the speaker said at the adjunct's meeting", () => {
  const titles = (text: string) => extractArticle({ text, publishedOn: "2025-12-10", title: "T", rulesOnly: true }).events.map((e) => e.title);
  it("gives way to the adjunct when its type came from the adjunct's noun ('said after a meeting with … that …')", () => {
    expect(titles("General Petro Bondar said on Tuesday after a meeting with brigade commanders in the Sumy region that the line had held.")).toEqual([
      "Bondar meets with brigade commanders in the Sumy region",
    ]);
  });
  it("is dropped when its title is made of the adjunct's own words ('During visit to troops')", () => {
    expect(titles("General Petro Bondar said during a visit to troops in the Kostiantynivka direction on Sunday that Russian assaults had intensified.")).toEqual([
      "Bondar visits troops in the Kostiantynivka direction",
    ]);
  });
});

describe("a quote-led clause titled by the adjunct's own visit", () => {
  it("is one visit, the adjunct's, with the clause's fuller title and the speaker alone as initiator", () => {
    const ev = extractArticle({
      text: "\"The line will hold,\" General Pavel Koval, the commander of the Eastern Command, said during a visit to the Northern group of forces on Sunday.",
      publishedOn: "2025-12-10",
      title: "T",
      rulesOnly: true,
    }).events;
    expect(ev.map((e) => e.title)).toEqual(["Koval visits Northern group of forces"]);
    expect(ev[0].actorRoles?.filter((r) => r.role === "initiator").map((r) => r.name)).toEqual(["Pavel Koval"]);
  });
});

describe("an adjunct visit's place", () => {
  it("is the place visited, so a later visit elsewhere in the month stays its own happening", () => {
    const ev = eventsOf("Deputy Minister Ivan Koval met grain traders in Odesa on Monday. Koval added that he had raised the issue during a visit to Sofia earlier this month.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Koval visits Sofia", location: "Sofia" }));
  });

  it("a name followed by a site noun is a site visited, not a party met: titled by the site, typed other", () => {
    const ev = eventsOf("Moldovan Prime Minister Dorin Recean, after visiting the Elbit drone plant near Haifa on Tuesday, met Israeli President Isaac Herzog in Jerusalem.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Recean visits Elbit drone plant", type: "other", date: "2025-12-09" }));
    expect(ev.map((e) => e.title)).not.toContain("Recean visits Elbit");
  });

  it("a town visited and then a site named after 'and' stays a visit of the town", () => {
    const ev = eventsOf("Moldovan Prime Minister Dorin Recean, after visiting Bender and the front, met Transnistrian officials in Tiraspol.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Recean visits Bender", type: "summit_talks" }));
  });

  it("a clause cut from inside the adjunct is not a second happening", () => {
    const ev = eventsOf("Moldovan Prime Minister Dorin Recean met Israeli President Isaac Herzog in Jerusalem on Tuesday after visiting the Elbit drone plant near Haifa.");
    expect(ev.filter((e) => /Elbit/.test(e.title))).toHaveLength(1);
    expect(ev).toContainEqual(expect.objectContaining({ title: "Recean meets Herzog in Jerusalem", type: "summit_talks" }));
  });
});

describe("the other party of talks told in an adjunct", () => {
  const talks = (text: string) => extractArticle({ text, publishedOn: "2025-12-10", title: "T", rulesOnly: true }).events.find((e) => e.type === "summit_talks");
  it("the one the speaker tells during the talks takes part in them", () => {
    const ev = talks("Foreign Minister Ivo Kask told his Norwegian counterpart Lars Berg during talks in Oslo that Estonia would buy more shells.");
    expect(ev?.actorRoles).toContainEqual({ name: "Lars Berg", role: "participant" });
  });
  it("the one the speaker discussed something with during a meeting takes part in it", () => {
    const ev = talks("Ivo Kask said he had discussed the exchange of prisoners with his Latvian counterpart Ilze Ozola during a meeting in Riga.");
    expect(ev?.actorRoles).toContainEqual({ name: "Ilze Ozola", role: "participant" });
  });
});
