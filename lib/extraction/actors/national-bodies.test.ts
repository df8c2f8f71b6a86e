import { describe, expect, it } from "vitest";
import { bareNationalBodies, nationalBody, unitsAndNationalBodies, unknownStatesBodies } from "./national-bodies";
import { Registry } from "./registry";

describe("bareNationalBodies", () => {
  it("gives a bare ministry the state the sentence before names first, over the state the article names most", () => {
    const text = "Ukraine said Kyiv and Ukraine's ports were hit. Ukraine asked for help.\n\nLatvia summoned Belarus's envoy on Monday. The Foreign Ministry said the drone came from the east.";
    const r = new Registry(text);
    bareNationalBodies(r);
    expect(r.byForm.get("Foreign Ministry")?.name).toBe("Latvian Foreign Ministry");
  });

  it("keeps the article's state when the sentence before names none", () => {
    const r = new Registry("Ukraine was struck again. Ukraine asked for help.\n\nThe Foreign Ministry said the drones were Russian.");
    bareNationalBodies(r);
    expect(r.byForm.get("Foreign Ministry")?.name).toBe("Ukrainian Foreign Ministry");
  });

  it("gives a bare ministry the state its own sentence names first, before a state it names after", () => {
    const r = new Registry("Ukraine was struck again. Ukraine asked for help.\n\nEstonia summoned the envoy of Belarus to the Foreign Ministry on Friday.");
    bareNationalBodies(r);
    expect(r.byForm.get("Foreign Ministry")?.name).toBe("Estonian Foreign Ministry");
  });

  it("gives a bare ministry the body named with its state before it, over the state the article names most", () => {
    const text = "Poland's Foreign Ministry summoned the envoy.\n\nRussia fired drones. Russia denied it. Moscow said so.\n\nThe Foreign Ministry said a note was delivered.";
    const r = new Registry(text);
    r.addForm(r.ensure("Polish Foreign Ministry", "government"), "Poland's Foreign Ministry");
    bareNationalBodies(r);
    expect(r.byForm.get("Foreign Ministry")?.name).toBe("Polish Foreign Ministry");
  });

  it("keeps a two-word portfolio whole: 'Ministry of Internal Affairs' is no 'Internal Ministry'", () => {
    const r = new Registry("Estonia closed a border crossing. The Ministry of Internal Affairs said 40 people were detained.");
    bareNationalBodies(r);
    expect(r.byForm.get("Ministry of Internal Affairs")?.name).toBe("Estonian Ministry of Internal Affairs");
  });
});

describe("bare parliaments", () => {
  it("gives a bare parliament the state near it, and a state's parliament the legislature the gazetteer knows", () => {
    const r = new Registry("Ukraine asked for more air defence. Parliament approved the budget on Friday.");
    bareNationalBodies(r);
    expect(r.byForm.get("Parliament")?.name).toBe("Verkhovna Rada");
    const other = new Registry("Romania bought jets. The law was adopted by Parliament on Tuesday.");
    bareNationalBodies(other);
    expect(other.byForm.get("Parliament")?.name).toBe("Romanian Parliament");
  });

  it("not 'the parliament of' a state named after it ('the parliament of Ukraine' is no bare body)", () => {
    const r = new Registry("Hungary blocked the loan again. Zelensky urged the parliament of Ukraine to act.");
    bareNationalBodies(r);
    expect(r.byForm.get("parliament")?.name).not.toBe("Hungarian Parliament");
    const bank = new Registry("Hungary blocked the loan again. Traders watched the central bank of Ukraine.");
    bareNationalBodies(bank);
    expect(bank.byForm.get("central bank")?.name).not.toBe("Hungarian Central Bank");
  });
});

describe("bareNationalBodies: the dateline against the states of the sentence", () => {
  it("gives the dateline's state to a bare ministry after a sentence naming several states", () => {
    const text = "Russia and Ukraine swapped 300 prisoners after talks hosted by Norway, the Ministry of Foreign Affairs said.";
    const r = new Registry(text, [], "Uae");
    bareNationalBodies(r);
    expect(r.byForm.get("Ministry of Foreign Affairs")?.name).toMatch(/^(?:Emirati|UAE) /);
  });

  it("keeps the one state its sentence names over the dateline's", () => {
    const r = new Registry("Russia was represented by officials of the Defense Ministry at the talks.", [], "Ankara");
    bareNationalBodies(r);
    expect(r.byForm.get("Defense Ministry")?.name).toBe("Russian Defence Ministry");
  });

  it("keeps the one state the sentence before names over the dateline's", () => {
    const r = new Registry("Ukraine's ports handled more grain in May. Exports rose by a tenth, according to the Agriculture Ministry.", [], "London");
    bareNationalBodies(r);
    expect(r.byForm.get("Agriculture Ministry")?.name).toBe("Ukrainian Agriculture Ministry");
  });
});

describe("bareNationalBodies: the state whose officials act", () => {
  it("gives a bare ministry the state whose government acts in its sentence, not the state its objects belong to", () => {
    const text = "Russia struck again. Russian drones fell overnight.\n\nThe Czech government expelled two Russian diplomats, and the foreign ministry summoned the Russian ambassador.";
    const r = new Registry(text);
    bareNationalBodies(r);
    expect(r.byForm.get("foreign ministry")?.name).toBe("Czech Foreign Ministry");
  });
});

describe("nationalBody", () => {
  it("names a state's body after the government the gazetteer knows by that role", () => {
    const r = new Registry("India's Foreign Ministry called the envoy in.");
    expect(nationalBody(r, "India", "Foreign Ministry").name).toBe("Ministry of External Affairs");
  });

  it("spells a defense ministry one way and keeps the American spelling as an alias", () => {
    const r = new Registry("The Defense Ministry of Estonia said so.");
    const a = nationalBody(r, "Estonia", "Defense Ministry");
    expect(a.name).toBe("Estonian Defence Ministry");
    expect([...a.aliases]).toContain("Estonian Defense Ministry");
    expect(nationalBody(r, "Estonia", "Defence Ministry")).toBe(a);
  });
});

describe("unitsAndNationalBodies: a state's delegation", () => {
  it("names a demonym's or a capital's delegation to talks as that state's government body", () => {
    const r = new Registry("The Moldovan delegation, led by its deputy premier, left the talks early. Ruritania's envoy said Chisinau's delegation would return.");
    unitsAndNationalBodies(r);
    const a = r.byForm.get("Moldovan delegation");
    expect(a?.kind).toBe("government");
    expect(a?.name.toLowerCase()).toBe("moldovan delegation");
    expect(r.byForm.get("Chisinau's delegation")).toBe(a);
  });
});

describe("unknownStatesBodies", () => {
  it("names a body after the possessive of a state the gazetteer lacks with that state, and later bare mentions follow it", () => {
    const text = "Ukraine was struck again.\n\nVanuatu's Ministry of Foreign Affairs said it was alarmed. The Ministry of Foreign Affairs added that it would act.";
    const r = new Registry(text);
    r.addForm(r.ensure("Ministry of Foreign Affairs", "government"), "Ministry of Foreign Affairs");
    unknownStatesBodies(r);
    bareNationalBodies(r);
    const a = r.byForm.get("Vanuatu's Ministry of Foreign Affairs");
    expect(a?.name).toBe("Vanuatu Ministry of Foreign Affairs");
    expect(r.byForm.get("Ministry of Foreign Affairs")).toBe(a);
  });

  it("leaves a possessive of a person or of a known state to the other steps", () => {
    const r = new Registry("Marta Lysenko's Foreign Ministry was praised. Poland's Foreign Ministry said so.");
    r.addForm(r.ensure("Marta Lysenko", "person"), "Lysenko");
    unknownStatesBodies(r);
    expect([...r.actors.values()].map((a) => a.name)).toEqual(["Marta Lysenko"]);
  });
});

describe("bareNationalBodies: a state named as a destination or origin owns no body", () => {
  it("gives the bare ministry the article's state, not the state goods were sent to", () => {
    const text = "Estonia will train more gunners, Estonia said. Estonia opened a new range.\n\nThe Estonian programme sent 4,000 rounds to Ukraine in May, according to the Defence Ministry.";
    const r = new Registry(text);
    bareNationalBodies(r);
    expect(r.byForm.get("Defence Ministry")?.name).toBe("Estonian Defence Ministry");
  });

  it("does the same for a state money came from", () => {
    const text = "Kazakhstan cut its rates again. Kazakhstan's exports grew.\n\nWorkers sent $2 billion home from Russia last year, the Central Bank said.";
    const r = new Registry(text);
    bareNationalBodies(r);
    expect(r.byForm.get("Central Bank")?.name).not.toMatch(/Russia/);
  });

  it("still gives the body the state its sentence names as an actor", () => {
    const r = new Registry("Ukraine was struck again. Ukraine asked for help.\n\nPoland sent 300 trucks to Ukraine, the Foreign Ministry said.");
    bareNationalBodies(r);
    expect(r.byForm.get("Foreign Ministry")?.name).toBe("Polish Foreign Ministry");
  });
});

describe("bareNationalBodies: leadership, military and one-of-a-kind bodies named bare", () => {
  it("gives the General Staff the state acting first in its sentence, as an armed force", () => {
    const r = new Registry("Moldova was calm. Moldova held talks.\n\nGeorgian soldiers pushed back a raid near the pass, the General Staff said on Sunday.");
    bareNationalBodies(r);
    const a = r.byForm.get("General Staff");
    expect(a?.name).toBe("Georgian General Staff");
    expect(a?.kind).toBe("armed_force");
  });

  it("does not give the General Staff the side whose forces attack: the dateline's state owns it", () => {
    const r = new Registry("Hungarian units launched 60 assaults near the ridge over the past day, the General Staff said on Monday.", [], "Warsaw");
    bareNationalBodies(r);
    expect(r.byForm.get("General Staff")?.name).toBe("Polish General Staff");
  });

  it("reads the General Staff's state from the sentence before when its own names only the attacking side", () => {
    const r = new Registry("Latvia's army said it had held the crossing. Estonian troops used armoured vehicles in the raid, the General Staff said.");
    bareNationalBodies(r);
    expect(r.byForm.get("General Staff")?.name).toBe("Latvian General Staff");
  });

  it("does not give the General Staff the state its sentence names as the ground struck", () => {
    const r = new Registry("Latvian drones struck a depot in Estonia's north overnight, the General Staff said.", [], "Warsaw");
    bareNationalBodies(r);
    expect(r.byForm.get("General Staff")?.name).toBe("Polish General Staff");
  });

  it("leaves the General Staff bare when only the attacking side's demonym is named", () => {
    const r = new Registry("Moldovan forces shelled the village twice, according to the General Staff.");
    bareNationalBodies(r);
    expect(r.byForm.get("General Staff")?.name ?? "General Staff").toBe("General Staff");
  });

  it("gives the Security Council the state of the leader who convened it", () => {
    const r = new Registry("Finland was calm. Finland held talks.\n\nThe palace said Belarusian leader Ivan Drozd chaired the Security Council on Friday.");
    bareNationalBodies(r);
    expect(r.byForm.get("Security Council")?.name).toBe("Belarusian Security Council");
  });

  it("leaves the Security Council of an article about the UN's alone", () => {
    const r = new Registry("Russia vetoed a draft at the UN Security Council. Later the Security Council met again.");
    bareNationalBodies(r);
    expect(r.byForm.get("Security Council")?.name ?? "").not.toMatch(/Russian/);
  });

  it("names a one-of-a-kind institution both ways: 'Armenian National Assembly' and 'National Assembly of Armenia'", () => {
    const r = new Registry("Armenia's premier flew home. In May the National Assembly adopted the bill.");
    bareNationalBodies(r);
    const a = r.byForm.get("National Assembly");
    expect(a?.name).toBe("Armenian National Assembly");
    expect([...a!.aliases]).toContain("National Assembly of Armenia");
  });

  it("finds the Prosecutor General's Office of the state named before", () => {
    const r = new Registry("Kyrgyzstan tightened its laws. Since then, the Prosecutor General's Office has warned citizens twice.");
    bareNationalBodies(r);
    expect(r.byForm.get("Prosecutor General's Office")?.name).toBe("Kyrgyz Prosecutor General's Office");
  });

  it("takes a ministry followed by 'and' and a lower-case word as the bare ministry", () => {
    const r = new Registry("Officials in Lithuania said a recruiter signed a deal with the Ministry of Defence and left.");
    bareNationalBodies(r);
    expect(r.byForm.get("Ministry of Defence")?.name).toBe("Lithuanian Defence Ministry");
  });

  it("gives a bare General Staff to the known body printed whole before it", () => {
    const r = new Registry("The General Staff of the Armed Forces of Ukraine denied the claim. Poland said little. According to the General Staff's report, 90 clashes took place.");
    bareNationalBodies(r);
    expect(r.byForm.get("General Staff")?.name).toBe("General Staff of the Armed Forces of Ukraine");
  });
});
