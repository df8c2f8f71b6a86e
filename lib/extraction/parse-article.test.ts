import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classifyHeadLine, parseArticle, parseDateString } from "./parse-article";
import { tidyByline } from "./parse-article-byline";

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

  it("reads a first line in capitals above a longer headline as the masthead, not a dateline, unless it is a capital", () => {
    const page = parseArticle("HARBOUR LEDGER EN\n\nWorld\n\nPort authority says grain loadings will resume within days\n\nLoadings stopped on Monday after a strike.");
    expect(page).toMatchObject({ publication: "HARBOUR LEDGER", dateline: null });
    const wire = parseArticle("KYIV\n\nPort authority says grain loadings will resume within days\n\nLoadings stopped on Monday after a strike.");
    expect(wire).toMatchObject({ dateline: "Kyiv", publication: null });
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

  it("reads a name · outlet · date byline, and an outlet the page only names in its text", () => {
    const a = parseArticle("Ottawa adds sanctions over deported children\n\nMaria Ross · Prairie News · Posted: Dec 02, 2026 6:15 AM EST | Last Updated: 2 hours ago\n\nCanada added 36 names to its sanctions list on Tuesday.");
    expect([a.author, a.publishedOn, a.publication]).toEqual(["Maria Ross", "2026-12-02", "Prairie News"]);
    const b = parseArticle("Drones hit the port\n\nThe port of Izmail was hit overnight, officials said.\n\nThe Harbour Gazette could not independently verify the claim.");
    expect(b.publication).toBe("The Harbour Gazette");
  });

  it("tidies bylines: a job after a slash or in a bio, a place after a comma, a job title before the names, an outlet among the authors", () => {
    expect(tidyByline("HARUKA SATO/ Staff Writer")).toEqual({ author: "HARUKA SATO" });
    expect(tidyByline("Rachel Okonjo, a defense reporter at Foreign Policy.")).toEqual({ author: "Rachel Okonjo", publication: "Foreign Policy" });
    expect(tidyByline("Rezaul H Laskar, New Delhi")).toEqual({ author: "Rezaul H Laskar", dateline: "New Delhi" });
    expect(tidyByline("Europe correspondent Isobel Marsh and Mykola Honchar in Kramatorsk")).toEqual({ author: "Isobel Marsh and Mykola Honchar in Kramatorsk" });
    expect(tidyByline("Julian Lee and Bloomberg News")).toEqual({ author: "Julian Lee" });
    expect(tidyByline("Shaun Walker in Kyiv and Patrick Wintour")).toBeNull();
  });

  it("reads 'Text:' and a person's 'Editor:' line as the byline, not as a colon dateline; a bracketed outlet leaves the authors", () => {
    const live = parseArticle("Day 900: strikes on the grid. Live\n\n03.03.2026 07:55\n\nEditor: Anna Koval\n\nThe city lost power overnight, officials said. Repairs began at dawn.");
    expect(live).toMatchObject({ author: "Anna Koval", dateline: null });
    const text = parseArticle("Strikes on the grid continue for a third night\n\n03.03.2026 07:55\n\nText: Anna Koval, Petro Marchuk (Harbour Radio)\n\nThe city lost power overnight, officials said. Repairs began at dawn.");
    expect(text).toMatchObject({ author: "Anna Koval, Petro Marchuk", dateline: null });
    const desk = parseArticle("Strikes on the grid continue for a third night\n\nEditor: Deskcode\n\n03.03.2026 07:55\n\nThe city lost power overnight, officials said. Repairs began at dawn.");
    expect(desk.author).toBeNull();
  });

  it("reads a date line that also says how long ago it was updated", () => {
    const page = parseArticle("Strikes on the grid continue for a third night\n\nAFP Published March 3, 2026 Updated about 4 hours ago\n\nThe city lost power overnight, officials said. Repairs began at dawn.");
    expect(page.publishedOn).toBe("2026-03-03");
  });

  it("reads page dates printed with European month names", () => {
    expect(parseDateString("29 marzo 2026 | 07:58")).toBe("2026-03-29");
    expect(parseDateString("20 maja 2026 | 14:12")).toBe("2026-05-20");
    expect(parseDateString("3. März 2026")).toBe("2026-03-03");
    expect(parseDateString("12 décembre 2025")).toBe("2025-12-12");
  });

  it("drops wire-service markers before a headline", () => {
    expect(parseArticle("(LEAD) N. Korea sent more troops to Russia: NIS\n\nSEOUL, April 23 (Yonhap) -- North Korea sent troops, the spy agency said.").title).toBe("N. Korea sent more troops to Russia: NIS");
    expect(parseArticle("UPDATE 2-Oil rises as drones hit port\n\nLONDON, May 2 (Reuters) - Oil prices rose on Friday.").title).toBe("Oil rises as drones hit port");
  });

  it("reads the EFE dateline with a full stop before the dash", () => {
    const a = parseArticle("Russia claims a village\n\nKyiv, Jan 22 (EFE).- Russia's Defense Ministry on Thursday claimed the capture of a village.");
    expect([a.dateline, a.publication]).toEqual(["Kyiv", "EFE"]);
    expect(a.body.startsWith("Russia's Defense Ministry")).toBe(true);
  });

  it("drops trailers and keeps a body that starts without any head", () => {
    const a = parseArticle("Russia launched 60 drones at Chernihiv Oblast overnight on Oct. 13, damaging energy infrastructure, officials said.\n\nMore text.\n\n(Reporting by Max Hunder; Editing by Alison Williams)\n\nAssociated Press writer Illia Novikov contributed to this report.");
    expect(a.title).toBeNull();
    expect(a.body.split("\n\n")).toHaveLength(2);
  });

  it.each([
    ["03/20/2026", "2026-03-20"],
    ["Issued on: 03/09/2025 - 15:20", "2025-09-03"],
    ["16:42 04.06.2026", "2026-06-04"],
    ["September 3, 2025 3:18 PM", "2025-09-03"],
    ["Mar 5th 2026|BERLIN|4 min read", "2026-03-05"],
    ["Updated 9:18 AM EDT, Sun September 7, 2025", "2025-09-07"],
    ["April 10, 2026 21:15 JST", "2026-04-10"],
    ["TOI World Desk / TIMESOFINDIA.COM / Updated: Sep 03, 2025, 15:18 IST", "2025-09-03"],
    ["Published: 2025-09-03T15:18:00Z", "2025-09-03"],
  ])("reads the publication date line %j", (line, date) => {
    expect(parseArticle(`Headline here\n\n${line}\n\nRussia launched 60 drones overnight.`).publishedOn).toBe(date);
  });

  it("reads numeric dates by the numbers, then by the outlet's convention", () => {
    expect(parseDateString("03/20/2026")).toBe("2026-03-20");
    expect(parseDateString("03/09/2025")).toBe("2025-09-03");
    expect(parseDateString("03/09/2025", { monthFirst: true })).toBe("2025-03-09");
    expect(parseDateString("03.09.2025", { monthFirst: true })).toBe("2025-09-03");
    const cnn = parseArticle("Strike on Kyiv\n\nBy Jane Doe, CNN\nUpdated 03/09/2025\n\nRussia launched 60 drones overnight.");
    expect(cnn).toMatchObject({ author: "Jane Doe", publication: "CNN", publishedOn: "2025-03-09" });
  });

  it("joins a date label to the next line and finds a date line below a caption or at the foot", () => {
    expect(parseArticle("Strike on Kyiv\n\nIssued on:\n04/06/2026 - 16:42\n\nRussia launched 60 drones.").publishedOn).toBe("2026-06-04");
    const paragraphs = ["Russia launched 60 drones overnight.", "Officials said 50 were shot down.", "Two people were hurt.", "A school was damaged."];
    const stray = parseArticle(["Strike on Kyiv", "Photo: rescuers at work", ...paragraphs, "3 September 2025"].join("\n\n"));
    expect(stray).toMatchObject({ publishedOn: "2025-09-03", body: paragraphs.join("\n\n") });
  });

  it("reads section kickers, outlets closing bylines, edition names and city-country datelines", () => {
    const e = parseArticle("Europe | Arms for Ukraine\n\nEurope's ammunition drive pays off\n\nBut the money may run out\n\nMar 5th 2026|BERLIN|4 min read\n\nWHEN RHEINMETALL opened its plant, Merz spoke.");
    expect(e).toMatchObject({ title: "Europe's ammunition drive pays off", standfirst: "But the money may run out", dateline: "Berlin", publishedOn: "2026-03-05" });
    expect(parseArticle("EU agrees sanctions\n\nBy Aurélie Pugnet | Euractiv\nFeb 24, 2026 16:42\n\nEU ambassadors approved it.")).toMatchObject({ author: "Aurélie Pugnet", publication: "Euractiv" });
    expect(parseArticle("Kremlin talks\n\nNovaya Gazeta Europe\n14 January 2026, 16:42\n\nPutin met Witkoff.").publication).toBe("Novaya Gazeta Europe");
    const cnn = parseArticle("Big attack\n\nBy A B and C D, CNN\nUpdated 9:18 AM EDT, Sun September 7, 2025\n\nKyiv, Ukraine — Russia launched its largest attack.");
    expect(cnn).toMatchObject({ author: "A B and C D", publication: "CNN", dateline: "Kyiv", body: "Russia launched its largest attack." });
  });
});

describe("parseArticle: page heads with navigation above the headline", () => {
  it("skips navigation and kickers, takes the line above the standfirst as headline and reads 'By:' bylines", () => {
    const raw = "Skip to main content\nFRANCE 24\nLive\nEurope\nHeadline about energy strikes on Kyiv\nThe president said on Thursday that Kyiv was ready to halt strikes if Moscow did the same.\nIssued on: 22/01/2026 - 14:37Modified: 22/01/2026 - 18:02\n3 min Reading time\nBy: FRANCE 24 with AFP\nRussia launched 41 missiles.\nRead more\nUkraine's energy war: how Kyiv keeps the lights on\nThe Kremlin rejected the proposal.";
    const a = parseArticle(raw);
    expect(a).toMatchObject({ title: "Headline about energy strikes on Kyiv", author: "France 24 with AFP", publication: "FRANCE 24", publishedOn: "2026-01-22" });
    expect(a.standfirst).toMatch(/^The president said/);
    expect(a.body).toBe("Russia launched 41 missiles.\n\nThe Kremlin rejected the proposal.");
  });

  it("keeps the outlet line over a wire credit, drops '| REUTERS' captions, reads an en-dash dateline and drops related lists", () => {
    const raw = "The Japan Times\nWORLD / POLITICS\nDrone hits nuclear plant training center\nA soldier walks past a building on Feb. 27. | REUTERS\nBY PAVLO DANYLIUK AND ELENA MARCHETTI\nREUTERS\nMar 4, 2026\nSHARE\nKYIV – A drone struck the plant.\nRELATED\nJapan pledges aid to Ukraine\nKEYWORDS\nRussia, Ukraine, IAEA\nThe IAEA said the damage was confirmed.";
    const a = parseArticle(raw);
    expect(a).toMatchObject({ title: "Drone hits nuclear plant training center", author: "Pavlo Danyliuk and Elena Marchetti", publication: "The Japan Times", dateline: "Kyiv", publishedOn: "2026-03-04" });
    expect(a.body).toBe("A drone struck the plant.\n\nThe IAEA said the damage was confirmed.");
  });

  it("reads an interview credit and an outlet with its edition word", () => {
    const raw = "DER SPIEGEL International\nWorld\nInterview with Ukraine's Foreign Minister\nAndrii Sybiha: \"Europe Must Stop Waiting\"\nUkraine's foreign minister says his country will not trade territory for a pause in the fighting.\nInterview Conducted by Mirko Hallstein and Tanja Vogel in Kyiv\n16.02.2026, 17.05 Uhr\nDER SPIEGEL: Was the trip a waste of time?\nSybiha: No.";
    const a = parseArticle(raw);
    expect(a).toMatchObject({ title: 'Andrii Sybiha: "Europe Must Stop Waiting"', author: "Mirko Hallstein and Tanja Vogel", dateline: "Kyiv", publication: "DER SPIEGEL", publishedOn: "2026-02-16" });
    expect(a.body.startsWith("DER SPIEGEL: Was the trip")).toBe(true);
  });

  it("drops relative 'Published 3 hours ago' lines and breadcrumb kickers, keeps the dated 'Updated:' line", () => {
    const a = parseArticle("Home | News | Europe\nRussia hits Odesa port\nPublished 3 hours ago\nUpdated: 22 Jan 2026 14:02 GMT\nRussia struck the port of Odesa overnight, officials said.\nMore.");
    expect(a).toMatchObject({ title: "Russia hits Odesa port", standfirst: null, publishedOn: "2026-01-22" });
    expect(a.body).toBe("Russia struck the port of Odesa overnight, officials said.\n\nMore.");
  });
});

describe("page heads structured without outlet rules", () => {
  const head = (lines: string[]) => parseArticle(lines.join("\n"));
  it("reads a lone name next to the date, job or 'Reporting from' line as the byline", () => {
    const a = head(["Kharkiv without power after Russian strikes on energy grid", "3 March 2026", "James Waterhouse", "Ukraine correspondent", "Reporting from Kyiv", "Much of Kharkiv has been left without electricity, officials say."]);
    expect([a.author, a.dateline, a.publishedOn]).toEqual(["James Waterhouse", "Kyiv", "2026-03-03"]);
    expect(a.body).toBe("Much of Kharkiv has been left without electricity, officials say.");
  });
  it("reads 'Name in Place' and 'Name, role' bylines below the headline but not a motto above it", () => {
    expect(head(["China rejects EU sanctions on its firms over Russia trade", "Finbarr Bermingham in Brussels", "Published: 6:05pm, 3 Mar 2026", "China rejected it."])).toMatchObject({ author: "Finbarr Bermingham", dateline: "Brussels" });
    expect(head(["Russia's oil exports to Asia slip as sanctions bite", "KENJI KAWASE, Nikkei staff writer", "March 3, 2026 18:05 JST", "Exports fell."]).author).toBe("Kenji Kawase");
    const wapo = head(["The Washington Post", "Democracy Dies in Darkness", "Pentagon weighs sending more Patriot interceptors", "By Dan Lamothe", "March 3, 2026 at 6:12 a.m. EST", "The Pentagon is weighing it."]);
    expect([wapo.author, wapo.dateline, wapo.publication]).toEqual(["Dan Lamothe", null, "The Washington Post"]);
  });
  it("drops a motto under the masthead and keeps a standfirst without a full stop", () => {
    const a = head(["Euromaidan Press", "News and views from Ukraine", "Frontline report: Russian assault groups stall near Kostiantynivka", "Yuri Zoria", "04/03/2026", "Russian groups made no progress, the General Staff said."]);
    expect([a.title, a.author, a.publication, a.publishedOn]).toEqual(["Frontline report: Russian assault groups stall near Kostiantynivka", "Yuri Zoria", "Euromaidan Press", "2026-03-04"]);
    const b = head(["Gulf News", "UAE mediates new prisoner exchange between Russia and Ukraine", "The exchange is the 17th mediated by the UAE since 2024", "Published: March 03, 2026 14:05", "Dubai: The UAE mediated it."]);
    expect([b.title, b.standfirst, b.dateline]).toEqual(["UAE mediates new prisoner exchange between Russia and Ukraine", "The exchange is the 17th mediated by the UAE since 2024", "Dubai"]);
  });
  it("finds the headline below a kicker and a date line", () => {
    const tass = head(["Russian Politics & Diplomacy", "3 MAR 2026, 14:05", "Kremlin sees no grounds yet for new talks — Peskov", "According to the spokesman, Moscow remains open", "MOSCOW, March 3. /TASS/. The Kremlin sees no grounds yet, Peskov said."]);
    expect([tass.title, tass.dateline, tass.publication, tass.publishedOn]).toEqual(["Kremlin sees no grounds yet for new talks — Peskov", "Moscow", "TASS", "2026-03-03"]);
  });
  it.each([
    ["MOSCOW. March 3 (Interfax) - Gazprom sees no basis.", "Moscow", null],
    ["SEOUL, March 3 (Yonhap) -- South Korea will provide aid.", "Seoul", null],
    ["MOSCOW -- Russian seaborne crude exports fell.", "Moscow", null],
    ["KYIV, Ukraine -- Zelenskyy said he was ready.", "Kyiv", null],
    ["KYIV: A Russian missile attack killed four.", "Kyiv", null],
    ["New Delhi: External affairs minister S Jaishankar will travel.", "New Delhi", null],
    ["Vilnius, 3 March 2026 — Lithuania will send interceptors.", "Vilnius", "2026-03-03"],
  ])("strips the dateline of %s", (first, dateline, publishedOn) => {
    const a = parseArticle(`A headline of five words here\n\n${first}\n\nMore text.`);
    expect([a.dateline, a.publishedOn]).toEqual([dateline, publishedOn]);
    expect(a.body.startsWith(first.split(/ (?:--|—|-|:) /)[0])).toBe(false);
  });
  const H = "Russia and Ukraine agree to a new prisoner exchange";
  const B = "The two sides swapped 300 prisoners, officials said.";
  it.each([
    [`By Tom Balmforth | Updated: Mar 3, 2026 14:05\n${B}`, ["Tom Balmforth", null, "2026-03-03", null]],
    [`Posted by Anna Smith\nMarch 3, 2026\n${B}`, ["Anna Smith", null, "2026-03-03", null]],
    [`Story by Anna Smith • 2h\n${B}`, ["Anna Smith", null, null, null]],
    [`03-03-2026 14:05\n${B}`, [null, null, "2026-03-03", null]],
    [`2026/03/03 14:05\n${B}`, [null, null, "2026-03-03", null]],
    [`KYIV/MOSCOW, March 3 (Reuters) - ${B}`, [null, "Kyiv/Moscow", null, "Reuters"]],
    [`(CNN) — ${B}`, [null, null, null, "CNN"]],
    [`March 3, 2026\nKYIV, March 3 — ${B}`, [null, "Kyiv", "2026-03-03", null]],
    [`Tom Balmforth, Reuters\n3 Mar 2026\n${B}`, ["Tom Balmforth", null, "2026-03-03", "Reuters"]],
    [`By Anna Smith\nPublished Tuesday, 3 March 2026, 14:05 GMT\n${B}`, ["Anna Smith", null, "2026-03-03", null]],
  ])("reads the head %#", (rest, want) => {
    const a = parseArticle(`${H}\n${rest}`);
    expect([a.title, a.author, a.dateline, a.publishedOn, a.publication]).toEqual([H, ...want]);
    expect(a.body).toBe(B);
  });
  it.each([
    [["Home > World > Europe", H, "Listen to this article", "5 min", "Copy link", "Gift this article", "By Anna Smith", "March 3, 2026", "Image source, Getty Images", "Image caption, Freed prisoners arrive", B], ["Anna Smith", null, "2026-03-03", null]],
    [[H, "2 hours ago", "Share", "Save", "Anna Smith", "BBC News, Kyiv", B], ["Anna Smith", "Kyiv", null, "BBC News"]],
    [["WORLD", H, "The exchange, the largest this year, was mediated by the United Arab Emirates.", "Anna Smith and John Doe", "Tuesday, March 3, 2026", B], ["Anna Smith and John Doe", null, "2026-03-03", null]],
    [["News feed", H, "Tuesday, 3 March 2026, 14:05", "Anna Smith — Ukrainska Pravda", B], ["Anna Smith", null, "2026-03-03", "Ukrainska Pravda"]],
    [["Al Mayadeen English", "Politics", H, B], [null, null, null, "Al Mayadeen"]],
    [[H, "By Anna Smith", "Published Tuesday", B], ["Anna Smith", null, null, null]],
    [[H, "By Anna Smith", "March 3, 2026", "Freed prisoners in Chernihiv. Photo: Reuters", B], ["Anna Smith", null, "2026-03-03", null]],
    [[H, "By Reuters", "March 3, 2026 9:05 AM UTC", B], ["Reuters", null, "2026-03-03", "Reuters"]],
  ])("drops page furniture around the head %#", (lines, want) => {
    const a = parseArticle(lines.join("\n"));
    expect([a.title, a.author, a.dateline, a.publishedOn, a.publication]).toEqual([H, ...want]);
    expect(a.body).toBe(B);
  });
  it("drops agency credit trailers", () => {
    expect(parseArticle("A headline of five words here\n\nThe strike killed seven.\n\nWith reporting by Reuters and AFP").body).toBe("The strike killed seven.");
  });
  it("leaves kicker labels at the start of a paragraph alone", () => {
    expect(parseArticle("A headline of five words here\n\nAnalysis: The talks failed.\n\nMore.").dateline).toBeNull();
  });
  it("parses year-first dotted dates and day-dot-month dates", () => {
    expect(parseDateString("2026.03.03 14:05")).toBe("2026-03-03");
    expect(parseDateString("Brussels, 03. Mar 2026, 14:05")).toBe("2026-03-03");
  });

  it("reads the outlet beside a byline after '|' or '·', with the date on the same line", () => {
    const body = "\n\nRussian drones struck the port of Odesa overnight, killing two people.\n\nThe port was closed for the day.";
    expect(parseArticle(`Drones hit Odesa port as talks stall in Geneva\n\nBy Anna Koval | Harbour Wire | March 3, 2026${body}`)).toMatchObject({ author: "Anna Koval", publication: "Harbour Wire", publishedOn: "2026-03-03" });
    expect(parseArticle(`Drones hit Odesa port as talks stall in Geneva\n\nAnna Koval · Harbour Wire · Posted: Dec 02, 2026${body}`)).toMatchObject({ author: "Anna Koval", publication: "Harbour Wire", publishedOn: "2026-12-02" });
  });
});

describe("name lines beside the date", () => {
  it("reads a name with its place, its outlet's acronym, or in capitals next to the date line as the byline", () => {
    const place = parseArticle("Port reopens after three days of strikes\n\nAnna Koval, Geneva\n\n3 March 2026, 10:15\n\nThe port reopened on Thursday.");
    expect(place).toMatchObject({ author: "Anna Koval", dateline: "Geneva" });
    const acronym = parseArticle("Port reopens after three days of strikes\n\nAnna Koval, HLW\n\n3 March 2026, 10:15\n\nThe port reopened on Thursday.");
    expect(acronym).toMatchObject({ author: "Anna Koval", dateline: null });
    const caps = parseArticle("Port reopens after three days of strikes\n\nANNA KOVAL\n\nMarch 3, 2026 10:15\n\nThe port reopened on Thursday.");
    expect(caps).toMatchObject({ author: "Anna Koval", dateline: null });
  });
});

describe("outlet of a page whose masthead is an acronym", () => {
  it("keeps the masthead 'HWI' over the copyright line's long name", () => {
    const page = parseArticle("HWI\n\nWorld News\n\nPort reopens after three days of strikes on the harbour\n\nThe port reopened on Thursday.\n\nCopyright 2026 Harbour Wire International, Inc. All Rights Reserved.");
    expect(page.publication).toBe("HWI");
  });
});

describe("desks, navigation lists, undated parts and late bylines", () => {
  it("reads an outlet's desk or newsroom line as the author, not a common word's desk", () => {
    expect(classifyHeadLine("Harbour.net newsroom")).toMatchObject({ kind: "byline", author: "Harbour.net newsroom" });
    expect(classifyHeadLine("HW Business Desk / HARBOURWIRE.COM")).toMatchObject({ kind: "byline", author: "HW Business Desk" });
    expect(classifyHeadLine("Harbour Wire and Agencies")).toMatchObject({ kind: "byline", author: "Harbour Wire and Agencies" });
    expect(classifyHeadLine("Web desk")?.kind).not.toBe("byline");
  });

  it("drops a list of sections as navigation, not a headline", () => {
    const page = parseArticle("Harbour Wire\n\nPorts · War · Economy · Culture\n\nDrones hit the port for a third night running\n\nThe port was hit again on Friday, officials said.");
    expect(page.title).toBe("Drones hit the port for a third night running");
  });

  it("keeps the long headline above a short outlet line and the standfirst", () => {
    const page = parseArticle("Harbour Wire counts 2,000 damaged ships. A court hears the first case\n\nHarbourwire\n\nOur count of damaged ships has passed 2,000 names after the summer of strikes on the ports.\n\nAnna Koval\n\n3 March 2026\n\nThe count rose again.");
    expect(page.title).toBe("Harbour Wire counts 2,000 damaged ships. A court hears the first case");
  });

  it("dates a page from an undated part of a date line when its weekday fits one year, and from a year-first date", () => {
    const nos = parseArticle("Court jails man for war crimes\n\nHarbour News • Tuesday 10 February, 14:27 • Modified Tuesday 10 February, 16:05\n\nThe court sentenced him on Tuesday for crimes in 2022 and 2023.");
    expect(nos.publishedOn).toBe("2026-02-10");
    expect(parseArticle("Airport shut again\n\n2026 m. kovo 10 d. 09:14\n\nThe airport shut again overnight.").publishedOn).toBe("2026-03-10");
  });

  it("reads 'Editor: <name>' closing the page as its author, and two-digit American dates", () => {
    expect(parseArticle("Court jails man\n\nThe court sentenced him on Tuesday.\n\nEditor: Anna Koval").author).toBe("Anna Koval");
    expect(parseArticle("Senate to vote on bill\n\nBY ANNA KOVAL - 06/11/26 2:41 PM ET\n\nThe Senate will vote next week.")).toMatchObject({ author: "Anna Koval", publishedOn: "2026-06-11" });
  });
});

describe("more bylines and datelines beside the date", () => {
  it("reads a name or a wire agency left beside a date, a known city in a date line, and a city alone on a line", () => {
    expect(classifyHeadLine("Anna Koval  September 9, 2026")).toMatchObject({ kind: "date", author: "Anna Koval", publishedOn: "2026-09-09" });
    expect(classifyHeadLine("AFP Published November 18, 2026 Updated about 4 hours ago")).toMatchObject({ kind: "date", author: "AFP" });
    expect(classifyHeadLine("Warsaw - MAR 22, 2026 - 05:40 CET")).toMatchObject({ kind: "date", dateline: "Warsaw" });
    expect(classifyHeadLine("Belgrade")).toMatchObject({ kind: "place", dateline: "Belgrade" });
    expect(classifyHeadLine("Czech Republic")?.kind).not.toBe("place");
  });

  it("reads a name above its outlet and place lines and the date, and a name with a social handle", () => {
    const page = parseArticle("Court jails volunteer for fighting abroad\n\nAnna Koval\n\nHWN\n\nBelgrade\n\nApril 15, 2026\n\nThe court ruled on Tuesday.");
    expect(page).toMatchObject({ author: "Anna Koval", dateline: "Belgrade" });
    expect(parseArticle("Premiums jump after strike on the port\n\nAnna Koval @AnnaKoval_HW\n\n05 Aug 2026\n\nPremiums rose.").author).toBe("Anna Koval");
  });

  it("reads a lower-case wire agency in a mixed-case dateline and drops 'Near' from a city and country", () => {
    expect(parseArticle("Minister visits Kyiv\n\nKyiv (dpa) - The minister arrived on Tuesday.")).toMatchObject({ dateline: "Kyiv", publication: "dpa" });
    expect(parseArticle("On the front\n\nNEAR POKROVSK, Ukraine – The crew waits in a cellar.").dateline).toBe("Pokrovsk");
  });
});

describe("agency-credited bylines and Spanish dates", () => {
  it("reads 'Name | Reuters' under the headline as a byline crediting the agency, not a photo credit", () => {
    const page = parseArticle("Port reopens after three days of strikes on the harbour\n\nAnna Koval | Reuters\n\n3 March 2026\n\nThe port reopened on Thursday.");
    expect(page).toMatchObject({ author: "Anna Koval", publication: "Reuters" });
    expect(classifyHeadLine("Photo: Anna Koval / Reuters")?.kind).toBe("caption");
  });

  it("parses '3 de marzo de 2026'", () => expect(parseDateString("Publicado el 3 de marzo de 2026")).toBe("2026-03-03"));
});

describe("agency copy run by a regional paper", () => {
  const lead = "Ferry traffic across the strait resumed on Monday after a storm closed the port for three days, the harbour authority said.";
  it("keeps the paper's masthead as the publication and credits the agency as the author (an invented Adriatic page)", () => {
    const page = `Adriatic Courier\n\nWorld\n\nFerries return to the strait after three-day storm closure\n\nMonday, 09 Mar 2026 7:40 PM CET\n\nSPLIT, March 9 (AFP) - ${lead}\n\nMore sailings are planned for the weekend.`;
    expect(parseArticle(page)).toMatchObject({ publication: "Adriatic Courier", author: "AFP", dateline: "Split" });
  });

  it("leaves the agency as the publication of its own page", () => {
    const page = `Ferries return to the strait after three-day storm closure\n\nSPLIT, March 9 (Reuters) - ${lead}`;
    expect(parseArticle(page)).toMatchObject({ publication: "Reuters", author: null });
  });
});

describe("date and label lines that are no standfirst", () => {
  const lead = "The harbour master said on Tuesday that the ferry would sail again next week after repairs to the pier.";
  it("reads a year-first date line ('2026 m. gegužės 12 d. 09:14') as the date, not the standfirst (an invented Lithuanian head)", () => {
    const p = parseArticle(`Klaipėda ferry line resumes after storm repairs\n2026 m. gegužės 12 d. 09:14\n${lead}`);
    expect(p).toMatchObject({ standfirst: null, publishedOn: "2026-05-12", body: lead });
  });

  it("drops 'Outlet • Tuesday 12 May, 10:15 • Modified Tuesday 12 May, 11:40' from the standfirst", () => {
    const p = parseArticle(`Ferry line resumes after storm repairs\nHarbour Radio News • Tuesday 12 May, 10:15 • Modified Tuesday 12 May, 11:40\n${lead} The line opened in 2026.`);
    expect(p).toMatchObject({ standfirst: null, body: `${lead} The line opened in 2026.` });
  });

  it("drops 'Topic:' and 'Topics:' label lines", () => {
    const p = parseArticle(`Ferry line resumes after storm repairs\nBy Anna Koval\nTopic: Ports and shipping\n${lead}\nMore sailings follow in June.\nTopics: Ports, Weather`);
    expect(p).toMatchObject({ standfirst: null, body: `${lead}\n\nMore sailings follow in June.` });
  });
});

describe("wire datelines of more agencies", () => {
  const lead = "Russian drones struck the port overnight, officials said on Tuesday, damaging two grain silos.";
  it("reads the Italian agency-first dateline with the day before the month ('(ANSA) - ROMA, 17 MAR - ')", () => {
    const p = parseArticle(`Port hit by drones as talks stall\n\n(ANSA) - ROMA, 17 MAR - ${lead}\n\nMore follows.`);
    expect(p).toMatchObject({ dateline: "Roma", publication: "ANSA", datelineDay: "03-17", body: `${lead}\n\nMore follows.` });
  });

  it("reads an Indian agency dateline printed without a dash ('NEW DELHI, Aug 22 (PTI) India …')", () => {
    const p = parseArticle(`Port hit by drones as talks stall\n\nMUMBAI, Aug 22 (PTI) ${lead}\n\nMore follows.`);
    expect(p).toMatchObject({ dateline: "Mumbai", publication: "PTI", datelineDay: "08-22", body: `${lead}\n\nMore follows.` });
    expect(parseArticle(`Port hit by drones\n\nMUMBAI (Harbour) Officials met.\n\nMore.`).dateline).toBeNull();
  });
});

describe("bylines and captions of the common outlets", () => {
  const lead = "Russian drones struck the port overnight, officials said on Tuesday, damaging two grain silos.";
  const page = (head: string, caption = "") => parseArticle(`Port hit by drones as talks stall\n\n${head}\n\nMarch 3, 2026\n\n${caption}${caption ? "\n\n" : ""}${lead}\n\nMore follows.`);

  it("reads authors each filing from a place, a 'Posted by … on <date>' line, a city after several authors and a foreign 'by'", () => {
    expect(page("By Ilse Brandt in Lviv and Tomas Varga in Minsk")).toMatchObject({ author: "Ilse Brandt and Tomas Varga", dateline: "Lviv" });
    expect(page("Posted by Ilse Brandt on March 3, 2026")).toMatchObject({ author: "Ilse Brandt", publishedOn: "2026-03-03" });
    expect(page("By Ilse Brandt and Tomas Varga, Warsaw")).toMatchObject({ author: "Ilse Brandt and Tomas Varga", dateline: "Warsaw" });
    expect(page("Von Ilse Brandt, Lemberg")).toMatchObject({ author: "Ilse Brandt", dateline: "Lemberg" });
  });

  it("drops captions closed by an agency's photo credit and 'FILE PHOTO:' captions, and takes no outlet from them", () => {
    for (const caption of [
      "A firefighter at the site of a drone strike in Odesa, March 3, 2026. REUTERS/Ilse Brandt",
      "A firefighter at the site of a drone strike in Odesa. (AP Photo/Ilse Brandt)",
      "A firefighter at the site of a drone strike in Odesa. Photograph: Ilse Brandt/AFP/Getty Images",
      "FILE PHOTO: A firefighter at the site of a drone strike in Odesa",
      "Firefighters at the site in Odesa on Tuesday | Photo: Ilse Brandt",
    ]) {
      expect(page("By Tomas Varga", caption), caption).toMatchObject({ body: `${lead}\n\nMore follows.`, publication: null });
    }
    expect(page("By Tomas Varga").body).toBe(`${lead}\n\nMore follows.`);
  });

  it("keeps a body paragraph that ends on an agency's poll ('an AP/NORC poll')", () => {
    const p = page("By Tomas Varga", "Support for the aid fell to 41 percent in an AP/NORC poll.");
    expect(p.body.startsWith("Support for the aid")).toBe(true);
  });
});

describe("an 'Edited by' credit sharing its line with the date", () => {
  it("leaves the date to be read", () => {
    expect(classifyHeadLine("Edited By: Anna Koval | Updated: Aug 05, 2026, 18:40 IST")).toMatchObject({ kind: "date", publishedOn: "2026-08-05" });
    expect(classifyHeadLine("Edited by: Anna Koval")).toEqual({ kind: "junk" });
  });
});

describe("a date line signed by the outlet's staff", () => {
  it("reads 'Posted on <date> by <Outlet> Staff' as the date and the author", () => {
    expect(classifyHeadLine("Posted on March 3, 2026 by Harbour Times Staff")).toMatchObject({ kind: "date", publishedOn: "2026-03-03", author: "Harbour Times Staff" });
    expect(classifyHeadLine("Posted on March 3, 2026 by the ships in the harbour")).toBeNull();
  });
});

describe("an agency's initials and its city, and a byline's place after a comma", () => {
  it("reads 'HNA/Doha' as the agency signing from the city, not as a section path", () => {
    expect(classifyHeadLine("HNA/Doha")).toEqual({ kind: "byline", author: "HNA", dateline: "Doha" });
    expect(classifyHeadLine("HWA / Abu Dhabi")).toEqual({ kind: "byline", author: "HWA", dateline: "Abu Dhabi" });
    expect(classifyHeadLine("HNA/Politics")?.kind).not.toBe("byline");
  });

  it("takes ', in <place>' off the author as the dateline", () => {
    expect(classifyHeadLine("By Anna Koval, in Kherson region")).toMatchObject({ kind: "byline", author: "Anna Koval", dateline: "Kherson region" });
    expect(classifyHeadLine("By Anna Koval, in Odesa")).toMatchObject({ kind: "byline", author: "Anna Koval", dateline: "Odesa" });
  });
});

describe("a byline crediting the page's own outlet", () => {
  it("drops the outlet after the comma when it is the masthead, and keeps another outlet's credit", () => {
    const page = (byline: string) => parseArticle(`HARBOURLINE\n\nBusiness | Energy\n\nFuel imports at the port slump as sanctions bite\n\n${byline}\n\nJune 16, 2026\n\nDOHA: Imports of fuel oil into the port fell sharply in May, traders said on Tuesday.`);
    expect(page("By Anna Koval, Harbourline")).toMatchObject({ author: "Anna Koval" });
    expect(page("By Anna Koval, Petro Marchuk")).toMatchObject({ author: "Anna Koval, Petro Marchuk" });
  });
});
