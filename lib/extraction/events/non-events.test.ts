import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import type { EventCtx, FoundEvent } from "./context";
import { nonEventClass } from "./non-event-cues";

/** Every candidate before the learned gate, loose ones included: what this step alone lets through. */
const candidates = (text: string) => extractArticle({ text, publishedOn: "2025-11-20", title: "T", allCandidates: true }).events.map((e) => e.title);
const titles = (text: string) => extractArticle({ text, publishedOn: "2025-11-20", title: "T", rulesOnly: true }).events.map((e) => e.title);

describe("proposals that name no happening", () => {
  it("drops a one-word title, which names no one doing anything", () => {
    expect(titles("Officials recalled last week's strike.")).not.toContain("Strike");
  });
});

describe("a duration or a neighbouring day is no rate of habit", () => {
  it("keeps a happening 'after a week of fighting' and one cut off before 'a day before …'", () => {
    expect(titles("Enemy units captured the village of Lysivka on Tuesday after a week of heavy fighting.").join()).toMatch(/capture/i);
    expect(titles("The minister warned on Monday that any foreign troops would be targets, a day before Macron hosted a video call.").join()).toMatch(/warn/i);
  });
  it("keeps a clause opened by a stretch of time ('Following a week of rain, …', 'After a day, …')", () => {
    expect(titles("Following a week of rain, Hungary opened a new border crossing with Serbia on 3 March.").join()).toMatch(/open/i);
    expect(titles("After a day of talks, Moldova signed a transit deal with Romania on Friday.").join()).toMatch(/sign/i);
    expect(titles("After a month, Slovakia lifted its ban on Ukrainian grain on 9 June.").join()).toMatch(/lift/i);
  });
  it("still drops a rate ('200 drones a day')", () => {
    expect(titles("The army launched 200 drones a day.")).toEqual([]);
  });
  it("keeps a noun's day ('a day of mourning') and a word ending in 'a' before 'day' ('an extra day')", () => {
    expect(candidates("The city of Rivne held a day of mourning on Friday for the victims.").join()).toMatch(/mourning/i);
    expect(candidates("Moldova's parliament granted an extra day for the vote on Friday.").join()).toMatch(/grant/i);
  });
  it("keeps a change measured as a rate ('rose to 2.1 million barrels a day')", () => {
    expect(titles("Kazakhstan's oil exports rose to 2.1 million barrels a day in March.").join()).toMatch(/exports/i);
    expect(candidates("Rosneft reduced its output by 40,000 barrels a day at the Tuapse refinery on Tuesday.").join()).toMatch(/reduce/i);
  });
});

describe("a state told with 'remained'", () => {
  it("is no happening: 'remained' is the state's own verb, not an action beside it", () => {
    expect(titles("The Kremlin spokesman said on Monday that Moscow remained \"open to a settlement\".")).toEqual([]);
  });
});

describe("a speech report whose complement tells a feeling, a judgement or nothing done", () => {
  /** The non-event cue that reads each candidate, by title. */
  const reasons = (text: string) =>
    extractArticle({ text, publishedOn: "2025-11-20", title: "T", allCandidates: "unfiltered" }).events.map((e) => (e as { nonEvent?: string }).nonEvent ?? null);
  it("reads a participle after a degree adverb as an adjective ('was deeply concerned', 'was \"very disappointed\"')", () => {
    expect(reasons("The Chilean president said on Monday he was \"very disappointed\" with Lukashenko.")).toEqual(["speech about no happening"]);
    expect(reasons("The Norwegian foreign ministry said on Friday it was deeply troubled by the vote in Minsk.")).toEqual(["speech about no happening"]);
  });
  it("keeps a harm after a degree adverb told with where or in what it befell ('seriously wounded in the shelling')", () => {
    expect(reasons("The Moldovan governor said on Sunday that four villagers were seriously wounded in the shelling of a market.")).toEqual([null]);
    expect(reasons("The Georgian ministry said on Monday that the pumping station had been gravely damaged during an overnight raid.")).toEqual([null]);
  });
  it("reads a negated verb as nothing done ('had not been scheduled', 'no date had been agreed')", () => {
    expect(reasons("The Latvian envoy said on Monday that Riga remained open to talks but that the next round had not been scheduled.")).toEqual(["speech about no happening"]);
    expect(reasons("The Finnish ministry said on Monday that a new round of talks was possible but that no date had been agreed.")).toEqual(["speech about no happening"]);
  });
  it("reads 'had been' with no participle after it as a state ('had been \"constructive\"')", () => {
    expect(reasons("The Moldovan negotiator said Tuesday's meeting had been \"constructive\" but that no date had been set for a new round.")).toContain("speech about no happening");
  });
  it("keeps a happening told in the complement ('had been destroyed', 'were killed')", () => {
    expect(reasons("The Estonian governor said on Monday that the ferry terminal had been destroyed.")).toEqual([null]);
    expect(reasons("The Latvian envoy said on Monday that two guards were killed at the border crossing.")).toContain(null);
    expect(reasons("The Belarusian defence ministry said on Tuesday that its troops had taken full control of Krasne, a village in the east that has been under fire for a year.")).toContain(null);
  });
  it("keeps a message told to someone named, whatever it holds ('told Ukraine's negotiator … that Trump wanted …')", () => {
    expect(reasons("The US envoy told Ukraine's chief negotiator Rustem Umerov on Monday that the White House wanted a signed deal soon.")).toEqual([null]);
  });
});

describe("a state reported in a that-clause", () => {
  it("is no happening: the verb before 'that' says or judges, it does not act", () => {
    expect(candidates("Police estimated that about 400 tractors were taking part in the blockade on Friday.")).toEqual([]);
    expect(candidates("The envoy repeated that Moscow was open to talks on its own terms.")).toEqual([]);
  });
  it("keeps an act beside the state ('rejected the claim that …', 'struck the van she was driving')", () => {
    expect(titles("The minister rejected the claim that Hungary was funding the war.").join()).toMatch(/reject/i);
    expect(titles("A Russian drone struck the minibus she was driving near Beryslav on Sunday.").join()).toMatch(/strike/i);
  });
});

describe("a past progressive is something being done, not a state", () => {
  const reasons = (text: string) =>
    extractArticle({ text, publishedOn: "2025-11-20", title: "T", allCandidates: "unfiltered" }).events.map((e) => (e as { nonEvent?: string }).nonEvent ?? null);
  it("keeps 'were loading a barge', 'were quoting the cargo'", () => {
    expect(reasons("Dock workers were loading a grain barge at the northern berth on Saturday morning.")).toEqual([null]);
    expect(reasons("Traders in Singapore were quoting the cargo at a discount of $12 on Tuesday.")).toEqual([null]);
  });
  it("still reads an intention ('was hoping to visit', 'were going to resume') as no happening", () => {
    expect(reasons("The Lithuanian minister was hoping to visit Kyiv on Friday.")).toEqual(["be-state"]);
    expect(reasons("The talks were going to resume in Riga on Monday.")).toEqual(["be-state"]);
  });
  it("reads a plan, a deliberation or an intention in the progressive ('was planning', 'were considering') as no happening", () => {
    expect(reasons("The Latvian army was planning a winter exercise near Daugavpils.")).toEqual(["be-state"]);
    expect(reasons("Regulators were weighing new limits on grain exports on Wednesday.")).toEqual(["be-state"]);
    expect(reasons("Envoys were debating a truce proposal in Vienna on Friday.")).toEqual(["be-state"]);
  });
  it("still reads what went on ('were still searching') as no happening", () => {
    expect(reasons("Firefighters were still searching the collapsed depot in Sumy on Monday.")).toEqual(["be-state"]);
  });
});

describe("a past form after a determiner or a possessive qualifies a noun", () => {
  it("is no verb of action beside a state ('the lenders' combined share was less than …')", () => {
    expect(candidates("The governor said on Thursday that the lenders' combined share of the sector's deposits was less than 3 per cent.")).toEqual([]);
    expect(candidates("The two banks' combined assets were worth less than the sanctioned firm's debts on Monday.")).toEqual([]);
  });
});

describe("a habit told in an appositive or a relative describes the antecedent, not the happening", () => {
  it("keeps a demand followed by ', a condition Kyiv has repeatedly rejected'", () => {
    const text = "Moscow demanded on Tuesday that Ukraine withdraw its troops from Donetsk, a condition Kyiv has repeatedly rejected.";
    expect(titles(text).join()).toMatch(/demand/i);
  });
  it("still drops a habit in the main clause", () => {
    expect(titles("Moscow has repeatedly demanded on Tuesday that Ukraine withdraw its troops.")).toEqual([]);
  });
  it("keeps a happening whose ', when' clause tells a habit ('…, when the market usually opens')", () => {
    const text = "Artillery shelled the port of Mykolaiv on Friday, when fishermen usually land their catch.";
    expect(candidates(text)).toContain("Artillery shells port of Mykolaiv");
  });
});

describe("nothing happened, or a detail of what already did", () => {
  it("drops 'no one' after an adverb of time ('So far nobody has received …')", () => {
    expect(candidates("So far nobody in the Odesa cluster has received a payment from the fund.")).toEqual([]);
  });
  it("drops a clause whose subject is 'no one' ('Nobody was hurt', 'no missile has yet landed')", () => {
    expect(candidates("Nobody was hurt in the blast on Sunday.")).toEqual([]);
    expect(candidates("Officials said no missile had yet landed on the town.")).toEqual([]);
  });
  it("drops a toll's update ('the death toll rose to 9'), a detail of the strike already told", () => {
    expect(titles("The death toll rose to 9 on Friday after a man died in hospital.")).toEqual([]);
    expect(titles("The number of wounded has risen to 31, the mayor said on Friday.")).toEqual([]);
  });
  it("drops a casualty clause with no subject of its own, the count of the strike the sentence told", () => {
    expect(titles("Russian drones struck a market in Sumy on Monday, and killed five people.")).toEqual(["Russian drones strike market in Sumy"]);
  });
  it("keeps a first report of a toll", () => {
    expect(titles("A Russian glide bomb killed three people in Kupiansk on Friday.").join()).toMatch(/kill/i);
  });
});

describe("plans and the interview's own setting", () => {
  it("drops a visit only scheduled or expected", () => {
    expect(titles("The Danish minister is scheduled to visit Ottawa on Thursday.")).toEqual([]);
    expect(titles("Sánchez was expected in Warsaw on Friday for a meeting of EU leaders.")).toEqual([]);
  });
  it("drops the interview's setting: 'We spoke at the consulate', 'The interview took place on Monday'", () => {
    expect(titles("We spoke at the consulate in Haifa on Tuesday.")).toEqual([]);
    expect(titles("The interview took place on Monday in her office in Riga.")).toEqual([]);
  });
  it("drops what is set for later ('The next hearing is set for 3 May', 'A service is to be held on Friday')", () => {
    expect(candidates("The next hearing in the espionage trial is set for 3 May.")).toEqual([]);
    expect(candidates("A memorial service is to be held at the garrison church on Friday.")).toEqual([]);
  });
  it("drops a refusal to comment told after a relative clause, and the article's update note", () => {
    expect(candidates("The ministry, which is drafting a new sanctions list, declined to comment on the seizure on Monday.")).toEqual([]);
    expect(candidates("Update, 3 May: This article has been updated with the ministry's statement.")).toEqual([]);
  });
  it("drops the outlet meeting its interviewee ('The Guardian met him at the embassy')", () => {
    expect(titles("The Guardian met him at the embassy in Vilnius on Monday.")).toEqual([]);
  });
  it("keeps a visit that happened", () => {
    expect(titles("The Danish minister visited Ottawa on Thursday.").join()).toMatch(/visit/i);
  });
});

describe("analysis of what happened", () => {
  it("drops an assessment, an analyst's reading and an appearance", () => {
    expect(titles("The think tank said in its Friday assessment that satellite images showed new trenches near Tokmak.")).toEqual([]);
    expect(titles("Analysts at the Carnegie Endowment said the cabinet reshuffle appeared to be aimed at the army.")).toEqual([]);
    expect(titles("The offensive appeared to stall near Tokmak on Friday.")).toEqual([]);
  });
});

describe("a perfect held over a stretch of time", () => {
  it("drops 'had blocked the bill for two weeks', a state before the happening that ended it", () => {
    expect(titles("Latvia had blocked the sanctions package for two weeks.")).toEqual([]);
    expect(titles("Prime Minister Mette Larsen had vetoed the aid package for three weeks.")).toEqual([]);
  });
  it("keeps a happening with a duration in the simple past", () => {
    expect(titles("Latvia blocked the bill on Monday for two weeks.").join()).toMatch(/block/i);
  });
});

describe("a habit told at the head of the sentence", () => {
  it("drops 'Every night Zaporizhzhia is struck by …' as it drops '… every night'", () => {
    expect(candidates("Every night Zaporizhzhia is struck by dozens of Shahed drones.")).toEqual([]);
  });
});

describe("a label put on something", () => {
  it("drops 'X called the parade \"a circus\"', an opinion, but keeps a happening beside 'what he called'", () => {
    expect(candidates("Russian Foreign Ministry spokeswoman Maria Zakharova on Sunday called the planned parade “a circus.”")).toEqual([]);
    expect(candidates("Peskov rejected what he called \"groundless claims\" on Monday.").join()).toMatch(/reject/i);
  });
  it("reads past inserts set off by commas in the label's subject, but not past a happening told before it", () => {
    expect(candidates('Ivo Marsh, spokesman of the Baltic Coast Guard, called the report "pure fiction".')).toEqual([]);
    expect(candidates('Speaking on radio on Monday, the mayor of Gdansk, Anna Wolska, called the decision "a betrayal of the city".')).toEqual([]);
    expect(candidates('After drones struck the port, the governor called the attack "barbaric".')).not.toEqual([]);
  });
});

describe("a reaction to what was already told", () => {
  it("drops a welcome or a condemnation of something the article told", () => {
    expect(candidates("Baltic leaders condemned the shelling of the ferry terminal on Saturday.")).toEqual([]);
    expect(candidates("The Moldovan foreign ministry welcomed the offer.")).toEqual([]);
  });
  it("keeps a rejection, a turn of the story, and a claim denied (annotation conventions, rounds 24, 26, 29)", () => {
    expect(candidates("Minsk rejected the proposal on Friday.").join()).toMatch(/reject/i);
    expect(candidates("The border guard denied it on Friday.").join()).toMatch(/denies/i);
  });
});

describe("a quotation's attribution", () => {
  const ctx = { text: "", sentences: [], quotes: [], dates: [], index: { mentions: [] } } as unknown as EventCtx;
  const ev = { type: "other", start: 0 } as FoundEvent;
  const classOf = (clause: string) => nonEventClass(ctx, ev, { clause, main: clause, head: clause });
  it("drops the saying of a quotation, whatever its setting ('\" …,\" the mayor told reporters on Friday')", () => {
    expect(classOf('"The bridge will reopen by spring," the mayor told reporters on Friday after a council session.')).toBe("attribution alone");
    expect(classOf("– We sleep in the corridor now, the nurse said by phone.")).toBe("attribution alone");
    expect(classOf('"The decision is still open," said Anna Berg, a lawyer at a firm in Oslo.')).toBe("attribution alone");
  });
  it("drops a report's attribution cut off after a comma ('…, the ministry reported on Monday')", () => {
    const text = "Grain exports reached 4 million tonnes, the ministry reported on Monday.";
    const start = text.indexOf("ministry");
    const at = { ...ctx, text } as EventCtx;
    const clause = text.slice(start);
    expect(nonEventClass(at, { ...ev, start }, { clause, main: clause, head: clause })).toBe("attribution alone");
    const reported = "the ministry reported on Monday that exports had fallen.";
    expect(nonEventClass({ ...ctx, text: `Meanwhile, ${reported}` } as EventCtx, { ...ev, start: 11 }, { clause: reported, main: reported, head: reported })).toBeNull();
  });
  it("keeps a speech or an address, and a happening told after the verb of saying", () => {
    expect(classOf("– We will not bend – the premier said in her closing speech on Monday.")).toBeNull();
    expect(classOf('"We will answer," the minister said, after drones struck the depot.')).toBeNull();
    expect(classOf('"We have the text," the minister said after talks with his Estonian counterpart in Riga.')).toBeNull();
    expect(classOf("The mayor told reporters on Friday that the bridge would reopen.")).not.toBe("attribution alone");
  });
  it("keeps a setting that is an occasion of its own: a briefing, a conference, a closing argument, a final statement", () => {
    expect(classOf('"The dam must be rebuilt," the governor said during a briefing in Kherson.')).toBeNull();
    expect(classOf('"We need more radars," the general told a conference in Tallinn last week.')).toBeNull();
    expect(classOf('"He knew the risk," the prosecutor said in her closing argument on Monday.')).toBeNull();
    expect(classOf('"I regret it," the defendant told the court during his final statement.')).toBeNull();
  });
  it("reads a conference call as the saying's setting, not a conference ('told reporters on a conference call')", () => {
    expect(classOf('"Our position is well known," the presidential spokesman told reporters on a conference call on Monday.')).toBe("attribution alone");
  });
});

describe("nonEventClass", () => {
  const ctx = { text: "", sentences: [], quotes: [], dates: [], index: { mentions: [] } } as unknown as EventCtx;
  const ev = { type: "other", start: 0 } as FoundEvent;
  const classOf = (clause: string) => nonEventClass(ctx, ev, { clause, main: clause, head: clause });
  it("names the class a clause falls in, or none for a happening", () => {
    expect(classOf("Nobody was hurt.")).toBe("nothing happened");
    expect(classOf("The minister is scheduled to visit Ottawa on Thursday.")).toBe("plan");
    expect(classOf("The offensive appeared to stall near Tokmak.")).toBe("analysis");
    expect(classOf("Nordic ministers welcomed the verdict.")).toBe("reaction");
    expect(classOf("The minister visited Ottawa on Thursday.")).toBeNull();
  });
});

describe("a perfect of duration ('has maintained … since')", () => {
  it("drops a state held since a date, and keeps one the codebook types (a ban), whose trigger names what began it", () => {
    expect(candidates("Moscow has held this line since June 2024, officials said.").some((e) => /line/.test(e))).toBe(false);
    expect(candidates("Slovakia has maintained its unilateral ban on imports of Ukrainian poultry since March 2024.").join()).toMatch(/ban/i);
  });
});

describe("each dropped candidate names the cue that dropped it", () => {
  /** The unfiltered candidates' non-event reasons, by title. */
  const reasons = (text: string) =>
    Object.fromEntries(extractArticle({ text, publishedOn: "2025-11-20", title: "T", allCandidates: "unfiltered" }).events.map((e) => [e.title, (e as { nonEvent?: string }).nonEvent ?? null]));
  it("names the habit and the negation, and none for a happening", () => {
    const got = Object.values(
      reasons("The army launched 200 drones a day. The ministry did not comment on the fire. Latvian police detained two men on Friday."),
    );
    expect(got).toEqual(expect.arrayContaining(["habit or rate", "negated", null]));
  });
});

describe("cues read from the clause's grammar, not from a word that only looks like them", () => {
  it("keeps a stretch of time with an approximator ('for almost a week') as no rate", () => {
    expect(titles("A missile strike on Izmail on 4 May damaged a ferry terminal, halting crossings for almost a week.").join()).toMatch(/damage/i);
  });
  it("keeps a clause whose subject holds a relative with 'were' ('Two tankers that were waiting …')", () => {
    expect(candidates("Two tankers that were waiting off Samsun left the anchorage on Thursday morning.").join()).toMatch(/left|leave/i);
  });
  it("keeps a dated clause whose plural noun the lexicon files as a present verb ('glide bombs hit')", () => {
    expect(titles("On Friday night, Russian glide bombs hit a school in Kupiansk, killing two.").join()).toMatch(/hit/i);
  });
  it("still drops an undated present description", () => {
    expect(titles("The factory now makes shells for the Czech army.")).toEqual([]);
  });
});

describe("a quotation's words are not its attribution's grammar", () => {
  it("keeps an address or a speech whose quote reads like a habit or a state", () => {
    expect(titles("“Every night they send drones at our ports,” Maia Sandu said in her evening address on Sunday.").join()).toMatch(/address/i);
    expect(titles("“The bridge is a question of days,” Anatolie Nosatii said on Monday in a speech to cadets in Chisinau.").join()).toMatch(/speech/i);
  });
  it("still drops an attribution with a bare setting", () => {
    expect(titles("“Every night they send drones at our ports,” Maia Sandu told reporters on Sunday.")).toEqual([]);
  });
});

describe("a perfect progressive since a time is an activity going on, not one happening", () => {
  it("drops 'has been lending … since last winter' told in the clause's own voice", () => {
    expect(candidates("The village library has been lending books to soldiers since last winter.")).toEqual([]);
    expect(candidates("The Maltese charity has been sending ambulances to Ukraine since 2023.")).toEqual([]);
  });
  it("keeps a happening told plainly, and leaves a reported progressive to the speech cues", () => {
    expect(candidates("The Maltese charity sent two ambulances to Ukraine on Monday.").join()).toMatch(/ambulance/i);
  });
});

describe("a present-perfect progressive over a stretch is a lasting state", () => {
  it("drops 'have been shelling X for almost a week'", () => {
    expect(candidates("Belarusian units have been shelling the border post for almost a week, the guard service said on Friday.")).toEqual([]);
  });
});

describe("a speech report of a state, told by a subject with a background insert", () => {
  const reasons = (text: string) =>
    extractArticle({ text, publishedOn: "2025-11-20", title: "T", allCandidates: "unfiltered" }).events.map((e) => (e as { nonEvent?: string }).nonEvent ?? null);
  it("reads past the question put to the speaker ('X, asked about …, said he was \"very disappointed\"')", () => {
    expect(reasons("The Peruvian president, asked about the vote in Lima on Friday, said he was \"very disappointed\" in Lukashenko.")).toEqual(["speech about no happening"]);
  });
  it("reads past an undated relative on the subject, or one that only starts a stretch ('who has represented … since 2021')", () => {
    expect(reasons("The Austrian Cultural Forum, which had funded her exhibitions, said it was deeply troubled by the verdict.")).toEqual(["speech about no happening"]);
    expect(reasons("The Estonian envoy, who has represented Tallinn in Minsk since 2021, says Estonian firms could help rebuild the bridge if the government lets them.")).toEqual(["speech about no happening"]);
  });
  it("keeps a dated relative on the subject, which tells a happening ('whose son signed a contract in 2024')", () => {
    expect(reasons("Marta, whose son signed a contract in Tver in 2024, says she was still waiting for the payment.")).toContain(null);
  });
});

describe("the expression of a feeling or a position is a statement, not a happening", () => {
  it("drops 'expressed its condolences', 'voiced hope', 'reiterated its support' as the clause's verb", () => {
    expect(titles("The Chilean government expressed its condolences to the families on Monday.")).toEqual([]);
    expect(titles("The Peruvian premier reiterated his country's support for a negotiated settlement.")).toEqual([]);
    expect(titles("The Bolivian foreign minister voiced hope that the talks in Ankara would resume.")).toEqual([]);
  });
  it("keeps a happening told before the expression ('spoke by phone …, offering his condolences')", () => {
    expect(titles("The Chilean president spoke by phone with the Peruvian president on Tuesday and expressed his condolences.").join()).toMatch(/speak|call|phone/i);
  });
});

describe("a forecast inside a report", () => {
  it("is no happening though a participle after its verb looks past ('would restore exports lost since …')", () => {
    const text = "Moldovan President Maia Sandu said the deal would restore exports lost since the summer, when strikes on the Danube ports halved shipments.";
    const found = extractArticle({ text, publishedOn: "2025-11-20", title: "T" }).events.map((e) => e.title);
    expect(found.join()).not.toMatch(/restore/i);
    expect(found.join()).toMatch(/halve/i);
  });
  it("keeps a happening told before the forecast", () => {
    expect(titles("Sandu said Russian drones struck a fuel depot in Ocnita, which would slow exports.").join()).toMatch(/strike fuel depot/i);
  });
  it("keeps a pledge told backshifted, a participle after it or not", () => {
    const text = "Norway said on Tuesday it would send 20 armoured vehicles to Ukraine before March.";
    expect(extractArticle({ text, publishedOn: "2025-11-20", title: "T" }).events.map((e) => e.title).join()).toMatch(/send|ambulances/i);
  });
});

describe("a request announced for later and a vote's tally", () => {
  const reasons = (text: string) =>
    extractArticle({ text, publishedOn: "2025-11-20", title: "T", allCandidates: "unfiltered" }).events.map((e) => (e as { nonEvent?: string }).nonEvent ?? null);
  it("reads 'would ask', 'will raise', 'would appeal' as a plan", () => {
    expect(reasons("The Estonian economy minister said on Tuesday that Estonia would ask its partners to fund more air defence for the coast.")).toEqual(["plan"]);
    expect(reasons("The lawyer told the paper that he would appeal.")).toEqual(["plan"]);
  });
  it("keeps a request made, and a happening told before the plan to ask", () => {
    expect(reasons("Romania asked allies for more counter-drone systems on Monday.")).toEqual([null]);
    expect(reasons("He said he had spoken with the NATO chief and would ask for consultations.")[0]).toBeNull();
  });
  it("reads a tally beside the vote as a detail of it, and keeps the vote", () => {
    expect(reasons("The Latvian parliament passed the budget law on Thursday. The decision was supported by 63 MPs, the speaker reported.")).toEqual([null, "detail of a happening told"]);
    expect(reasons("The Moldovan parliament adopted the law on Thursday. 61 MPs voted in favour, a deputy reported on Telegram.")).toEqual([null, "detail of a happening told"]);
  });
  it("keeps a count that votes for something named, and a bill backed by a count", () => {
    expect(reasons("61 MPs voted for the ban on Russian gas on Thursday.")).toEqual([null]);
    expect(reasons("The bill was backed by 240 lawmakers on Friday.")).toEqual([null]);
  });
});

describe("a source granted anonymity", () => {
  const reasons = (text: string) =>
    extractArticle({ text, publishedOn: "2025-11-20", title: "T", allCandidates: "unfiltered" }).events.map((e) => (e as { nonEvent?: string }).nonEvent ?? null);
  it("reads what the source told as a statement, speaker first or quote first", () => {
    expect(reasons("Back at the clinic, a nurse who asked not to be named said her ward had taken in 30 patients in the past week.")).toEqual(["anonymous source's remark"]);
    expect(reasons("A defence ministry official, speaking on condition of anonymity, told the paper that the army was prepared to call up reservists in March.")).toEqual(["anonymous source's remark"]);
    expect(reasons("\"The insurers have cut the premium by half since May,\" said a Gdansk-based broker who asked not to be named.")).toEqual(["anonymous source's remark"]);
  });
  it("keeps a happening told before the anonymous attribution", () => {
    expect(reasons("Russian drones hit the port of Izmail overnight, a port official who asked not to be named said.")[0]).toBeNull();
    expect(reasons("Drones struck a depot in Lviv on Tuesday, an official said on condition of anonymity.")[0]).toBeNull();
  });
  it("keeps a happening the anonymous source reported after the cue", () => {
    expect(reasons("Speaking on condition of anonymity, a navy officer said Ukrainian sea drones struck a tanker near Novorossiysk on Sunday.")[0]).toBeNull();
    expect(reasons("According to a diplomat who asked not to be named, the council approved the new aid package on Thursday.")[0]).toBeNull();
  });
});

describe("a report of the report and a meeting's delegation head", () => {
  const reasons = (text: string) =>
    extractArticle({ text, publishedOn: "2025-11-20", title: "T", allCandidates: "unfiltered" }).events.map((e) => (e as { nonEvent?: string }).nonEvent ?? null);
  it("reads 'This was reported by …' and 'The claim was made in …' as the attribution alone", () => {
    expect(reasons("Police detained two men in Rivne on Tuesday. This was reported by the regional police press service on Wednesday.")).toEqual([null, "attribution alone"]);
    expect(reasons("The army said it had taken the village of Lypky. The claim was made on Monday evening in the army's daily briefing.").at(-1)).toBe("attribution alone");
  });
  it("keeps a document published ('It was published on the legal portal')", () => {
    expect(reasons("The decree was signed on Monday. It was published on the government's legal portal on Tuesday.").at(-1)).toBeNull();
  });
  it("keeps the happening a report of the report tells ('It was confirmed that …', '…, who said …')", () => {
    expect(reasons("It was announced on Wednesday that Moldova and Romania signed a gas supply deal.")[0]).toBeNull();
    expect(reasons("It was confirmed on Monday that three firefighters were killed in the strike on the depot near Sumy.")[0]).toBeNull();
    expect(reasons("The report was confirmed by the mayor, Ivan Fedorov, who said a glide bomb hit a school.")[0]).toBeNull();
  });
  it("reads who led a delegation at a meeting told as its detail, and keeps a leader who led troops", () => {
    expect(reasons("Moldovan and Romanian officials met in Iasi on Friday. The Moldovan delegation was led by the deputy prime minister.")).toEqual([null, "detail of a happening told"]);
    expect(reasons("Colonel Marek Zych led the assault on the bridge on Friday.")).toEqual([null]);
  });
  it("keeps a delegation's head when no meeting is told in another sentence: the only telling of the talks", () => {
    expect(reasons("Ion Popescu led the Moldovan delegation at the talks in Vienna on Thursday.")[0]).toBeNull();
  });
});

describe("a state told from a named side's point of view", () => {
  const reasons = (text: string) =>
    extractArticle({ text, publishedOn: "2025-11-20", title: "T", allCandidates: "unfiltered" }).events.map((e) => (e as { nonEvent?: string }).nonEvent ?? null);
  it("reads 'For Norway, which has sent …, the war is …' as analysis", () => {
    expect(reasons("For Norway, which has sent more than $5 billion to Ukraine since 2022, the war is no longer a distant conflict.")).toEqual(["state from a side's point of view"]);
  });
  it("keeps a happening after the framing, and a stretch of time that opens the sentence", () => {
    expect(reasons("For Moldova, the blast was caused by a Russian drone that crashed near Ocnita on Monday.")[0]).not.toBe("state from a side's point of view");
    expect(reasons("For three days, Slovak farmers blocked the crossing at Vysne Nemecke.")[0]).toBeNull();
  });
  it("keeps a dated happening noun judged from a side's point of view: the only telling of the meeting", () => {
    expect(reasons("For Sandu, the meeting with Macron was a breakthrough, her office said after the talks on Tuesday.")[0]).toBeNull();
  });
});
