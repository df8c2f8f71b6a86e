/** Each statement step on its own, on a context built the way extractArticle builds it. */
import { describe, expect, it } from "vitest";
import { brief, ctxOf } from "./test-context";
import { findQuotes, splitParagraphs } from "../sentences";
import { dropRepeats } from "./dedupe";
import { findDirectStatements } from "./direct";
import { findIndirectStatements } from "./indirect";
import { findInterviewAnswers } from "./interview";
import { accordingTo } from "./according-to";
import { speakerOfVerb } from "./speaker";
import { isFragment, isScareQuote, trimClause } from "./statement";
import { withDashQuotes } from "./dash-quotes";
import { findStatements } from "../quotes";

describe("statement steps", () => {
  it("speaker: 'the Polish leader said' is the Polish president or prime minister named before", () => {
    const ctx = ctxOf('Polish Prime Minister Donald Tusk met farmers in Lublin. "Nobody will be left without help," the Polish leader said.');
    expect(brief(findDirectStatements(ctx))).toEqual([["Donald Tusk", "Nobody will be left without help,"]]);
  });

  it("direct: 'X …, calling it “…”' is X's quotation", () => {
    const ctx = ctxOf('Mayor Ewa Lis toured the rebuilt harbour on Monday, calling it "the heart of our city and its future."');
    expect(brief(findDirectStatements(ctx))).toEqual([["Ewa Lis", "the heart of our city and its future."]]);
  });

  it("speaker: 'according to the ports authority' is the body named last whose name holds those words", () => {
    const ctx = ctxOf("The Baltic Sea Ports Authority reopened two berths in Gdynia. Grain exports reached 5.9m tonnes in July, according to the ports authority.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([["Baltic Sea Ports Authority", "Grain exports reached 5.9m tonnes in July"]]);
  });

  it("speaker: 'according to the rights group Amnesty International' names the body after its lower-case description", () => {
    const ctx = ctxOf("Police detained 40 protesters in Minsk on Sunday, according to the human rights group Amnesty International.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([["Amnesty International", "Police detained 40 protesters in Minsk on Sunday"]]);
  });

  it("speaker: 'Its spokesman said' is the body the sentence before was about", () => {
    const ctx = ctxOf('The Moldovan Interior Ministry denied the report on Friday. Its spokesman said that "no border post was closed" during the night.');
    expect(brief(findDirectStatements(ctx))).toEqual([["Moldovan Interior Ministry", "no border post was closed"]]);
  });

  it("speaker: 'the regional administration said' is the body named last whose name holds those words; 'X of the Y group wrote' is X", () => {
    const ctx = ctxOf(
      "The Kherson regional military administration opened a shelter in May. Volunteers have since taken out 212 people, the regional administration said on Monday. " +
        "Lawyer Pavel Chikov of the Agora group wrote that the new law would punish critics.",
    );
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([
      ["Kherson regional military administration", "Volunteers have since taken out 212 people"],
      ["Pavel Chikov", "the new law would punish critics"],
    ]);
  });

  it("direct: a quotation after an attributed one continues its speaker though the next paragraph opens with 'The … party said'", () => {
    const ctx = ctxOf('"We hold the line," Colonel Petro Marchuk told reporters on Friday. "Nobody here will retreat."\n\nThe opposition Freedom Party said the claim was exaggerated.');
    expect(brief(findDirectStatements(ctx))).toEqual([["Petro Marchuk", "We hold the line,"], ["Petro Marchuk", "Nobody here will retreat."]]);
  });

  it("speaker: 'the broker said' after a described source is that source", () => {
    const ctx = ctxOf('A grain broker in Varna said freight rates had doubled. "Nobody wants to sail north," the broker said. A Nordic diplomat said talks stalled. "It was a bad day," the diplomat said.');
    expect(brief(findDirectStatements(ctx))).toEqual([["grain broker", "Nobody wants to sail north,"], ["Nordic diplomat", "It was a bad day,"]]);
  });

  it("indirect: 'noted' closing a sentence, 'confirmed' without 'that', 'expressed hope that'", () => {
    const ctx = ctxOf("Marek Olszak spoke in Gdansk. The port could reopen soon, Olszak noted. Olszak confirmed the cranes had been repaired. Olszak expressed hope that ships would return.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([
      ["Marek Olszak", "The port could reopen soon"],
      ["Marek Olszak", "the cranes had been repaired"],
      ["Marek Olszak", "ships would return"],
    ]);
  });

  it("speaker: 'the ambassador said' is the person introduced as 'ambassador to Japan, X'", () => {
    const ctx = ctxOf("Ukraine's ambassador to Chile, Taras Hlyboky, met farmers in Santiago. Exports must grow, the ambassador said.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([["Taras Hlyboky", "Exports must grow"]]);
  });

  it("indirect: the words after 'said' that only name and describe the speaker report nothing", () => {
    const ctx = ctxOf('"We will stay," said a 71-year-old woman who gave only her first name, Olha.');
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([]);
  });

  it("indirect: a participle or 'asked' phrase before 'X said …' is no tail-attributed statement", () => {
    const ctx = ctxOf("Asked about the convoy, Marek Olszak said the road was open. Speaking in Gdansk, Olszak said talks would resume.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([
      ["Marek Olszak", "the road was open"],
      ["Marek Olszak", "talks would resume"],
    ]);
  });

  it("direct: attribution after, before, headline and continuation; split quotes joined", () => {
    const ctx = ctxOf(
      [
        '"Won\'t Be Dictated To": Jaishankar On Oil',
        '"We will not," Kremlin spokesman Dmitry Peskov said, "surrender anything."',
        'Peskov told reporters: "The talks are over."',
        '"Nothing has changed since then," he added. "We are ready to wait."',
      ].join("\n\n"),
    );
    expect(brief(findDirectStatements(ctx))).toEqual([
      ["S Jaishankar", "Won't Be Dictated To"],
      ["Dmitry Peskov", "We will not surrender anything."],
      ["Dmitry Peskov", "The talks are over."],
      ["Dmitry Peskov", "Nothing has changed since then,"],
      ["Dmitry Peskov", "We are ready to wait."],
    ]);
  });

  it("dash quotes: words between dashes, attribution after the closing dash, a dash paragraph continuing the speaker", () => {
    const ctx = ctxOf(
      [
        "– The harbour will reopen next week – Mayor Ewa Lis said on Monday. – Ships are already waiting.",
        "– Nobody expected the storm to last so long – admitted the harbour master, Piotr Wrona.",
        "Wrona said: – We lost three cranes.",
        "– Repairs will take the whole summer and most of the autumn.",
      ].join("\n\n"),
    );
    expect(brief(findDirectStatements(ctx))).toEqual([
      ["Ewa Lis", "The harbour will reopen next week"],
      ["Ewa Lis", "Ships are already waiting."],
      ["Piotr Wrona", "Nobody expected the storm to last so long"],
      ["Piotr Wrona", "We lost three cranes."],
      ["Piotr Wrona", "Repairs will take the whole summer and most of the autumn."],
    ]);
  });

  it("dash quotes, Nordic style: the punctuation before a short closing attribution ends the quotation", () => {
    const ctx = ctxOf(
      [
        "Farmer Anna Berg has not sown since March.",
        "– We planted in April. Now nothing grows, and the fields are mined, says Anna Berg.",
        "– Why would anyone stay? she asks. – Nobody comes back.",
      ].join("\n\n"),
    );
    expect(brief(findDirectStatements(ctx))).toEqual([
      ["Anna Berg", "We planted in April. Now nothing grows, and the fields are mined,"],
      ["Anna Berg", "Why would anyone stay?"],
      ["Anna Berg", "Nobody comes back."],
    ]);
  });

  it("direct: a nearer verb whose subject is no speaker ('fighting continued') leaves the quotation to the teller before it", () => {
    const ctx = ctxOf('Army spokesman Taras Lenko told reporters that fighting continued near the bridge and that the attackers had been "driven back across the river" by dawn.');
    expect(brief(findDirectStatements(ctx))).toEqual([["Taras Lenko", "driven back across the river"]]);
  });

  it("dash quotes, Nordic style: a long title before the name and a clause after the verb still close the quotation", () => {
    const ctx = ctxOf(
      [
        "The field hospital in Lviv opened a new ward.",
        "– We will keep paying for the beds next winter too, Minister for Health and Social Affairs Anna Berg said when she visited the ward in June.",
      ].join("\n\n"),
    );
    expect(brief(findDirectStatements(ctx))).toEqual([["Anna Berg", "We will keep paying for the beds next winter too,"]]);
  });

  it("dash quotes: words after the comma that are no titled name are no attribution", () => {
    const text = "– We came back, the Soviet Union and Poland said nothing about it.\n\n– Then we left, says Anna Berg.";
    const quotes = withDashQuotes(text, splitParagraphs(text), []);
    expect(quotes.map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(["We came back, the Soviet Union and Poland said nothing about it.", "Then we left,"]);
  });

  it("dash quotes: a dash question alone in its paragraph is an interviewer's, not a quotation", () => {
    const ctx = ctxOf(["– Madam mayor, will the port reopen?", "– It will reopen next week, says Ewa Lis."].join("\n\n"));
    expect(brief(findDirectStatements(ctx))).toEqual([["Ewa Lis", "It will reopen next week,"]]);
  });

  it("dash quotes: a dash list with no attributed dash quote stays prose", () => {
    const text = "The package includes:\n\n– new air defence systems for the east\n\n— With reporting by the news desk";
    expect(withDashQuotes(text, splitParagraphs(text), [])).toEqual([]);
  });

  it("scare quotes: one word, or a short label after an article or 'so-called'", () => {
    const text = 'a promised "big announcement" and the so-called "Victory Plan" and "theft" but "we will respond firmly"';
    const spans = findQuotes(text, splitParagraphs(text));
    expect(spans.map((q) => isScareQuote(text, q, text.slice(q.innerStart, q.innerEnd).split(" ").length))).toEqual([true, true, true, false]);
  });

  it("indirect: reported clauses, tail attributions with an apposition, according to, promises", () => {
    const ctx = ctxOf(
      [
        "Russian missiles hit Dnipro, killing one person, the head of the regional administration, Serhii Lysak, said on Telegram.",
        "Kremlin spokesman Dmitry Peskov said Moscow would respond.",
        "According to the Pentagon, the aid will arrive soon.",
        "Donald Trump promised to end the war quickly.",
      ].join("\n\n"),
    );
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([
      ["Serhii Lysak", "Russian missiles hit Dnipro, killing one person"],
      ["Dmitry Peskov", "Moscow would respond"],
      ["Pentagon", "the aid will arrive soon"],
      ["Donald Trump", "to end the war quickly"],
    ]);
  });

  it("speaker: the subject of a verb, 'said X', and 'according to a statement from X'", () => {
    const ctx = ctxOf("The war must end, said Kremlin spokesman Dmitry Peskov. Aid arrived, according to a statement from the Pentagon.");
    const [first, second] = ctx.sentences;
    const said = ctx.text.indexOf("said");
    expect(speakerOfVerb(ctx, first, said, said + 4)?.name).toBe("Dmitry Peskov");
    expect(accordingTo(ctx, second, second.start, second.end)?.name).toBe("Pentagon");
  });

  it("speaker: 'X, which …, warned' is X; 'said the <role>, <Name>' is the name", () => {
    const ctx = ctxOf('The Central Bank, which held its key rate on Friday, warned that prices would rise. "Prices will rise," said the harbour master, Piotr Wrona.');
    const [first, second] = ctx.sentences;
    const warned = ctx.text.indexOf("warned");
    expect(speakerOfVerb(ctx, first, warned, warned + 6)?.name).toBe("Central Bank");
    const said = ctx.text.indexOf("said");
    expect(speakerOfVerb(ctx, second, said, said + 4)?.name).toBe("Piotr Wrona");
  });

  it("speaker: “…,” it said in a statement is the body named last as a subject, not an earlier speaker", () => {
    const ctx = ctxOf(['"This is a dangerous moment," a senior EU diplomat said.', 'The Defence Ministry in Moscow said its forces had taken the village. "Our units continue to advance," it said in a statement.'].join("\n\n"));
    const found = findDirectStatements(ctx).map((x) => [x.speaker.name, x.quote]);
    expect(found).toContainEqual(["Russian Defence Ministry", "Our units continue to advance,"]);
  });

  it("speaker: “…,” one soldier told AFP is neither AFP nor the previous speaker but the described source", () => {
    const ctx = ctxOf('Chancellor Friedrich Merz told the Bundestag: "We will not look away."\n\n"We are ready," one Ukrainian soldier told AFP near Pokrovsk.');
    const found = findDirectStatements(ctx).map((x) => [x.speaker.name, x.quote]);
    expect(found.filter(([, q]) => q.startsWith("We are ready"))).toEqual([["Ukrainian soldier", "We are ready,"]]);
    expect(found).toContainEqual(["Friedrich Merz", "We will not look away."]);
  });

  it("speaker: a full name after 'said', and a name before a comma-enclosed apposition, speak the quote", () => {
    const ctx = ctxOf('"Refiners will take more," said Sumit Ritolia, lead research analyst at Kpler.\n\n"We are selling wheat at a loss," Szymon Kwiatkowski, one of the protest leaders, told reporters.\n\n"The regions pay," Natalia Zubarevich, an economist at Moscow State University, said.');
    expect(findDirectStatements(ctx).map((x) => [x.speaker.name, x.quote])).toEqual([
      ["Sumit Ritolia", "Refiners will take more,"],
      ["Szymon Kwiatkowski", "We are selling wheat at a loss,"],
      ["Natalia Zubarevich", "The regions pay,"],
    ]);
  });

  it("speaker: “…,” the statement said is whoever issued the statement", () => {
    const ctx = ctxOf(['"The Russians are playing for time," said Kaja Kallas, the EU\'s foreign policy chief.', 'The Kremlin said in a statement that Putin had spoken with Erdogan. "The leaders discussed the Black Sea," the statement said.'].join("\n\n"));
    expect(findDirectStatements(ctx).map((x) => [x.speaker.name, x.quote])).toContainEqual(["Kremlin", "The leaders discussed the Black Sea,"]);
  });

  it("trims a clause of trailing attributions and its own full stop, keeping closing quotation marks", () => {
    expect(trimClause("the talks had stalled, he said.")).toBe("the talks had stalled");
    expect(trimClause('the plan "reflects a balanced stance."')).toBe('the plan "reflects a balanced stance."');
    expect(trimClause('the plan was "unbalanced".')).toBe('the plan was "unbalanced"');
  });

  it("dedupe: the headline's repeat of a body quotation goes", () => {
    const ctx = ctxOf('Peskov says "talks have stalled"\n\n"Talks have stalled," Kremlin spokesman Dmitry Peskov said.');
    const direct = findDirectStatements(ctx);
    const headerEnd = ctx.text.indexOf("\n\n");
    expect(brief(dropRepeats(direct, [[0, headerEnd]]))).toEqual([["Dmitry Peskov", "Talks have stalled,"]]);
  });

  it("a headline 'Name: «…»' labels the piece and is no statement; the same colon in the body still attributes", () => {
    const text = 'Defence Minister Berg: "Europe Cannot Wait for Washington"\n\nDefence Minister Anna Berg spoke in Oslo on Monday. Anna Berg at the lectern: "Europe cannot wait for Washington any longer."';
    const ctx = ctxOf(text);
    const headerEnd = text.indexOf("\n\n");
    expect(brief(findStatements(ctx, { indirectFrom: headerEnd, directOnlyRanges: [[0, headerEnd]] }))).toEqual([
      ["Anna Berg", "Europe cannot wait for Washington any longer."],
    ]);
  });

  it("interview: labelled answers are the interviewee's direct statements, questions stay ordinary text", () => {
    const ctx = ctxOf(
      [
        "Ukrainian Foreign Minister Andrii Sybiha spoke to DER SPIEGEL in Kyiv.",
        "DER SPIEGEL: Mr. Sybiha, were the talks a waste of time?",
        "Sybiha: No. Lavrov says this every week. That is an ultimatum.",
        "DER SPIEGEL: Do you trust Moscow?",
        "Sybiha: We have no illusions.",
      ].join("\n\n"),
    );
    const found = findInterviewAnswers(ctx, 0);
    expect(brief(found.answers)).toEqual([
      ["Andrii Sybiha", "No. Lavrov says this every week. That is an ultimatum."],
      ["Andrii Sybiha", "We have no illusions."],
    ]);
    expect(found.answers.every((a) => a.direct)).toBe(true);
    expect(found.spans).toHaveLength(2);
  });

  it("interview: an answer's report of another speaker is that speaker's statement; the interviewee's own is the answer", () => {
    const text = [
      "Ukrainian Foreign Minister Andrii Sybiha spoke to DER SPIEGEL in Kyiv.",
      "DER SPIEGEL: Will Korea send air defence?",
      "Sybiha: We keep asking. In May, President Lee Jae-myung said Korea would consider all options. I said we are waiting.",
      "DER SPIEGEL: Do you trust Moscow?",
      "Sybiha: We have no illusions.",
    ].join("\n\n");
    expect(brief(findStatements(ctxOf(text), { indirectFrom: 0 }))).toEqual([
      ["Andrii Sybiha", "We keep asking. In May, President Lee Jae-myung said Korea would consider all options. I said we are waiting."],
      ["Lee Jae-myung", "Korea would consider all options"],
      ["Andrii Sybiha", "We have no illusions."],
    ]);
  });

  it("interview: labels in capitals, a full name first and the surname after, name the interviewee", () => {
    const ctx = ctxOf(
      [
        "Prime Minister Denys Shmyhal spoke to Morning Radio about the grid.",
        "STEVE INSKEEP: How bad was Saturday night?",
        "DENYS SHMYHAL: It was the hardest night since January.",
        "INSKEEP: Did Ukraine have enough air defense?",
        "SHMYHAL: No. Let me be honest with you: no.",
      ].join("\n\n"),
    );
    expect(brief(findInterviewAnswers(ctx, 0).answers)).toEqual([
      ["Denys Shmyhal", "It was the hardest night since January."],
      ["Denys Shmyhal", "No. Let me be honest with you: no."],
    ]);
  });

  it("interview: initials after the full label ('Nordic Review:' then 'NR:', 'Tove Aasen:' then 'TA:') are the same voice", () => {
    const ctx = ctxOf(
      [
        "Tove Aasen, the Norwegian envoy in Lima, spoke to the Nordic Review.",
        "Nordic Review: What did the visit bring?",
        "Tove Aasen: Two agreements on mine clearing.",
        "NR: Is Peru doing enough?",
        "TA: We would like more. But I am patient.",
        "NR: What comes next?",
        "TA: A second visit in March.",
      ].join("\n\n"),
    );
    expect(brief(findInterviewAnswers(ctx, 0).answers)).toEqual([
      ["Tove Aasen", "Two agreements on mine clearing."],
      ["Tove Aasen", "We would like more. But I am patient."],
      ["Tove Aasen", "A second visit in March."],
    ]);
  });

  it("interview: Q/A labels credit the person the article names most outside the answers; one speaker's colons are no interview", () => {
    const qa = ctxOf("Rafael Grossi runs the IAEA. Grossi spoke to us.\n\nQ: Is the plant safe?\n\nA: It is fragile.\n\nQ: Will you go back?\n\nA: Next week.");
    expect(brief(findInterviewAnswers(qa, 0).answers)).toEqual([["Rafael Grossi", "It is fragile."], ["Rafael Grossi", "Next week."]]);
    // The answers name Putin often; the interviewee speaks as "I" and is named outside them.
    const often = ctxOf(
      "Maia Sandu on Vladimir Putin. Maia Sandu spoke to us.\n\nQ: What does Putin want?\n\nA: Putin wants Moldova back. Putin said so.\n\nQ: And you?\n\nA: I want Europe, and Putin knows it.",
    );
    expect(brief(findInterviewAnswers(often, 0).answers).map(([who]) => who)).toEqual(["Maia Sandu", "Maia Sandu"]);
    const notes = ctxOf("Update: the strike hit Kyiv.\n\nUpdate: a second strike hit Odesa.");
    expect(findInterviewAnswers(notes, 0).answers).toEqual([]);
  });

  it("interview: one sentence after an answer, with an answer after it, is the interviewer's prompt, not an answer", () => {
    const ctx = ctxOf(
      [
        "Defence Minister Lars Holm spoke to us in Oslo about the new air defence package.",
        "Is the package enough?",
        "No package is ever enough. But this one closes the gap in the north.",
        "Your opposition says the money should go to hospitals.",
        "Hospitals need a country that still stands. I say that to every colleague.",
        "Will you send troops?",
        "Not now. We will train crews at home first.",
        "When?",
        "This winter, if parliament agrees.",
      ].join("\n\n"),
    );
    const answers = findInterviewAnswers(ctx, 0).answers.map((a) => a.quote);
    expect(answers).not.toContain("Your opposition says the money should go to hospitals.");
    expect(answers).toEqual([
      "No package is ever enough. But this one closes the gap in the north.",
      "Hospitals need a country that still stands. I say that to every colleague.",
      "Not now. We will train crews at home first.",
      "This winter, if parliament agrees.",
    ]);
  });

  it("interview: where dashes open the questions and answers, a paragraph without one is the article again", () => {
    const ctx = ctxOf(
      [
        "Lars Holm, a Norwegian medic, spent a year near Pokrovsk. Holm spoke to us in Oslo.",
        "—Why did you go?",
        "—Because my grandfather fought. I could not watch from home.",
        "—What was hardest?",
        "—The waiting. Ten minutes can decide everything.",
        "—Will you go back?",
        "—My knee says no. I want to teach first aid instead.",
        "The Norwegian Red Cross said that it would pay for his treatment.",
      ].join("\n\n"),
    );
    expect(findInterviewAnswers(ctx, 0).answers.map((a) => a.quote)).toEqual([
      "Because my grandfather fought. I could not watch from home.",
      "The waiting. Ten minutes can decide everything.",
      "My knee says no. I want to teach first aid instead.",
    ]);
  });

  it("interview: a short one-sentence answer before the next question stays an answer", () => {
    const ctx = ctxOf(
      [
        "Defence Minister Lars Holm spoke to us in Oslo.",
        "Is the package enough?",
        "No package is ever enough. But this one closes the gap.",
        "We will not give up on the north.",
        "Will you send troops?",
        "Not now. We will train crews at home first.",
        "When?",
        "This winter, if parliament agrees.",
      ].join("\n\n"),
    );
    expect(findInterviewAnswers(ctx, 0).answers.map((a) => a.quote)).toContain("We will not give up on the north.");
  });

  it("speaker: 'it said' is the body that reported the previous sentence, not that sentence's subject", () => {
    const ctx = ctxOf("Russia launched 41 missiles at Ukraine overnight, the Ukrainian air force said. Air defences shot down 34 missiles, it said.");
    const speakers = findIndirectStatements(ctx, [], 0).map((x) => x.speaker.name);
    expect(speakers).toHaveLength(2);
    expect(new Set(speakers).size).toBe(1);
    expect(speakers[0]).not.toBe("Russia");
  });

  it("indirect: a tail attribution before an 'in …' adjunct, 'the air force said' + a number, a longer 'urged … to'", () => {
    const ctx = ctxOf(
      [
        "Russia launched 41 missiles at Ukraine, Ukraine's air force said, in one of the largest attacks this winter.",
        "The air force said 747 drones had been shot down.",
        "Kyiv mayor Vitali Klitschko urged residents who could leave the capital to stay with relatives.",
      ].join("\n\n"),
    );
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([
      ["Ukrainian Air Force", "Russia launched 41 missiles at Ukraine"],
      ["Ukrainian Air Force", "747 drones had been shot down"],
      ["Vitali Klitschko", "urged residents who could leave the capital to stay with relatives"],
    ]);
  });

  it("indirect: '…, according to X, …' in mid-sentence credits X with the words before it", () => {
    const ctx = ctxOf("Exports fell by a third in May, according to the Institute for the Study of War, a Washington-based think tank.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([["Institute for the Study of War", "Exports fell by a third in May"]]);
  });

  it("interview: a name alone on the line before a turn, and bold questions pasted as plain '…?' paragraphs", () => {
    const named = ctxOf("Andrii Sybiha spoke to us.\n\nKyiv Independent:\n\nWas it a waste of time?\n\nSybiha:\n\nNo. It was useful.\n\nKyiv Independent:\n\nAnd now?\n\nSybiha:\n\nWe wait.");
    expect(brief(findInterviewAnswers(named, 0).answers)).toEqual([["Andrii Sybiha", "No. It was useful."], ["Andrii Sybiha", "We wait."]]);
    const bold = ctxOf(
      "Rafael Grossi runs the IAEA. We met Grossi in Vienna.\n\nIs the plant safe?\n\nIt is fragile. We need a line.\n\nWill you go back?\n\nYes, next week.\n\nWhat do you fear most?\n\nA loss of power. And a second one.",
    );
    expect(brief(findInterviewAnswers(bold, 0).answers)).toEqual([
      ["Rafael Grossi", "It is fragile. We need a line."],
      ["Rafael Grossi", "Yes, next week."],
      ["Rafael Grossi", "A loss of power. And a second one."],
    ]);
    const quoting = ctxOf(
      'Rafael Grossi runs the IAEA.\n\nMoscow calls the drills "routine". Are they?\n\nNo. They are not.\n\nWill you go back?\n\nYes, next week.\n\nWhat do you fear most?\n\nA loss of power.',
    );
    expect(findInterviewAnswers(quoting, 0).answers.map((a) => a.quote)).toEqual(["No. They are not.", "Yes, next week.", "A loss of power."]);
    const rhetorical = ctxOf("Who pays?\n\nWho decides?\n\nWho gains?\n\nNobody knows, said Grossi.");
    expect(findInterviewAnswers(rhetorical, 0).answers).toEqual([]);
  });

  it("scare quotes: a short quoted noun phrase after 'the' that the sentence runs on from; 'its …' and quoted remarks are kept", () => {
    const text = 'until the "root causes of the conflict" were removed; Moscow valued its "special strategic partnership" with Delhi; he called it "a war crime against civilians."';
    const spans = findQuotes(text, splitParagraphs(text));
    expect(spans.map((q) => isScareQuote(text, q, text.slice(q.innerStart, q.innerEnd).split(" ").length))).toEqual([true, false, false]);
  });

  it("direct: a quotation left open at its paragraph's end takes the speaker named in the next paragraph", () => {
    const ctx = ctxOf('Zelensky addressed parliament.\n\n"We will not give away our land. Not a single village will be traded.\n\n"Russia must understand that," Ukrainian President Volodymyr Zelensky said.');
    expect(brief(findDirectStatements(ctx))).toEqual([
      ["Volodymyr Zelensky", "We will not give away our land. Not a single village will be traded."],
      ["Volodymyr Zelensky", "Russia must understand that,"],
    ]);
  });

  it("indirect: a short paraphrase around a quoted remark is a statement too, with the remark also direct", () => {
    const ctx = ctxOf('Marek Olszak spoke in Gdansk. Olszak said the talks were "calm and businesslike." Olszak said the move was "unfair".');
    const direct = findDirectStatements(ctx);
    expect(brief(direct)).toEqual([["Marek Olszak", "calm and businesslike."]]);
    expect(brief(findIndirectStatements(ctx, direct, 0))).toEqual([
      ["Marek Olszak", 'the talks were "calm and businesslike."'],
      ["Marek Olszak", 'the move was "unfair"'],
    ]);
  });

  it("indirect: a tail attribution after a quotation closed by a comma, inside or outside the marks; a 'Quote:' label is no paraphrase", () => {
    const ctx = ctxOf(
      [
        "Marek Olszak spoke in Gdansk.",
        'The port will reopen "as soon as the cranes are repaired," Olszak said.',
        'Ships would return "once insurers are back", Olszak added.',
        'Quote: "We are ready to load grain again," Olszak said.',
      ].join(" "),
    );
    const direct = findDirectStatements(ctx);
    expect(brief(findIndirectStatements(ctx, direct, 0))).toEqual([
      ["Marek Olszak", 'The port will reopen "as soon as the cranes are repaired,"'],
      ["Marek Olszak", 'Ships would return "once insurers are back"'],
    ]);
  });

  it("indirect: a bare weekday or 'on <day>' between the verb and the reported clause, with or without 'that'", () => {
    const ctx = ctxOf("Port official Marek Olszak spoke in Gdansk. Olszak said Tuesday the cranes had been repaired. Olszak said Friday that ships would return. Olszak said on Monday the berths were open.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([
      ["Marek Olszak", "the cranes had been repaired"],
      ["Marek Olszak", "ships would return"],
      ["Marek Olszak", "the berths were open"],
    ]);
  });

  it("scare quotes: two quoted words are a fragment unless they make a sentence or finish a split quotation", () => {
    const text = 'He called the talks "very useful" and said: "We won." Later, "We will not," he said, "surrender anything."';
    const spans = findQuotes(text, splitParagraphs(text));
    expect(spans.map((q) => isScareQuote(text, q, text.slice(q.innerStart, q.innerEnd).split(" ").length))).toEqual([true, false, false, false]);
    expect([isFragment("too early"), isFragment("by force."), isFragment("We won."), isFragment("we will respond")]).toEqual([true, true, false, false]);
  });

  it("speaker: a person's name set off after a role of a body ('the spokesman of X, Name, said') speaks, not the body", () => {
    const ctx = ctxOf("Fighting went on near the town, the spokesman of the Eastern Group of Forces, Ivan Petrenko, told reporters. Ukraine's ambassador to Canada, Olena Bondar, said exports must grow.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([
      ["Ivan Petrenko", "Fighting went on near the town"],
      ["Olena Bondar", "exports must grow"],
    ]);
  });

  it("indirect: a wire-style clause whose verb follows an apposition, and a present-tense clause after 'says'", () => {
    const ctx = ctxOf("Port official Marek Olszak spoke in Gdansk. Olszak said a second ship, bound for Haifa, was being loaded. Olszak says most crews now refuse the route.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([
      ["Marek Olszak", "a second ship, bound for Haifa, was being loaded"],
      ["Marek Olszak", "most crews now refuse the route"],
    ]);
  });

  it("indirect: 'said one of …' is no verb-then-'on' adjunct: the words up to a later 'that' are the clause", () => {
    const ctx = ctxOf("Mayor Marek Olszak spoke in Gdansk. Olszak said one of the shells hit a school that has been closed since May.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([["Marek Olszak", "one of the shells hit a school that has been closed since May"]]);
  });

  it("speaker: a body relaying a person's quoted words is not their speaker; the person whose verb leads to the quote is", () => {
    const ctx = ctxOf('Port official Marek Olszak spoke in Gdansk. Olszak said the crews must "stay away from the berths until further notice," the Polish Press Agency said.');
    expect(brief(findDirectStatements(ctx))).toEqual([["Marek Olszak", "stay away from the berths until further notice,"]]);
  });
  it("indirect: 'said before/after <event> that', ', saying that' and 'replied that' introduce a reported clause", () => {
    const ctx = ctxOf(
      "Prime Minister Viktor Orban said before the meeting that he would not support new joint borrowing. " +
        "President Recep Tayyip Erdogan criticised the attacks, saying that strikes near the coast threaten every littoral state. " +
        "Minister Mykhailo Fedorov replied that Kyiv would hand over the serial numbers.",
    );
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([
      ["Viktor Orban", "he would not support new joint borrowing"],
      ["Recep Tayyip Erdogan", "strikes near the coast threaten every littoral state"],
      ["Mykhailo Fedorov", "Kyiv would hand over the serial numbers"],
    ]);
  });
  it("indirect: a tail 'said Name, <apposition>', a present-tense tail verb, and 'X, he said, without/and …'", () => {
    const ctx = ctxOf(
      "Ukrainian wheat is about $18 a tonne cheaper than Russian wheat, said Lerato Dube, an agricultural economist at Absa. " +
        "Ukraine's drone makers now turn out 200,000 drones a month, insists Mykhailo Fedorov, the digital minister. " +
        "Governor Oleh Kiper visited the port. One of the dead was an Israeli citizen, he said, without giving further details.",
    );
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([
      ["Lerato Dube", "Ukrainian wheat is about $18 a tonne cheaper than Russian wheat"],
      ["Mykhailo Fedorov", "Ukraine's drone makers now turn out 200,000 drones a month"],
      ["Oleh Kiper", "One of the dead was an Israeli citizen"],
    ]);
  });
  it("indirect: an attribution set off by commas after a condition or a subject reports the words after it", () => {
    const ctx = ctxOf(
      "If the war ended tomorrow, economists at the Kiel Institute estimate, rebuilding Ukraine would still cost more than $500 billion. " +
        "Defence Minister Ivan Petrenko visited the port. The navy, he said, will escort grain ships from next week. " +
        "Russia fired 40 drones, the minister said, and most were shot down.",
    );
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([
      ["Kiel Institute", "rebuilding Ukraine would still cost more than $500 billion"],
      ["Ivan Petrenko", "will escort grain ships from next week"],
      ["Ivan Petrenko", "Russia fired 40 drones"],
    ]);
  });

  it("indirect: a report in a relative clause whose gap is the claim's subject ('tankers that the navy said had carried …')", () => {
    const ctx = ctxOf(
      "The Norwegian Trade Ministry listed 12 firms that the ministry said had re-exported machine tools to Russian arms makers. " +
        "The Nordic Trade Board published a video that, it said, showed a flag being raised over the town hall. " +
        "Norway has not endorsed the Swiss plan, which it says ignores the withdrawal of foreign troops. " +
        "He bought a house that was said to be haunted. The fund lost the money that investors said they needed.",
    );
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([
      ["Norwegian Trade Ministry", "had re-exported machine tools to Russian arms makers"],
      ["Nordic Trade Board", "showed a flag being raised over the town hall"],
      ["Norway", "ignores the withdrawal of foreign troops"],
    ]);
  });
  it("indirect: the pronoun of 'which he said' is the main clause's subject, not a name behind a preposition before it", () => {
    const ctx = ctxOf("In a call with Prime Minister Jonas Lind on Monday, President Marek Nowak rejected the tariff plan, which he said would ruin the farmers.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([["Marek Nowak", "would ruin the farmers"]]);
  });
  it("indirect: 'that it says took part' inside a relative clause is no attribution of its own", () => {
    const ctx = ctxOf(
      "Canada is imposing sanctions on five organisations that it says took part in the deportations, Foreign Minister Anita Anand announced Wednesday.",
    );
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([
      ["Anita Anand", "Canada is imposing sanctions on five organisations that it says took part in the deportations"],
    ]);
  });
  it("indirect: 'According to its head, Name, …' credits the name; 'During the call, according to X, he …' reports the words after", () => {
    const ctx = ctxOf(
      "The Zaporizhzhia regional military administration ordered the evacuation. According to its head, Ivan Fedorov, about 300 people still live in the town. " +
        "Emmanuel Macron spoke with Volodymyr Zelensky by phone. During the call, according to the Élysée, he confirmed the delivery of six more jets.",
    );
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([
      ["Ivan Fedorov", "about 300 people still live in the town"],
      ["Elysee", "he confirmed the delivery of six more jets"],
    ]);
  });
  it("speaker: 'said Thalassa's chief executive, Name.' is the name; 'the head of state said' is the president named last", () => {
    const ctx = ctxOf(
      'Thalassa Bulk Management owns the ship. "Our priority is the crew. The seafarers stay on board," said Thalassa\'s chief executive, Nikos Karamanlis. ' +
        'President Emmanuel Macron spoke at the Hôtel de Brienne. "The day the guns fall silent, we will be there," the head of state said.',
    );
    expect(brief(findDirectStatements(ctx))).toEqual([
      ["Nikos Karamanlis", "Our priority is the crew. The seafarers stay on board,"],
      ["Emmanuel Macron", "The day the guns fall silent, we will be there,"],
    ]);
  });
  it("indirect: a tail closed by a semicolon, a long adjunct before 'that', 'according to tanker-tracking data from X', 'X, which on Tuesday claimed …'", () => {
    const ctx = ctxOf(
      "Russian forces captured the village of Bilytske on Wednesday, the Russian Defence Ministry said; Ukraine's General Staff did not confirm the loss. " +
        "Defence Minister Ionuț Moșteanu said on Tuesday, at a press conference held at the ministry headquarters in Bucharest, that the drone had been tracked for eleven minutes. " +
        "Seaborne crude exports rose to 3.6 million barrels a day, according to tanker-tracking data from Kpler. " +
        "The city is surrounded, according to the Kremlin, which on Tuesday claimed its forces had raised a flag over the town hall.",
    );
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([
      ["Russian Defence Ministry", "Russian forces captured the village of Bilytske on Wednesday"],
      ["Ionuț Moșteanu", "the drone had been tracked for eleven minutes"],
      ["Kpler", "Seaborne crude exports rose to 3.6 million barrels a day"],
      ["Kremlin", "its forces had raised a flag over the town hall"],
      ["Kremlin", "The city is surrounded"],
    ]);
  });
  it("'said on Monday that “…” to …': the quotation after a complementiser 'that' is a remark, and opens the reported clause", () => {
    const ctx = ctxOf('Dmitry Peskov said on Monday that "there is nothing to add" to the Kremlin\'s position.');
    const direct = findDirectStatements(ctx);
    expect(brief(direct)).toEqual([["Dmitry Peskov", "there is nothing to add"]]);
    expect(brief(findIndirectStatements(ctx, direct, 0))).toEqual([["Dmitry Peskov", '"there is nothing to add" to the Kremlin\'s position']]);
  });
  it("direct: 'X said:' closing a paragraph, '— Name' after a quotation, 'said one resident, Name', 'the Polish minister said'", () => {
    const ctx = ctxOf(
      'Ukrainian President Volodymyr Zelensky told parliament:\n\n"We will not surrender any territory. Not one metre."\n\n' +
        '"Every city we hold is a promise kept." — Volodymyr Zelensky.\n\n' +
        '"It is a disaster for all of us," said one resident, Oksana Petrenko, 54.\n\n' +
        'Foreign Minister Radosław Sikorski met farmers on Monday. "This is a historic day for Europe," the Polish minister said.',
    );
    expect(brief(findDirectStatements(ctx))).toEqual([
      ["Volodymyr Zelensky", "We will not surrender any territory. Not one metre."],
      ["Volodymyr Zelensky", "Every city we hold is a promise kept."],
      ["Oksana Petrenko", "It is a disaster for all of us,"],
      ["Radosław Sikorski", "This is a historic day for Europe,"],
    ]);
  });
  it("direct: 'denounced a speech “…”', 'thank Russia for “…”' and 'the readout mentioned only “…”' attribute the quotation", () => {
    const ctx = ctxOf(
      'Opposition leader Mathilde Panot denounced a speech "written for the arms industry and nobody else". ' +
        'Kim Jong Un did, however, thank Russia for "fraternal help in strengthening our defenses," the agency reported.',
    );
    expect(brief(findDirectStatements(ctx))).toEqual([
      ["Mathilde Panot", "written for the arms industry and nobody else"],
      ["Kim Jong Un", "fraternal help in strengthening our defenses,"],
    ]);
  });
  it("indirect: a listed subject after 'said', ', writing on X that', 'threatened on Telegram to', a long apposition before 'said'", () => {
    const ctx = ctxOf(
      "The Ukrainian Sea Ports Authority said the ports of Odesa, Chornomorsk and Pivdennyi continued to operate normally. " +
        "Foreign Minister Andrii Sybiha welcomed the package on Tuesday, writing on X that it would hurt Russia's war economy. " +
        "Former President Dmitry Medvedev threatened on Telegram to seize the assets of European companies. " +
        "Euroclear, the Brussels-based depository that holds about €185bn of the Russian assets, said it had moved the cash balances.",
    );
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([
      ["Ukrainian Sea Ports Authority", "the ports of Odesa, Chornomorsk and Pivdennyi continued to operate normally"],
      ["Andrii Sybiha", "it would hurt Russia's war economy"],
      ["Dmitry Medvedev", "to seize the assets of European companies"],
      ["Euroclear", "it had moved the cash balances"],
    ]);
  });
  it("speaker: 'the think tank said' / 'the company said' is the organisation named last when no name holds those words", () => {
    const ctx = ctxOf(
      'The Institute for the Study of War wrote that the assault aimed at the highway. "Russian forces are likely to continue these attacks," the think tank said.',
    );
    expect(brief(findDirectStatements(ctx))).toEqual([["Institute for the Study of War", "Russian forces are likely to continue these attacks,"]]);
  });
  it("speaker: 'The Kremlin's spokesman said' is the Kremlin; 'said Moscow “respects …”' reports a clause whose verb opens the quotation", () => {
    const ctx = ctxOf('Ambassador Oksana Voloshyna spoke to Haaretz. The Kremlin\'s spokesman said Moscow "respects Israel\'s balanced position".');
    const direct = findDirectStatements(ctx);
    expect(brief(direct)).toEqual([["Kremlin", "respects Israel's balanced position"]]);
    expect(brief(findIndirectStatements(ctx, direct, 0))).toEqual([["Kremlin", 'Moscow "respects Israel\'s balanced position"']]);
  });
  it("indirect: 'has said' + a present-tense clause; 'Volunteers from X said' is X", () => {
    const ctx = ctxOf(
      "The Kremlin has said recruitment remains on target. " +
        "Volunteers from the International Committee of the Red Cross said they had taken out 26 people on Wednesday.",
    );
    const found = brief(findIndirectStatements(ctx, [], 0));
    expect(found[0]).toEqual(["Kremlin", "recruitment remains on target"]);
    expect(found[1]).toEqual(["Red Cross", "they had taken out 26 people on Wednesday"]);
  });
  it("indirect: a tail attribution with admitted, acknowledged or confirmed", () => {
    const ctx = ctxOf(
      "Defence Minister Ionuț Moșteanu spoke in Bucharest. Since then, Romanian jets have never fired on a drone, the minister acknowledged.",
    );
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([["Ionuț Moșteanu", "Since then, Romanian jets have never fired on a drone"]]);
  });
});
