import { describe, expect, it } from "vitest";
import type { DateMention } from "../dates";
import { leadingAdjunct, splitClauses } from "./clauses";
import { subjectSpan } from "./shared-subject";

const split = (s: string) => splitClauses(s, 0, []).map((c) => ({ text: s.slice(c.start, c.end), relative: c.relative }));

describe("subordinate and relative clauses with a finite past verb are clauses of their own", () => {
  it("a 'who' relative on a person, with its antecedent marked", () => {
    expect(split("He spoke by phone with Ursula von der Leyen, who promised a mechanism to cap gas prices.")).toEqual([
      { text: "He spoke by phone with Ursula von der Leyen", relative: false },
      { text: "promised a mechanism to cap gas prices.", relative: true },
    ]);
  });
  it("a 'who' relative on a person in the passive, with a place or time after the participle", () => {
    expect(split("The club thanked a fisherman from Narva, who was wounded near the coast in March, and his crew.")[1]).toEqual({
      text: "was wounded near the coast in March, and his crew.",
      relative: true,
    });
    // A state told in the passive ("was born", "was based") is no happening done to the person: no cut.
    expect(split("The club thanked a fisherman from Narva, who was based in Tallinn in March.")).toHaveLength(1);
    // Only what is done to a person as a happening of its own: being accompanied, briefed or evacuated is none.
    expect(split("The mayor greeted the envoy, who was accompanied by two aides, at the station.")).toHaveLength(1);
    expect(split("The governor phoned the minister, who was briefed by the police beforehand.")).toHaveLength(1);
    expect(split("A shell hit a bus carrying miners, who were evacuated to a clinic in Narva.")).toHaveLength(1);
  });
  it("a 'where' relative with its own subject", () => {
    const parts = split("The two leaders last met in The Hague, where Zelenskiy first raised the idea.").map((p) => p.text);
    expect(parts).toEqual(["The two leaders last met in The Hague", "Zelenskiy first raised the idea."]);
  });
  it("a 'where' relative whose subject is a capitalised noun phrase, and an 'in which' relative", () => {
    expect(split("The worst fighting was in the east, where Russian infantry groups reached the edge of a town.").map((p) => p.text)).toEqual([
      "The worst fighting was in the east",
      "Russian infantry groups reached the edge of a town.",
    ]);
    expect(split("Prices jumped after a night raid in which enemy drones hit two fuel depots.").map((p) => p.text)).toEqual([
      "Prices jumped after a night raid",
      "enemy drones hit two fuel depots.",
    ]);
  });
  it("an 'after' clause with a noun-phrase subject and a past verb", () => {
    const parts = split("The government lodged a protest after a Russian military aircraft flew close to Japanese airspace.").map((p) => p.text);
    expect(parts).toEqual(["The government lodged a protest", "a Russian military aircraft flew close to Japanese airspace."]);
  });
  it("not a 'when' clause that tells how one happening came about, nor a 'who' without a past verb", () => {
    expect(split("A woman was killed when a drone hit a car.")).toHaveLength(1);
    // A 'who' without a past verb only describes: set apart as such (it tells no happening), the main clause resumes after it.
    const s = "Sybiha, who is in Munich, spoke to reporters.";
    const clauses = splitClauses(s, 0, []);
    expect(clauses.map((c) => [s.slice(c.start, c.end), !!c.describes])).toEqual([["Sybiha", false], ["is in Munich", true], ["spoke to reporters.", false]]);
  });

  it("a second verb phrase after 'and' when each half has a date of its own", () => {
    const s = "She arrived in Japan on Oct. 19 and visited a plant in Osaka the following day.";
    const ps = [s.indexOf("on Oct. 19"), s.indexOf("the following day")];
    const dates = ps.map((start, i) => ({ start, end: start + (i ? 17 : 10) })) as never[];
    expect(splitClauses(s, 0, dates).map((c) => s.slice(c.start, c.end))).toEqual(["She arrived in Japan on Oct. 19", "visited a plant in Osaka the following day."]);
    expect(split("She arrived in Japan and visited a plant in Osaka.")).toHaveLength(1);
  });
  it("an undated second verb phrase after 'and' whose verb names a happening of another kind, sharing the subject", () => {
    const s = "The foreign minister spoke by phone with her Malaysian counterpart and invited Malaysia to join the talks.";
    const clauses = splitClauses(s, 0, []);
    expect(clauses.map((c) => s.slice(c.start, c.end))).toEqual(["The foreign minister spoke by phone with her Malaysian counterpart", "invited Malaysia to join the talks."]);
    expect(s.slice(clauses[1].sharedSubject!.start, clauses[1].sharedSubject!.end)).toBe("The foreign minister");
    // The same kind twice, or a verb that names no kind by itself (only its object's nouns do), stays one happening.
    expect(split("Russian artillery struck Odesa and shelled Kherson.")).toHaveLength(1);
    expect(split("Russian missiles hit a power plant and struck the port.")).toHaveLength(1);
    expect(split("The premier spoke by phone with the chancellor and thanked him for the aid.")).toHaveLength(1);
  });
  it("an offer after 'and' is a decision of its own, as an agreement is ('thanked the crew and invited them')", () => {
    expect(split("The premier thanked the ferry crew and invited them to a reception in Lviv.").map((p) => p.text)).toEqual([
      "The premier thanked the ferry crew",
      "invited them to a reception in Lviv.",
    ]);
  });
  it("reads the verb of another kind after an auxiliary or an adverb ('and had invited', 'and formally invited')", () => {
    const s = "The premier hoped to host the donors' conference in Oslo and had invited ten delegations.";
    expect(splitClauses(s, 0, []).map((c) => s.slice(c.start, c.end))).toEqual(["The premier hoped to host the donors' conference in Oslo", "had invited ten delegations."]);
    expect(split("The minister spoke by phone with his Thai counterpart and formally invited Thailand to the summit.")).toHaveLength(2);
  });
  it("a second main clause after a bare 'and', with a named subject, a past verb and a date of its own", () => {
    const s = "Washington sanctioned two refiners in May and the European Union lowered the price cap in July.";
    const ps = [s.indexOf("in May"), s.indexOf("in Jul")];
    const dates = ps.map((start) => ({ start, end: start + 6 })) as never[];
    expect(splitClauses(s, 0, dates).map((c) => s.slice(c.start, c.end))).toEqual(["Washington sanctioned two refiners in May", "the European Union lowered the price cap in July."]);
    expect(split("Washington sanctioned two refiners and the European Union lowered the price cap.")).toHaveLength(1);
    expect(splitClauses("Officials from Poland and Lithuania met in May and June.", 0, [])).toHaveLength(1);
  });
  it("a 'who' relative ends where its antecedent's reporting verb comes", () => {
    expect(split("The minister, who signed the order on Monday, said the plant would close.")).toEqual([
      { text: "The minister", relative: false },
      { text: "signed the order on Monday", relative: true },
      { text: "said the plant would close.", relative: false },
    ]);
    expect(split("Drones hit the port overnight, said the governor.")).toHaveLength(1);
    expect(split("The firm, which signed the contract in 2024, said it would expand.").map((p) => p.text)).toEqual([
      "The firm",
      "signed the contract in 2024",
      "said it would expand.",
    ]);
  });
  it("an 'after' clause whose subject has a possessive, and a ', as' clause with a bare plural subject", () => {
    expect(split("The fund paid out the first tranche, weeks after the bloc's leaders agreed the scheme.").map((p) => p.text)).toEqual([
      "The fund paid out the first tranche, weeks",
      "the bloc's leaders agreed the scheme.",
    ]);
    expect(split("The sides swapped prisoners, as delegations from both countries met in Rome.").map((p) => p.text)).toEqual([
      "The sides swapped prisoners",
      "delegations from both countries met in Rome.",
    ]);
    expect(split("Prices rose, as well as costs climbed.")).toHaveLength(1);
  });
  it("a second verb phrase after 'and' led by its own date ('and on Friday visited')", () => {
    const s = "He held talks in Rome on Thursday and on Friday visited a factory.";
    const dates = [s.indexOf("on Thursday"), s.indexOf("Friday")].map((start, i) => ({ start, end: start + (i ? 6 : 11) })) as never[];
    expect(splitClauses(s, 0, dates).map((c) => s.slice(c.start, c.end))).toEqual(["He held talks in Rome on Thursday", "on Friday visited a factory."]);
  });
});

describe("a second verb phrase naming a decision", () => {
  it("is a clause of its own after a finite past verb, sharing the subject", () => {
    expect(split("The two delegations met in Oslo in June and agreed to a swap of 300 prisoners.")).toEqual([
      { text: "The two delegations met in Oslo in June", relative: false },
      { text: "agreed to a swap of 300 prisoners.", relative: false },
    ]);
  });
  it("not when the second verb's object is 'no' or 'nothing': nothing was decided ('and offered no reason')", () => {
    expect(split("Estonia recalled its ambassador from Minsk on Friday and offered no reason for the move.")).toHaveLength(1);
    expect(split("The council met in Riga on Monday and approved nothing new.")).toHaveLength(1);
  });
  it("not without a past verb before it, nor a subject coordinated with 'and'", () => {
    expect(split("The ministers will meet in Oslo and agreed terms are expected.")).toHaveLength(1);
    expect(split("Norway and Sweden signed the accord.")).toHaveLength(1);
  });
});

describe("a dated gerund after 'since'", () => {
  it("is a clause of its own, like one after 'after' or 'before'", () => {
    const clauses = splitClauses("Merz went to Kyiv, his second visit since taking office in May.", 0, []);
    expect(clauses.map((c) => c.gerund)).toEqual([false, true]);
  });
});

describe("a second main clause after ', and'", () => {
  it("is a clause of its own when it has a subject and a past verb of its own", () => {
    const parts = split("Enemy troops entered the town in March after weeks of shelling, and the army command announced a pullback from its centre on April 2.").map((p) => p.text);
    expect(parts).toEqual(["Enemy troops entered the town in March after weeks of shelling", "the army command announced a pullback from its centre on April 2."]);
    const pronoun = split("The country has sent shells since the first weeks, and it trained 5,000 recruits at a base in the south.").map((p) => p.text);
    expect(pronoun).toEqual(["The country has sent shells since the first weeks", "it trained 5,000 recruits at a base in the south."]);
  });
  it("not a list of nouns, nor an 'and' without a comma, nor a second subject without a past verb", () => {
    expect(split("The drones hit Kharkiv, Sumy, and Poltava overnight.")).toHaveLength(1);
    expect(split("Rebel drones hit two depots and the army said little.")).toHaveLength(1);
    expect(split("The minister visited the plant, and the workers were there.")).toHaveLength(1);
  });
});

describe("a second clause after ', and' that the first did not split off", () => {
  it("a shared-subject verb phrase with an irregular past verb", () => {
    const parts = split("The president led a mission to Kyiv in June, and spoke to both leaders by phone last month.").map((p) => p.text);
    expect(parts).toEqual(["The president led a mission to Kyiv in June", "spoke to both leaders by phone last month."]);
  });
  it("a second main clause led by a time phrase or with an indefinite subject", () => {
    const parts = split("Enemy troops entered the village on Monday, and the next day a local counterattack pushed them back.").map((p) => p.text);
    expect(parts).toEqual(["Enemy troops entered the village on Monday", "the next day a local counterattack pushed them back."]);
  });
  it("not a compound word after 'and'", () => {
    expect(split("The coalition won the vote, and left-wing parties are furious.").map((p) => p.text)).toEqual([
      "The coalition won the vote, and left-wing parties are furious.",
    ]);
  });
});

describe("an object relative with a named subject of its own (', which Kyiv launched in 2022')", () => {
  /** The sentence's clauses, with a date mention on the first occurrence of `dated`. */
  const splitDated = (s: string, dated: string) => {
    const at = s.indexOf(dated);
    const date = { start: at, end: at + dated.length, text: dated, date: "2022-11", precision: "month", source: "chrono" } as DateMention;
    return splitClauses(s, 0, [date]).map((c) => s.slice(c.start, c.end));
  };
  it("is a clause of its own when it carries a date", () => {
    expect(splitDated("The fund backs a grain programme, which Kyiv and Rome launched in November 2022.", "November 2022")).toEqual([
      "The fund backs a grain programme",
      "Kyiv and Rome launched in November 2022.",
    ]);
  });
  it("ends where the antecedent's own verb comes", () => {
    expect(splitDated("The decree, which the President signed in November 2022, allows call-ups of reservists.", "November 2022")).toEqual([
      "The decree",
      "the President signed in November 2022",
      "allows call-ups of reservists.",
    ]);
  });
  it("with a common noun heading its subject, after a determiner or a capitalised word", () => {
    expect(splitDated("Scouts reached the hamlet, which the militia had seized in November 2022.", "November 2022")).toEqual([
      "Scouts reached the hamlet",
      "the militia had seized in November 2022.",
    ]);
    expect(splitDated("Oslo tabled a charter, which Nordic envoys endorsed in November 2022.", "November 2022")).toEqual([
      "Oslo tabled a charter",
      "Nordic envoys endorsed in November 2022.",
    ]);
  });
  it("not when a verb stands among the subject's words", () => {
    expect(splitDated("Rebels downed a helicopter, which Western footage suggests crashed in November 2022.", "November 2022")).toHaveLength(1);
  });
  it("not without a date of its own, nor with a lower-case subject", () => {
    expect(split("The envoy brought a plan, which Kyiv accepted.")).toHaveLength(1);
    expect(splitDated("The envoy brought a plan, which officials accepted in November 2022.", "November 2022")).toHaveLength(1);
  });
});

describe("a second happening after a relative clause or led by a time phrase", () => {
  const flags = (s: string) => splitClauses(s, 0, []).map((c) => ({ text: s.slice(c.start, c.end), nested: c.nested, resumesMain: c.resumesMain }));
  it("the main clause resumed after a 'which' relative with ', and' is marked as resuming it", () => {
    expect(flags("The minister visited a hospital, which was struck by a missile in 2024, and laid a wreath at the memorial.")).toEqual([
      { text: "The minister visited a hospital", nested: false, resumesMain: false },
      { text: "was struck by a missile in 2024", nested: true, resumesMain: false },
      { text: "laid a wreath at the memorial.", nested: false, resumesMain: true },
    ]);
  });
  it("a second verb phrase inside the relative clause (no comma) stays in it", () => {
    const s = "Kyiv raised it at the WTO, where Ukraine filed a complaint in 2023 and withdrew it the following year.";
    const dates = [s.indexOf("in 2023"), s.indexOf("the following year")].map((start, i) => ({ start, end: start + (i ? 18 : 7) })) as never[];
    const parts = splitClauses(s, 0, dates).map((c) => [s.slice(c.start, c.end), c.nested, c.resumesMain]);
    expect(parts).toEqual([
      ["Kyiv raised it at the WTO", false, false],
      ["Ukraine filed a complaint in 2023", true, false],
      ["withdrew it the following year.", true, false],
    ]);
  });
  it("a second main clause led by a month, a season word or 'last year'", () => {
    expect(split("In September the troops captured a village, and in October they reached the river.").map((p) => p.text)).toEqual([
      "In September the troops captured a village",
      "in October they reached the river.",
    ]);
    expect(split("It lifted the ban in March, and last year it hosted a donors' meeting.").map((p) => p.text)).toEqual([
      "It lifted the ban in March",
      "last year it hosted a donors' meeting.",
    ]);
  });
  it("an 'and,' followed by a bracketed time phrase and a new subject", () => {
    expect(split("The premier called it sabotage and, a few days later, the government closed the consulate.").map((p) => p.text)).toEqual([
      "The premier called it sabotage",
      "a few days later, the government closed the consulate.",
    ]);
  });
  it("a dated second verb phrase with an irregular past verb ('and left on Tuesday')", () => {
    const s = "The tanker berthed at the terminal on Sunday and left on Tuesday.";
    const dates = [s.indexOf("on Sunday"), s.indexOf("on Tuesday")].map((start) => ({ start, end: start + 9 })) as never[];
    expect(splitClauses(s, 0, dates).map((c) => s.slice(c.start, c.end))).toEqual(["The tanker berthed at the terminal on Sunday", "left on Tuesday."]);
  });
  it("a ', when' clause whose subject is a possessive noun phrase in the passive", () => {
    expect(split("She has led the company since 2024, when her predecessor Ivan Petrov was dismissed by the board.").map((p) => p.text)).toEqual([
      "She has led the company since 2024",
      "her predecessor Ivan Petrov was dismissed by the board.",
    ]);
  });
  it("a ', when' clause with any subject and a finite verb of its own, dated by the date before it", () => {
    const s = "The bloc first did so in March 2021, when ministers agreed to freeze the accounts.";
    const date = { start: s.indexOf("March 2021"), end: s.indexOf("March 2021") + 10 } as never;
    const clauses = splitClauses(s, 0, [date]);
    expect(clauses.map((c) => s.slice(c.start, c.end))).toEqual(["The bloc first did so in March 2021", "ministers agreed to freeze the accounts."]);
    expect(clauses[1].when).toBe(date);
    expect(split("The mayor spoke in May, when asked about the bridge.")).toHaveLength(1);
  });
  it("not the clause that only sets the time of its ', when' clause", () => {
    expect(split("The worst night came in January, when a cruise missile struck the depot.").map((p) => p.text)).toEqual(["a cruise missile struck the depot."]);
    expect(split("The week began, when envoys signed the protocol.").map((p) => p.text)).toEqual(["envoys signed the protocol."]);
  });
  it("keeps the clause before ', when' that names a happening or an actor", () => {
    expect(split("Peace talks began in Istanbul on Monday, when Witkoff arrived.").map((p) => p.text)[0]).toBe("Peace talks began in Istanbul on Monday");
    expect(split("The counteroffensive started in June, when Ukrainian troops crossed the river.")).toHaveLength(2);
    expect(split("The summit ended on Friday, when leaders signed the charter.")).toHaveLength(2);
  });
  it("a gerund after ', after' shares the subject like one after a bare 'after'", () => {
    const clauses = splitClauses("The troops entered the outskirts in June, after taking the nearby town in 2025.", 0, []);
    expect(clauses.map((c) => c.gerund)).toEqual([false, true]);
  });
});

describe("a second reported complement or a listed verb phrase", () => {
  it("', and that' with a subject and a past verb of its own", () => {
    expect(split("Trump said he had asked Putin to pause the strikes for a week, and that Putin agreed.").map((p) => p.text)).toEqual([
      "Trump said he had asked Putin to pause the strikes for a week",
      "Putin agreed.",
    ]);
    expect(split("He said that prices rose and that wages fell.")).toHaveLength(1);
  });
  it("', and that <month>' opens a dated main clause, not a reported complement: the clause keeps 'that March'", () => {
    expect(split("The mill was shelled in 2021, and that March it stopped production.").map((p) => p.text)).toEqual([
      "The mill was shelled in 2021",
      "that March it stopped production.",
    ]);
  });
  it("', and that' with an indefinite or lower-case noun-phrase subject, also in the passive", () => {
    expect(split("The mayor said the shelters were full and that a Russian guided bomb had hit a clinic on Friday.").map((p) => p.text)).toEqual([
      "The mayor said the shelters were full",
      "a Russian guided bomb had hit a clinic on Friday.",
    ]);
    expect(split("A spokesman said fighting went on and that Russian assault units had been repelled overnight.")).toHaveLength(2);
  });
  it("', and that' after a report, with a common-noun subject and a past verb of its own", () => {
    expect(split("The governor said a drone struck a fuel depot in the port, and that the district hospital was evacuated.").map((p) => p.text)).toEqual([
      "The governor said a drone struck a fuel depot in the port",
      "the district hospital was evacuated.",
    ]);
    expect(split("The governor said a drone struck a fuel depot in the port, and that the harbour would reopen soon.")).toHaveLength(1);
    // The count of downed drones goes on the strike's report.
    expect(split("The air force said Russia launched 90 drones at the region, and that 70 of the drones were shot down.")).toHaveLength(1);
  });
  it("a comma-listed past verb phrase after a finite past verb, sharing the subject", () => {
    const clauses = splitClauses("He crossed the border in 2023, signed a contract in May and served near Bakhmut.", 0, []);
    // The list's last member after "and" is one of its own too.
    expect(clauses.map((c) => c.coord)).toEqual([false, true, true]);
    expect(split("The drones, launched the night before, hit the port.")).toHaveLength(1);
  });
});

describe("a speech act after a report's complement is the reporter's own", () => {
  it("cuts before 'and warned', 'and accused', 'and called on', which share the reporter as subject", () => {
    const s = "Kremlin spokesman Ivan Sorokin said on Monday the Finnish decision was a provocation and warned that new bases would be targets.";
    const clauses = splitClauses(s, 0, []);
    expect(clauses.map((c) => s.slice(c.start, c.end))).toEqual([
      "Kremlin spokesman Ivan Sorokin said on Monday the Finnish decision was a provocation",
      "warned that new bases would be targets.",
    ]);
    const shared = clauses[1].sharedSubject;
    expect(shared && s.slice(shared.start, shared.end)).toBe("Kremlin spokesman Ivan Sorokin");
    expect(split("The ministry said the tariffs were unlawful and accused Brussels of waging a trade war.")).toHaveLength(2);
  });
  it("not where the verb after the report's complement is no speech act: it stays with the complement", () => {
    expect(split("The mayor said on Monday that the theatre was a ruin and remained closed.")).toHaveLength(1);
  });
});

describe("a back-shifted progressive after a reported pluperfect", () => {
  it("is an act under way of its own, whose subject is the complement's", () => {
    const s = "The ministry said on Sunday that its troops had captured the village of Ivanivka and were advancing on Sloviansk.";
    const clauses = splitClauses(s, 0, []);
    expect(clauses.map((c) => s.slice(c.start, c.end))).toEqual([
      "The ministry said on Sunday that its troops had captured the village of Ivanivka",
      "were advancing on Sloviansk.",
    ]);
    const shared = clauses[1].sharedSubject;
    expect(shared && s.slice(shared.start, shared.end)).toBe("its troops");
  });
  it("not after a state, nor with no report", () => {
    expect(split("The ministry said the agency was aware of the problem and was funding a search for suppliers.")).toHaveLength(1);
    expect(split("Its troops had captured the village and were advancing on Sloviansk.")).toHaveLength(1);
  });
});

describe("a passive verb phrase with a named agent of its own", () => {
  it("is that agent's act, sharing the subject, also after a bare past ('left')", () => {
    const s = "A Russian frigate left Sevastopol on Monday and was tracked by the Turkish Navy.";
    const clauses = splitClauses(s, 0, []);
    expect(clauses.map((c) => s.slice(c.start, c.end))).toEqual(["A Russian frigate left Sevastopol on Monday", "was tracked by the Turkish Navy."]);
    const shared = clauses[1].sharedSubject;
    expect(shared && s.slice(shared.start, shared.end)).toBe("A Russian frigate");
  });
  it("not with an agent that names no one", () => {
    expect(split("The barge left the port and was towed by tugs to Galati.")).toHaveLength(1);
  });
});

describe("a report that goes on after 'but' or 'and would'", () => {
  it("splits at 'but said', so the report is a clause of its own", () => {
    expect(split("The premier did not veto the plan but said Vienna would not fund the guarantees.").map((p) => p.text)).toEqual([
      "The premier did not veto the plan",
      "said Vienna would not fund the guarantees.",
    ]);
  });
  it("keeps a back-shifted 'and would' with its report, and splits a forecast after a happening", () => {
    expect(split("The spokeswoman said Beijing objected to the listings and would take countermeasures.")).toHaveLength(1);
    expect(split("The firm opened a plant in Lviv and will open a second one next year.")).toHaveLength(2);
  });
});

describe("a done act and one under way ('… met in Bergen and is proposing …')", () => {
  const clauses = (s: string) => splitClauses(s, 0, []);
  it("are two clauses, the second sharing the first's written subject", () => {
    const s = "The alliance of coastal states met in Bergen on Monday and is proposing to send a force to the islands.";
    const [first, second] = clauses(s);
    expect(s.slice(first.start, first.end)).toBe("The alliance of coastal states met in Bergen on Monday");
    expect(s.slice(second.start, second.end)).toBe("is proposing to send a force to the islands.");
    expect(second.sharedSubject && s.slice(second.sharedSubject.start, second.sharedSubject.end)).toBe("The alliance of coastal states");
  });
  it("not without a done act before it, nor for 'is going to'", () => {
    expect(clauses("The ferry company is losing money and is planning to close the line.")).toHaveLength(1);
    expect(clauses("The council voted on Monday and is going to vote again.")).toHaveLength(1);
  });
});

describe("the subject a verb-led clause shares", () => {
  it("is the words before the first past or auxiliary verb, after a time phrase", () => {
    const s = "On Monday, the northern grid operators closed the port";
    const span = subjectSpan(s, 0)!;
    expect(s.slice(span.start, span.end)).toBe("the northern grid operators");
  });
  it("none for an apposition or a subject too long to be one", () => {
    expect(subjectSpan("Berg, the new minister, cut the budget", 0)).toBeNull();
    expect(subjectSpan("Rain and wind and snow and ice and fog and hail and sleet fell", 0)).toBeNull();
  });
});

describe("a price set off by commas", () => {
  it("does not end the clause before the verb after it", () => {
    expect(split("The minister said the package, worth around 2 billion euros, would be signed in May.").map((p) => p.text)).toEqual([
      "The minister said the package, worth around 2 billion euros, would be signed in May.",
    ]);
  });
});

describe("a leading adjunct, decided once for the title and the roles", () => {
  const report = "After the strike on Varna, the mayor said the port would reopen.";
  const own = "Despite objections from Latvia, the council adopted the measure.";
  it("holds the happening when its trigger word is in it and the rest only reports", () => {
    const lead = leadingAdjunct(report, report.indexOf("strike"));
    expect(lead).toMatchObject({ comma: report.indexOf(","), holdsHappening: true });
    expect(report.slice(lead!.length)).toMatch(/^the mayor/);
  });
  it("does not hold it when the rest tells a happening of its own, or the trigger is after it", () => {
    expect(leadingAdjunct(own, own.indexOf("objections"))?.holdsHappening).toBe(false);
    expect(leadingAdjunct(report, report.indexOf("reopen"))?.holdsHappening).toBe(false);
    expect(leadingAdjunct(report, null)?.holdsHappening).toBe(false);
  });
  it("finds none without an opening preposition and a comma", () => {
    expect(leadingAdjunct("The council adopted the measure after objections.", 4)).toBeNull();
  });
});

describe("a second verb phrase after a bare 'and' with a verb group of its own", () => {
  /** The clauses of `s` with the dates written as `dated`, and the subject each shares. */
  const withDates = (s: string, dated: string[]) => {
    const dates = dated.map((d) => ({ start: s.indexOf(d), end: s.indexOf(d) + d.length })) as never[];
    return splitClauses(s, 0, dates).map((c) => [s.slice(c.start, c.end), c.sharedSubject ? s.slice(c.sharedSubject.start, c.sharedSubject.end) : null]);
  };
  it("a passive or a pluperfect, when each half is dated, sharing the subject before", () => {
    expect(withDates("The border guard detained a courier in May 2023 and was dismissed in June 2024.", ["May 2023", "June 2024"])).toEqual([
      ["The border guard detained a courier in May 2023", null],
      ["was dismissed in June 2024.", "The border guard"],
    ]);
    expect(withDates("The engineer joined the plant in 2019 and had left it by March 2022.", ["2019", "March 2022"])).toHaveLength(2);
  });
  it("a second half led by its month and year", () => {
    const s = "The agency barred the sale of the valves in 2021 and in June 2023 extended the bar to transit.";
    expect(withDates(s, ["2021", "June 2023"])).toEqual([
      ["The agency barred the sale of the valves in 2021", null],
      ["in June 2023 extended the bar to transit.", "The agency"],
    ]);
  });
  it("a pluperfect after a report shares the reported subject", () => {
    const s = "The judge said Ivan Horak had joined a militia in 2022 and had fought near Lyman in 2023.";
    expect(withDates(s, ["2022", "2023."])[1]).toEqual(["had fought near Lyman in 2023.", "Ivan Horak"]);
  });
  it("a perfect after a simple past tells a later happening, dated or not", () => {
    expect(withDates("The brigade retook the hamlet and has since pushed toward the river.", [])).toEqual([
      ["The brigade retook the hamlet", null],
      ["has since pushed toward the river.", "The brigade"],
    ]);
    expect(withDates("The brigade holds the hamlet and has pushed toward the river.", [])).toHaveLength(1);
  });
  it("not a verb group with no subject to share", () => {
    const s = "Maria, whose brother joined a unit in 2023 and was wounded in May 2024, spoke to us.";
    expect(withDates(s, ["2023", "May 2024"])).toHaveLength(1);
  });
});

describe("a list of verb phrases sharing one subject", () => {
  const texts = (s: string) => splitClauses(s, 0, []).map((c) => s.slice(c.start, c.end));
  it("splits at each member with a past verb the lexicon knows, the last after 'and'", () => {
    expect(texts("The envoy landed in Tallinn on Friday, laid a wreath at the memorial and then met the prime minister.")).toEqual([
      "The envoy landed in Tallinn on Friday",
      "laid a wreath at the memorial",
      "then met the prime minister.",
    ]);
    expect(texts("She arrived in Riga in 2021, met Latvian shipbuilders on Monday.")).toEqual(["She arrived in Riga in 2021", "met Latvian shipbuilders on Monday."]);
  });
  it("not at a comma before a word that is no past verb, nor at an 'and' that closes no list", () => {
    expect(texts("The envoy landed in Tallinn, including the old port.")).toHaveLength(1);
    expect(texts("The envoy landed in Tallinn and then met the prime minister.")).toHaveLength(1);
  });
});

describe("a second object of the same verb with a date of its own", () => {
  it("may be named with a title, a first name and a surname", () => {
    const s = "She discussed the plan with the Polish President Adam Nowak on Monday and with Czech Foreign Minister Jan Dvorak in Prague in July.";
    const dates = ["on Monday", "in July"].map((d) => ({ start: s.indexOf(d), end: s.indexOf(d) + d.length })) as never[];
    expect(splitClauses(s, 0, dates).map((c) => s.slice(c.start, c.end))).toEqual([
      "She discussed the plan with the Polish President Adam Nowak on Monday",
      "with Czech Foreign Minister Jan Dvorak in Prague in July.",
    ]);
  });
});

describe("one happening told with two verbs stays one clause", () => {
  it("an assault repelled and vehicles destroyed, a strike and its dead", () => {
    expect(splitClauses("The brigade repelled the assault and destroyed six vehicles.", 0, [])).toHaveLength(1);
    expect(splitClauses("Drones shelled the village and killed two farmers.", 0, [])).toHaveLength(1);
  });
});
