import { describe, expect, it } from "vitest";
import { selfNamedOutlet } from "./parse-article-self";

describe("selfNamedOutlet", () => {
  it("reads the outlet from how the page names itself", () => {
    expect(selfNamedOutlet("Welcome to The Courier's live coverage of the war.")).toBe("The Courier");
    expect(selfNamedOutlet("As Lviv Now reported earlier, the plant was hit in May.")).toBe("Lviv Now");
    expect(selfNamedOutlet("The Harbour Gazette could not independently verify the claim.")).toBe("The Harbour Gazette");
    expect(selfNamedOutlet("Prices rose.\nRead more in Baltic Ledger: grain on the move")).toBe("Baltic Ledger");
    expect(selfNamedOutlet("A soldier rests. (Coast Radio: Ivan Petrenko)")).toBe("Coast Radio");
    expect(selfNamedOutlet("Mira Tan is a senior correspondent covering defence at The Island Times.")).toBe("The Island Times");
    expect(selfNamedOutlet("With reporting by RFE/RL's Ukrainian Service")).toBe("RFE/RL");
    expect(selfNamedOutlet("By Steppe Courier staff\nThe port was hit.")).toBe("Steppe Courier");
    expect(selfNamedOutlet("The port was hit.\nRead more on Danube Wire\nMore text here.")).toBe("Danube Wire");
    expect(selfNamedOutlet("The port was hit.\n© 2026 Danube Wire. All rights reserved.\nMore text.\nA.\nB.\nC.")).toBe("Danube Wire");
    expect(selfNamedOutlet("The port was hit.\n(CHANNEL 7 with AFP and Reuters)")).toBe("CHANNEL 7");
    expect(selfNamedOutlet("Harbour Radio English Newsroom\nThe port was hit.")).toBe("Harbour Radio");
    expect(selfNamedOutlet("The port was hit.\nSign up for the Harbour Wire newsletter")).toBe("Harbour Wire");
    expect(selfNamedOutlet("The port was hit.\nSubscribe to Harbour Wire's daily briefing")).toBe("Harbour Wire");
    expect(selfNamedOutlet("The port was hit.\nThis article first appeared on Harbour Wire.")).toBe("Harbour Wire");
    expect(selfNamedOutlet("The port was hit.\nOriginally published by Harbour Wire")).toBe("Harbour Wire");
    expect(selfNamedOutlet("The port was hit.\nFollow Harbour Wire on Telegram")).toBe("Harbour Wire");
  });

  it("reads a name within one line only", () => {
    expect(selfNamedOutlet("three diplomats told DANUBE POST.\n\nThe Package was late.")).toBe("DANUBE POST");
    expect(selfNamedOutlet("By ANNA KOVAL/ Staff Writer\nThe port was hit.")).toBeNull();
  });

  it("takes an interviewer's label only when it asks several questions and is not one capitalised surname", () => {
    expect(selfNamedOutlet("DIE WOCHE: Were they Russian?\nSMITH: Yes.\nDIE WOCHE: And then?\nSMITH: We waited.")).toBe("DIE WOCHE");
    expect(selfNamedOutlet("INSKEEP: Were they Russian?\nSMITH: Yes.\nINSKEEP: And then?\nSMITH: We waited.")).toBeNull();
  });

  it("takes one outlet quoted with \"told\" when nothing else names one, but not another's interview, a wire agency or an ordinary word", () => {
    expect(selfNamedOutlet("Three diplomats told Harbour Post the talks stalled.")).toBe("Harbour Post");
    expect(selfNamedOutlet("Officials told Harbour Post so. The Coast Herald could not verify it.")).toBe("The Coast Herald");
    expect(selfNamedOutlet('Putin told India Today in an interview that supplies would continue.')).toBeNull();
    expect(selfNamedOutlet("Officials told Reuters the talks stalled. AFP could not verify the claim.")).toBeNull();
    expect(selfNamedOutlet("We could not independently verify the figures.")).toBeNull();
    expect(selfNamedOutlet("No outlet is named in this text at all.")).toBeNull();
  });

  it("adds up weaker cues: the same outlet told twice", () => {
    expect(selfNamedOutlet("The mayor told Kyiv Post by phone. A resident told Kyiv Post the shelling went on.")).toBe("Kyiv Post");
  });
});

describe("more ways a page names itself", () => {
  it("reads Telegram sign-ups, requests for comment, the page's photographer and a magazine issue", () => {
    expect(selfNamedOutlet("The port was hit.\nSubscribe to Harbour Wire on Telegram")).toBe("Harbour Wire");
    expect(selfNamedOutlet("Harbour Wire has reached out to the ministry for comment.")).toBe("Harbour Wire");
    expect(selfNamedOutlet("A tug burns. (Anna Koval/for Harbour Wire)")).toBe("Harbour Wire");
    expect(selfNamedOutlet("A tug burns. (Anna Koval/Sputnik/AP)")).toBeNull();
    expect(selfNamedOutlet("This article was originally published in the May 2026 issue of The Harbour Quarterly.")).toBe("The Harbour Quarterly");
  });
});

describe("bios, photographers with particles, single interview labels and newsletters", () => {
  it("reads an author's bio that goes on after the outlet's name", () => {
    expect(selfNamedOutlet("Mira Tan is the Baltic correspondent for Harbour Wire. She lives in Riga.")).toBe("Harbour Wire");
  });

  it("reads a photographer whose surname has a particle", () => {
    expect(selfNamedOutlet("A tug burns. (Jan Van der Berg/for Harbour Wire)")).toBe("Harbour Wire");
  });

  it("takes a one-word outlet the lexicon knows as an organisation", () => {
    expect(selfNamedOutlet("Newsweek has reached out to the ministry for comment via email.")).toBe("Newsweek");
  });

  it("takes an interviewer's label asked once when the answer is labelled with the interviewee's full name", () => {
    expect(selfNamedOutlet("Intro.\nKoyla: Is the port open?\nAnna Koval: It opened on Monday.\nAnd the ferries?")).toBe("Koyla");
    expect(selfNamedOutlet("Intro.\nKoyla: Is the port open?\nIt opened on Monday.")).toBeNull();
  });

  it("does not take a newsletter's own name for the outlet", () => {
    expect(selfNamedOutlet("The port was hit.\nSign up for the Politics Briefing newsletter.")).toBeNull();
  });
});

describe("staff bylines and the outlet's article", () => {
  it("reads 'By <Outlet> Staff' and gives the name the 'The' the running text prints", () => {
    expect(selfNamedOutlet("By Harbour Times Staff\nThe port was hit, a resident tells The Harbour Times.")).toBe("The Harbour Times");
    expect(selfNamedOutlet("By Harbour Times Staff\nThe port was hit.")).toBe("Harbour Times");
    expect(selfNamedOutlet("The port was hit, the General Staff said.")).toBeNull();
  });
});

describe("a reporting trip told in the outlet's own name", () => {
  it("reads 'Harbour News spent three days …' opening a line, but not a person or a name that is no outlet's", () => {
    expect(selfNamedOutlet("Ferries return to the strait\nHarbour News spent three days with the crew of a minesweeper.")).toBe("Harbour News");
    expect(selfNamedOutlet("Ferries return\nAnna Koval spent three days with the crew.")).toBeNull();
    expect(selfNamedOutlet("Ferries return\nThe Navy spent three days clearing mines.")).toBeNull();
  });
});

describe("a name cut at the end of its sentence", () => {
  it("reads 'told Harbour News. While …' as the outlet, not 'Harbour News. While'", () => {
    expect(selfNamedOutlet("The vote was delayed, two diplomats told Harbour News. While he was gone, the text passed.")).toBe("Harbour News");
  });
});

describe("an agency crediting its own story", () => {
  it("reads 'X reports this with reference to …' and 'a X correspondent reports'", () => {
    expect(selfNamedOutlet("Two people were hurt.\nHarbourinform reports this with reference to the regional council.")).toBe("Harbourinform");
    expect(selfNamedOutlet("The pier was shut, Harbourinform reports, citing the port authority.")).toBe("Harbourinform");
    expect(selfNamedOutlet("The ferry left at dawn, a Harbourinform correspondent reports.")).toBe("Harbourinform");
    expect(selfNamedOutlet("The ferry left at dawn, the council said, HPN reports.")).toBe("HPN");
  });

  it("does not take a relayed past report or an agency's photographer for the page's outlet", () => {
    expect(selfNamedOutlet("Harbour Daily reported on Monday that the pier was shut.")).toBeNull();
    expect(selfNamedOutlet("A ferry waits.\nPhoto: AP Photo/Anna Koval")).toBeNull();
  });
});

describe("a one-word masthead that is an ordinary word", () => {
  it("is the outlet when the page also welcomes readers to it, and not without the masthead", () => {
    expect(selfNamedOutlet("Signal\nDrones strike the port\nGood morning and welcome to the Signal's live coverage of the war.")).toBe("Signal");
    expect(selfNamedOutlet("Drones strike the port\nGood morning and welcome to the Signal's live coverage of the war.")).toBeNull();
  });
});
