/** Who speaks: the speaker rules of round 14, each on invented sentences. */
import { describe, expect, it } from "vitest";
import { brief, ctxOf } from "./test-context";
import type { FoundStatement } from "./context";
import { findDirectStatements } from "./direct";
import { findIndirectStatements } from "./indirect";
import { pronounSpeaker, sexOf } from "./pronoun";
import { findStatements } from "../quotes";

const speakers = (xs: FoundStatement[]) => xs.map((x) => x.speaker.name);

describe("speaker rules", () => {
  it("'According to <agency>, <person> said …': the agency relays the person's statement, it makes none of its own", () => {
    const ctx = ctxOf("According to Interfax, Deputy Energy Minister Pavel Sorokin said the pipeline would be repaired by May.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([["Pavel Sorokin", "the pipeline would be repaired by May"]]);
    // A clause with no person reporting in it stays the cited body's.
    const ctx2 = ctxOf("According to Interfax, the pipeline would be repaired by May.");
    expect(speakers(findIndirectStatements(ctx2, [], 0))).toEqual(["Interfax"]);
  });

  it("'According to <body>, …, <outlet> reported': the clause is the cited body's words, the outlet only relays them", () => {
    const ctx = ctxOf("Moldova's Interior Ministry said on Monday that 30 drones had crossed the border. According to the ministry, 12 drones were shot down over the Balti district, the Tass news agency reported.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toContainEqual(["Moldovan Interior Ministry", "12 drones were shot down over the Balti district"]);
    // A person reporting inside the clause still speaks for it.
    const ctx2 = ctxOf("According to Interfax, Deputy Energy Minister Pavel Sorokin said the pipeline would be repaired by May, the newspaper reported.");
    expect(speakers(findIndirectStatements(ctx2, [], 0))).toEqual(["Pavel Sorokin"]);
  });

  it("a bare role ('the president said') stands for the holder the article follows, not the one named last in passing", () => {
    const ctx = ctxOf("President Maria Lind opened the forum in Tallinn on Thursday. Lind said the navy would patrol the coast. Lind said she had spoken with Latvian President Janis Ozols on Tuesday, and Ozols invited her to Riga. Turning to Russia, the president said any attack on Estonian ships would be answered.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toContainEqual(["Maria Lind", "any attack on Estonian ships would be answered"]);
    // A role naming its state still picks that state's holder.
    const ctx2 = ctxOf("President Maria Lind opened the forum in Tallinn. Lind said she had spoken with Latvian President Janis Ozols. The Latvian president said the talks were useful.");
    expect(brief(findIndirectStatements(ctx2, [], 0))).toContainEqual(["Janis Ozols", "the talks were useful"]);
    // "the minister" is no prime minister, however often the prime minister is named.
    const ctx3 = ctxOf("Prime Minister Jan Berg lifted his veto. Berg said the deal was fair. Economy Minister Ola Dahl has warned of a recession. At a forum, the minister said that high rates were hurting investment.");
    expect(brief(findIndirectStatements(ctx3, [], 0))).toContainEqual(["Ola Dahl", "high rates were hurting investment"]);
    // A holder who spoke in the sentence before is the one meant, however often another was named earlier.
    const ctx4 = ctxOf("President Maria Lind landed in Riga on Friday. Lind visited a naval base. Lind later met sailors. Standing beside her, President Janis Ozols said the coast guard needed ships. The president also said that fuel prices would fall.");
    expect(brief(findIndirectStatements(ctx4, [], 0))).toContainEqual(["Janis Ozols", "fuel prices would fall"]);
  });

  it("'one of them said' after a counted group of sources: the group speaks, not a name in the reported clause", () => {
    const ctx = ctxOf("Fees rose to 1.5% of hull value, according to two people briefed on the talks. One of them said Ukraine had handed over a list of 300 sailors.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toContainEqual(["two people briefed on the talks", "Ukraine had handed over a list of 300 sailors"]);
    // Another counted group named in between is the one "them" takes up: the sources do not speak.
    const ctx2 = ctxOf("Fees rose to 1.5% of hull value, according to two people briefed on the talks. In Gdansk, police arrested four crane operators on Friday. One of them said he had been beaten.");
    expect(brief(findIndirectStatements(ctx2, [], 0))).not.toContainEqual(["two people briefed on the talks", "he had been beaten"]);
  });

  it("'\"…,\" one said' after a named group of sources: the group speaks; with no group before, nobody", () => {
    const ctx = ctxOf('NATO diplomats said the summit would be delayed. "Nobody wants a fight in public," one said.');
    expect(brief(findDirectStatements(ctx))).toEqual([["NATO diplomats", "Nobody wants a fight in public,"]]);
    expect(findDirectStatements(ctxOf('The summit was delayed. "Nobody wants a fight in public," one said.'))).toEqual([]);
  });

  it("'the banker said' after 'a banker in Vienna': the source's noun heads the place that follows it", () => {
    const ctx = ctxOf('A banker in Graz said the credit lines were frozen. "Nobody lends to them now," the banker said.');
    expect(speakers(findDirectStatements(ctx))).toEqual(["banker in Graz"]);
  });

  it("a name set off by commas after a role phrase speaks, even when the role's last word reads as a name", () => {
    const ctx = ctxOf('Chile\'s Minister of Mining and Energy Policy, Rosa Lagos, said in Santiago on Monday that the government would not restrict exports. "Our priority is copper on the market at a fair price," she said.');
    expect(speakers(findIndirectStatements(ctx, [], 0))).toEqual(["Rosa Lagos"]);
    expect(speakers(findDirectStatements(ctx))).toEqual(["Rosa Lagos"]);
    // A list of names: the pronoun takes up the first, who opens the sentence, not the second.
    const ctx2 = ctxOf('Tomas Berg, Emil Dahl, Piotr Lind and Marek Nowak met in Gdansk on Friday. "We agreed on a timetable," he said afterwards.');
    expect(speakers(findDirectStatements(ctx2))).toEqual(["Tomas Berg"]);
  });

  it("'It said' after 'the ministry also said': the body the description names, not a state in the reported clause", () => {
    const ctx = ctxOf("Russia's Defence Ministry said 40 drones were downed overnight. In its weekly summary, the ministry also said Russian troops had taken the village of Pishchane. It said Russian forces had struck energy facilities.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toContainEqual(["Russian Defence Ministry", "Russian forces had struck energy facilities"]);
  });

  it("'according to the head of X, Name,': the person the role phrase sets off speaks, not the body inside the role", () => {
    const ctx = ctxOf("According to the head of the Lviv regional administration, Maksym Kozytskyi, two warehouses burned down overnight.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([["Maksym Kozytskyi", "two warehouses burned down overnight"]]);
    // A name that goes on into the clause is its subject, not the cited source.
    const ctx2 = ctxOf("According to the head of the Lviv regional administration, Maksym Kozytskyi will visit the site.");
    expect(speakers(findIndirectStatements(ctx2, [], 0))).not.toContain("Maksym Kozytskyi");
    const ctx3 = ctxOf("Two warehouses burned down overnight, according to the head of the Lviv regional administration, Maksym Kozytskyi.");
    expect(speakers(findIndirectStatements(ctx3, [], 0))).toEqual(["Maksym Kozytskyi"]);
  });

  it("a described source named in an apposition is that person", () => {
    const ctx = ctxOf('The council met on Friday. A City Hall spokesperson, Ewa Nowak, said the cranes "will be back by June" at the latest.');
    expect(speakers(findDirectStatements(ctx))).toEqual(["Ewa Nowak"]);
    expect(speakers(findIndirectStatements(ctx, [], 0))).toEqual(["Ewa Nowak"]);
  });

  it("the person set off after a role phrase speaks, even when the phrase names a body or an object of a preposition", () => {
    const ctx = ctxOf('Slovenia\'s Ombudsman for Minority Rights, Mojca Zupan, wrote on Friday that the shelter had been "a safe and warm home".');
    expect(speakers(findDirectStatements(ctx))).toEqual(["Mojca Zupan"]);
    const ctx2 = ctxOf('The Red Cross delegate in Armenia, Pieter Smit, toured Gyumri on Sunday and said the storms "left hundreds of homes without roofs".');
    expect(speakers(findDirectStatements(ctx2))).toEqual(["Pieter Smit"]);
  });

  it("after an inverted verb, a role phrase with its own preposition leads to the name it describes", () => {
    const ctx = ctxOf('The debate went on. "Every coin we pay ends up in the same budget," said former envoy to Canada Kenji Ota, who wants an end date.');
    expect(speakers(findDirectStatements(ctx))).toEqual(["Kenji Ota"]);
  });

  it("a party or acronym in brackets after a name is not the subject", () => {
    const ctx = ctxOf("Transport Minister Karl Brenner (SPD) said on Monday that the bridge would reopen in May.");
    expect(speakers(findIndirectStatements(ctx, [], 0))).toEqual(["Karl Brenner"]);
  });

  it("'According to a diplomat, he told …': he is not the cited diplomat, and the teller speaks the quotation", () => {
    const ctx = ctxOf(
      'Envoy Marek Lind, who joined by video link, repeated that Norway would help. According to a Nordic diplomat present in the room, he told the leaders that the plan "is not dead, only sleeping."',
    );
    expect(brief(findDirectStatements(ctx))).toEqual([["Marek Lind", "is not dead, only sleeping."]]);
  });

  it("a 'she' is no man the text calls a son, and a first name in -a is a woman's", () => {
    const ctx = ctxOf(
      'The court heard the case of Olena Kravets, 52. Kravets\'s son Taras was declared missing near Bakhmut in March. In May she recorded a video. "I want to know where my son is," she said.',
    );
    expect(speakers(findDirectStatements(ctx))).toEqual(["Olena Kravets"]);
    const taras = ctx.index.actors.find((a) => a.name === "Taras")!;
    expect(sexOf(ctx, taras)).toBe("male");
    const she = ctx.index.mentions.filter((m) => m.pronoun && m.surface === "she").pop()!;
    expect(pronounSpeaker(ctx, she)?.name).toBe("Olena Kravets");
  });

  it("a man's first name in -a the lexicon knows ('Nikola', 'Luka') is no woman's: his 'he' finds him", () => {
    const ctx = ctxOf(
      'Judge Petar Vuk read the verdict. The defence lawyer, Nikola Marić, spoke to reporters afterwards. "My client is innocent," Marić said. He added that the appeal would be filed within a week.',
    );
    expect(speakers(findIndirectStatements(ctx, [], 0))).toEqual(["Nikola Marić"]);
    expect(sexOf(ctx, ctx.index.actors.find((a) => a.name === "Nikola Marić")!)).toBe("male");
  });

  it("a he/she reads its subject from the sentences before, a preposition read within its own sentence", () => {
    const ctx = ctxOf(
      'Foreign Minister Jan Lind visited Kyiv in July. During that visit Lind signed a memorandum on children deported to Russia.\n\n' +
        'Defence Minister Piotr Sand used the speech to repeat a warning he first made in June.\n\n' +
        'He would not say whether troops would go. "We are not at that point, and I will not speculate," he said.',
    );
    expect(speakers(findDirectStatements(ctx))).toEqual(["Piotr Sand"]);
  });

  it("a name fronted with its preposition is the topic a later she refers to; 'of' in a title makes no object", () => {
    const ctx = ctxOf("Mayor Jan Berg opened the station in May. For Halyna Moroz, the war ends at the bus station. Her son lives in Lviv, she says.");
    expect(speakers(findIndirectStatements(ctx, [], 0))).toEqual(["Halyna Moroz"]);
    const titled = ctxOf(
      'Mayor Jan Berg spoke first. Deputy Chairman of the Security Council Ivan Dorn wrote that the troops would be "a target." He added that the plan must be signed "on our terms or not at all."',
    );
    expect(speakers(findIndirectStatements(titled, findDirectStatements(titled), 0))).toEqual(["Ivan Dorn", "Ivan Dorn"]);
  });

  it("Mykola is a man's name", () => {
    const ctx = ctxOf('Judge Pavel Rusu issued the warrant in March. Mykola Hrytsenko, who heads the charity, told reporters that each case takes months. "We have to find the child first," he said.');
    expect(speakers(findDirectStatements(ctx))).toEqual(["Mykola Hrytsenko"]);
  });

  it("'the Kremlin spokesman said', 'the U.S. president said', 'Turkey's foreign minister said': the person holding the role", () => {
    const spokesman = ctxOf('Kremlin spokesman Dmitry Peskov spoke on Monday. Asked about the talks, the Kremlin spokesman said the plan "was not ready yet".');
    expect(speakers(findDirectStatements(spokesman))).toEqual(["Dmitry Peskov"]);
    const president = ctxOf('U.S. President Donald Trump spoke on Monday. The U.S. president said the plan "was not ready yet".');
    expect(speakers(findDirectStatements(president))).toEqual(["Donald Trump"]);
    const minister = ctxOf("Foreign Minister Hakan Fidan met Andrii Sybiha on Monday. Turkey's foreign minister said the talks were useful.");
    expect(speakers(findIndirectStatements(minister, [], 0))).toEqual(["Hakan Fidan"]);
  });

  it("British straight single quotes are quotations for the statements, not for the actors and events", () => {
    const ctx = ctxOf("Defence Minister Piotr Sand spoke in Warsaw. 'We need air defence, not promises,' Sand said on Monday.");
    expect(ctx.quotes).toEqual([]);
    expect(brief(findStatements(ctx, { indirectFrom: 0 }))).toEqual([["Piotr Sand", "We need air defence, not promises,"]]);
  });

  it("a quotation standing alone after a reported sentence is in the reporter's voice, not the last quoted speaker's", () => {
    const ctx = ctxOf(
      'Prosecutor Lena Varga said: "This was no prank. He was ready for the train to derail."\n\nJudge Tomas Brandt said in the ruling that the court did not believe him. "The defendant took orders in Russian and was paid by the state."',
    );
    expect(speakers(findDirectStatements(ctx))).toEqual(["Lena Varga", "Tomas Brandt"]);
  });

  it("a passive participle before a quotation is no attribution", () => {
    const ctx = ctxOf("Committee president Anna Kovac said on Monday that the Red Cross had been denied access to prisoners «in numbers that mock the conventions».");
    expect(speakers(findDirectStatements(ctx))).toEqual(["Anna Kovac"]);
  });

  it("'X convened Y and said that …' is X's, the subject of the clause before 'and'", () => {
    const ctx = ctxOf("Mayor Ilona Sands convened the Crisis Council on Monday and said that the city would close two bridges.");
    expect(speakers(findIndirectStatements(ctx, [], 0))).toEqual(["Ilona Sands"]);
  });

  it("'…, it said' closing a sentence is the reporter named before, not a body the clause names", () => {
    const ctx = ctxOf(
      "Erdogan met Kaja Berg later in the day, the Directorate of Communications said. The two leaders discussed the war in Ukraine and trade, it said.",
    );
    expect(speakers(findIndirectStatements(ctx, [], 0))).toEqual(["Directorate of Communications", "Directorate of Communications"]);
  });

  it("an inverted verb before a run of titles, and 'the judge said' for a judge named before", () => {
    const ctx = ctxOf(
      "Judge Maria Lenk sentenced the courier to 12 years on Monday.\n\n– There is no doubt he knew who paid him. He asked no questions – the judge said.\n\n– We have done more in a year than in thirty. But the families wait – said Deputy Prime Minister and Foreign Minister Jan Orlik.",
    );
    expect(speakers(findDirectStatements(ctx))).toEqual(["Maria Lenk", "Jan Orlik"]);
  });

  it("an inverted verb before an abbreviated rank ('said Maj. Gen. …') names the person after it", () => {
    const ctx = ctxOf('"We learned more in a year than in a decade of exercises," said Brig. Gen. Tomas Varga, the brigade\'s commander.');
    expect(speakers(findDirectStatements(ctx))).toEqual(["Tomas Varga"]);
  });

  it("the name before an apposition speaks: with an acronym, abbreviations, a relative clause after it, or an auxiliary before the verb", () => {
    const ctx = ctxOf(
      "The Centre for Naval Studies (CNS), a U.K. think tank, said on Monday that the fleet had shrunk. " +
        "Arvalon, the Oslo-based start-up whose drones Latvia has bought since May, has complained that partners ignore export rules. " +
        "Ilse Norden, a lawyer at the Baltic Rights Centre, which documented the case, welcomed the ruling but warned that such trials could not replace arrests.",
    );
    expect(speakers(findIndirectStatements(ctx, [], 0))).toEqual(["Centre for Naval Studies", "Arvalon", "Ilse Norden"]);
  });

  it("a described source speaks under the call sign that closes its phrase, before or after the verb, and a later he is that person", () => {
    const ctx = ctxOf(
      '"The road is watched day and night," said a 41-year-old sergeant who goes by the call sign "Taiga." The crews work in shifts.\n\n' +
        'A gunner with the 12th Brigade, who gave only his call sign, "Orel," said the shelling had eased. "We sleep in the afternoon now," he said.',
    );
    expect(speakers(findDirectStatements(ctx))).toEqual(["Taiga", "Orel"]);
    expect(speakers(findIndirectStatements(ctx, findDirectStatements(ctx), 0))).toEqual(["Orel"]);
  });

  it("a preposition inside the quotation before the name ('…we do not like,' Holm told) governs nothing outside it", () => {
    const ctx = ctxOf("Minister Karl Holm met the envoy. 'We sent a note that Moscow will not like,' Holm told reporters, adding that Oslo would consult its allies.");
    expect(brief(findIndirectStatements(ctx, findDirectStatements(ctx), 0))).toEqual([["Karl Holm", "Oslo would consult its allies"]]);
  });

  it("'the agency said' is the news or state agency named last; 'the association said' the organisation named last", () => {
    const ctx = ctxOf(
      "The National Security Service of Latvia briefed lawmakers on Monday. The agency estimated that 300 drones had crossed the border. " +
        "Volunteers of the charity Vostok SOS drove the convoy. The association admits that donations have fallen since May.",
    );
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([
      ["National Security Service of Latvia", "300 drones had crossed the border"],
      ["Vostok SOS", "donations have fallen since May"],
    ]);
  });

  it("'the official said' after 'one of the Gulf officials' is that one source", () => {
    const ctx = ctxOf('The talks went on for two days, one of the Gulf officials said. "Nobody signed anything, but they agreed on a text," the official said.');
    expect(speakers(findDirectStatements(ctx))).toEqual(["one of the Gulf officials"]);
  });

  it("'…,” says his aunt, Marta, who …': the name after a possessive role speaks, and the words after the verb report nothing", () => {
    const ctx = ctxOf('"He still asks before he eats," says his aunt, Marta, who took him in last year.');
    const direct = findDirectStatements(ctx);
    expect(brief(direct)).toEqual([["Marta", "He still asks before he eats,"]]);
    expect(findIndirectStatements(ctx, direct, 0)).toEqual([]);
  });

  it("how a quotation was spoken attributes it ('…», she murmurs')", () => {
    const ctx = ctxOf('Irena Vasko drove the lead van to Kherson. «I have not seen my mother for two years», she murmurs.');
    expect(brief(findDirectStatements(ctx))).toEqual([["Irena Vasko", "I have not seen my mother for two years"]]);
  });
  it("a he/she passes over a person of the other sex for the subject before ('Her husband, Marek, …' is no 'she')", () => {
    const ctx = ctxOf('Anna Kowal ran the clinic in Lviv for twenty years. Her husband, Marek, a pilot, died in 2019. Asked whether she was afraid, she laughed. "Every single day, and every night too."');
    expect(speakers(findDirectStatements(ctx))).toEqual(["Anna Kowal"]);
  });
  it("a quotation's verb may follow a long role phrase when a name set off by commas closes it; 'according to' after it relays", () => {
    const ctx = ctxOf('"The bridge will hold until spring, and the repairs are on schedule," the city council\'s head of roads and bridges, Marta Wolna, said on Monday during a visit to the site, according to the Gdansk city council.');
    expect(brief(findStatements(ctx, { indirectFrom: 0 }))).toEqual([["Marta Wolna", "The bridge will hold until spring, and the repairs are on schedule,"]]);
  });

  it("a conjunction after a quotation opens a clause of its own: its verb is no attribution of the quotation", () => {
    const ctx = ctxOf('According to Defence Minister Piotr Nowak, the jets will arrive "before the winter", but he would not say when.');
    expect(speakers(findDirectStatements(ctx))).toEqual(["Piotr Nowak"]);
    const ctx2 = ctxOf('Prime Minister Anna Berg called it "a cowardly strike on sleeping families," and the bloc\'s foreign policy chief, Jan Kowal, said Moscow must pay.');
    expect(speakers(findDirectStatements(ctx2))).toEqual(["Anna Berg"]);
  });
  it("'the ministry's press service said': the body so described speaks through its voice", () => {
    const ctx = ctxOf('The Kazakh Energy Ministry cut its export forecast on Monday. "Oil transportation via the pipeline continues in a reduced mode," the ministry\'s press service said in a statement.');
    expect(speakers(findDirectStatements(ctx))).toEqual(["Kazakh Energy Ministry"]);
  });
});

describe("speakers of this round's unseen shapes", () => {
  it("a bare occupation speaking a quote just closed is a source, and the 'she' of the next quote is that source", () => {
    const ctx = ctxOf('Minister Liis Tamm toured the harbour on Monday. "We will rebuild," Tamm said.\n\n"The water came at dawn," a fisherman said. "We lost both boats," she said.');
    expect(brief(findDirectStatements(ctx))).toEqual([
      ["Liis Tamm", "We will rebuild,"],
      ["a fisherman", "The water came at dawn,"],
      ["a fisherman", "We lost both boats,"],
    ]);
  });

  it("a name made an adjective ('Kremlin-friendly', 'pro-Kyiv') names no speaker", () => {
    expect(speakers(findIndirectStatements(ctxOf("Kremlin-friendly commentators argued that the embargo would collapse."), [], 0))).toEqual([]);
    expect(speakers(findIndirectStatements(ctxOf("Some pro-Kremlin pundits argued that the embargo would collapse."), [], 0))).toEqual([]);
    expect(speakers(findIndirectStatements(ctxOf("The Kremlin argued that the embargo would collapse."), [], 0))).toEqual(["Kremlin"]);
  });

  it("a soldier placed in a numbered unit who keeps his name back is a source", () => {
    const ctx = ctxOf("A Ukrainian soldier from the 92nd brigade, who asked not to be named, said the bridge had been blown up.");
    expect(speakers(findIndirectStatements(ctx, [], 0))).toEqual(["Ukrainian soldier"]);
  });

  it("a source that gave its name only as a first name is that person, and so is its 'she'", () => {
    const ctx = ctxOf('At the field hospital, a military nurse who gave her name only as Iryna says the wards are full. "We sleep in shifts," she said.');
    expect(speakers(findIndirectStatements(ctx, [], 0))).toEqual(["Iryna"]);
    expect(speakers(findDirectStatements(ctx))).toEqual(["Iryna"]);
  });

  it("a name 'identified only as' after a verb with its own subject is part of the reported clause, not the speaker", () => {
    const ctx = ctxOf("Prosecutor Maria Tamm addressed the court on Monday. She said the captain, a Latvian citizen identified only as Janis P., had ignored the warnings.");
    expect(speakers(findIndirectStatements(ctx, [], 0))).toEqual(["Maria Tamm"]);
  });

  it("'It said' after a body's readout or statement as the subject is that body's", () => {
    const ctx = ctxOf("The leaders of Chile and Peru spoke by phone on Monday. The Kremlin's readout was brief. It said the two sides had agreed to meet in the autumn.");
    expect(speakers(findIndirectStatements(ctx, [], 0))).toEqual(["Kremlin"]);
  });

  it("a 'he' after a clause the same 'He' opens is that subject's, not a person named inside the clause", () => {
    const ctx = ctxOf('The trial of Karl W. opened on Monday. A man who introduced himself as "Ivan" paid him 5,000 euros. Karl W. admitted that he had met the Russian. He had thought "Ivan" was a journalist, he told the jury.');
    expect(speakers(findIndirectStatements(ctx, [], 0))).toEqual(["Karl W.", "Karl W."]);
  });
});


describe("'As … put it' before a quotation", () => {
  it("the one who put it speaks the quotation that follows", () => {
    const ctx = ctxOf('The port stayed shut. As a lawyer in Chisinau put it to me, "Everyone is waiting for someone else to decide."');
    expect(brief(findDirectStatements(ctx))).toEqual([["a lawyer in Chisinau", "Everyone is waiting for someone else to decide."]]);
  });
});
