import { describe, expect, it } from "vitest";
import { lexiconType, predicatePos, verbForms } from "./type-lexicon";
import { guardType } from "./type-guards";
import { bestTrigger } from "./triggers";

describe("type lexicon", () => {
  it("inflects each lemma, the first word of a phrase", () => {
    expect(verbForms("pledge")).toEqual(expect.arrayContaining(["pledge", "pledged", "pledges", "pledging"]));
    expect(verbForms("hold talks")).toEqual(expect.arrayContaining(["held talks", "holds talks"]));
  });

  it("finds a verb form as a whole word, whatever its case, after a hyphen too, and the longest form that fits", () => {
    expect(lexiconType("other", "Germany re-pledged 500 drones to Kyiv")).toBe("aid_arms_decision");
    expect(lexiconType("other", "NORWAY PLEDGED $2 BILLION IN MILITARY ASSISTANCE")).toBe("aid_arms_decision");
    expect(lexiconType("other", "the pledged_total of $2 billion in military assistance")).toBe("other");
    expect(predicatePos("Russian troops have withdrawn from the village")).toBe("Russian troops have ".length);
  });

  it("a hamlet taken is ground taken", () => {
    expect(lexiconType("other", "the rebels had taken the neighbouring hamlet of Velka Dolina")).toBe("ground_advance");
    expect(lexiconType("other", "the rebels had taken the neighbouring view of the sea")).toBe("other");
  });

  it("aid: pledges, purchases, deliveries and funding of arms or money, not of trade goods or a letter", () => {
    expect(lexiconType("other", "Norway pledged $2 billion in military assistance")).toBe("aid_arms_decision");
    expect(lexiconType("missile_drone_strike", "Germany delivered 500 interceptor drones to Kyiv")).toBe("aid_arms_decision");
    expect(lexiconType("other", "the Netherlands bought Patriot missiles for Ukraine")).toBe("aid_arms_decision");
    expect(lexiconType("missile_drone_strike", "Russia sent 400 drones against Ukrainian cities")).toBe("missile_drone_strike");
    expect(lexiconType("other", "Egypt bought 500,000 tonnes of Russian wheat")).toBe("other");
    expect(lexiconType("other", "Zelensky sent a letter to the council")).toBe("other");
    expect(lexiconType("other", "Japan has provided Ukraine with around 12 billion dollars in support")).toBe("aid_arms_decision");
    expect(lexiconType("other", "the EU transferred the first €15bn of its loan to Ukraine")).toBe("aid_arms_decision");
    expect(lexiconType("other", "India bought $5 billion of Russian crude")).toBe("other");
  });

  it("a guest received is a meeting, over weapons discussed at it, and no reaction", () => {
    expect(lexiconType("missile_drone_strike", "the premier received his Finnish counterpart, and the two discussed missile output")).toBe("summit_talks");
    expect(lexiconType("other", "the chancellor welcomed a Moldovan delegation in Berlin")).toBe("summit_talks");
    expect(lexiconType("other", "the chancellor welcomed the decision of the court")).toBe("other");
    expect(lexiconType("missile_drone_strike", "the mayor received the news late at night")).toBe("missile_drone_strike");
  });

  it("aid: more of a counted thing, but not more time, rounds or troops", () => {
    expect(lexiconType("other", "Norway pledged three more ambulances last week")).toBe("aid_arms_decision");
    expect(lexiconType("other", "Denmark promised a further 25 armoured trucks")).toBe("aid_arms_decision");
    expect(lexiconType("other", "the council extended the mission by two more years")).toBe("other");
    expect(lexiconType("other", "the ministry sent two more brigades to the east")).toBe("other");
  });

  it("aid: a count whose noun is left out, named before, but not a vote count", () => {
    expect(lexiconType("other", "Portugal pledged another 12 on Friday")).toBe("aid_arms_decision");
    expect(lexiconType("other", "Belgium promised 30 more to Ukraine")).toBe("aid_arms_decision");
    expect(lexiconType("other", "Austria has delivered a further 8.")).toBe("aid_arms_decision");
    expect(lexiconType("other", "the assembly approved 210 to 14 on Monday")).toBe("other");
    expect(lexiconType("other", "Portugal pledged 12% of its budget")).toBe("other");
  });

  it("aid: money promised, committed or extended, named in a currency code too, not a deadline extended", () => {
    expect(lexiconType("other", "at the July conference, Seoul promised $1.5 billion in loans")).toBe("aid_arms_decision");
    expect(lexiconType("other", "the development bank extended a EUR 200m credit line in May")).toBe("aid_arms_decision");
    expect(lexiconType("other", "the ministry extended the deadline by a month")).toBe("other");
    expect(lexiconType("other", "the president promised a swift response")).toBe("other");
  });

  it("talks: meetings, visits and hosted talks, not meeting a deadline or criticism", () => {
    expect(lexiconType("other", "Rubio meets Lavrov in Riyadh")).toBe("summit_talks");
    expect(lexiconType("other", "Modi was visiting Moscow")).toBe("summit_talks");
    expect(lexiconType("other", "the plan met with fierce criticism in Kyiv")).toBe("other");
    expect(lexiconType("other", "a day after the meeting, a Moscow court sentenced a theatre director")).toBe("other");
  });

  it("talks: a meeting as the subject or object of the clause's verb, not a round of sanctions", () => {
    expect(lexiconType("other", "The round in Doha at the end of the month ended without a statement")).toBe("summit_talks");
    expect(lexiconType("other", "the negotiations had been difficult but useful")).toBe("summit_talks");
    expect(lexiconType("other", "the host's foreign minister opened the talks on Friday")).toBe("summit_talks");
    expect(lexiconType("other", "the vote followed a meeting on Sunday between the two premiers")).toBe("summit_talks");
    expect(lexiconType("other", "the former president led a peace mission to Moscow")).toBe("summit_talks");
    expect(lexiconType("other", "a new round of sanctions followed the attack")).toBe("other");
    expect(lexiconType("other", "thousands joined the protest in the capital")).toBe("other");
  });

  it("talks, calls, sanctions, advances and proposals the trigger lists leave `other`", () => {
    expect(lexiconType("other", "the foreign minister received his Polish counterpart in Rome")).toBe("summit_talks");
    expect(lexiconType("other", "the foreign minister also spoke to Sikorski two days later")).toBe("phone_call");
    expect(lexiconType("other", "the minister spoke to reporters after the vote")).toBe("other");
    expect(lexiconType("other", "Canada froze the assets of 12 companies")).toBe("sanctions");
    expect(lexiconType("other", "Russian forces took Vuhledar after a long siege")).toBe("ground_advance");
    expect(lexiconType("other", "the army took three days to respond")).toBe("other");
    expect(lexiconType("other", "the commissioner promised a mechanism to cap prices")).toBe("proposal");
  });

  it("ground advance: forces that enter, cross, reach or withdraw, whatever they name as the object", () => {
    expect(lexiconType("other", "the district enemy troops first entered in May")).toBe("ground_advance");
    expect(lexiconType("other", "Russian troops crossed it near the village the night before")).toBe("ground_advance");
    expect(lexiconType("other", "the dam, which the assault units reached at the end of June, is still contested")).toBe("ground_advance");
    expect(lexiconType("other", "Ukrainian forces withdrew from the town on Tuesday")).toBe("ground_advance");
    expect(lexiconType("other", "the ministers reached an agreement on grain")).toBe("other");
  });

  it("sanctions: exports or imports banned or halted, not a party banned", () => {
    expect(lexiconType("other", "the government banned such exports to Belarus in March")).toBe("sanctions");
    expect(lexiconType("other", "the bloc halted imports of Russian coal")).toBe("sanctions");
    expect(lexiconType("other", "the court banned the opposition party")).toBe("other");
  });

  it("political change: appointments, resignations and dismissals of office holders", () => {
    expect(lexiconType("other", "Zelensky appoints Shmyhal as defence minister")).toBe("political_change");
    expect(lexiconType("other", "Yermak resigns after the searches")).toBe("political_change");
    expect(lexiconType("other", "the president dismissed the head of the border guard")).toBe("political_change");
    expect(lexiconType("other", "the ministry dismissed the reports as fake")).toBe("other");
  });

  it("proposal: offers and plans put forward, not condolences", () => {
    expect(lexiconType("other", "Erdogan offered to host a new round in Istanbul")).toBe("proposal");
    expect(lexiconType("other", "Macron suggests a truce in the air and at sea")).toBe("proposal");
    expect(lexiconType("other", "Lula offered condolences to the victims")).toBe("other");
  });

  it("rejection: vetoes, refusals and blocked decisions, not declining to comment", () => {
    expect(lexiconType("other", "Hungary blocked the €90 billion loan")).toBe("rejection");
    expect(lexiconType("other", "Merz refuses to send Taurus missiles")).toBe("rejection");
    expect(lexiconType("other", "Russia vetoes the resolution")).toBe("rejection");
    expect(lexiconType("other", "the Kremlin declined to comment on the report")).toBe("other");
  });

  it("leaves a reaction and an already typed clause alone", () => {
    expect(lexiconType("other", "Sybiha welcomed the decision to provide air defence systems")).toBe("other");
    expect(lexiconType("phone_call", "Trump and Putin spoke by phone and agreed to meet")).toBe("phone_call");
  });

  it("keeps the round-4 failures out: a wheat purchase is no deal, rising premiums no strike, missiles fired no dismissal", () => {
    expect(guardType("agreement_ceasefire", "Egypt signed a contract to buy Russian wheat")).toBe("other");
    expect(guardType("missile_drone_strike", "insurance premiums rose after drone attacks on Odesa")).toBe("other");
    expect(bestTrigger("Russia fired 50 missiles at Kyiv", 100)?.type).toBe("missile_drone_strike");
    expect(bestTrigger("Zelensky fired the army chief", 100)?.type).toBe("political_change");
    expect(bestTrigger("the minister held phone talks with his counterpart", 100)?.type).toBe("phone_call");
    expect(bestTrigger("the minister met EU energy ministers by video link", 100)?.type).toBe("summit_talks");
    expect(bestTrigger("the trader withdrew its offer for the assets", 100)?.type).toBe("rejection");
    expect(bestTrigger("The first conference was held in Tokyo in February 2024", 100)?.type).toBe("summit_talks");
    expect(bestTrigger("Australia announced a military aid package including counter-drone systems", 100)?.type).toBe("aid_arms_decision");
    expect(bestTrigger("Mr Zelensky spoke to Donald Trump for almost an hour", 100)?.type).toBe("phone_call");
    expect(bestTrigger("the minister spoke to Reuters on Monday", 100)?.type).not.toBe("phone_call");
    expect(bestTrigger("the minister spoke to reporters on Monday", 100)?.type).not.toBe("phone_call");
    expect(bestTrigger("the ministry claimed the capture of a village west of the town", 100)?.type).toBe("ground_advance");
    expect(bestTrigger("the brigade said its soldiers had counter-attacked the next day", 100)?.type).toBe("ground_battle");
    expect(bestTrigger("last year's summer offensive brought Russia the rest of Luhansk region", 100)?.type).toBe("ground_advance");
  });

  it("advances: a town or its outskirts entered, over the fighting named as its cause; not airspace", () => {
    expect(lexiconType("other", "Russian forces entered the city's southern outskirts in February")).toBe("ground_advance");
    expect(lexiconType("ground_battle", "Russian forces entered Huliaipole in November after months of fighting")).toBe("ground_advance");
    expect(lexiconType("other", "a fighter jet briefly entered Estonian airspace")).toBe("other");
  });

  it("an EU package named by its number is a sanctions package", () => {
    expect(bestTrigger("The EU adopted its 20th package in February.", 100)?.type).toBe("sanctions");
  });

  it("talks: ministers gathered at a headquarters, leaders who shook hands", () => {
    expect(bestTrigger("foreign ministers gathered at the alliance's headquarters in Brussels", 100)?.type).toBe("summit_talks");
    expect(bestTrigger("the two prime ministers shook hands at the prime minister's office", 100)?.type).toBe("summit_talks");
  });
});

describe("type lexicon: advances, attacks on energy sites, trips for talks, listings", () => {
  it("ground forces crossing a border or reaching a town's outskirts advance; buses crossing do not", () => {
    expect(lexiconType("other", "Belarusian troops crossed the border near the village")).toBe("ground_advance");
    expect(lexiconType("other", "assault groups reached the southern outskirts of the town")).toBe("ground_advance");
    expect(lexiconType("other", "buses are crossing the border every hour")).toBe("other");
    expect(lexiconType("other", "the troops took two villages west of the river")).toBe("ground_advance");
  });
  it("an energy site destroyed or knocked out is an attack on energy infrastructure", () => {
    expect(lexiconType("other", "missiles knocked out the city's main power station")).toBe("energy_infrastructure_attack");
    expect(lexiconType("other", "they destroyed the largest thermal power plant in the region")).toBe("energy_infrastructure_attack");
    expect(lexiconType("other", "the storm destroyed three bridges")).toBe("other");
  });
  it("a journey for talks is talks; a journey alone is not", () => {
    expect(lexiconType("other", "the envoy traveled to Tehran in May to discuss the corridor")).toBe("summit_talks");
    expect(lexiconType("other", "the minister flew to Oslo for talks with the premier")).toBe("summit_talks");
    expect(lexiconType("other", "the minister flew to Oslo on Monday")).toBe("other");
  });
  it("firms added to a sanctions or entity list are sanctioned", () => {
    expect(lexiconType("other", "the ministry added nine shipping firms to its entity list")).toBe("sanctions");
    expect(lexiconType("other", "the ministry added nine names to the guest list")).toBe("other");
  });
});

describe("type lexicon: a meeting that opens or ends", () => {
  it("tankers or firms designated, or added to a government's own list, are sanctioned", () => {
    expect(lexiconType("other", "the Treasury has designated dozens of tankers since January")).toBe("sanctions");
    expect(lexiconType("other", "Britain added 40 of the same vessels to its own list on Tuesday")).toBe("sanctions");
    expect(lexiconType("other", "the party designated a new candidate")).toBe("other");
  });

  it("prisoners exchanged are an agreement between the sides; goods exchanged are not", () => {
    expect(lexiconType("other", "negotiators agreed on Friday to exchange 500 prisoners of war each")).toBe("agreement_ceasefire");
    expect(lexiconType("other", "the latest exchange of prisoners took place in May")).toBe("agreement_ceasefire");
    expect(lexiconType("other", "the two firms exchanged shares worth $2bn")).toBe("other");
  });

  it("a head of state received, and a call told with an adverbial, whatever the title's capital", () => {
    expect(lexiconType("other", "the emir received Ukrainian President Volodymyr Zelensky in Doha")).toBe("summit_talks");
    expect(lexiconType("other", "he had spoken earlier in the day with Polish President Karol Nawrocki")).toBe("phone_call");
    expect(lexiconType("other", "she spoke earlier with reporters in Brussels")).toBe("other");
  });

  it("is talks when a meeting word is the subject", () => {
    expect(lexiconType("other", "the last round in Oslo ended on June 6 without agreement")).toBe("summit_talks");
    expect(lexiconType("other", "the donors' conference opened in Rome on Monday")).toBe("summit_talks");
    expect(lexiconType("other", "the offensive began in May")).toBe("other");
  });

  it("finds where a clause without a trigger states its happening: its lexicon verb, else its first past verb", () => {
    const at = (clause: string, word: string) => expect(predicatePos(clause)).toBe(clause.indexOf(word));
    at("The state buyer of the republic purchased two tankers of diesel", "purchased");
    at("Last year the national bank kept its key rate at 12%", "kept");
    at("the foreign minister received his Polish counterpart in Rome", "received");
    expect(predicatePos("a long and cold winter ahead")).toBeNull();
  });

  it("reads a passive verb's object in its subject, and a passive's agent is no object it rules out", () => {
    expect(lexiconType("other", "the new air defence package was approved on Tuesday")).toBe("aid_arms_decision");
    expect(lexiconType("other", "the coal-fired power plant was destroyed in April")).toBe("energy_infrastructure_attack");
    expect(lexiconType("other", "the deputy minister was dismissed by the cabinet")).toBe("political_change");
    expect(lexiconType("other", "250 prisoners of war were exchanged at the border")).toBe("agreement_ceasefire");
    expect(lexiconType("other", "the deadline was extended by a month")).toBe("other");
    expect(lexiconType("other", "a letter was sent to the committee")).toBe("other");
  });

  it("aid given; power knocked out; forces that occupy ground or push closer; meetings attended or taken part in", () => {
    expect(lexiconType("other", "Portugal gave the Ukrainian army 30 armoured vehicles")).toBe("aid_arms_decision");
    expect(lexiconType("other", "the mayor gave a speech on Monday")).toBe("other");
    expect(lexiconType("other", "Given the weapons shortage, the brigade rationed its shells")).toBe("other");
    expect(lexiconType("other", "the brigade was given 12 howitzers in May")).toBe("aid_arms_decision");
    expect(lexiconType("missile_drone_strike", "Russian missiles knocked out power across the Odesa region")).toBe("energy_infrastructure_attack");
    expect(lexiconType("missile_drone_strike", "the barrage left 200,000 households without electricity")).toBe("energy_infrastructure_attack");
    expect(lexiconType("missile_drone_strike", "Russia fired 90 drones at Odesa, knocking out heating in two districts")).toBe("missile_drone_strike");
    expect(lexiconType("other", "when Russian troops occupied the town in 2022, the school closed")).toBe("ground_advance");
    expect(lexiconType("other", "Russian units have pushed closer to Siversk")).toBe("ground_advance");
    expect(lexiconType("other", "prices pushed closer to record highs")).toBe("other");
    expect(lexiconType("other", "the minister attended an economic forum in Vilnius")).toBe("summit_talks");
    expect(lexiconType("other", "Austria took part in the talks in Geneva")).toBe("summit_talks");
  });

  it("sanctions: traders and ship managers designated", () => {
    expect(lexiconType("other", "the Treasury designated four Hong Kong traders")).toBe("sanctions");
  });

  it("an exchange of prisoners that took place, began or was agreed is the exchange, not an exchange of fire", () => {
    expect(lexiconType("other", "The latest exchange, of 150 detainees, took place on a bridge near Sumy")).toBe("agreement_ceasefire");
    expect(lexiconType("other", "The swap began at dawn and was finished by noon")).toBe("agreement_ceasefire");
    expect(lexiconType("other", "the exchanges agreed in Doha last spring")).toBe("agreement_ceasefire");
    expect(lexiconType("other", "An exchange of fire began near the ridge")).toBe("other");
    expect(lexiconType("other", "The exchange rate began to slide")).toBe("other");
  });

  it("offices and majorities: an appointment approved, a coalition left, a majority lost", () => {
    expect(lexiconType("other", "the council approved the appointment of a new mission head in Chisinau")).toBe("political_change");
    expect(lexiconType("other", "the Greens quit the governing coalition in March")).toBe("political_change");
    expect(lexiconType("other", "the ruling party lost its absolute majority in the assembly")).toBe("political_change");
    expect(lexiconType("other", "the party won the majority of the vote in the south")).toBe("other");
  });

  it("duties raised on goods are sanctions; a bill introduced is a proposal", () => {
    expect(lexiconType("other", "Ottawa imposed punitive duties on Belarusian potash")).toBe("sanctions");
    expect(lexiconType("other", "the senator introduced a bill to seize frozen assets")).toBe("proposal");
    expect(lexiconType("other", "the chef introduced a new menu")).toBe("other");
  });

  it("ground lost or fallen: a position near a place, a town that fell, not a price that fell", () => {
    expect(lexiconType("other", "the battalion lost two positions east of Siversk")).toBe("ground_advance");
    expect(lexiconType("other", "The trench position was lost overnight")).toBe("ground_advance");
    expect(lexiconType("other", "the port lost its position as the busiest in the region")).toBe("other");
    expect(lexiconType("other", "Vuhledar fell after two years of assaults")).toBe("ground_advance");
    expect(lexiconType("other", "Gazprom fell 4% in Moscow trading")).toBe("other");
    expect(lexiconType("other", "Shoigu fell silent when asked")).toBe("other");
  });

  it("warnings issued, plans given up and motions voted down, meals and sittings of negotiators, deliveries confirmed", () => {
    expect(lexiconType("other", "the navy issued three warnings to shipping near Constanta")).toBe("threat_warning");
    expect(lexiconType("other", "the ministry issued new passports")).toBe("other");
    expect(lexiconType("other", "the coalition gave up on the idea of a joint fund")).toBe("rejection");
    expect(lexiconType("other", "the amendment was defeated by 210 votes to 190")).toBe("rejection");
    expect(lexiconType("other", "the defenders defeated the assault group")).toBe("other");
    expect(lexiconType("other", "the two presidents had lunch in Vilnius with Prime Minister Ruginienė")).toBe("summit_talks");
    expect(lexiconType("other", "the family had dinner at home")).toBe("other");
    expect(lexiconType("other", "Qatari and Russian negotiators sat down in Doha on Monday")).toBe("summit_talks");
    expect(lexiconType("other", "the pupils sat down in the shelter")).toBe("other");
    expect(lexiconType("other", "the minister confirmed the delivery of four more howitzers")).toBe("aid_arms_decision");
    expect(lexiconType("other", "Sweden announced new contributions to the drone coalition")).toBe("aid_arms_decision");
    expect(lexiconType("other", "the minister confirmed the date of the vote")).toBe("other");
  });

  it("captives freed or brought home are an exchange; troops back at a town's edge, or invading, advance", () => {
    expect(lexiconType("other", "On Friday, 90 of our servicemen came home after two years in captivity")).toBe("agreement_ceasefire");
    expect(lexiconType("other", "the 60 prisoners were freed at the Belarusian border")).toBe("agreement_ceasefire");
    expect(lexiconType("other", "in May we brought home 75 of our defenders")).toBe("agreement_ceasefire");
    expect(lexiconType("other", "the tourists came home on Sunday")).toBe("other");
    expect(lexiconType("other", "Russian troops returned to the outskirts of Lyman in spring")).toBe("ground_advance");
    expect(lexiconType("other", "the refugees returned to the outskirts of Lyman in spring")).toBe("other");
    expect(lexiconType("other", "In 2014 Russia invaded Crimea.")).toBe("ground_advance");
  });

  it("only a state or an armed force invades: pests, animals and hackers do not advance", () => {
    expect(lexiconType("other", "Russian paratroopers invaded the Kyiv region in late February")).toBe("ground_advance");
    expect(lexiconType("other", "since Russia's army invaded the country")).toBe("ground_advance");
    expect(lexiconType("other", "Caterpillars invaded the orchards near Uman this spring")).toBe("other");
    expect(lexiconType("other", "Stray dogs invaded the shelled stadium in Kharkiv")).toBe("other");
    expect(lexiconType("other", "Cybercriminals invaded the servers of the railway operator")).toBe("other");
  });

  it("a delivery announced is aid only of arms or aid, or to Ukraine", () => {
    expect(lexiconType("other", "the ministry confirmed the delivery of two more air defence systems")).toBe("aid_arms_decision");
    expect(lexiconType("other", "Oslo announced the first deliveries to Ukraine under the new scheme")).toBe("aid_arms_decision");
    expect(lexiconType("other", "he confirmed the delivery before the end of the summer of four more Gripen fighter jets")).toBe("aid_arms_decision");
    expect(lexiconType("other", "the courier firm announced the delivery of letters to Mykolaiv would restart")).toBe("other");
    expect(lexiconType("other", "the utility confirmed the delivery of spare transformers to the Burshtyn plant")).toBe("other");
    expect(lexiconType("other", "the defence ministry announced the delivery of new Tu-22 bombers to its own squadrons")).toBe("other");
  });

  it("a position lost 'on' the front, not a stance lost on a question", () => {
    expect(lexiconType("other", "the brigade lost two positions on the southern outskirts of Toretsk")).toBe("ground_advance");
    expect(lexiconType("other", "the diplomats lost their position on the grain deal after the vote")).toBe("other");
    expect(lexiconType("other", "the party lost its position on pensions in the coalition talks")).toBe("other");
  });

  it("a volume of gas bought or delivered is trade, not money given", () => {
    expect(lexiconType("other", "the company has bought 1.8 billion cubic metres since October")).toBe("other");
    expect(lexiconType("other", "the pipeline delivered 10.2 billion cubic metres of gas to Europe")).toBe("other");
    expect(lexiconType("other", "the bank delivered 1.8 billion euros to Kyiv")).toBe("aid_arms_decision");
    expect(lexiconType("other", "the farm bought 4.5 hectares of land")).toBe("other");
    expect(lexiconType("other", "Sweden pledged another 20.")).toBe("aid_arms_decision");
  });

  it("money pledged for a side's purchases of fuel is aid, not trade", () => {
    expect(lexiconType("other", "Denmark pledged DKK 900 million for gas purchases before winter")).toBe("aid_arms_decision");
    expect(lexiconType("other", "the two lenders agreed to provide €400m for fuel imports")).toBe("aid_arms_decision");
    expect(guardType("aid_arms_decision", "the two lenders agreed to provide €400m for fuel imports")).toBe("aid_arms_decision");
    expect(lexiconType("other", "the refiner bought $2 billion of Russian oil")).toBe("other");
  });
});
