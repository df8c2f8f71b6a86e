import { describe, expect, it } from "vitest";
import { describedSources } from "./described-sources";
import { Registry } from "./registry";

const names = (text: string) => {
  const r = new Registry(text);
  describedSources(r);
  return [...r.actors.values()].map((a) => a.name).sort();
};

describe("described sources", () => {
  it("any person noun heads a described source, read from its form: after the verb, up to 'who' or the clause's end", () => {
    expect(names('"The barges wait," said a Galati-based exporter who ships grain.')).toEqual(["a Galati-based exporter"]);
    expect(names("The rate doubled, according to a London underwriter.")).toEqual(["a London underwriter"]);
    // A reported clause goes on after the noun: no source.
    expect(names("The navy said a Russian interceptor missile hit the ferry.")).toEqual([]);
  });

  it("a described source as the subject of its verb, its modifiers holding an ampersand, known also without where it is based", () => {
    const r = new Registry("A Riga-based M&A surveyor said the deal was off. A Kyiv-based trader said so too.");
    describedSources(r);
    expect([...r.actors.values()].map((a) => [a.name, [...a.aliases].sort()]).sort()).toEqual([
      ["a Kyiv-based trader", ["Kyiv-based trader"]],
      ["a Riga-based M&A surveyor", ["M&A surveyor", "Riga-based M&A surveyor"]],
    ]);
  });

  it("an ordinal counts victims, it describes no source", () => {
    expect(names("The governor said a third person, a port worker, had died in hospital.")).toEqual([]);
  });

  it("a described source in a clause joined by ', and', or in an 'As … put it' frame", () => {
    expect(names("Pensions were cut, and a senior official in one of the regional administrations told me that nobody objected.")).toEqual([
      "a senior official in one of the regional administrations",
    ]);
    expect(names('As a lawyer in Chisinau put it to me, "Nobody decides."')).toEqual(["a lawyer in Chisinau"]);
  });

  it("a bare person noun from a place is named with it", () => {
    expect(names('"The lights went out," said a woman from Vulcanesti who works at the bakery.')).toEqual(["a woman from Vulcanesti"]);
  });

  it("a workplace may hold capitalised words before its lower-case noun", () => {
    expect(names('"Prices are too high," said a trader at a Greek-owned Cypriot shipping firm.')).toEqual(["a trader at a Greek-owned Cypriot shipping firm"]);
  });

  it("a source sits in a named area with its lower-case noun", () => {
    expect(names('"We hold the line," a company commander in the Kharkiv region said.')).toEqual(["a company commander in the Kharkiv region"]);
  });

  it("a source placed in a numbered unit, between it and its verb", () => {
    expect(names("A Moldovan medic from the 12th battalion, who asked not to be named, said the road was mined.")).toEqual(["a Moldovan medic"]);
    expect(names("A Moldovan medic with the 3rd mechanised brigade said the road was mined.")).toEqual(["a Moldovan medic"]);
  });

  it("a bare occupation that keeps its name back is a source; a passer-by is none", () => {
    expect(names("At the depot, a mechanic who asked not to be named said the trucks were gone.")).toEqual(["a mechanic"]);
    expect(names('"Nobody sleeps," a dispatcher told the paper on condition of anonymity.')).toEqual(["a dispatcher"]);
    expect(names("One resident, who asked not to be identified, said the water was off.")).toEqual(["resident"]);
    expect(names("A clerk said the office had closed. The mayor said a man was hurt.")).toEqual([]);
  });

  it("a source that keeps its name back is one whatever noun describes it; a verb after the noun is no description", () => {
    expect(names("A Moldovan customs broker in Giurgiulesti, who asked not to be named, said the queue had doubled.")).toEqual(["a Moldovan customs broker"]);
    expect(names("A Latvian freight forwarder, speaking on condition of anonymity, said the border was shut.")).toEqual(["a Latvian freight forwarder"]);
    expect(names("A lorry waited, who asked not to be named, said nothing.")).toEqual([]);
  });

  it("a source may carry four modifiers before its noun, capitalised body names among them", () => {
    expect(names("A senior Estonian Rescue Board officer told the radio that the fire was out.")).toEqual(["a senior Estonian Rescue Board officer"]);
  });

  it("the relative of one of a group ('the sister of one of the detainees') is a source", () => {
    expect(names("The sister of one of the detainees, who came from Mombasa, said the family had heard nothing.")).toEqual(["sister of one of the detainees"]);
  });

  it("a participle phrase between a source and its verb ('a broker advising one of the bidders said')", () => {
    expect(names("A mortgage broker advising one of the bidders said the price was too high.")).toEqual(["a mortgage broker"]);
  });

  it("an official 'of one' of many bodies is named with it", () => {
    expect(names('"The fund is empty," an official in the health department of one Alpine canton told the paper on condition of anonymity.')).toEqual(["an official in the health department of one Alpine canton"]);
    expect(names('"We stopped paying," an official of one of the Alpine cantons\' health offices told the paper.')).toEqual(["an official of one of the Alpine cantons' health offices"]);
  });

  it("'the brother of one of them' is a source, with the article it is introduced by as an alias", () => {
    const r = new Registry("The brother of one of them told the newspaper that the last call came in May.");
    describedSources(r);
    expect([...r.actors.values()].map((a) => [a.name, [...a.aliases]])).toEqual([["brother of one of them", ["The brother of one of them"]]]);
  });

  it("one of any group is a source as the subject of its verb ('One of the returnees said'), a long apposition between them", () => {
    expect(names("One of the returnees said the camp was cold.")).toEqual(["one of the returnees"]);
    const r = new Registry("One of the men, a 40-year-old former baker from Kisumu who was recruited through an online advert, said he was sent forward.");
    describedSources(r);
    expect([...r.byForm.get("One of the men")!.aliases]).toContain("former baker from Kisumu");
  });

  it("after its verb, one of a group of things is no source ('said one of the reasons was cost')", () => {
    expect(names("The minister said one of the reasons was cost. The delay hurt, said one of the returnees.")).toEqual(["one of the returnees"]);
  });

  it("'one of the men, a 40-year-old former baker from Kisumu' keeps the description set off after it, its age left out, as an alias", () => {
    const r = new Registry('"We were sent forward," said one of the men, a 40-year-old former baker from Kisumu who asked not to be named.');
    describedSources(r);
    expect([...r.byForm.get("one of the men")!.aliases]).toContain("former baker from Kisumu");
  });

  it("a source introduced by 'one' is also known with 'a' or 'an' ('one EU diplomat' is 'an EU diplomat')", () => {
    const r = new Registry('"Nobody moved," one EU diplomat said. One Ukrainian official said it was late.');
    describedSources(r);
    expect([...r.byForm.get("EU diplomat")!.aliases]).toContain("an EU diplomat");
    expect([...r.byForm.get("Ukrainian official")!.aliases]).toContain("a Ukrainian official");
  });

  it("a bare occupation placed in a city is also known with the city before it ('an Oslo broker')", () => {
    const r = new Registry("One broker in Oslo, who requested anonymity, told the paper that rates had doubled.");
    describedSources(r);
    const a = r.byForm.get("broker in Oslo")!;
    expect([...a.aliases]).toEqual(expect.arrayContaining(["Oslo broker", "an Oslo broker"]));
  });

  it("a source in a body after a state's possessive is named with it ('a source in Moldova's customs service')", () => {
    expect(names("A source in Moldova's customs service told the agency that the trucks were held.")).toEqual(["a source in Moldova's customs service"]);
  });
});
