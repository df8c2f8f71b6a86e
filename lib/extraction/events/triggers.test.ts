import { describe, expect, it } from "vitest";
import { bestTrigger, typeOfPhrase } from "./triggers";

const typeOf = (clause: string) => bestTrigger(clause, clause.length)?.type ?? null;

describe("a vow of retaliation or punishment is a threat", () => {
  it.each([
    "China promised to take countermeasures against the listings",
    "Trump vowed to impose secondary tariffs on buyers of Russian oil",
    "Beijing vowed on Tuesday to take necessary measures to protect its companies",
    "Moscow pledged to retaliate",
  ])("%s", (clause) => {
    expect(typeOf(clause)).toBe("threat_warning");
  });

  it("not a vow of help or reform", () => {
    expect(typeOf("Kyiv pledged to take steps to protect civilians")).toBeNull();
    expect(typeOf("Berlin pledged to deliver two more Patriot systems")).toBe("aid_arms_decision");
  });
});

describe("a claim denied is refused", () => {
  it.each([
    "The port authority denied it the next day",
    "Minsk denied any involvement in the fire",
    "the navy denied that the frigate had been hit",
    "Riga denied the reports",
  ])("%s", (clause) => {
    expect(typeOf(clause)).toBe("rejection");
  });
  it("not a denial of entry or of a request", () => {
    expect(typeOf("Border guards denied entry to the trucks")).toBeNull();
    expect(typeOf("The court denied bail to the captain")).toBeNull();
  });
});

describe("a phrase whose head names a meeting", () => {
  it("is talks, unless it is a press conference", () => {
    expect(typeOfPhrase("a meeting of the northern contact group at Bodø")).toBe("summit_talks");
    expect(typeOfPhrase("the Tromsø talks")).toBe("summit_talks");
    expect(typeOfPhrase("the regional governors' conference")).toBe("summit_talks");
    expect(typeOfPhrase("a joint press conference")).toBe("other");
    expect(typeOfPhrase("the flood in the valley")).toBe("other");
  });
});

describe("an offer to host or mediate a meeting", () => {
  it("is a proposal, not the meeting", () => {
    expect(typeOf("The emir offered in March to host a peace conference in Doha")).toBe("proposal");
    expect(typeOf("Oslo offers to mediate new talks between the two sides")).toBe("proposal");
    expect(typeOf("The emir hosted a peace conference in Doha")).toBe("summit_talks");
  });
});

describe("a meeting held, named by its noun", () => {
  it.each([
    "The two foreign ministers held consultations in Baku",
    "Delegations of the two armies held a bilateral meeting near the border",
    "The Nordic premiers held their annual summit in Reykjavik",
    "Envoys held a second round of negotiations in Muscat",
  ])("%s", (clause) => {
    expect(typeOf(clause)).toBe("summit_talks");
  });

  it("not a vote or an exhibition held", () => {
    expect(typeOf("The region held a referendum on autonomy")).toBeNull();
    expect(typeOf("The museum held an exhibition of icons")).toBeNull();
  });
});

describe("a guest received, in the passive", () => {
  it.each([
    "The Finnish president was received by Modi in New Delhi",
    "The delegation was warmly greeted by Tokayev at the airport",
    "Both envoys had been hosted by the Emir in Doha",
  ])("%s", (clause) => {
    expect(typeOf(clause)).toBe("summit_talks");
  });

  it("not a letter, request or shipment received", () => {
    expect(typeOf("The letter was received by Parliament on Monday")).toBeNull();
    expect(typeOf("Her request was received by Brussels with caution")).toBeNull();
  });

  it("an advance named by its noun: the fall or encirclement of a place, a withdrawal announced, not one demanded", () => {
    expect(typeOf("after the fall of Avdiivka, the front moved west")).toBe("ground_advance");
    expect(typeOf("the ministry claimed the encirclement of Kupiansk")).toBe("ground_advance");
    expect(typeOf("the army announced the withdrawal of its units from the town")).toBe("ground_advance");
    expect(typeOf("Moscow insists on the withdrawal of Ukrainian troops from the region")).toBeNull();
    expect(typeOf("the fall of the rouble worried investors")).toBeNull();
  });
});

describe("expelling", () => {
  it("troops from ground is an advance; a diplomat from a country is no battle", () => {
    expect(typeOf("Northland's army expelled the invaders from three villages")).toBe("ground_advance");
    expect(typeOf("Vardia expelled a Russian diplomat on Tuesday")).not.toBe("ground_advance");
    expect(typeOf("Vardia expelled two embassy staff and the military attaché")).not.toBe("ground_advance");
  });
});

describe("'calls for' after a determiner is a noun", () => {
  it("is no proposal by the clause's subject", () => {
    expect(bestTrigger("The fishermen paused their calls for a blockade", 99)).toBeNull();
    expect(bestTrigger("The mayor calls for a curfew", 99)?.type).toBe("proposal");
  });
  it("is the subject's own proposal when it renews, repeats or reiterates it", () => {
    expect(typeOf("Latvian farmers renewed their calls for tariffs on Belarusian grain")).toBe("proposal");
    expect(typeOf("The governor repeated her calls for a curfew in the port district")).toBe("proposal");
    expect(typeOf("The union reiterates its call for a strike fund")).toBe("proposal");
    expect(typeOf("Latvian farmers dropped their calls for tariffs on Belarusian grain")).toBe("sanctions");
  });
});

describe("a commemoration is a happening of its own, typed other", () => {
  it("a wreath or flowers laid, a minute of silence, whatever they mark", () => {
    expect(bestTrigger("The chancellor laid a wreath at the war memorial", 48)?.type).toBe("other");
    expect(typeOf("The mayor laid flowers at the site of the drone strike")).toBe("other");
    expect(typeOf("The two presidents honoured the fallen with a minute of silence")).toBe("other");
  });
});

describe("a call named by its noun", () => {
  it("is a phone call, however the phone is spelled", () => {
    expect(typeOf("The Danish foreign minister held a telephone conversation on June 2 with his Estonian counterpart")).toBe("phone_call");
    expect(typeOf("The two presidents had several telephone calls in March")).toBe("phone_call");
    expect(typeOf("The envoy held a phone conversation with the mediator")).toBe("phone_call");
    expect(typeOf("The foreign ministers held a conversation in Vienna")).not.toBe("phone_call");
  });
});

describe("a plan, loan or decision blocked", () => {
  it("is a rejection; a road blocked is not", () => {
    expect(typeOf("Malta blocked the second tranche of the loan")).toBe("rejection");
    expect(typeOf("the proposal was blocked by Cyprus and Malta")).toBe("rejection");
    expect(typeOf("Valletta blocked the new sanctions package on Tuesday")).toBe("rejection");
    expect(typeOf("Farmers blocked the road to the border crossing")).not.toBe("rejection");
  });
  it("reads the object's head, however long its modifiers, and not a noun in a phrase after it", () => {
    expect(typeOf("Malta blocked the bloc's 30 billion euro loan for Moldova")).toBe("rejection");
    expect(typeOf("Police blocked a rally against the pension deal")).not.toBe("rejection");
    expect(typeOf("Guards blocked the road to the port under the plan")).not.toBe("rejection");
  });
});

describe("'sanctioned' before a noun describes it", () => {
  it("tells no sanctions after a determiner, a preposition or another verb", () => {
    expect(typeOf("a Danish frigate escorted sanctioned vessels through the strait")).toBeNull();
    expect(typeOf("refiners avoided cargoes tied to sanctioned producers")).toBeNull();
  });
  it("tells sanctions as the clause's verb, active or passive", () => {
    expect(typeOf("the EU sanctioned two tankers on Monday")).toBe("sanctions");
    expect(typeOf("the tanker was sanctioned by Britain")).toBe("sanctions");
    expect(typeOf("the bank was fined for being sanctioned")).toBe("sanctions");
  });
});
