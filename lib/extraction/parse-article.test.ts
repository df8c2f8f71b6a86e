import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle, parseDateString } from "./parse-article";

describe("parseArticle", () => {
  it("splits a bne IntelliNews paste into headline, standfirst, byline, body and drops page junk", () => {
    const raw = readFileSync(path.resolve(import.meta.dirname, "../../prisma/demo/bne-2025-09-07-putin-peacekeepers-legitimate-targets.txt"), "utf8");
    const a = parseArticle(raw);
    expect(a.title).toBe('Putin warns that coalition of the willing peacekeepers in Ukraine are "legitimate targets"');
    expect(a.standfirst).toBe('If European powers send peacekeepers to Ukraine, Russia will consider them "legitimate military targets," Putin warns.');
    expect([a.author, a.dateline, a.publishedOn, a.publication]).toEqual(["Ben Aris", "Berlin", "2025-09-07", "bne IntelliNews"]);
    expect(a.body.startsWith("Russian President Vladimir Putin warned")).toBe(true);
    expect(a.body.endsWith("in its first significant incursion to the region.")).toBe(true);
    expect(a.body).not.toMatch(/\bDismiss\b/);
    expect(a.body.split("\n\n")).toHaveLength(13);
  });

  it("reads agency datelines and plain bodies with metadata given separately", () => {
    const wire = parseArticle("Strike kills 12\n\nKYIV, Sept 9 (Reuters) - A Russian attack killed 12 people.\n\nMore text here.");
    expect(wire).toMatchObject({ title: "Strike kills 12", dateline: "Kyiv", publication: "Reuters", publishedOn: null });
    expect(wire.body).toBe("A Russian attack killed 12 people.\n\nMore text here.");
    const plain = parseArticle("Russia launched 60 drones overnight.\n\nUkraine shot down most of them.", { title: "Given title" });
    expect(plain).toMatchObject({ title: "Given title", author: null });
    expect(plain.body).toBe("Russia launched 60 drones overnight.\n\nUkraine shot down most of them.");
  });

  it("parses byline date formats and rejects impossible days", () => {
    expect(parseDateString("September 7, 2025")).toBe("2025-09-07");
    expect(parseDateString("7 Sept 2025")).toBe("2025-09-07");
    expect(parseDateString("February 30, 2025")).toBeNull();
    expect(parseDateString("12.11.2025 10:42")).toBe("2025-11-12");
    expect(parseDateString("Published on 03/09/2025 - 15:20")).toBe("2025-09-03");
  });
  it.each([
    ["KYIV, Ukraine (AP) — Russian drones hit Odesa.", "Kyiv", "AP"],
    ["MOSCOW, Sept 3 (Reuters) - The Kremlin said talks had stalled.", "Moscow", "Reuters"],
    ["NEW DELHI, Aug 22 (PTI): India on Friday defended its purchases.", "New Delhi", "PTI"],
    ["Kyiv (AFP) – Russian drones struck Kharkiv overnight.", "Kyiv", "AFP"],
    ["MOSCOW, November 27. /TASS/. Russia has received the plan.", "Moscow", "TASS"],
    ["ANKARA - Turkish President Recep Tayyip Erdogan said on Sunday that talks could resume.", "Ankara", null],
  ])("strips the wire dateline of %j", (first, dateline, publication) => {
    const a = parseArticle(`Headline here\n\n${first}\n\nSecond paragraph.`);
    expect(a).toMatchObject({ title: "Headline here", dateline, publication });
    expect(a.body.split("\n\n")[0]).toMatch(/^[A-Z]/);
    expect(a.body).not.toMatch(/\((?:AP|Reuters|PTI|AFP)\)|\/TASS\//);
  });

  it("reads page heads of several outlets: bylines without 'By', agency credits, date lines, place lines and captions", () => {
    const guardian = parseArticle("Peace plan reworked\n\nShaun Walker in Kyiv and Patrick Wintour\n\nTue 25 Nov 2025 09.14 GMT\n\nOfficials met in Geneva.");
    expect(guardian).toMatchObject({ title: "Peace plan reworked", author: "Shaun Walker in Kyiv and Patrick Wintour", publishedOn: "2025-11-25", body: "Officials met in Geneva." });
    const sabah = parseArticle("Türkiye proposes mechanism\n\nFidan said Ankara would host talks.\n\nDAILY SABAH WITH AA\nISTANBUL\nNov 05, 2025 - 2:41 pm GMT+3\n\nFidan speaks in Ankara, Nov. 4, 2025. (AA Photo)\n\nTürkiye has proposed a mechanism.");
    expect(sabah).toMatchObject({ standfirst: "Fidan said Ankara would host talks.", author: "Daily Sabah with AA", publication: "Daily Sabah", dateline: "Istanbul", publishedOn: "2025-11-05", body: "Türkiye has proposed a mechanism." });
    const ndtv = parseArticle("\"Won't Be Dictated To\": Jaishankar On Oil\n\nEdited by: Ritu Sharma\nWorld News | Press Trust of India | Updated: October 06, 2025 08:14 pm IST\n\nJaishankar at an event (File)\n\nNew Delhi:\n\nIndia will continue to buy oil.");
    expect(ndtv).toMatchObject({ title: "\"Won't Be Dictated To\": Jaishankar On Oil", author: null, publication: "Press Trust of India", dateline: "New Delhi", publishedOn: "2025-10-06", body: "India will continue to buy oil." });
    const afp = parseArticle("Drones hit Kharkiv\n\nBy Marc JOURDIER with Daria ANDRIIEVSKA in Kyiv\nPublished on 03/09/2025 - 15:20\n\nKyiv (AFP) – Drones struck.\n\nPhoto caption: Rescuers work. © Sergey BOBOK / AFP");
    expect(afp).toMatchObject({ author: "Marc Jourdier with Daria Andriievska in Kyiv", publishedOn: "2025-09-03", dateline: "Kyiv", publication: "AFP", body: "Drones struck." });
    const ukrinform = parseArticle("Enemy attacks Kharkiv\n\n12.11.2025 10:42\nUkrinform\n\nRussian troops attacked Kharkiv.\n\nPhoto: Kharkiv Regional State Administration");
    expect(ukrinform).toMatchObject({ publishedOn: "2025-11-12", publication: "Ukrinform", body: "Russian troops attacked Kharkiv." });
  });

  it("drops trailers and keeps a body that starts without any head", () => {
    const a = parseArticle("Russia launched 60 drones at Chernihiv Oblast overnight on Oct. 13, damaging energy infrastructure, officials said.\n\nMore text.\n\n(Reporting by Max Hunder; Editing by Alison Williams)\n\nAssociated Press writer Illia Novikov contributed to this report.");
    expect(a.title).toBeNull();
    expect(a.body.split("\n\n")).toHaveLength(2);
  });

});
