/** Interview layouts of outlets the engine was not tuned on (round 30), each on invented text. */
import { describe, expect, it } from "vitest";
import { brief, ctxOf } from "./test-context";
import { findInterviewAnswers } from "./interview";
import { findStatements } from "../quotes";

const answersOf = (paras: string[]) => brief(findInterviewAnswers(ctxOf(paras.join("\n\n")), 0).answers);

describe("interview layouts", () => {
  it("an outlet's initials with a slash ('RFE/RL:') label the interviewer", () => {
    expect(
      answersOf([
        "Moldovan Foreign Minister Ilie Rusnac spoke to Radio Free Europe/Radio Liberty in Chisinau.",
        "RFE/RL: Do you fear an offensive in the south?",
        "Ilie Rusnac: We take every threat seriously.",
        "RFE/RL: Will the gas supply be cut?",
        "Rusnac: The contract ends in December.",
      ]),
    ).toEqual([["Ilie Rusnac", "We take every threat seriously."], ["Ilie Rusnac", "The contract ends in December."]]);
  });

  it("an answer of several paragraphs: unlabelled paragraphs between two turns go on the answer; after the last, the article resumes", () => {
    expect(
      answersOf([
        "Alliance chief Pieter Voorn spoke to our newspaper before the summit.",
        "Q: What will the summit decide?",
        "A: A new spending target. Every ally will sign up.",
        "Some will complain, of course. But they know the threat.",
        "Q: And the east?",
        "A: More air defence.",
        "The summit opens on Tuesday in The Hague.",
      ]),
    ).toEqual([
      ["Pieter Voorn", "A new spending target. Every ally will sign up."],
      ["Pieter Voorn", "Some will complain, of course. But they know the threat."],
      ["Pieter Voorn", "More air defence."],
    ]);
  });

  it("one or two plain questions make an interview after a paragraph announcing one, with answers in the first person", () => {
    expect(
      answersOf([
        "Drones hit a substation in Poltava overnight, Governor Taras Mel said on Monday.",
        "The Poltava Courier asked Mel about the winter.",
        "Will the city have heat?",
        "We have generators for every hospital.",
        "Can the grid survive another attack?",
        "It survived twenty. It will survive the next one.",
      ]),
    ).toEqual([["Taras Mel", "We have generators for every hospital."], ["Taras Mel", "It survived twenty. It will survive the next one."]]);
  });

  it("not an interview: a FAQ box after the news, or two questions nothing announces", () => {
    const faq = ["The Commission proposed a loan on Wednesday, President Ilse Brandt said.", "What happens next?", "The proposal goes to the member states.", "Who objects?", "Two members have raised concerns."];
    expect(answersOf(faq)).toEqual([]);
    const unannounced = ["Farmers blocked the border again, said their leader Jan Wolski.", "Who pays for the losses?", "We do, every hour.", "Who decides?", "Warsaw will meet them on Friday."];
    expect(answersOf(unannounced)).toEqual([]);
  });

  it("another person's quoted words inside an answer are that person's; the interviewee's own quoted words stay in the answer", () => {
    const text = [
      "Foreign Minister Andrii Sybiha spoke to our newspaper in Kyiv.",
      "Q: Did you talk to the Americans?",
      'A: Yes. Then President Volodymyr Zelensky said "we will not give up land" in the same room.',
      "Q: And you?",
      'A: I told them: "we need more air defence."',
    ].join("\n\n");
    expect(brief(findStatements(ctxOf(text), { indirectFrom: 0 }))).toEqual([
      ["Andrii Sybiha", 'Yes. Then President Volodymyr Zelensky said "we will not give up land" in the same room.'],
      ["Volodymyr Zelensky", "we will not give up land"],
      ["Andrii Sybiha", 'I told them: "we need more air defence."'],
    ]);
  });
});

describe("interview guards", () => {
  it("a paragraph between turns that names the interviewee is narration, not more of the answer", () => {
    expect(
      answersOf([
        "Foreign Minister Ivo Marek spoke to our newspaper.",
        "Daily: Were the talks useful?",
        "Marek: No. They were theatre.",
        "Moscow called the talks a success on Monday. Marek dismissed that when we read it to him.",
        "Daily: What next?",
        "Marek: We wait.",
      ]).map(([, quote]) => quote),
    ).toEqual(["No. They were theatre.", "We wait."]);
  });

  it("an answer printed whole in quotation marks stays the interviewee's, not a quotation of someone named in it", () => {
    const text = [
      "Defence Minister Lara Conti spoke to our newspaper in Rome.",
      "Is the League right to worry?",
      '"The League worries every week. We do not plan according to posts."',
      "Will you send more?",
      '"Yes, in spring."',
      "And Moscow?",
      '"Moscow threatens. We answer calmly."',
    ].join("\n\n");
    expect(findStatements(ctxOf(text), { indirectFrom: 0 }).every((s) => s.speaker.name === "Lara Conti")).toBe(true);
  });
});
