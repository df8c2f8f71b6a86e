import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse-article";
import { isPageFurniture } from "./parse-article-furniture";

describe("page furniture", () => {
  it("knows audio players, share and save buttons, comment counters, reading times and newsletter sign-ups", () => {
    for (const line of ["Listen to this article · 4 min", "Listen · 5:12", "Listen (3 min)", "Share on X", "Share via email", "Share via", "Share on", "Comments (12)", "31 comments", "Add to favourites", "Save for later", "About 6 min read", "Reading time: 4 minutes", "Subscribe to the Harbour Wire newsletter for the day's news", "Get our Morning Brief newsletter"]) {
      expect(isPageFurniture(line), line).toBe(true);
    }
  });

  it("leaves sentences and headlines alone", () => {
    for (const line of ["Listen to the sirens, the mayor told residents.", "Share prices fell on Monday", "Comments by the minister angered Kyiv", "The newsletter was banned in Russia last year, its editor said."]) {
      expect(isPageFurniture(line), line).toBe(false);
    }
  });

  it("keeps furniture out of the standfirst and the body", () => {
    const p = parseArticle("Ferry service to resume after storm repairs\nThe operator says the crossing will reopen next week.\nListen to this article · 4 min\nShare on X\nBy Anna Koval\nMay 12, 2026\nComments (3)\nThe harbour master said on Tuesday that the ferry would sail again.");
    expect(p.standfirst).toBe("The operator says the crossing will reopen next week.");
    expect(p.author).toBe("Anna Koval");
    expect(p.body).toBe("The harbour master said on Tuesday that the ferry would sail again.");
  });
});

describe("a photo caption above its own credit line", () => {
  it("drops the caption and the credit from the body", () => {
    const p = parseArticle("Ferry service to resume after storm repairs\nBy Anna Koval\nMay 12, 2026\nA ferry waits in the harbour on Monday.\nPhoto: Petro Marchuk / Harbour Wire\nThe harbour master said on Tuesday that the ferry would sail again.\nRepairs cost more than planned.");
    expect(p.body).toBe("The harbour master said on Tuesday that the ferry would sail again.\n\nRepairs cost more than planned.");
  });
});

describe("photo captions and credits in the head and the body", () => {
  const story = "The harbour master said on Tuesday that the ferry would sail again.\nRepairs cost more than planned, he said.";
  const head = "Ferry service to resume after storm repairs in the port";

  it("does not take a credited caption between the headline and the byline for the standfirst", () => {
    for (const caption of ["A ferry waits in the harbour on Monday. (Anna Koval/Harbour Wire)", "A ferry waits in the harbour on Monday. Anna Koval/Harbour Wire"]) {
      const p = parseArticle(`${head}\n${caption}\nBy Petro Marchuk\nMay 12, 2026\n${story}`);
      expect(p.standfirst, caption).toBeNull();
      expect(p.author).toBe("Petro Marchuk");
    }
  });

  it("keeps a headline that ends in a bracketed label", () => {
    expect(parseArticle(`${head} (VIDEO)\nBy Petro Marchuk\nMay 12, 2026\n${story}`).title).toBe(`${head} (VIDEO)`);
  });

  it("drops captions credited with 'Photograph:', in square brackets or '(Image: …)' from the body", () => {
    for (const caption of ["A ferry waits in the harbour on Monday. Photograph: Petro Marchuk/Harbour Wire", "A ferry waits in the harbour on Monday. [Petro Marchuk/Harbour Wire]", "A ferry waits in the harbour on Monday (Image: Harbour Wire)"]) {
      const p = parseArticle(`${head}\nBy Anna Koval\nMay 12, 2026\n${caption}\n${story}`);
      expect(p.body.startsWith("The harbour master"), caption).toBe(true);
      expect(p.publication).not.toBe("Image");
    }
  });

  it("does not read a kicker in capitals above the headline as the masthead", () => {
    expect(parseArticle(`EXCLUSIVE\n${head}\nBy Anna Koval\nMay 12, 2026\n${story}`).publication).toBeNull();
  });
});

describe("section labels below the headline", () => {
  it("does not take a word or two without a full stop for the standfirst", () => {
    const p = parseArticle("Ferry service to resume after storm repairs in the port\nShipping\nBy Anna Koval\nMay 12, 2026\nThe harbour master said on Tuesday that the ferry would sail again.\nRepairs cost more, he said.");
    expect(p.standfirst).toBeNull();
    expect(p.title).toBe("Ferry service to resume after storm repairs in the port");
  });
});

describe("photo and 'read also' lines", () => {
  const lead = "The harbour master said on Tuesday that the ferry to the island would sail again next week.";
  const more = "Repairs to the pier cost more than the council had planned, the mayor told reporters at the harbour.";

  it("never takes them for the headline, the standfirst or the body", () => {
    for (const line of ["Illustrative photo", "Photo illustrative", "Photo by Anna Koval", "Photo credit: Anna Koval / Harbour Wire", "Read also: Ferry fares to rise in spring", "Read also Ferry fares to rise in spring", "Read also"]) {
      const p = parseArticle(`Ferry to sail again after storm repairs\n12.05.2026 10:42\n${line}\n${lead}\n${more}`);
      expect(p, line).toMatchObject({ title: "Ferry to sail again after storm repairs", standfirst: null, publishedOn: "2026-05-12", body: `${lead}\n\n${more}` });
    }
  });

  it("below two paragraphs of prose with no head above them, they end no page head: the paragraphs stay the body", () => {
    for (const line of ["Read also: Ferry fares to rise in spring", "Photo: Anna Koval"]) {
      const p = parseArticle(`${lead}\n\n${more}\n\n${line}\n\nThe ferry carries about 400 passengers a day in summer.`);
      expect(p.body.startsWith(lead), line).toBe(true);
    }
  });

  it("keeps a headline that only starts like a photo credit", () => {
    expect(parseArticle(`Photos by war reporter win a prize in Kyiv\n\n${lead}\n\n${more}`).title).toBe("Photos by war reporter win a prize in Kyiv");
  });
});

describe("the outlet's name after the headline and breadcrumbs", () => {
  const story = "The harbour master said on Tuesday that the ferry would sail again.\nRepairs cost more than planned, he said.";

  it("takes the outlet off a browser-tab headline ('Headline | Outlet')", () => {
    for (const sep of ["|", "-", "–"]) {
      expect(parseArticle(`Ferry to sail again after storm repairs ${sep} Harbour Times\nMay 12, 2026\n${story}`), sep).toMatchObject({ title: "Ferry to sail again after storm repairs", publication: "Harbour Times" });
    }
    expect(parseArticle(`Ferry to sail again - but not for long\nMay 12, 2026\n${story}`).title).toBe("Ferry to sail again - but not for long");
  });

  it("drops a breadcrumb with '&' in a section's name", () => {
    expect(parseArticle(`Industry › Energy › Oil & Gas\nFerry to sail again after storm repairs\nMay 12, 2026\n${story}`).title).toBe("Ferry to sail again after storm repairs");
  });
});

describe("agency photo captions", () => {
  const lead = "The harbour master said on Tuesday that the ferry to the island would sail again next week.";
  const more = "Repairs to the pier cost more than the council had planned, the mayor told reporters at the harbour.";

  it("keeps them out of the body, at the top or between paragraphs", () => {
    for (const caption of [
      "A ferry in the harbour on May 12, 2026. ( Anna Koval - Anadolu Agency )",
      "A ferry in the harbour on May 12, 2026. Anna Koval/Anadolu",
      "A ferry in the harbour on Tuesday. (Xinhua/Anna Koval)",
      "A ferry in the harbour on Tuesday. Photo by Anna Koval",
      "A ferry in the harbour on Tuesday. — Photo: Anna Koval",
      "Illustrative photo: Harbour Images",
    ]) {
      const top = parseArticle(`Ferry to sail again after storm repairs\n12.05.2026 10:42\n${caption}\n${lead}\n${more}`);
      expect(top.body, caption).toBe(`${lead}\n\n${more}`);
      const mid = parseArticle(`Ferry to sail again after storm repairs\n12.05.2026 10:42\n${lead}\n${caption}\n${more}\nThe council will meet on Friday to approve the repairs.`);
      expect(mid.body, caption).not.toContain(caption.slice(0, 20));
    }
  });
});

describe("a periodical's issue label", () => {
  it("is furniture, so the headline below it is the title", () => {
    expect(isPageFurniture("Harbour Weekly Monitor Volume: 12 Issue: 45")).toBe(true);
    expect(isPageFurniture("Vol. 12, No. 7")).toBe(true);
    expect(isPageFurniture("Volume of grain exports fell by 12 per cent")).toBe(false);
    const p = parseArticle("Harbour Institute\nHarbour Weekly Monitor Volume: 12 Issue: 45\nMoscow Sends Warships to Escort Grain Convoys\nBy: Anna Koval\nMay 4, 2026\nThe navy began escorting grain ships on Monday, the ministry said.\nThe move raises the stakes.");
    expect(p.title).toBe("Moscow Sends Warships to Escort Grain Convoys");
  });
});
