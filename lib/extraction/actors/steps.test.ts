/** Each actor step on its own, through the registry it shares with the others. */
import { describe, expect, it } from "vitest";
import { acronymsDefined, undefinedAcronyms } from "./acronyms";
import { leaderGovernments } from "./administrations";
import { citedOutlets } from "./cited-outlets";
import { collectiveActors } from "./collectives";
import { describedSources } from "./described-sources";
import { introducedPersons } from "./introduced-persons";
import { roleAppositions } from "./role-appositions";
import { retypePluralNames } from "./plural-names";
import { embassies } from "./embassies";
import { soloSpeakers } from "./solo-speakers";
import { bareRegionalBodies, regionalBodies } from "./regional-bodies";
import { dropPlacesAsPersons } from "./places-as-persons";
import { dropCreditedJournalists } from "./credits";
import { dropTitleOnlyActors } from "./title-only-states";
import { resolvePronouns, scanMentions } from "./mentions";
import { findNamedBodies } from "./named-bodies";
import { bareEuInstitutions, bareNationalBodies, forceGroupings, unitsAndNationalBodies } from "./national-bodies";
import { describedBodies, dropHeldOffices, organisationNames } from "./organisations";
import { familyNameFirst, fullNamesOfSurnames, persons } from "./persons";
import { headKind } from "./lexicon";
import { Registry } from "./registry";
import { stateBodyAliases } from "./state-aliases";
import { stateWeapons } from "./state-weapons";
import { capitalisedRuns } from "./runs";
import { findQuotes, splitParagraphs, splitSentences } from "../sentences";

const names = (r: Registry) => [...r.actors.values()].map((a) => a.name);
/** The described sources of a text, by name. */
const describedIn = (text: string) => {
  const r = new Registry(text);
  describedSources(r);
  return names(r).sort();
};

describe("actor steps", () => {
  it("registry: known actors first, gazetteer entries only as forms until mentioned", () => {
    const r = new Registry("Putin spoke.", [{ name: "Acme Corp", aliases: ["Acme"], kind: "organization", slug: "acme" }]);
    expect(names(r)).toEqual(["Acme Corp"]);
    expect(r.byForm.get("Acme")).toMatchObject({ slug: "acme", known: true });
    expect(new Registry("Acme spoke.", [{ name: "Acme Corp", aliases: ["Acme"], kind: "organization" }]).byForm.get("Acme")?.known).toBe(true);
    expect(r.gazForm.get("Putin")?.entry.name).toBe("Vladimir Putin");
  });

  it("acronyms: defined in parentheses, and spelled by a capitalised phrase elsewhere", () => {
    const r = new Registry("The Armed Forces of Russia (AFR) advanced. The Joint Coordination Centre met; the JCC said little.");
    acronymsDefined(r);
    undefinedAcronyms(r);
    expect(r.byForm.get("AFR")?.name).toBe("Armed Forces of Russia");
    expect(r.byForm.get("JCC")?.name).toBe("Joint Coordination Centre");
  });

  it("acronyms: the capitals themselves spell no phrase they open ('PM Morava' is no body 'PM'), nor does an office ('Prime Minister')", () => {
    const r = new Registry("PM Morava spoke with the envoy. The Prime Minister said the talks went well.");
    undefinedAcronyms(r);
    expect(r.byForm.get("PM")).toBeUndefined();
  });

  it("acronyms: a phrase mixing capitalised and lower-case words spells no acronym ('Kenya as' is no 'KA')", () => {
    const r = new Registry("The Save Kids Now KA network said 300 children had come back to Kenya as of May 1.");
    undefinedAcronyms(r);
    expect(r.byForm.get("KA")).toBeUndefined();
  });

  it("organisation names: a month or day opens no body's name, nor an office's initials with 'of'", () => {
    const text = "In October the Ministry of Culture opened a museum. \"It will sell,\" said Arvid Holm, CEO of Nordvik Shipping Group.";
    const r = new Registry(text);
    organisationNames(r, capitalisedRuns(r).orgRuns, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Ministry of Culture", "Nordvik Shipping Group"]));
    expect(names(r).some((n) => /^(?:October|CEO) /.test(n))).toBe(false);
  });

  it("organisation names: a month or day is cut only as a date ('in October Parliament'), not in 'Sunday Times' or 'March Group'", () => {
    const text = "Sunday Times reporter Lena Marsh said the Ministry of Transport had lied. The March Group sold a plant, and in October Parliament approved the sale.";
    const r = new Registry(text);
    organisationNames(r, capitalisedRuns(r).orgRuns, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Sunday Times", "March Group", "Parliament", "Ministry of Transport"]));
    expect(names(r)).not.toContain("October Parliament");
  });

  it("organisation names: a plural possessive inside a body's name is part of it ('Grain Traders' Union of Peru')", () => {
    const r = new Registry("Figures from the Grain Traders' Union of Peru showed exports fell in May.");
    organisationNames(r, capitalisedRuns(r).orgRuns, 0);
    expect(names(r)).toContain("Grain Traders' Union of Peru");
    expect(names(r)).not.toContain("Union of Peru");
  });

  it("named bodies: one-word organisations that speak through statements, parties by their descriptor, offices named after their holder", () => {
    const text = "Euroclear said in a statement it would appeal. Naftogaz said on its website that storage was full. The opposition Greens criticized it. " +
      "The Prosecutor-General's Office said a case was opened. Kallas said the package was ready. He said in a statement he was tired. The WAM news agency reported the call.";
    const found = findNamedBodies(text, (w) => ["He", "The"].includes(w)).map((b) => `${b.name}:${b.kind}`);
    expect(found).toEqual(expect.arrayContaining(["Euroclear:organization", "Naftogaz:organization", "Greens:organization", "Prosecutor-General's Office:government", "WAM:media"]));
    expect(found.some((f) => /^(?:Kallas|He):/.test(f))).toBe(false);
  });

  it("units: an ordinal number is part of the unit's name, capitalised or not", () => {
    const text = "The 93rd Mechanised Brigade said it held the line. The 28th Separate Mechanized Brigade and the 93rd Kholodnyi Yar brigade counter-attacked; the 3rd Army Corps said so.";
    const r = new Registry(text);
    const { orgRuns } = capitalisedRuns(r);
    organisationNames(r, orgRuns, 0);
    unitsAndNationalBodies(r);
    expect(names(r)).toEqual(expect.arrayContaining(["93rd Mechanised Brigade", "28th Separate Mechanized Brigade", "93rd Kholodnyi Yar brigade", "3rd Army Corps"]));
    expect(names(r)).not.toContain("Mechanised Brigade");
    expect(names(r)).not.toContain("Yar");
  });

  it("national bodies: a state's army or military is an actor as the subject of a verb or as the army one serves in", () => {
    const said = new Registry("The Polish military said the drone crashed. Moldova's army has confirmed it.");
    unitsAndNationalBodies(said);
    expect(names(said)).toEqual(expect.arrayContaining(["Armed Forces of Poland", "Armed Forces of Moldova"]));
    const passing = new Registry("Russian military personnel were paid late. The Russian army's losses grew, and firms built parts for Ukraine's armed forces and the Belarusian military.");
    unitsAndNationalBodies(passing);
    expect(names(passing).filter((n) => /Armed Forces/.test(n))).toEqual([]);
    const served = new Registry("He signed a contract with the Serbian army and joined a unit of the Greek armed forces.");
    unitsAndNationalBodies(served);
    expect(names(served).sort()).toEqual(["Armed Forces of Greece", "Armed Forces of Serbia"]);
  });

  it("organisation names: no leading joiner, modifier or titled person", () => {
    const text = "On Tuesday the Kherson Regional Council passed the bill. State-run Deccan Oil Corporation bought more. Dr Lim Kah Wei of the S. Rajaratnam School of International Studies said so.";
    const r = new Registry(text);
    const { orgRuns } = capitalisedRuns(r);
    organisationNames(r, orgRuns, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Kherson Regional Council", "Deccan Oil Corporation", "S. Rajaratnam School of International Studies"]));
    expect(names(r).some((n) => /^(?:the|State-run|Dr) /.test(n))).toBe(false);
    const opener = new Registry("Because Regional Council members objected, the vote failed. With Harbour Authority support it passed later.");
    organisationNames(opener, capitalisedRuns(opener).orgRuns, 0);
    expect(names(opener).sort()).toEqual(["Harbour Authority", "Regional Council"]);
  });

  it("organisation names: 'the Council of Ministers' is a body; 'and' before a title starts a second office holder", () => {
    const text = "On Friday the Council of Ministers approved the loan. Interior Minister Ola Berg and Commander of the Coastal Guard Per Lund met reporters.";
    const r = new Registry(text);
    const { orgRuns } = capitalisedRuns(r);
    organisationNames(r, orgRuns, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Council of Ministers", "Coastal Guard"]));
    expect(names(r).some((n) => /Berg|Lund/.test(n))).toBe(false);
  });

  it("organisation names: a portfolio listed with commas ('Ministry of Agriculture, Fisheries and Food') stays one name", () => {
    const text = "Catches fell, according to the Ministry of Agriculture, Fisheries and Food. Officials of Norway, Sweden and Finland met.";
    const r = new Registry(text);
    organisationNames(r, capitalisedRuns(r).orgRuns, 0);
    expect(names(r)).toContain("Ministry of Agriculture, Fisheries and Food");
    expect(names(r)).not.toContain("Ministry of Agriculture");
    expect(names(r).some((n) => /Norway|Sweden/.test(n))).toBe(false);
  });

  it("organisation names: states listed after a body ('the Ministry of Health, Chile, Peru and Bolivia') are no portfolio of it", () => {
    const text = "Envoys from the Ministry of Health, Chile, Peru and Bolivia gathered in Lima. The Council of Europe, Armenia, Albania and Cyprus signed it.";
    const r = new Registry(text);
    organisationNames(r, capitalisedRuns(r).orgRuns, 0);
    expect(names(r).some((n) => n.includes(","))).toBe(false);
    expect(names(r)).toContain("Ministry of Health");
    const known = new Registry("Staff of the Office of Audit, Tarvo, Hellin and Marsk left.", [{ name: "Tarvo", aliases: [], kind: "organization" }]);
    organisationNames(known, capitalisedRuns(known).orgRuns, 0);
    expect(names(known).some((n) => n.includes(","))).toBe(false);
    const named = new Registry("The Ministry of Trade, Industry and Energy Minister Han Sol spoke.");
    organisationNames(named, capitalisedRuns(named).orgRuns, 0);
    expect(names(named).some((n) => n.includes(","))).toBe(false);
  });

  it("organisation names: a possessive inside the name ('Prosecutor's Office') and a person named before 'of the'", () => {
    const text = "Maria Kowal of the Regional Prosecutor's Office said the case was closed. The Harbour Masters' Guild and Poland's Border Guard agreed.";
    const r = new Registry(text);
    const { orgRuns } = capitalisedRuns(r);
    organisationNames(r, orgRuns, 0);
    expect(names(r)).toContain("Regional Prosecutor's Office");
    expect(names(r).some((n) => /Maria|Poland's/.test(n))).toBe(false);
  });

  it("organisation names: common company suffixes ('… Ratings', '… Engineering', '… SA', '… PLC') end a company's name", () => {
    const text = "Analysts at Norvik Engineering and Calder Ratings disagreed. Brava SA and Tessel PLC bought the cargo.";
    const r = new Registry(text);
    const { orgRuns } = capitalisedRuns(r);
    organisationNames(r, orgRuns, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Norvik Engineering", "Calder Ratings", "Brava SA", "Tessel PLC"]));
  });

  it("persons: another given name before a known person's surname names somebody else; the known person keeps the surname", () => {
    const text = "Prime Minister Viktor Orban spoke first. Opposition lawmaker Ilona Orban said the bill was late. Orban disagreed.";
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toContain("Ilona Orban");
    expect(r.byForm.get("Orban")?.name).not.toBe("Ilona Orban");
  });

  it("persons: undotted initials before a surname open the name; capitals used elsewhere stay an acronym", () => {
    const text = "Retired Admiral KT Velan warned that the deal was weak. Velan said more. " +
      "The shipyard firm QRT Kolvadi signed. QRT said nothing.";
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toContain("KT Velan");
    expect(names(r)).not.toContain("Velan");
    expect(names(r).some((n) => n.includes("Kolvadi"))).toBe(false);
  });

  it("persons: an office's or a body's capitals before a surname are a title, not initials", () => {
    const text = "PM Velan spoke with the envoy on Monday. Velan said the talks went well. CEO Marten said the plant would reopen. NSA Kolvadi flew to Oslo.";
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r).filter((n) => /Velan|Marten|Kolvadi/.test(n))).toEqual(["Velan", "Marten", "Kolvadi"]);
    expect(r.byForm.get("Velan")?.role).toBe("PM");
    expect(r.byForm.get("Kolvadi")?.role).toBe("NSA");
  });

  it("persons: a clergy's title or a ship's officer's rank glued to the name is the role, not part of the name", () => {
    const text = "Mufti Karim Dautov urged calm. Metropolitan Serafim led the service on Sunday. Imam Yusuf Odeh visited the site. " +
      "Cardinal Enzo Marchetti met the envoy. Second Officer Teodor Lazar was on the bridge. His Beatitude Ilarion Savchak blessed them.";
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Karim Dautov", "Serafim", "Yusuf Odeh", "Enzo Marchetti", "Teodor Lazar", "Ilarion Savchak"]));
    expect(r.byForm.get("Dautov")?.role).toBe("Mufti");
    expect(r.byForm.get("Serafim")?.role).toBe("Metropolitan");
    expect(r.byForm.get("Lazar")?.role).toBe("Second Officer");
  });

  it("persons: a price benchmark is no person ('below Dated Brent')", () => {
    const text = "Cargoes sold at $7 a barrel below Dated Brent, traders said. Dated Brent rose on Friday.";
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toEqual([]);
  });

  it("persons: an age after the name, a role phrase set off by commas, a name before 'of' its employer", () => {
    const text = "Among the passengers was Nadiya Keller, 61, who left at dawn. The governor's chief of staff, Vadym Brandt, flew in. " +
      "Demand is falling, said Dmytro Orlin of Norvik Analytics. The chairman of a Varna shipyard resigned.";
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Nadiya Keller", "Vadym Brandt", "Dmytro Orlin"]));
    expect(names(r)).not.toContain("Varna");
  });

  it("organisations: an officer's initials or a leader's side between the body and a person's name ends the body's name", () => {
    const text = "Norvik Systems CEO Ilse Marten spoke first. Then Senate Minority Leader Dana Kovac replied.";
    const r = new Registry(text);
    const { orgRuns } = capitalisedRuns(r);
    organisationNames(r, orgRuns, 0);
    expect(names(r)).toContain("Norvik Systems");
    expect(names(r).some((n) => /Marten|Kovac/.test(n))).toBe(false);
  });

  it("organisations: a region's adjective opens a name ending in a head word, not a bare adjective before a common noun", () => {
    const text = "The European Reconstruction Bank lent more. A spokesman for the Eastern Territorial Forces said so. Southern farmers protested.";
    const r = new Registry(text);
    const { orgRuns } = capitalisedRuns(r);
    organisationNames(r, orgRuns, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["European Reconstruction Bank", "Eastern Territorial Forces"]));
    expect(names(r)).not.toContain("Reconstruction Bank");
  });

  it("organisations: energy and gas companies and airport operators are named by their head word; titles alone are not", () => {
    const text = "Analysts at Kestrel Energy disagreed. Varna Gas and Latvian Airports cut staff. Ostrov Neft declined to comment. The Foreign Minister left.";
    const r = new Registry(text);
    const { orgRuns } = capitalisedRuns(r);
    organisationNames(r, orgRuns, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Kestrel Energy", "Varna Gas", "Latvian Airports", "Ostrov Neft"]));
    expect(names(r)).not.toContain("Foreign Minister");
  });

  it("persons: an office's portfolio of several words after 'for' or 'of' is part of the title ('Commissioner for Human Rights')", () => {
    const text = "Moldova's Commissioner for Human Rights Ion Rusu visited the camp. Chile's Minister of Social Development Carla Soto said so. Ghana's Minister of Defence Kofi Mensah spoke.";
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Ion Rusu", "Carla Soto", "Kofi Mensah"]));
    expect(names(r).some((n) => /^(?:Rights|Development|Defence) /.test(n))).toBe(false);
  });

  it("persons: a rank or honorific is a title, not part of the name, and vouches for the name", () => {
    const text = "Captain Ivan Sekach described the attack. Major-General Zhao Xiaozhuo spoke. Mr Oleksii Reznikov addressed the forum by video link.";
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Ivan Sekach", "Zhao Xiaozhuo", "Oleksii Reznikov"]));
    expect(names(r).some((n) => /^(?:Captain|Major-General|Mr) /.test(n))).toBe(false);
  });

  it("persons: an acronym before two name words is a title ('Renew MEP …'), not part of the name", () => {
    const text = "Dutch Greens MEP Marta Vos said the vote was close. The CDU MP Anna Berg disagreed.";
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Marta Vos", "Anna Berg"]));
    expect(names(r).some((n) => /\b(?:MEP|MP)\b/.test(n))).toBe(false);
  });

  it("persons: a Ukrainian adjective in '-yi' opens a place's name, not a person's", () => {
    const text = "Shelling of Kryvyi Rih killed two, Oleh Dovhan said. Troops held Staryi Saltiv, Dovhan added. Yurii Ihnat said more.";
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Oleh Dovhan", "Yurii Ihnat"]));
    expect(names(r).some((n) => /Kryvyi|Staryi/.test(n))).toBe(false);
  });

  it("organisation names: 'of the <demonym>' before a lower-case noun is outside the name", () => {
    const text = "The Northern Defense Forces of the Ukrainian army said two assaults were repelled. The Eastern Task Group of the Polish Navy sailed.";
    const r = new Registry(text);
    const { orgRuns } = capitalisedRuns(r);
    organisationNames(r, orgRuns, 0);
    expect(names(r)).toContain("Northern Defense Forces");
    expect(names(r).some((n) => n.endsWith("of the Ukrainian"))).toBe(false);
  });

  it("described sources: an anonymous source named by its description, not a bare noun, a group or a body's official", () => {
    const text = '"Nothing is new," said a senior Ukrainian official. A Western diplomat in Kyiv put it more bluntly. ' +
      "Prices fell, according to a Kyiv-based trader. A diplomat said so. Officials said more. A senior official at the Ministry of Energy said it was calm. One of the drivers said he waited.";
    const r = new Registry(text);
    describedSources(r);
    expect(names(r).sort()).toEqual(["a Kyiv-based trader", "a Western diplomat", "a senior Ukrainian official", "one of the drivers"]);
    // Named as the article introduces the source; the description alone is an alias and the form scanned.
    expect([...r.byForm.get("Western diplomat")!.aliases]).toEqual(["Western diplomat", "a Western diplomat in Kyiv", "Western diplomat in Kyiv"]);
    // Each is somebody of this article only: marked unnamed, so no other article's "a Western diplomat" is taken for them.
    expect([...r.actors.values()].every((a) => a.unnamed)).toBe(true);
  });

  it("described sources: what the source knows or where it sits is kept in an alias; a subject after 'though' is a source too", () => {
    const text = '"No deal yet," said a Nordic official familiar with the talks. The quota fell, according to a Baltic trader in Tallinn. ' +
      "Nobody commented, though a senior Nordic official said the port was shut.";
    const r = new Registry(text);
    describedSources(r);
    expect([...r.byForm.get("Nordic official")!.aliases]).toContain("a Nordic official familiar with the talks");
    expect([...r.byForm.get("Baltic trader")!.aliases]).toContain("Baltic trader in Tallinn");
    expect(r.byForm.get("senior Nordic official")?.name).toBe("a senior Nordic official");
  });

  it("described sources: a stored actor named by the description is unnamed here too; a named person with it as an alias is not", () => {
    const known = [
      { name: "a Western diplomat", aliases: ["Western diplomat"], kind: "person" },
      { name: "Ivan Petrenko", aliases: ["Petrenko", "port spokesman"], kind: "person" },
    ];
    const r = new Registry('"Nothing is new," said a Western diplomat. The berth was closed, said a port spokesman.', known);
    describedSources(r);
    expect(r.byForm.get("Western diplomat")?.unnamed).toBe(true);
    expect(r.byForm.get("port spokesman")?.unnamed).toBeUndefined();
  });

  it("described sources: a source 'in the' body it sits in keeps it in its name; the body is still mentioned", () => {
    const text = "A senior official in the Ministry of Fisheries, who asked not to be named, said the quota was cut. " +
      "The talks failed, said an official in the finance ministry. A source in the Harbour Authority (HA) told reporters so. An official in the region said nothing.";
    const r = new Registry(text);
    r.addForm(r.ensure("Ministry of Fisheries", "government"), "Ministry of Fisheries");
    describedSources(r);
    expect(names(r).filter((n) => r.byForm.get(n)?.kind === "person").sort()).toEqual([
      "a senior official in the Ministry of Fisheries",
      "a source in the Harbour Authority",
      "an official in the finance ministry",
    ]);
    const mentioned = new Set(scanMentions(r).map((m) => m.actor.name));
    expect(mentioned.has("Ministry of Fisheries")).toBe(true);
  });

  it("described sources: a source placed 'at a …', 'at one of the …' or described by 'who …' before its verb", () => {
    const text = '"We lost two berths," a trader at a Kyiv-based export company told Argus. ' +
      '"Buyers are cautious," a manager at one of the oil exporting companies told Vedomosti. "They were candid," a senior official who attended the talks told ThePrint.';
    expect(describedIn(text)).toEqual(["a manager at one of the oil exporting companies", "a senior official", "a trader at a Kyiv-based export company"]);
  });

  it("described sources: a person described only by what they know keeps it in the name", () => {
    const text = "The deal slipped to June, a person familiar with the negotiations said. Prices will rise, according to a person briefed on the plan. " +
      "The mill will close, a person aware of the sale said. A person said hello.";
    expect(describedIn(text)).toEqual(["a person aware of the sale", "a person briefed on the plan", "a person familiar with the negotiations"]);
  });

  it("described sources: a bare occupation keeps its workplace, a bare spokesman speaks for the body named before him, a victim is no source", () => {
    const text = "The Interior Ministry recalled its attaché on Friday, a spokeswoman said. \"Margins are thin,\" said a broker at a Rotterdam-based fuel trader. " +
      "The mayor said a man was hurt. A clerk said the office had closed. A spokesperson said nothing more.";
    expect(describedIn(text)).toEqual(["a broker at a Rotterdam-based fuel trader", "a spokesperson", "a spokeswoman"]);
    const ministry = new Registry("Slovenia protested. The Interior Ministry recalled its attaché on Friday, a spokeswoman said.");
    bareNationalBodies(ministry);
    describedSources(ministry);
    expect(names(ministry)).toContain("Slovenian Interior Ministry spokeswoman");
    expect(ministry.byForm.get("spokeswoman")?.name).toBe("Slovenian Interior Ministry spokeswoman");
  });

  it("described sources: a bare occupation, dotted modifiers and a relation to another person; not a bare official", () => {
    const text = "Rates doubled, according to a shipbroker. A U.S. official said the talks went on. " +
      "\"He calls every night,\" said the wife of a mobilised soldier. An official said nothing.";
    expect(describedIn(text)).toEqual(["a U.S. official", "a shipbroker", "wife of a mobilised soldier"]);
  });

  it("described sources: an age in the description, and a lower-case phrase placing the source before its verb", () => {
    const text = "\"We had no water,\" said a 71-year-old woman. A Nordic diplomat briefed on the talks said the mood was bad. " +
      "A police officer at the crossing said the road was shut. A man was injured.";
    expect(describedIn(text)).toEqual(["a 71-year-old woman", "a Nordic diplomat", "a police officer"]);
  });

  it("collectives: ministers' councils act with any verb; groups met or cited count; generic officials only as speakers", () => {
    const text = "Nato foreign ministers meet in Brussels. Kuleba met European Union energy ministers by video link. " +
      "It was discussed, according to two European diplomats briefed on it. Ukrainian officials toured the site. Assets of Russian officials were frozen.";
    const r = new Registry(text);
    collectiveActors(r);
    expect(names(r).sort()).toEqual(["European Union energy ministers", "European diplomats", "Nato foreign ministers"]);
  });

  it("named bodies: one-word companies by their employees, operators, data and descriptions with a possessive", () => {
    const text = "Prices fell, said Lerato Dube, an economist at Absa. A terminal operated by Nibulon burned, according to data from Kpler. " +
      "JERA, Japan's largest power generator, signed a deal. Orka, a farmers' movement, led the blockade. The Swiss trader Gunvor withdrew.";
    const found = findNamedBodies(text, (w) => ["A", "The", "Prices"].includes(w)).map((b) => b.name);
    expect(found).toEqual(expect.arrayContaining(["Absa", "Nibulon", "Kpler", "JERA", "Orka", "Gunvor"]));
  });

  it("named bodies: a name set off as an organisation or NGO is an organisation, not a person", () => {
    const text = "Clear Water, a Dutch non-governmental organisation, filed the complaint. Bright Path, an NGO in Lviv, counted the evacuees.";
    const found = findNamedBodies(text, () => false).map((b) => `${b.name}:${b.kind}`);
    expect(found).toEqual(expect.arrayContaining(["Clear Water:organization", "Bright Path:organization"]));
    expect(found).not.toContain("Clear Water:person");
    expect(found).not.toContain("Bright Path:person");
  });

  it("national bodies: more portfolios, lower-case bare ministries named in title case", () => {
    const text = "Russia's agriculture ministry cut the duty. Ukraine's infrastructure ministry said the port was hit. In Kyiv, the finance ministry said talks resumed with Ukraine.";
    const r = new Registry(text);
    unitsAndNationalBodies(r);
    bareNationalBodies(r);
    expect(names(r)).toEqual(expect.arrayContaining(["Russian Agriculture Ministry", "Ukrainian Infrastructure Ministry", "Ukrainian Finance Ministry"]));
  });

  it("national bodies: a bare 'Ministry of X' is the dominant state's X Ministry", () => {
    const r = new Registry("Ukraine asked for more shells. The Ministry of Defence said 40 drones were downed.");
    bareNationalBodies(r);
    expect(r.byForm.get("Ministry of Defence")?.name).toBe("Ukrainian Defence Ministry");
  });

  it("national bodies: the National Bank and the Cabinet of Ministers named bare are the state's, under both spellings", () => {
    const r = new Registry("Moldova raised rates again. The National Bank said prices rose too fast. Last week the Cabinet of Ministers approved a loan.");
    bareNationalBodies(r);
    stateBodyAliases(r);
    const bank = r.byForm.get("National Bank"), cabinet = r.byForm.get("Cabinet of Ministers");
    expect(bank?.name).toBe("Moldovan National Bank");
    expect([...bank!.aliases]).toEqual(expect.arrayContaining(["National Bank", "National Bank of Moldova"]));
    expect(cabinet?.name).toBe("Moldovan Cabinet of Ministers");
    expect([...cabinet!.aliases]).toEqual(expect.arrayContaining(["Cabinet of Ministers", "Cabinet of Ministers of Moldova"]));
  });

  it("national bodies: the dateline's place names the state of a body named bare", () => {
    const r = new Registry("The Ministry of Foreign Affairs said Russia and Ukraine swapped prisoners. Russia and Ukraine both confirmed it.", [], "Oslo");
    bareNationalBodies(r);
    expect(r.byForm.get("Ministry of Foreign Affairs")?.name).toBe("Norwegian Foreign Ministry");
  });

  it("national bodies: a capitalised body opening a clause and the central bank belong to the dominant state", () => {
    const r = new Registry("Poland closed the crossing. Finance Ministry spokesman Jan Brzoza said Warsaw would wait, and the central bank held rates.");
    bareNationalBodies(r);
    expect(r.byForm.get("Finance Ministry")?.name).toBe("Polish Finance Ministry");
    expect(r.byForm.get("central bank")?.name).toBe("Polish Central Bank");
  });

  it("national bodies: any capitalised ministry or department, the supreme court and the council of ministers named bare are the state's", () => {
    const text = "Moldova braced for floods. The Ministry of Emergency Situations sent pumps, the Department of Water Resources said, and the Supreme Court " +
      "and the Council of Ministers met. The Ministry of Foreign Affairs of Romania sent help.";
    const r = new Registry(text);
    bareNationalBodies(r);
    stateBodyAliases(r);
    expect(r.byForm.get("Ministry of Emergency Situations")?.name).toBe("Moldovan Ministry of Emergency Situations");
    expect(r.byForm.get("Department of Water Resources")?.name).toBe("Moldovan Department of Water Resources");
    expect([...r.byForm.get("Supreme Court")!.aliases]).toContain("Supreme Court of Moldova");
    expect(r.byForm.get("Council of Ministers")?.name).toBe("Moldovan Council of Ministers");
    expect(r.byForm.get("Ministry of Foreign Affairs")).toBeUndefined();
  });

  it("national bodies: a bare name the gazetteer holds stays that body's", () => {
    const r = new Registry("Ukraine asked India for help. The Ministry of External Affairs said two nationals were killed.");
    bareNationalBodies(r);
    expect(names(r).filter((n) => /External/.test(n))).toEqual([]);
  });

  it("national bodies: the end of a longer name is not a bare body", () => {
    const r = new Registry("Poland closed the crossing. The Latvian Finance Ministry said nothing.");
    bareNationalBodies(r);
    expect(r.byForm.get("Finance Ministry")).toBeUndefined();
  });

  it("organisations: an office held is no body, and the person holding it is named", () => {
    const text = "Minister for Rural Affairs and Inland Waterways Development Karin Vollmer said aid would come. The Minister of State for Coastal Co-operation was absent. " +
      "Investigators of the Directorate for Border Security and Customs said more.";
    const r = new Registry(text);
    const { surnameCount, runs, orgRuns } = capitalisedRuns(r);
    organisationNames(r, orgRuns, 0);
    persons(r, runs, surnameCount, 0);
    dropHeldOffices(r);
    expect(names(r)).toEqual(expect.arrayContaining(["Karin Vollmer", "Directorate for Border Security and Customs"]));
    expect(names(r).filter((n) => n.startsWith("Minister"))).toEqual([]);
  });

  it("organisations: a saint's abbreviated name belongs to a body's name, but makes no person", () => {
    const r = new Registry("Trading resumed on the St. Petersburg Commodity Exchange. Tourists returned to St. Petersburg.");
    const { surnameCount, runs, orgRuns } = capitalisedRuns(r);
    organisationNames(r, orgRuns, 0);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toEqual(["St. Petersburg Commodity Exchange"]);
  });

  it("persons: a name beside the office it holds, or after an age, is a person's", () => {
    const text = "Petro Sadovyi, Head of Poltava Oblast Military Administration, reported damage. Losses grew, said the head of Rivne regional military administration Ivan Kostiuk. " +
      "The court freed 31-year-old Marta Hnatiuk.";
    const r = new Registry(text);
    const { surnameCount, runs, orgRuns } = capitalisedRuns(r);
    organisationNames(r, orgRuns, 0);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Petro Sadovyi", "Ivan Kostiuk", "Marta Hnatiuk"]));
  });

  it("head kind: the last head word decides ('Oblast Military Administration' is an administration)", () => {
    expect(headKind(["Poltava", "Oblast", "Military", "Administration"])).toBe("government");
    expect(headKind(["Military", "Intelligence", "Directorate"])).toBe("government");
    expect(headKind(["Territorial", "Defence", "Forces"])).toBe("armed_force");
  });

  it("organisations: a title-case line with a verb inside is no body's name", () => {
    const r = new Registry("Harbour Board Seeks Extra Funding Council\n\nThe Regional Harbour Board met on Monday.");
    const { orgRuns } = capitalisedRuns(r);
    organisationNames(r, orgRuns, 0);
    expect(names(r)).toEqual(["Harbour Board"]);
  });

  it("force groupings: '<Name> group of forces' and 'its <Name> group' are armed forces; 'the <Name> group' alone is not", () => {
    const r = new Registry("Units of its Western group of forces advanced. Later its Tsentr group took a hill. The Lumen group of lawyers said nothing; the Lumen group left.");
    forceGroupings(r);
    expect(names(r)).toEqual(["Western group of forces", "Tsentr group"]);
    expect(r.byForm.get("Tsentr group")?.kind).toBe("armed_force");
  });

  it("named bodies: a broker, a state buyer, a grain board and a monitoring project introduced by what they are", () => {
    const text = "Premiums rose, according to insurance broker Halvard. The state buyer Ostrander bought wheat, as did the grain board Kovik. " +
      "The monitoring project Tesla Watchers counted cuts.";
    const found = findNamedBodies(text, () => false).map((b) => b.name);
    expect(found).toEqual(expect.arrayContaining(["Halvard", "Ostrander", "Kovik", "Tesla Watchers"]));
  });

  it("named bodies: companies by their shares, what they make, a one-word source and an officer at a sentence's start", () => {
    const text = "Shares in Voltera rose. Brenntag's shares fell. Skyforge, which makes interceptor drones, grew. According to Marinetrace, loadings fell. " +
      "Kestrel chairman Ivo Rask said so. Then chairman Ivo Rask left. Ostrava's plant closed while Norvel's refinery burned. Kovac's spokesman declined.";
    const found = findNamedBodies(text, (w) => ["Then"].includes(w)).map((b) => b.name);
    expect(found).toEqual(expect.arrayContaining(["Voltera", "Brenntag", "Skyforge", "Marinetrace", "Kestrel", "Ostrava", "Norvel"]));
    expect(found).not.toContain("Then");
    expect(found).not.toContain("Kovac");
  });

  it("described bodies of several words come before persons: 'an analyst at Sparta Commodities' is no person", () => {
    const text = "An analyst at Sparta Commodities said demand was weak. Tatiana Volkova, the founder of the analytical firm, agreed.";
    const r = new Registry(text);
    const { surnameCount, runs } = capitalisedRuns(r);
    describedBodies(r, 0, "several");
    persons(r, runs, surnameCount, 0);
    expect(r.byForm.get("Sparta Commodities")?.kind).toBe("organization");
    expect(r.byForm.get("Tatiana Volkova")?.kind).toBe("person");
  });

  it("organisation names: 'and' after a head word starts a second body; a court keeps its seat as an alias", () => {
    const text = "Indian Oil Corp and Bharat Petroleum Corp bought more. The Higher Court in Kragujevac ruled on Monday.";
    const r = new Registry(text);
    organisationNames(r, capitalisedRuns(r).orgRuns, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Indian Oil Corp", "Bharat Petroleum Corp", "Higher Court"]));
    expect([...r.byForm.get("Higher Court")!.aliases]).toEqual(["Higher Court in Kragujevac", "Kragujevac Higher Court"]);
  });

  it("organisation names: every seat of a court or an office is an alias ('… in Poznan', '… in Gdansk'), no month or demonym", () => {
    const text = "The District Court in Poznan jailed him. The District Court in Gdansk heard a second case in May. The Trade Office in Oslo reopened.";
    const r = new Registry(text);
    organisationNames(r, capitalisedRuns(r).orgRuns, 0);
    expect([...r.byForm.get("District Court")!.aliases].sort()).toEqual(["District Court in Gdansk", "District Court in Poznan", "Gdansk District Court", "Poznan District Court"]);
    expect([...r.byForm.get("Trade Office")!.aliases]).toContain("Trade Office in Oslo");
  });

  it("places taken for persons: every mention used as a place drops the actor; persons named once after 'of' stay", () => {
    const text = "Russia claimed the capture of Zelenyi Hai, a village west of Huliaipole. Fighting went on in Zelenyi Hai. " +
      "Investigators searched the home of Tymur Mindich, a former business partner. Volodymyr Zelensky said little.";
    const r = new Registry(text);
    r.ensure("Zelenyi Hai", "person");
    r.addForm(r.ensure("Tymur Mindich", "person"), "Tymur Mindich");
    r.addForm(r.ensure("Volodymyr Zelensky", "person"), "Volodymyr Zelensky");
    const left = dropPlacesAsPersons(r, scanMentions(r));
    expect(names(r)).not.toContain("Zelenyi Hai");
    expect(names(r)).toEqual(expect.arrayContaining(["Tymur Mindich", "Volodymyr Zelensky"]));
    expect(left.some((m) => m.surface === "Zelenyi Hai")).toBe(false);
  });

  it("cited outlets: the page's own outlet or a media-shaped or unknown name told things or reporting is a media actor", () => {
    const text = [
      "The harbour was quiet, a pilot told Kestrel Weekly. \"We wait,\" Anna Lis tells Brightwater.",
      "As Nordvik reported earlier, the ferry was hit. Documents seen by The Valley Herald show more.",
      "Anna Lis told the Senate the same. Lis told reporters nothing.",
      "Kestrel Weekly: Why now?",
      "Background: the port reopened in May.",
    ].join("\n");
    const r = new Registry(text);
    r.addForm(r.ensure("Anna Lis", "person"), "Anna Lis");
    citedOutlets(r, "Kestrel Weekly");
    const media = [...r.actors.values()].filter((a) => a.kind === "media");
    expect(media.map((a) => a.name).sort()).toEqual(["Brightwater", "Kestrel Weekly", "Nordvik", "The Valley Herald"]);
    expect(r.byForm.get("Valley Herald")?.name).toBe("The Valley Herald");
  });

  it("title-only states: a state named only in a person's title is dropped; one acting once keeps all its mentions", () => {
    const text = "Norway's envoy met US President Jane Doe and the Dutch ambassador to Finland. Later, Canada Foreign Minister Ann Lee said Norway would pay.";
    const r = new Registry(text);
    const states = new Set(dropTitleOnlyActors(r, scanMentions(r)).filter((m) => m.actor.kind === "state").map((m) => m.actor.name));
    expect([...states]).toEqual(["Norway"]);
  });

  it("title-only bodies: a body named only in a person's post is dropped; one acting once keeps all its mentions", () => {
    const text = "Kremlin spokesman Ivan Sorokin declined to comment. White House press secretary Jane Doe said talks went on. The White House later denied it.";
    const r = new Registry(text);
    const bodies = new Set(dropTitleOnlyActors(r, scanMentions(r)).filter((m) => m.actor.kind === "government").map((m) => m.actor.name));
    expect([...bodies]).toEqual(["White House"]);
  });

  it("title-only bodies: a live blog's label or a headline over a body named only in a post does not keep it; its possessive post is a post", () => {
    const labelled = "11:20 | Kremlin: no new talks planned\nKremlin spokesman Ivan Sorokin told reporters that no round was set.";
    const possessive = "Troops moved east.\nThe Kremlin's spokesman Ivan Sorokin said the push showed progress.";
    const headed = "Kremlin says the summit changes nothing\n\nThe Kremlin said on Monday that it would answer.";
    const bodiesOf = (text: string) => {
      const r = new Registry(text);
      return dropTitleOnlyActors(r, scanMentions(r)).filter((m) => m.actor.kind === "government").map((m) => m.actor.name);
    };
    expect(bodiesOf(labelled)).toEqual([]);
    expect(bodiesOf(possessive)).toEqual([]);
    expect(bodiesOf(headed)).toEqual(["Kremlin", "Kremlin"]);
  });

  it("places taken for persons: a place after 'fled' or 'much of', or before 'province', is no person", () => {
    const text = "Residents fled Vorna Hill on Monday. Strikes cut power to much of Vorna Hill. Men from Ban Kowa province were held. Anna Lis said so.";
    const r = new Registry(text);
    for (const n of ["Vorna Hill", "Ban Kowa", "Anna Lis"]) r.addForm(r.ensure(n, "person"), n);
    dropPlacesAsPersons(r, scanMentions(r));
    expect(names(r)).toEqual(["Anna Lis"]);
  });

  it("places taken for persons: a quoted 'liberated', or a place joined to another before a plural place noun", () => {
    const text = 'Moscow said it had "liberated" Stara Balka. Men from Nova Pryluka and Dubky provinces were held. ' +
      "Families left Verkhnia Rudnia and 9 surrounding villages. Olaf Brennecke and Kyiv officials met.";
    const r = new Registry(text);
    for (const n of ["Stara Balka", "Nova Pryluka", "Verkhnia Rudnia", "Olaf Brennecke"]) r.addForm(r.ensure(n, "person"), n);
    dropPlacesAsPersons(r, scanMentions(r));
    expect(names(r).filter((n) => r.byForm.get(n)?.kind === "person")).toEqual(["Olaf Brennecke"]);
  });

  it("organisation names: 'and' after a known name starts a second body; a name ending in 'Affairs' keeps it; an office is no body", () => {
    const text = "Talks between Rosneft and Tamarind Holdings stalled, analysts at the Baltic Institute of International Affairs said. The Armed Forces Minister, Eva Holm, agreed.";
    const r = new Registry(text);
    organisationNames(r, capitalisedRuns(r).orgRuns, 0);
    expect(names(r).sort()).toEqual(["Baltic Institute of International Affairs", "Tamarind Holdings"]);
  });

  it("mentions: an army or an agency known by its acronym is mentioned after 'from' or 'in', unlike a legislature", () => {
    const r = new Registry("An order came from the Bundeswehr, and officers of the GRU were named. A debate in the Bundestag followed.");
    expect([...new Set(scanMentions(r).map((m) => m.actor.name))].sort()).toEqual(["Bundeswehr", "GRU"]);
  });

  it("organisation names: a body's own body of several words after its possessive is a name of its own; 'Prosecutor General's Office' stays one", () => {
    const text = "The National Assembly's Budget Committee met. The Prosecutor General's Office replied. Lena Ward of the Northern Policy Institute said so.";
    const r = new Registry(text);
    organisationNames(r, capitalisedRuns(r).orgRuns, 0);
    expect(names(r).sort()).toEqual(["Budget Committee", "National Assembly", "Northern Policy Institute", "Prosecutor General's Office"]);
  });

  it("credits: journalists named only in credit lines are no actors", () => {
    const text = "Putin said he was ready to meet. Maria Zakharova said more.\nReporting by Guy Faulconbridge; Editing by Andrew Osborn\nShannon Teo is a senior correspondent at The Straits Times.";
    const r = new Registry(text);
    for (const n of ["Maria Zakharova", "Guy Faulconbridge", "Andrew Osborn", "Shannon Teo"]) r.addForm(r.ensure(n, "person"), n);
    dropCreditedJournalists(r, scanMentions(r));
    expect(names(r).filter((n) => !/Putin/.test(n))).toEqual(["Maria Zakharova"]);
  });

  it("credits: photo credits, 'with assistance from', live-blog time stamps and a line of names are no actors", () => {
    const text = [
      "Maria Zakharova said the talks were over, and Anna Lis agreed.",
      "The minister at the border. (Tom Reed/The Daily Post) Image: Lena Voss/dpa",
      "11:05 , Kate Moss",
      "Kate Moss, Ben Hall",
      "— With assistance from Omar Said",
    ].join("\n");
    const r = new Registry(text);
    for (const n of ["Maria Zakharova", "Anna Lis", "Tom Reed", "Lena Voss", "Kate Moss", "Ben Hall", "Omar Said"]) r.addForm(r.ensure(n, "person"), n);
    dropCreditedJournalists(r, scanMentions(r));
    expect(names(r).sort()).toEqual(["Anna Lis", "Maria Zakharova"]);
  });

  it("credits: 'contributed reporting', an '[Edited by …]' tag and an author note with 'is the … correspondent' are credits", () => {
    const text = [
      "Anna Lis said the ferry sailed at dawn. The Daily Post's Tom Reed and Kate Moss contributed reporting. [Edited by Ben Hall]",
      "About the Author Omar Said is the Baltic correspondent for The Daily Post.",
    ].join("\n");
    const r = new Registry(text);
    for (const n of ["Anna Lis", "Tom Reed", "Kate Moss", "Ben Hall", "Omar Said"]) r.addForm(r.ensure(n, "person"), n);
    dropCreditedJournalists(r, scanMentions(r));
    expect(names(r)).toEqual(["Anna Lis"]);
  });

  it("credits: a photographer credited in parentheses, alone or 'for' an outlet, is no actor", () => {
    const text = "Anna Lis spoke at the memorial on Tuesday. (Pavel Orlov) Survivors waited at the centre. (Nadia Berg/for The Daily Post)";
    const r = new Registry(text);
    for (const n of ["Anna Lis", "Pavel Orlov", "Nadia Berg"]) r.addForm(r.ensure(n, "person"), n);
    dropCreditedJournalists(r, scanMentions(r));
    expect(names(r)).toEqual(["Anna Lis"]);
  });

  it("credits: a news agency named only in photo credits, an agency line or a 'By' line is no actor; one cited in the text stays", () => {
    const text = [
      "The mayor said the bridge was closed, Nordwire reported.",
      "Rescuers at the site. Photograph: Lena Voss/Eastpress via Getty Images",
      "(Paris Daily with Southwire)",
      "By Westwire",
      "Paris Daily, BNS, Northline",
    ].join("\n");
    const r = new Registry(text);
    for (const n of ["Nordwire", "Eastpress", "Southwire", "Westwire", "Northline"]) r.addForm(r.ensure(n, "media"), n);
    dropCreditedJournalists(r, scanMentions(r));
    expect(names(r)).toEqual(["Nordwire"]);
  });

  it("persons: an abbreviated title with its full stop ('Mr. Okafor', 'Dr. Ines Varga of …') joins the name's run", () => {
    const text = "Mr. Okafor said the port was closed. Dr. Ines Varga of the Coastal Institute said the strikes would go on.";
    const r = new Registry(text);
    const { surnameCount, runs, orgRuns } = capitalisedRuns(r);
    organisationNames(r, orgRuns, 0);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Okafor", "Ines Varga", "Coastal Institute"]));
    expect(names(r).some((n) => n.includes("Varga of"))).toBe(false);
  });

  it("persons: an apposition with a possessive ('X, Ukraine's intelligence chief, said') vouches for the name", () => {
    const text = "Taras Hlyboky, Ukraine's military intelligence chief, warned of a new offensive.";
    const r = new Registry(text);
    const { surnameCount, runs } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toContain("Taras Hlyboky");
  });

  it("persons: a full name that a quoted 'he' or 'she' soon refers back to is a person's", () => {
    const text = "The market reopened.\n\nAinura Temirbekova sells honey by the gate. \"Bees do not care about sirens,\" she says. Green Valley Farms sells honey too.";
    const r = new Registry(text);
    const { surnameCount, runs } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toEqual(["Ainura Temirbekova"]);
  });

  it("persons: a capitalised role noun opening the run, or the 'Rank' of a naval rank with its ordinal, is a title", () => {
    const text = "The boat left. Founder Liesbeth van Dam steered it. Captain 2nd Rank Ostap Hnatiuk said the bay was clear.";
    const r = new Registry(text);
    const { surnameCount, runs } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r).sort()).toEqual(["Liesbeth van Dam", "Ostap Hnatiuk"]);
  });

  it("persons: 'Jan' before a capitalised name is a first name, not January", () => {
    const text = "Foreign Minister Jan Lipavsky said so. The deal was signed on 5 Jan and Jan 12 was quiet.";
    const r = new Registry(text);
    const { surnameCount, runs } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toEqual(["Jan Lipavsky"]);
  });

  it("persons: two words opening with a known first name need no other evidence", () => {
    const text = "The village was quiet. Later Ewa Nowicka walked to the river with Greater Odesa maps.";
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toContain("Ewa Nowicka");
    expect(names(r)).not.toContain("Greater Odesa");
  });

  it("persons: an occupation word or the tail of an office phrase before a name is no part of the name", () => {
    const text = [
      "Taoiseach Ciarán Dolan arrived in Kyiv. Attorney Marek Zielonka argued for an acquittal. Legislator Lin Mei-hua asked for sanctions.",
      "Deputy Prime Minister for Restoration Petro Hnatiuk said the fund would grow. Dolan said Ireland would help; Zielonka and Hnatiuk agreed.",
    ].join(" ");
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Ciarán Dolan", "Marek Zielonka", "Lin Mei-hua", "Petro Hnatiuk"]));
    expect(names(r).filter((n) => /Taoiseach|Attorney|Legislator|Restoration/.test(n))).toEqual([]);
    expect(r.byForm.get("Dolan")?.name).toBe("Ciarán Dolan");
    expect(r.byForm.get("Hnatiuk")?.role).toBe("Deputy Prime Minister for Restoration");
    expect(r.byForm.get("Zielonka")?.role).toBe("Attorney");
  });

  it("persons: a vessel after its ship type and the name of a law or programme are no persons", () => {
    const text = "The bulk carrier Nordic Swan was hit, and the 40,000-dwt Baltic Maiden turned back. The amended Harbour Safety Act passed, and the Iron Shield programme grew. Admiral Jonas Berg said so.";
    const r = new Registry(text);
    const { surnameCount, runs } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toEqual(["Jonas Berg"]);
  });

  it("persons: a 'Greater X' name or a word the article uses for a region is a place, not a person", () => {
    const text = "Ships left the Greater Mykolaiv ports of Mykolaiv and Ochakiv. Drones hit Berdiansk Oblast overnight; Upper Berdiansk said nothing. Berdiansk was dark.";
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).not.toContain("Greater Mykolaiv");
    expect(names(r)).not.toContain("Upper Berdiansk");
  });

  it("persons: a region's opener, a wharf, or a 'People's Republic' makes a place, not a person", () => {
    const text = "Camps in Russia's Far East held them. The ship docked at Walvis's Tangier Wharf on Monday. He joined a unit of the Luhansk People's Republic. South Sudanese said little. Why Are North Korean troops there? Are Korean firms involved, Lee asked.";
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toEqual([]);
  });

  it("introduced persons: a first name with an age, a call sign, a first name with an initial; not places or dates", () => {
    const text = [
      "\"We sleep in shifts,\" said Taras, a 35-year-old medic. Beside him sat Olena, 52, who runs the kitchen.",
      "The unit is led by a captain who goes by the callsign Wolf. The court named the accused only as Ihor K.",
      "On Monday, 12 people were evacuated from Kharkiv, 30 kilometres away.",
    ].join(" ");
    const r = new Registry(text);
    introducedPersons(r);
    expect(names(r).sort()).toEqual(["Ihor K.", "Olena", "Taras", "Wolf"]);
  });

  it("persons: names with inner capitals, and full names cited by 'according to', a colon before a quote or a dash after one", () => {
    const text = 'The port was shelled. Ryan McCarthy told reporters it would reopen. Sean O\'Brien said so too. ' +
      'The damage was light, according to Oleksiy Danchuk. Taavi Rõivas: "We are ready." "Nothing is lost." – Marta Hrytsenko';
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Ryan McCarthy", "Sean O'Brien", "Oleksiy Danchuk", "Taavi Rõivas", "Marta Hrytsenko"]));
  });

  it("embassies: by demonym or possessive, with the city when printed, as government actors", () => {
    const text = "The Russian Embassy in Lisbon called the report false. Poland's embassy in Berlin said nothing. The French embassy was closed.";
    const r = new Registry(text);
    embassies(r);
    expect([...r.actors.values()].map((a) => [a.name, a.kind])).toEqual([
      ["Russian Embassy in Lisbon", "government"],
      ["French embassy", "government"],
      ["Polish embassy in Berlin", "government"],
    ]);
  });

  it("embassies: a state's mission to an organisation is that state's post, named by its demonym with the city", () => {
    const text = "Norway's permanent mission to the UN in Vienna rejected the report. The Danish mission to the OSCE said nothing.";
    const r = new Registry(text);
    embassies(r);
    expect([...r.actors.values()].map((a) => [a.name, a.kind])).toEqual([
      ["Danish mission to the OSCE", "government"],
      ["Norwegian permanent mission to the UN in Vienna", "government"],
    ]);
  });

  it("solo speakers: an unknown capitalised word before a reporting verb is an organisation; not a surname, place or word", () => {
    const text = "Marta Lysenko runs the plant. Voltaris said the reactor was safe. Lysenko said so too. Kyiv said nothing. Later said one more.";
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    soloSpeakers(r);
    expect([...r.actors.values()].map((a) => [a.name, a.kind])).toEqual([["Marta Lysenko", "person"], ["Voltaris", "organization"]]);
  });

  it("regional bodies: lower-case regional and city authorities after a place name are government actors", () => {
    const r = new Registry("The Lviv regional military administration said two people were hurt. Odesa city council met. Regional authorities said little. " +
      "The Rivne regional prosecutor's office opened a case. The city council said nothing.");
    regionalBodies(r);
    expect([...r.actors.values()].map((a) => [a.name, a.kind])).toEqual([
      ["Lviv regional military administration", "government"],
      ["Odesa city council", "government"],
      ["Rivne regional prosecutor's office", "government"],
    ]);
  });

  it("regional bodies: a regional body printed without its region serves the region named before it in its paragraph", () => {
    const r = new Registry("Shelling hit the Poltava region overnight, according to the regional military administration. Later the regional administration ordered an evacuation.\n" +
      "In another town, the regional authorities said nothing.\nRivne was quiet. The Lviv regional military administration reported no damage.");
    regionalBodies(r);
    bareRegionalBodies(r);
    expect([...r.actors.values()].map((a) => [a.name, a.kind])).toEqual([
      ["Lviv regional military administration", "government"],
      ["Poltava regional military administration", "government"],
    ]);
  });

  it("registry: an outlet printed in capitals is the same outlet", () => {
    expect(new Registry("Two diplomats told POLITICO.").gazForm.get("POLITICO")?.entry.name).toBe("Politico");
  });

  it("organisation names: NGO heads, and 'and the' separates two bodies", () => {
    const r = new Registry("Civic Relief International said 40 civilians died. Border Rights Watch and the International Committee of the Red Cross called for access.");
    const { orgRuns } = capitalisedRuns(r);
    organisationNames(r, orgRuns, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Civic Relief International", "Border Rights Watch"]));
    expect(names(r).some((n) => / and the /.test(n))).toBe(false);
  });

  it("organisation names: authorities, exchanges and companies by their suffix, printed with its full stop", () => {
    const text = "The Varna Ports Authority said traffic fell. Shares rose on the Lisbon Stock Exchange. Harbour Cranes Ltd. and Tamura and Ikeda Corp. signed the deal. Kessel Robotics hired 40 engineers.";
    const r = new Registry(text);
    organisationNames(r, capitalisedRuns(r).orgRuns, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Varna Ports Authority", "Lisbon Stock Exchange", "Harbour Cranes Ltd.", "Ikeda Corp.", "Kessel Robotics"]));
    expect(names(r)).not.toContain("Tamura and Ikeda Corp.");
  });

  it("named bodies: a single capitalised word after 'the' that speaks or votes is a body", () => {
    const text = "The Storting voted on Monday. The Marinekorps said two ships were hit. The Ukrainian said nothing. Then the Greens have warned.";
    const found = findNamedBodies(text, (w) => ["The", "Then", "Ukrainian"].includes(w)).map((b) => b.name);
    expect(found).toEqual(expect.arrayContaining(["Storting", "Marinekorps", "Greens"]));
    expect(found).not.toContain("Ukrainian");
  });

  it("state aliases: a body tied to a state is also '<Body> of <State>', '<State>'s <Body>' and the ministry's long name", () => {
    const r = new Registry("Latvia's Civil Aviation Agency closed the airspace. The Ukrainian Foreign Ministry protested. The Armed Forces of Russia advanced.");
    const agency = r.ensure("Civil Aviation Agency", "government");
    const ministry = r.ensure("Ukrainian Foreign Ministry", "government");
    const forces = r.ensure("Armed Forces of Russia", "armed_force");
    const person = r.ensure("Ukrainian Navy Smith", "person");
    stateBodyAliases(r);
    expect([...agency.aliases]).toEqual(expect.arrayContaining(["Civil Aviation Agency of Latvia", "Latvian Civil Aviation Agency"]));
    expect([...ministry.aliases]).toEqual(expect.arrayContaining(["Foreign Ministry of Ukraine", "Ukraine's Foreign Ministry", "Ministry of Foreign Affairs of Ukraine"]));
    expect([...forces.aliases]).toEqual(expect.arrayContaining(["Russian Armed Forces", "Russia's Armed Forces"]));
    expect(person.aliases.size).toBe(0);
    expect(agency.forms.has("Civil Aviation Agency of Latvia")).toBe(false);
  });

  it("state aliases: a body of a state that goes by its initials is also named by them ('UK Interior Ministry')", () => {
    const r = new Registry("Britain's Interior Ministry said the boats were stopped.");
    const interior = r.ensure("British Interior Ministry", "government");
    const estonia = r.ensure("Estonian Interior Ministry", "government");
    stateBodyAliases(r);
    expect([...interior.aliases]).toEqual(expect.arrayContaining(["UK Interior Ministry", "UK Ministry of Internal Affairs"]));
    expect([...estonia.aliases].some((n) => /^\p{Lu}{2,4} /u.test(n))).toBe(false);
  });

  it("state aliases: a state's name ending in s takes the apostrophe alone ('the United States' Supreme Court')", () => {
    const r = new Registry("The United States' Supreme Court heard the case.");
    const court = r.ensure("American Supreme Court", "government");
    stateBodyAliases(r);
    expect([...court.aliases]).toContain("the United States' Supreme Court");
    expect([...court.aliases].some((n) => /States's/.test(n))).toBe(false);
  });

  it("state aliases: a ministry is also '<Demonym> Ministry of <Portfolio>', and defence is spelled both ways", () => {
    const r = new Registry("Estonia's Defence Ministry said the drill went ahead. Estonia's Finance Ministry said nothing.");
    const defence = r.ensure("Estonian Defence Ministry", "government");
    const finance = r.ensure("Estonian Finance Ministry", "government");
    stateBodyAliases(r);
    expect([...defence.aliases]).toEqual(expect.arrayContaining(["Estonian Ministry of Defence", "Estonian Defense Ministry", "Estonian Ministry of Defense"]));
    expect([...finance.aliases]).toContain("Estonian Ministry of Finance");
  });

  it("state aliases: a state's armed forces go by all their names, and a possessed lower-case body by its demonym", () => {
    const r = new Registry("Ukraine's military said the convoy was hit. Russian troops advanced near the river. Latvia's coast guard said two boats sank.");
    const forces = r.ensure("Armed Forces of Ukraine", "armed_force");
    r.addForm(forces, "Ukraine's military");
    const russia = r.ensure("Russia", "state");
    r.addForm(russia, "Russian troops");
    const guard = r.ensure("Latvian Coast Guard Service", "armed_force");
    r.addForm(guard, "Latvia's coast guard");
    const france = r.ensure("France", "state");
    stateBodyAliases(r);
    expect([...forces.aliases]).toEqual(expect.arrayContaining(["Ukrainian military", "Ukrainian Armed Forces"]));
    expect([...russia.aliases]).toEqual(expect.arrayContaining(["Armed Forces of Russia", "Russian Armed Forces"]));
    expect([...guard.aliases]).toContain("Latvian coast guard");
    expect(france.aliases.size).toBe(0);
  });

  it("state aliases: a state acting through its troops or its weapons is also named '<Demonym> forces'", () => {
    const r = new Registry("Iranian drones hit a depot. Polish troops crossed the river. Hungary sold grain.");
    stateWeapons(r);
    const poland = r.ensure("Poland", "state");
    r.addForm(poland, "Polish troops");
    const hungary = r.ensure("Hungary", "state");
    stateBodyAliases(r);
    expect([...r.byForm.get("Iranian drones")!.aliases]).toContain("Iranian forces");
    expect([...poland.aliases]).toContain("Polish forces");
    expect([...hungary.aliases]).not.toContain("Hungarian forces");
  });

  it("state aliases: the names of a state's armed forces stay theirs when the article names them as an actor of their own", () => {
    const r = new Registry("Polish drones hit a bridge. The Polish military said Polish forces also struck a depot.");
    stateWeapons(r);
    unitsAndNationalBodies(r);
    const poland = r.byForm.get("Polish forces")!, army = r.byForm.get("Polish military")!;
    stateBodyAliases(r);
    expect([poland.name, army.name]).toEqual(["Poland", "Armed Forces of Poland"]);
    expect([...army.aliases]).toContain("Polish forces");
    expect([...poland.aliases].filter((n) => army.aliases.has(n) || n === army.name)).toEqual([]);
  });

  it("EU institutions: 'the Commission' in an EU article is the European Commission", () => {
    const r = new Registry("EU leaders met in Brussels. The Commission will present the budget.");
    bareEuInstitutions(r);
    expect(r.byForm.get("Commission")?.name).toBe("European Commission");
    const elsewhere = new Registry("The Commission on Human Rights in Kyiv met.");
    bareEuInstitutions(elsewhere);
    expect(elsewhere.byForm.has("Commission")).toBe(false);
  });

  it("runs and organisation names: no date or place glued on", () => {
    const r = new Registry("The outlet Aamaj News on April 12 reported it. The Observer Research Foundation in New Delhi hosted him.");
    const { orgRuns } = capitalisedRuns(r);
    organisationNames(r, orgRuns, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Aamaj News", "Observer Research Foundation"]));
    expect(names(r).some((n) => /April|Delhi/.test(n))).toBe(false);
  });

  it("persons: titled, with a role, and not numbers or headline words", () => {
    const text = "Title Case Headline Says Things\n\nFinnish Defence Minister Antti Hakkanen said so. Four Tajiks were sentenced.";
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, "Title Case Headline Says Things".length);
    expect(names(r)).toEqual(["Antti Hakkanen"]);
    expect(r.actors.get("antti hakkanen")?.role).toBe("Defence Minister of Finland");
  });

  it("national bodies: named bodies, generic forces as the state, bare ministries", () => {
    const r = new Registry("Russia's Defence Ministry said Ukrainian forces attacked. The Finance Ministry in Kyiv said nothing.");
    unitsAndNationalBodies(r);
    bareNationalBodies(r);
    expect(names(r)).toEqual(expect.arrayContaining(["Russian Defence Ministry", "Ukraine", "Ukrainian Finance Ministry"]));
    expect(names(r)).not.toContain("Armed Forces of Ukraine");
  });

  it("described bodies: one-word organisations and collective actors", () => {
    const found = findNamedBodies("the defence group Rheinmetall said. Euroclear, the Brussels-based depository, warned. European allies agreed.", () => false);
    expect(found.map(({ name, kind }) => ({ name, kind }))).toEqual([
      { name: "Rheinmetall", kind: "organization" },
      { name: "Euroclear", kind: "organization" },
      { name: "European allies", kind: "other" },
    ]);
    const r = new Registry("Drone maker Dronaris said it would build a plant.");
    describedBodies(r, 0, "one");
    expect(names(r)).toEqual(["Dronaris"]);
  });

  it("a description going straight on to 'said' is that verb's subject, not an apposition to the name before it", () => {
    const found = findNamedBodies("Fog grounded the evening flight from Oslo to Tromsø, the airline said. Couriers were held near Kupiansk, the agency has also said.", () => false);
    expect(found.map((b) => b.name)).toEqual([]);
    // Set off by a second comma, the description still introduces the name.
    expect(findNamedBodies("Brandtwell, the Oslo-based insurer, said premiums would rise.", () => false).map((b) => b.name)).toEqual(["Brandtwell"]);
    // A name opening its sentence is what the description describes, though the closing comma is missing.
    expect(findNamedBodies("Fog lifted. Brandtwell, the Oslo-based insurer said premiums would rise.", () => false).map((b) => b.name)).toEqual(["Brandtwell"]);
  });

  it("mentions and pronouns: metonyms only when acting, she resolves past a possessor", () => {
    const text = "Zelenskiy visited Berlin and Copenhagen. Peskov's comments came after Kaja Kallas spoke. She told reporters more.";
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    const mentions = scanMentions(r);
    const paragraphs = splitParagraphs(text);
    const quotes = findQuotes(text, paragraphs);
    resolvePronouns(r, mentions, splitSentences(text, paragraphs, quotes), quotes);
    expect(mentions.some((m) => m.surface === "Copenhagen")).toBe(false);
    expect(mentions.find((m) => m.surface === "She")?.actor.name).toBe("Kaja Kallas");
  });

  it("collectives: a demonym or region with a group noun, only where the group speaks or acts", () => {
    const r = new Registry(
      "European allies have pledged more aid. Two people died, Ukrainian officials said. Japan froze the assets of Russian officials. Ukrainian and American officials met in Geneva. Gulf states urged restraint.",
    );
    collectiveActors(r);
    expect(names(r)).toEqual(["European allies", "Ukrainian officials", "Gulf states"]);
    expect(r.byForm.get("European allies")?.kind).toBe("other");
  });

  it("collectives: ambassadors, experts and a state's partners; an adverb before the verb; 'and' joining clauses or actors", () => {
    const r = new Registry(
      "EU ambassadors have agreed the package. Nordic experts repeatedly warned of delays. Moldova's partners met in Vienna. " +
        "The ports reopened, and EU envoys said the corridor was safe. Kyiv and Western governments say the figure is higher. " +
        "South Korean and Japanese diplomats warned of delays. U.S. and Ukrainian negotiators met in Geneva. Assets frozen by Moldova's allies were listed.",
    );
    collectiveActors(r);
    expect(names(r)).toEqual(["EU ambassadors", "Nordic experts", "EU envoys", "Western governments", "Moldova's partners"]);
  });

  it("national bodies: 'Ukraine's military-industrial complex' names no armed force", () => {
    const r = new Registry("Strikes hit facilities of Ukraine's military-industrial complex.");
    unitsAndNationalBodies(r);
    expect(names(r)).toEqual([]);
  });

  it("national bodies: one actor per body, the article's spelling kept as an alias; gazetteer forms in any case", () => {
    const r = new Registry("Russia's Defense Ministry said so. Ukrainian Military Intelligence denied it.");
    unitsAndNationalBodies(r);
    const ministry = r.byForm.get("Russia's Defense Ministry")!;
    expect(ministry.name).toBe("Russian Defence Ministry");
    expect([...ministry.aliases]).toContain("Russian Defense Ministry");
    expect(r.byForm.get("Ukrainian Military Intelligence")?.name).toBe("Defence Intelligence of Ukraine");
  });

  it("pronouns: a person after a preposition is no subject ('with Rubio, he'); 'according to Lavrov' still is", () => {
    const text =
      "Foreign Minister Andrii Sybiha met US Secretary of State Marco Rubio. After the meeting with Rubio, he spoke. " +
      "Kremlin spokesman Dmitry Peskov spoke. Asked about the meeting with Sybiha, he said nothing. " +
      "According to Sergei Lavrov, the plan that Steve Witkoff drafted with Kirill Dmitriev was fair. He claimed more.";
    const paragraphs = splitParagraphs(text);
    const quotes = findQuotes(text, paragraphs);
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    const mentions = scanMentions(r);
    resolvePronouns(r, mentions, splitSentences(text, paragraphs, quotes), quotes);
    expect(mentions.filter((m) => m.pronoun).map((m) => m.actor.name)).toEqual(["Andrii Sybiha", "Dmitry Peskov", "Sergey Lavrov"]);
  });

  it("pronouns: a preposition in the sentence before does not take the next sentence's subject", () => {
    const text =
      "Defence Minister Pieter Vanstraten toured the depot. The shells were shipped to Poland.\n\nVanstraten met Chancellor Olaf Brennecke on Monday. He said more would follow.";
    const paragraphs = splitParagraphs(text);
    const quotes = findQuotes(text, paragraphs);
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    const mentions = scanMentions(r);
    resolvePronouns(r, mentions, splitSentences(text, paragraphs, quotes), quotes);
    expect(mentions.filter((m) => m.pronoun).map((m) => m.actor.name)).toEqual(["Pieter Vanstraten"]);
  });

  it("named bodies: a one-word company before its officer; persons after a lower-case corporate role", () => {
    const isWord = (w: string) => ["Then", "Russia's"].includes(w);
    const text = "Sybiha met Rheinmetall chief executive Armin Papperger. Then spokesman Ivan Petrov spoke.";
    expect(findNamedBodies(text, isWord).map((b) => [b.name, b.kind])).toEqual([["Rheinmetall", "organization"]]);
    const r = new Registry(text);
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(r.byForm.get("Armin Papperger")?.role).toBe("Rheinmetall chief executive");
  });

  it("persons: a family name written first ('Prime Minister Takaichi Sanae … Takaichi said') becomes the short name", () => {
    const r = new Registry("Prime Minister Takaichi Sanae spoke to Zelenskyy. Takaichi said Japan stands by Ukraine. Emmanuel Macron agreed.");
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    familyNameFirst(r);
    expect(r.byForm.get("Takaichi")?.name).toBe("Takaichi Sanae");
    expect(r.byForm.has("Emmanuel")).toBe(false);
  });

  it("persons: the family name alone is found where it stands after a first mention that is not followed by a verb", () => {
    const r = new Registry("Governor Ishiba Kenta met Takeshi. Ishiba, in Osaka, visited a plant. Later Ishiba quietly told reporters the plant would reopen.");
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    familyNameFirst(r);
    expect(r.byForm.get("Ishiba")?.name).toBe("Ishiba Kenta");
  });

  it("described sources: one source out of a group that speaks is named 'one of the …'; one who only acts is not", () => {
    const text = "Three Baltic officials attended. One of the Baltic officials said the plan was dead. \"Too late,\" said one of the traders. One of the drivers waited.";
    expect(describedIn(text)).toEqual(["one of the Baltic officials", "one of the traders"]);
  });

  it("described sources: 'According to', a second source joined by 'and', a relative clause, 'quoted … as saying', more speech verbs", () => {
    const text = "According to a Western diplomat in Ankara, talks stalled. It was confirmed by two Gulf officials and a Western analyst. " +
      "A German defence official who was not authorised to speak publicly said the order stood. Lee quoted an NIS official as saying so. " +
      "An Orlen spokesperson confirmed the deal. Another trader in Geneva said prices fell. The attack killed a man and a woman.";
    expect(describedIn(text)).toEqual(["a German defence official", "a Western analyst", "a Western diplomat", "an NIS official", "an Orlen spokesperson", "another trader in Geneva"]);
  });

  it("introduced persons: a first name after a relative, an age or 'one of them', a call sign after a comma; not a place after an age", () => {
    const text = "His mother, Olena, had not seen him. Kholodova's son Artyom was declared missing. Among them was 11-year-old Maksym, from Sumy. " +
      "\"It happened,\" said one of them, Andrii, after the verdict. A medic who gave only his call sign, \"Lis,\" said so. A 63-year-old Orikhiv resident was hurt.";
    const r = new Registry(text);
    introducedPersons(r);
    expect(names(r).sort()).toEqual(["Andrii", "Artyom", "Lis", "Maksym", "Olena"]);
  });

  it("role appositions: a name after a lower-case office and a comma; not a state, a body or a name in mid-phrase", () => {
    const text = "\"It is done,\" said the head of the exchange committee's secretariat, Taras Hnatyuk. " +
      "Aid went through the deputy of the mission, Ukraine Relief. The spokesman, Marko Vovk Senior Counsel, declined.";
    const r = new Registry(text);
    roleAppositions(r);
    expect(names(r)).toEqual(["Taras Hnatyuk"]);
  });

  it("plural names: an adjective before a plural noun is a unit or company, not a person; a known surname stays", () => {
    const r = new Registry("Drones by Wild Ravens were shown. Grand Roberts spoke.");
    for (const n of ["Wild Ravens", "Grand Roberts"]) r.addForm(r.ensure(n, "person"), n);
    retypePluralNames(r);
    expect(r.byForm.get("Wild Ravens")?.kind).toBe("organization");
    expect(r.byForm.get("Grand Roberts")?.kind).toBe("person");
  });

  it("persons: a retired mark after a rank keeps the rank a title ('Maj Gen (retd) …')", () => {
    const r = new Registry("The line will hold, said Maj Gen (retd) Dariusz Wrona. Colonel (ret.) Mykyta Sova agreed.");
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(r.byForm.get("Dariusz Wrona")?.role).toBe("Maj Gen");
    expect(r.byForm.get("Mykyta Sova")?.role).toBe("Colonel");
  });

  it("introduced persons: a call sign given 'as' a name", () => {
    const r = new Registry("A gunner, who gave his call sign as Sokil, said the line held.");
    introducedPersons(r);
    expect(names(r)).toEqual(["Sokil"]);
  });

  it("introduced persons: a court-style name (unknown first name, closing initial); not a middle initial or a place", () => {
    const text = "The witness Mykhailyna R. told the judges what she saw. Ostap Z. Hrytsenko also spoke. The convoy left Kyiv S. Street early. Dariusz W.'s lawyer appealed.";
    const r = new Registry(text);
    introducedPersons(r);
    expect(names(r).sort()).toEqual(["Dariusz W.", "Mykhailyna R."]);
  });

  it("persons: an Arabic name's lower-case article joins the name ('Musaed al-Aiban')", () => {
    const r = new Registry("Saudi national security adviser Musaed al-Aiban chaired the session.");
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toEqual(["Musaed al-Aiban"]);
  });

  it("leader governments: 'the Trump administration' for a known leader only", () => {
    const r = new Registry("The Trump administration weighs its options. The Smith administration was different.");
    leaderGovernments(r);
    expect([...r.actors.values()].map((a) => [a.name, a.kind])).toEqual([["Trump administration", "government"]]);
  });

  it("mentions: a one-word body of the gazetteer counts where it acts, not as a place or an addressee", () => {
    const r = new Registry("The Bundeswehr bought drones. Talks were held in the Bundesrat. The Bundestag passed the bill. Merz told the Sejm it would pass.");
    const mentions = scanMentions(r);
    expect([...new Set(mentions.map((m) => m.actor.name))].sort()).toEqual(["Bundestag", "Bundeswehr", "Friedrich Merz"]);
  });

  it("persons: a person first named by title and surname takes the full name printed later", () => {
    const r = new Registry("Interview | \"We must build,\" says Defence Minister Häkkänen\n\nDefence Minister Antti Häkkänen tells HS why. Yesterday Häkkänen left.");
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    fullNamesOfSurnames(r);
    const a = r.byForm.get("Häkkänen");
    expect(a?.name).toBe("Antti Häkkänen");
    expect([...a!.aliases]).toContain("Häkkänen");
  });

  it("persons: a surname found alone in the headline takes the full name with a middle initial printed later", () => {
    const r = new Registry("Interior Minister Lindqvist: – We are ready\n\nThe police will get more money, says Interior Minister Karin B. Lindqvist. Later Lindqvist left.");
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    const a = r.byForm.get("Lindqvist");
    expect(a?.name).toBe("Karin B. Lindqvist");
    expect([...r.actors.values()].filter((x) => x.kind === "person")).toHaveLength(1);
    expect([...a!.aliases]).toContain("Lindqvist");
  });

  it("persons: a court's people ('the prosecutor, …', 'her lawyer …') are named by their role noun", () => {
    const r = new Registry("The prosecutor, Radomir Wendt of the District Court, asked for ten years. Her lawyer Zdzisław Kurek appealed.");
    const { runs, surnameCount } = capitalisedRuns(r);
    persons(r, runs, surnameCount, 0);
    expect(names(r)).toEqual(expect.arrayContaining(["Radomir Wendt", "Zdzisław Kurek"]));
  });
});
