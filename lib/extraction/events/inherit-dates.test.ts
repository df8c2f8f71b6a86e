import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const eventsOf = (text: string, publishedOn: string) => extractArticle({ text, publishedOn, title: "T" }).events;

describe("dates an event inherits from its sentence", () => {
  it("takes a relation phrase right before its clause, even with another date in the sentence", () => {
    const text = "The talks came a day after Gazprom and Naftogaz signed a one-year gas transit deal, the first since the pipeline was sanctioned last October.";
    const signed = eventsOf(text, "2026-10-27").find((e) => /sign/i.test(e.title));
    expect(signed).toMatchObject({ date: "2026-10-26", dateText: "a day after" });
  });

  it("takes the date of a dated happening that opens its clause as the subject ('The May 3 attack damaged …')", () => {
    const text =
      "Blackouts hit Kherson for the fourth time this month. The May 3 attack damaged a pumping station in Antonivka, and four workers were hurt. " +
      "On Tuesday night, drones struck a depot in the north.";
    const damaged = eventsOf(text, "2026-05-14").find((e) => /pumping station/i.test(e.title));
    expect(damaged).toMatchObject({ date: "2026-05-03" });
  });

  it("takes the date of what a clause reports over its trailing attribution's day", () => {
    const text = "Russian forces fired 40 missiles at the port city in July, the regional governor said on Monday.";
    expect(eventsOf(text, "2026-10-07")[0]).toMatchObject({ date: "2026-07", dateText: "in July" });
    // With no other date before it, the attribution's day stands.
    const only = "Russian drones struck the port city, the regional governor said on Monday.";
    expect(eventsOf(only, "2026-10-07")[0]).toMatchObject({ date: "2026-10-05" });
    // A period the figure is compared with is no second date of what is reported.
    const compared = "Danube ports handled 2.1 million tonnes in May, up 9% from April, the port authority said on Monday.";
    expect(eventsOf(compared, "2026-06-10")[0]).toMatchObject({ date: "2026-05", dateText: "in May" });
    // A range is one date, told by its start.
    const range = "Belarus moved 4,000 troops to the border between March and May, the border guard said on Monday.";
    expect(eventsOf(range, "2026-06-10")[0]).toMatchObject({ date: "2026-03" });
  });

  it("reads a trailing announcement as an attribution, like a trailing 'said'", () => {
    const text = "The cabinet approved another 90 million euros for grid repairs last week, the finance minister announced on Friday.";
    expect(eventsOf(text, "2026-06-10")[0]).toMatchObject({ date: "2026-06", dateText: "last week" });
  });

  it("dates a result counted in the perfect by the start of its span, not by its trailing attribution's day", () => {
    const text = "Belarus has moved about 4,000 troops to the border since March, the border guard said on Monday.";
    expect(eventsOf(text, "2026-06-10")[0]).toMatchObject({ date: "2026-03", dateText: "since March" });
    // Not a span told inside a relative or participial clause.
    const relative = "Lukashenko, who has courted Beijing since March, told parliament on Monday that Belarus would host the drills.";
    expect(eventsOf(relative, "2026-06-10")[0]).toMatchObject({ date: "2026-06-08" });
  });

  it("takes the date of an earlier happening of the same type at the same place only while the text goes on about it", () => {
    const filler = ["Grain prices were unchanged in Odesa.", "Freight rates stayed high.", "Insurers kept their premiums.", "Exporters asked for more escorts.", "Queues at the Bosphorus grew.", "Traders expected a calm week."];
    const told = (gap: number) => ["Russian troops attacked Kharkiv with drones on 3 May, killing three.", ...filler.slice(0, gap), "In Kharkiv, the enemy struck two districts with 14 drones, the governor said."].join("\n\n");
    const second = (gap: number) => extractArticle({ text: told(gap), publishedOn: "2026-05-20", title: "T", allCandidates: "unfiltered" }).events.find((e) => /two districts/.test(e.title));
    expect(second(1)).toMatchObject({ date: "2026-05-03" });
    expect(second(6)).toMatchObject({ date: null });
  });

  it("dates a clause set at a dated happening it names by that happening", () => {
    const text = "Hungary demanded new guarantees at the summit in Prague on May 3.";
    expect(eventsOf(text, "2026-05-20").find((e) => /demand/i.test(e.title))).toMatchObject({ date: "2026-05-03" });
    const after = "Ukrenergo cut power to three regions after a missile attack on 12 April.";
    expect(eventsOf(after, "2026-05-20").find((e) => /cut/i.test(e.title))).toMatchObject({ date: "2026-04-12" });
  });

  it("dates a clause whose past verb takes a dated happening as its object by that happening", () => {
    const withdrew = "A Saudi-led group of investors pulled out of the talks in Vienna at the end of March after a long review.";
    expect(eventsOf(withdrew, "2026-05-20").find((e) => /pull/i.test(e.title))).toMatchObject({ date: "2026-03" });
    const hosted = "The Norwegian minister recalled that Oslo had hosted the donor conference in June 2024.";
    expect(eventsOf(hosted, "2026-05-20").find((e) => /host/i.test(e.title))).toMatchObject({ date: "2024-06" });
  });

  it("dates a clause opened by a dated happening it follows no finer than that happening's month", () => {
    const text = "Following the Vienna talks on 9 June, Austria pledged to send more generators to Ukraine.";
    const events = eventsOf(text, "2026-06-30");
    expect(events.find((e) => /talks/i.test(e.title))).toMatchObject({ date: "2026-06-09", datePrecision: "day" });
    expect(events.find((e) => /pledge/i.test(e.title))).toMatchObject({ date: "2026-06", datePrecision: "month" });
  });

  it("a main clause in the simple past takes the day of its subject's set-off relative: the same trip", () => {
    const rulesOf = (text: string) => extractArticle({ text, publishedOn: "2026-04-17", title: "T", rulesOnly: true }).events;
    const trip = rulesOf("Defence Minister Marta Oliveira, who arrived in Vilnius on Monday, visited a training range, met General Tomas Kazlauskas and laid a wreath.");
    expect(trip.find((e) => /arrives/.test(e.title))?.date).toBe("2026-04-13");
    expect(trip.find((e) => /visits/.test(e.title))?.date).toBe("2026-04-13");
    // Not a relative's year (background), nor a main clause in the perfect.
    const background = rulesOf("Defence Minister Marta Oliveira, who took office in 2024, met General Tomas Kazlauskas.");
    expect(background.find((e) => /meets/.test(e.title))?.date).toBe("2026-04-17");
    const perfect = rulesOf("Defence Minister Marta Oliveira, who arrived in Vilnius on Monday, has promised more troops for the Baltic states.");
    expect(perfect.find((e) => /promis/.test(e.title))?.date ?? null).not.toBe("2026-04-13");
  });
});

describe("a figure dated by the day its source was published", () => {
  it("takes the figure's own period, not the day the data came out", () => {
    const text = "Intro.\n\nIn January, exports to Russia fell to $512 million, according to customs data published on Wednesday.\n\nShipments slowed in the first week of February, according to figures released by the ministry on Feb. 10.";
    const events = extractArticle({ text, publishedOn: "2026-02-19", title: "T", rulesOnly: true }).events;
    expect(events.find((e) => /exports/i.test(e.title))).toMatchObject({ date: "2026-01" });
    expect(events.find((e) => /Shipments/i.test(e.title))?.date).not.toBe("2026-02-10");
  });
});
