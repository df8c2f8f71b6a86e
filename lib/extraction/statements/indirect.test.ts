/** The reported-clause rules of statements/indirect.ts, each on invented sentences. */
import { describe, expect, it } from "vitest";
import { brief, ctxOf } from "./test-context";
import { findIndirectStatements } from "./indirect";

const indirect = (text: string) => brief(findIndirectStatements(ctxOf(text), [], 0));

describe("indirect statements", () => {
  it("'comment on reports that …', 'the claims that …': after a determiner or preposition a plural form is a noun, not a reporting verb", () => {
    expect(indirect("Spokesman Sean Parnell declined to comment on reports that the White House had paused a shipment of interceptors in March.")).toEqual([]);
    expect(indirect("Governor Anna Berg repeated the claims that the bridge had been hit twice.")).toEqual([]);
    expect(indirect("Governor Anna Berg reports that the bridge was hit twice.")).toEqual([["Anna Berg", "the bridge was hit twice"]]);
  });

  it("'According to the indictment, X …': the cited words end at the comma, so X is no source; a role set off before a name still is", () => {
    expect(indirect("The court in Tallinn sentenced Marek Hal, a 34-year-old Estonian citizen, on Monday. According to the indictment, Hal travelled to Russia in March 2023 and signed a contract.")).toEqual([]);
    expect(indirect("Estonian citizen Dmitri Tamm pleaded not guilty. According to the charges, he crossed into Russia in the spring of 2023 and signed a contract.")).toEqual([]);
    expect(indirect("Russia launched 50 drones overnight. According to the regional governor, Oleh Kiper, two ships were damaged in the port.")).toEqual([
      ["Oleh Kiper", "two ships were damaged in the port"],
    ]);
  });

  it("'According to X, a lawyer in Y, …': the person's description set off after the name is not part of the clause", () => {
    expect(indirect("The court met in May. According to Radoslav Hudak, a lawyer in Kosice, the verdict will be appealed.")).toEqual([["Radoslav Hudak", "the verdict will be appealed"]]);
    expect(indirect("Exports fell. According to Reuters, a tanker hit a mine, killing two sailors.")).toEqual([["Reuters", "a tanker hit a mine, killing two sailors"]]);
  });

  it("'…,\" said a senior official involved in the talks': the words after the verb describe the speaker, they report nothing", () => {
    expect(indirect("“We are close,” said a senior Moldovan official involved in the talks.")).toEqual([]);
  });

  it("'…, said the head of the city administration, Serhiy Lysak.': a name set off after the role closes the attribution", () => {
    expect(indirect("Two people were hurt in the attack on the port, said the head of the city military administration, Ivan Sirko.")).toEqual([
      ["Ivan Sirko", "Two people were hurt in the attack on the port"],
    ]);
  });

  it("judgements: 'criticised X for …' reports a stance, 'thanked X for …' asserts nothing", () => {
    expect(indirect("Mayor Anna Berg criticised the council for closing the shelters.")).toEqual([["Anna Berg", "criticised the council for closing the shelters"]]);
    expect(indirect("Mayor Anna Berg thanked the council for opening the shelters.")).toEqual([]);
  });

  it("judgements: 'condemned X as …' reports a stance, unless the label after 'as' is a quotation that says it all", () => {
    expect(indirect("Mayor Anna Berg condemned the strike as a crime against civilians.")).toEqual([["Anna Berg", "condemned the strike as a crime against civilians"]]);
    expect(indirect("Mayor Anna Berg described the talks as “open and useful”.")).toEqual([]);
  });

  it("'told the BBC she fled …': an addressee and a that-less clause with an irregular past; 'told the story', 'told him to leave' report nothing", () => {
    expect(indirect("Olena Kravets told the BBC she fled Kherson in April.")).toEqual([["Olena Kravets", "she fled Kherson in April"]]);
    expect(indirect("Olena Kravets told reporters her brother hid in a cellar for a week.")).toEqual([["Olena Kravets", "her brother hid in a cellar for a week"]]);
    expect(indirect("Olena Kravets told the agency that the column withdrew overnight.")).toEqual([["Olena Kravets", "the column withdrew overnight"]]);
    expect(indirect("Olena Kravets told the story of her escape from Kherson.")).toEqual([]);
    expect(indirect("Olena Kravets told him to leave the city.")).toEqual([]);
  });

  it("'told' + any short addressee + a that-less clause: a pronoun, a lower-case noun phrase, a name before the clause's own name", () => {
    expect(indirect("Olena Kravets told him the bridge was closed.")).toEqual([["Olena Kravets", "the bridge was closed"]]);
    expect(indirect("Olena Kravets told local radio the bridge was closed.")).toEqual([["Olena Kravets", "the bridge was closed"]]);
    expect(indirect("Olena Kravets told Reuters Odesa would stay open.")).toEqual([["Olena Kravets", "Odesa would stay open"]]);
    expect(indirect("Olena Kravets told the BBC in an interview she fled Kherson.")).toEqual([["Olena Kravets", "she fled Kherson"]]);
    expect(indirect("Olena Kravets told them to stay indoors.")).toEqual([]);
  });

  it("a two-word reported clause is kept when it is a subject and its finite verb ('said that she left', 'said Russia attacked')", () => {
    expect(indirect("Mayor Anna Berg said that she resigned.")).toEqual([["Anna Berg", "she resigned"]]);
    expect(indirect("Mayor Anna Berg said Moscow retreated.")).toEqual([["Anna Berg", "Moscow retreated"]]);
    expect(indirect("Mayor Anna Berg said that often.")).toEqual([]);
  });

  it("wire style: a thousands separator in the reported clause is no clause boundary", () => {
    expect(indirect("Governor Anna Berg said 1,240 homes had lost power overnight.")).toEqual([["Anna Berg", "1,240 homes had lost power overnight"]]);
  });

  it("wire style: a long subject still reaches its verb ('his plan to tax imports from countries that buy … could pass')", () => {
    expect(indirect("Senator Paul Grant said his plan to tax imports from the countries that buy fuel from Moscow could pass in weeks.")).toEqual([
      ["Paul Grant", "his plan to tax imports from the countries that buy fuel from Moscow could pass in weeks"],
    ]);
  });

  it("that-clause: present tenses of reporting verbs ('notes that', 'argues that')", () => {
    expect(indirect("Economist Lena Ward notes that the central bank has run out of room. Professor Ivo Kranz argues that sanctions work slowly.")).toEqual([
      ["Lena Ward", "the central bank has run out of room"],
      ["Ivo Kranz", "sanctions work slowly"],
    ]);
  });

  it("that-clause: verbs that report only before 'that' ('reaffirmed that', 'believes that', 'informed X that', 'to add that')", () => {
    expect(
      indirect(
        "Chancellor Jonas Falk reaffirmed on Monday that the brigade would stay. Minister Eva Stolt believes that the talks will fail. " +
          "The Danish government informed Norway that the bridge will close. Ambassador Tomas Lind was careful to add that no date had been set.",
      ),
    ).toEqual([
      ["Jonas Falk", "the brigade would stay"],
      ["Eva Stolt", "the talks will fail"],
      ["Danish Government", "the bridge will close"],
      ["Tomas Lind", "no date had been set"],
    ]);
  });

  it("that-clause: the plain present of a that-only verb after a plural subject ('officials fear that')", () => {
    expect(indirect("Finnish officials fear that the ferry will stop. The Swedish ministers expect that prices will rise.")).toEqual([
      ["Finnish officials", "the ferry will stop"],
      ["Swedish ministers", "prices will rise"],
    ]);
  });

  it("that-only verbs report nothing without 'that' ('believed in', 'found the wreck', 'fear the worst')", () => {
    expect(indirect("Minister Eva Stolt believed in the plan. Divers found the wreck on Sunday.")).toEqual([]);
    expect(indirect("Danish farmers fear the worst. They expect prices to rise.")).toEqual([]);
  });

  it("that-clause: an adjunct between the verb and 'that' (a date, a year, an adverb, 'in an interview with X', 'when asked')", () => {
    expect(
      indirect(
        "Mayor Karl Holm said last week that the bridge would reopen. The Finnish government said in 2024 that it would build a fence. " +
          "Lawyer Nina Sand announced immediately that her client would appeal. Ambassador Olaf Berg said in an interview with Reuters that exports would grow. " +
          "Judge Petra Lund said when reading the verdict that the evidence was overwhelming.",
      ),
    ).toEqual([
      ["Karl Holm", "the bridge would reopen"],
      ["Finnish Government", "it would build a fence"],
      ["Nina Sand", "her client would appeal"],
      ["Olaf Berg", "exports would grow"],
      ["Petra Lund", "the evidence was overwhelming"],
    ]);
  });

  it("that-clause: an object with a number or 'with' is no adjunct ('told 40 workers that', 'agreed with X that')", () => {
    expect(indirect("Manager Olga Brandt warned with a smile that prices would rise.")).toEqual([]);
  });

  it("participle: '…,” adding that …' after a quotation closed with its comma inside is the same speaker's", () => {
    expect(indirect('Minister Petr Holub said Prague would "never accept a dictated peace," adding that talks in Geneva had produced nothing.')).toEqual([
      ["Petr Holub", 'Prague would "never accept a dictated peace,"'],
      ["Petr Holub", "talks in Geneva had produced nothing"],
    ]);
  });

  it("'according to Kyiv.': a capital standing for its state cites that state", () => {
    expect(indirect("Ukraine and Russia traded blows overnight. About 1,200 homes lost power in the east, according to Kyiv.")).toEqual([
      ["Ukraine", "About 1,200 homes lost power in the east"],
    ]);
  });

  it("tail attribution: a present-tense verb closing the sentence, and one followed by 'even as …'", () => {
    expect(
      indirect(
        "The Coordination Headquarters for the Treatment of Prisoners of War opened a hotline. 84 soldiers have returned home, the Coordination Headquarters for the Treatment of Prisoners of War reports. " +
          "Norway will keep buying Russian fertiliser, trade minister Cecilie Myrseth said Thursday, even as Brussels presses its partners to stop.",
      ),
    ).toEqual([
      ["Coordination Headquarters for the Treatment of Prisoners of War", "84 soldiers have returned home"],
      ["Cecilie Myrseth", "Norway will keep buying Russian fertiliser"],
    ]);
  });

  it("'denied that the same evening, saying …': a 'that' followed by no verb points back; the participle reports the clause", () => {
    expect(indirect("The Latvian army denied that the same evening, saying the bridge was still standing.")).toEqual([["Armed Forces of Latvia", "the bridge was still standing"]]);
    expect(indirect("Governor Anna Berg confirmed that on Monday.")).toEqual([]);
    // A clause in the present after "that", and one whose subject runs on past "including", are still reported.
    expect(indirect("Governor Anna Berg said that each repair takes about a month.")).toEqual([["Anna Berg", "each repair takes about a month"]]);
    expect(indirect("Judge Ivo Tamm said that the records, including two letters, showed the order was forged.")).toEqual([
      ["Ivo Tamm", "the records, including two letters, showed the order was forged"],
    ]);
  });

  it("'…, calling …' is the speaker's next act, cut from the reported clause", () => {
    expect(indirect("His lawyer, Marek Hal, told the paper after the hearing that they would appeal, calling the case a farce.")).toEqual([["Marek Hal", "they would appeal"]]);
  });

  it("a present-tense reporting verb reports a clause without 'that' ('insists Kyiv must …', 'tells the paper …')", () => {
    expect(indirect("Governor Anna Berg insists the bridge must reopen by the spring.")).toEqual([["Anna Berg", "the bridge must reopen by the spring"]]);
    expect(indirect("Governor Anna Berg tells the Herald the bridge will reopen by the spring.")).toEqual([["Anna Berg", "the bridge will reopen by the spring"]]);
  });
});
