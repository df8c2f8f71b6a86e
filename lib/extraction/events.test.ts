import { describe, expect, it } from "vitest";
import { fatalitiesIn } from "./events";
import { extractArticle } from "./index";

// These tests pin the rules; the learned happening gate after them is measured on the fixtures (events/happening.test.ts).
const eventsOf = (text: string, publishedOn = "2025-09-07") => extractArticle({ text, publishedOn, title: "T", rulesOnly: true }).events;

describe("events", () => {
  it("types strikes on energy targets and reads fatalities", () => {
    const [e] = eventsOf("Over the weekend Ukraine hit the Ryazan oil refinery.");
    expect(e).toMatchObject({ type: "energy_infrastructure_attack", date: "2025-09", datePrecision: "week", dateText: "Over the weekend", location: "Ryazan", actors: ["Ukraine"] });
    const [k] = eventsOf("Russia hit Kyiv with a missile barrage on Saturday, killing at least 12 people.");
    expect(k).toMatchObject({ type: "missile_drone_strike", date: "2025-09-06", fatalities: 12, location: "Kyiv" });
  });

  it("splits coordinated clauses and lets them share the date phrase", () => {
    const ev = eventsOf("Last week, Russian President Vladimir Putin invited Ukrainian President Volodymyr Zelenskiy to Moscow, but Bankova rejected the offer.");
    expect(ev.map((e) => [e.type, e.date, e.dateText])).toEqual([
      ["proposal", "2025-09", "Last week"],
      ["rejection", "2025-09", "Last week"],
    ]);
    expect(ev[0].actorRoles).toEqual([
      { name: "Vladimir Putin", role: "initiator" },
      { name: "Volodymyr Zelenskiy", role: "target" },
    ]);
    expect(ev[0].location).toBe("Moscow");
    expect(ev[1].actors).toEqual(["Bankova"]);
  });

  it("keeps dated nominal meetings and skips future or conditional happenings", () => {
    const ev = eventsOf("Following the Alaska summit on August 15, Trump promised talks. The US will send more weapons if Europe pays.");
    expect(ev).toEqual([expect.objectContaining({ title: "Alaska summit", type: "summit_talks", date: "2025-08-15", location: "Alaska" })]);
  });

  it("keeps undated reported happenings with an unknown date and body offsets", () => {
    const p = extractArticle({ text: "Intro sentence here.\n\nAn intense battle has been raging for the town of Pokrovsk.", publishedOn: "2025-09-07", title: "T", rulesOnly: true });
    const e = p.events.find((x) => x.type === "ground_battle")!;
    expect(e).toMatchObject({ date: null, datePrecision: "unknown", location: "Pokrovsk" });
    expect(p.body.slice(e.start, e.end)).toBe("An intense battle has been raging for the town of Pokrovsk.");
  });

  it("reads fatality counts in words and digits", () => {
    expect(fatalitiesIn("killing two, including a baby")).toBe(2);
    expect(fatalitiesIn("12 people were killed in the strike")).toBe(12);
    expect(fatalitiesIn("the death toll rose to 31")).toBe(31);
    expect(fatalitiesIn("wounding 40 people")).toBeNull();
  });

  it("keeps 'since March 2022' with its clause and lets an undated clause take its sentence's only date", () => {
    const [occ] = eventsOf("The plant has been occupied by Russian forces since March 2022.");
    expect(occ).toMatchObject({ type: "ground_advance", date: "2022-03" });
    // (A shift with no earlier date counts from publication, a date after it that `undatePlans` would drop: one is given.)
    const ev = eventsOf("The plant lost power on October 16.\n\nRepair work began two days later, after both sides agreed to a local ceasefire, the IAEA said.", "2025-10-22");
    expect(ev.find((e) => e.type === "agreement_ceasefire")?.dateText).toBe("two days later");
  });

  it("takes a later, undated report of a strike on the same place as a second mention of the dated one", () => {
    const ev = eventsOf("Russian troops attacked Kharkiv with drones overnight, killing three.\n\nIn Kharkiv, the enemy struck two districts with 14 drones, Governor Oleh Syniehubov said.", "2025-11-12");
    const kharkiv = ev.filter((e) => e.location === "Kharkiv");
    expect(kharkiv.map((e) => e.date)).toEqual(["2025-11-12"]);
    expect(kharkiv[0].mentions).toHaveLength(2);
  });

  it("types daily front reports", () => {
    const ev = eventsOf("The General Staff reported that 182 combat engagements took place over the past day. The Russian army lost 1,030 personnel.", "2025-11-12");
    expect(ev.map((e) => e.type)).toEqual(["ground_battle", "casualties"]);
    expect(ev[0].date).toBe("2025-11-12");
  });

  it("dates a 'when' clause by the date it modifies", () => {
    const ev = eventsOf("On October 24 the Central Bank of Russia cut its key rate to 16.5%, a smaller cut than in September, when the regulator lowered the rate to 17%.", "2025-10-24");
    expect(ev.map((e) => e.date)).toEqual(["2025-10-24", "2025-09"]);
  });

  it("does not make an event of a bare speech report", () => {
    expect(eventsOf("On Thursday, Vladimir Putin told India Today in an interview that Russia was ready to supply fuel.", "2025-12-05")).toEqual([]);
  });

  it("dates a follow-on sentence by the previous sentence of its paragraph", () => {
    const ev = eventsOf("On Monday night, Kyiv was attacked again. One person was killed and 11 were injured in the Dniprovskyi district.", "2025-11-25");
    expect(ev.map((e) => e.date)).toEqual(["2025-11-24", "2025-11-24"]);
    // Not across paragraphs: with no date around it, a simple-past happening takes the news day, the first dated
    // happening's day just before publication (publication-date.ts).
    const apart = eventsOf("On Monday night, Kyiv was attacked again.\n\nOne person was killed in the Dniprovskyi district.", "2025-11-25");
    expect(apart[1]).toMatchObject({ date: "2025-11-24", dateText: null });
  });

  it("dates a perfect-tense lead by the next sentence where the same actor acts, not by a later clause's date", () => {
    const ev = eventsOf(
      "President Recep Tayyip Erdoğan has called on Russia and Ukraine to agree on a deal, after two tankers were hit earlier this month.\n\nErdoğan told reporters on Wednesday that the sea must stay safe.",
      "2025-11-20",
    );
    expect(ev.map((e) => e.date)).toEqual(["2025-11-19", "2025-11"]);
  });

  it("splits past relative clauses and comma-modal main verbs off as their own clauses", () => {
    const ev = eventsOf("The original plan, which was drawn up in mid-October by Steve Witkoff and Kirill Dmitriev, would require Kyiv to cede land.", "2025-11-25");
    expect(ev).toEqual([expect.objectContaining({ date: "2025-10", actors: ["Steve Witkoff", "Kirill Dmitriev"] })]);
    const br = eventsOf("In 2022, Russia and Ukraine held talks in Istanbul, which broke down in the spring of that year.", "2025-11-27");
    expect(br.map((e) => [e.type, e.date])).toEqual([["summit_talks", "2022"], ["rejection", "2022"]]);
  });

  it("keeps a bare follow-on happening of a dated sentence, and dates a quote paragraph by its attribution paragraph", () => {
    const ev = eventsOf("The Air Force said Russia launched 98 drones overnight. A drone hit a school in Sumy.", "2025-11-23");
    expect(ev.map((e) => e.date)).toEqual(["2025-11-23", "2025-11-23"]);
    const q = eventsOf(
      "Lavrov told a news conference on Thursday that Russia had received the plan.\n\n\"We have received the document,\" the minister said after talks with his Hungarian counterpart Peter Szijjarto in Moscow.",
      "2025-11-27",
    );
    expect(q.find((e) => e.type === "summit_talks")).toMatchObject({ date: "2025-11-27", title: "Minister says after talks with his Hungarian counterpart Peter Szijjarto" });
  });
  it("finds a dated past clause whose subject is only a demonym", () => {
    const ev = eventsOf("India buys Russian oil. Indian refiners cut their intake of Russian oil last month.", "2025-12-05");
    expect(ev.find((e) => /intake/.test(e.title))).toMatchObject({ date: "2025-11", actors: ["India"] });
  });

  it("splits off a past passive clause after 'after' and a future clause after 'and will'", () => {
    const ev = eventsOf("Analysts said exports could fall, as happened after the price cap was introduced in December 2022.", "2025-10-24");
    expect(ev.find((e) => /price cap/i.test(e.title))).toMatchObject({ type: "sanctions", date: "2022-12" });
    const [b] = eventsOf("The Bank of Russia cut its key rate to 16.5% in October and will hold its next meeting on Dec. 19.", "2025-12-10");
    expect(b).toMatchObject({ title: "Bank of Russia cuts its key rate to 16.5%", date: "2025-10" });
  });

  it("makes an event of a dated reduced relative clause", () => {
    const ev = eventsOf("Von der Leyen said the Commission had addressed the concerns in a revised legal text sent to capitals on Monday.", "2025-12-18");
    expect(ev.map((e) => [e.title, e.date])).toEqual([["Revised legal text sent to capitals", "2025-12-15"]]);
    const [x] = eventsOf("The repatriation was part of the exchanges agreed in Istanbul in June.", "2025-11-23");
    expect(x).toMatchObject({ title: "Exchanges agreed in Istanbul", date: "2025-06", location: "Istanbul" });
    expect(eventsOf("The talks expected in June may not happen.", "2025-05-01")).toEqual([]);
  });
  it("makes an event of a dated report of a completed happening by an actor", () => {
    const ev = eventsOf("Commander-in-Chief Oleksandr Syrskyi said last week that Ukrainian forces had cleared Russian infiltration groups from parts of Kupiansk.", "2025-11-23");
    expect(ev.map((e) => [e.title, e.date])).toEqual([["Ukrainian forces clear Russian infiltration groups from parts of Kupiansk", "2025-11"]]);
    expect(eventsOf("Nabiullina said that annual inflation had slowed to 8% in September.", "2025-10-24")).toEqual([]);
  });

  it("titles a 'which took place' clause by its antecedent's verb and agent", () => {
    const ev = eventsOf("Zakharova said that Moscow would respond to the seizure of a tanker by Estonian authorities, which took place on November 21.", "2025-11-27");
    expect(ev.map((e) => [e.title, e.date])).toEqual([["Estonia seizes tanker", "2025-11-21"]]);
  });
  it("makes a dated gerund clause after 'after'/'before' an event of the main clause's subject", () => {
    const ev = eventsOf("The Central Bank of Russia began easing in June after holding the rate at a record 21% since October 2024.", "2025-10-24");
    expect(ev.map((e) => [e.title, e.date, e.actors])).toEqual([
      ["Central Bank of Russia begins easing", "2025-06", ["Central Bank of Russia"]],
      ["Central Bank of Russia holds rate at record 21%", "2024-10", ["Central Bank of Russia"]],
    ]);
  });
  it("keeps a dated past clause whose subject is unnamed officials", () => {
    const [e] = eventsOf("On Monday, the authorities ordered the evacuation of families from several villages.", "2025-11-23");
    expect(e).toMatchObject({ title: "Authorities order evacuation of families from several villages", date: "2025-11-17" });
    expect(eventsOf("On Monday, the weather improved.", "2025-11-23")).toEqual([]);
  });
  it("makes a dated speech to a legislature an event, but not a plain speech report", () => {
    const [e] = eventsOf("Friedrich Merz told the Bundestag on Wednesday that Europe could finance Ukraine's defence.", "2025-12-18");
    expect(e).toMatchObject({ date: "2025-12-17", type: "other" });
    expect(eventsOf("Friedrich Merz told reporters on Wednesday that Europe would pay.", "2025-12-18")).toEqual([]);
  });
});
