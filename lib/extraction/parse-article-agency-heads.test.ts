/**
 * Page heads of twenty outlets no fixture has (national agencies' English services, Nordic, Baltic and Benelux
 * papers, Latin American and African papers, a live blog, a Q&A, think tanks), invented in the styles they print,
 * as a person copies them from the browser: the five metadata fields read from the raw paste. Written before the
 * parser was changed for them (session 41: 15 of 22 parsed fully before, 20 after; Punch and Stuff left).
 */
import { describe, it } from "vitest";
import { expectHeadParsed, type PageHead } from "../../tests/support/page-head-cases";

export const AGENCY_HEADS: PageHead[] = [
  {
    outlet: "STA (wire, '12.03.2026 14:05', 'Ljubljana, 12 March (STA) -')",
    page: [
      "STA",
      "Politics",
      "Golob and Shmyhal sign memorandum on demining aid",
      "12.03.2026 14:05",
      "Ljubljana, 12 March (STA) - Prime Minister Robert Golob and his Ukrainian counterpart Denys Shmyhal signed a memorandum on Thursday under which Slovenia will fund the training of 40 Ukrainian deminers.",
      "The courses will be run by a foundation at its centre near the capital, the government said in a press release.",
    ],
    want: { title: "Golob and Shmyhal sign memorandum on demining aid", author: null, dateline: "Ljubljana", publishedOn: "2026-03-12", publication: "STA" },
  },
  {
    outlet: "Tanjug (wire, year-first date with time, 'BELGRADE, March 12 (Tanjug) -')",
    page: [
      "Tanjug",
      "Serbia",
      "Vucic: Serbia will not join sanctions against Russia",
      "2026-03-12 14:05",
      "BELGRADE, March 12 (Tanjug) - Serbian President Aleksandar Vucic said on Thursday that Serbia would not introduce sanctions against Russia, but that it respected the territorial integrity of Ukraine.",
      "Vucic spoke to reporters after a meeting with the EU's enlargement commissioner in Belgrade.",
    ],
    want: { title: "Vucic: Serbia will not join sanctions against Russia", author: null, dateline: "Belgrade", publishedOn: "2026-03-12", publication: "Tanjug" },
  },
  {
    outlet: "IPN (wire, 'Chisinau, Mar 12 (IPN) –', the desk signs at the foot)",
    page: [
      "IPN",
      "Parliament extends state of emergency in energy sector by 60 days",
      "12.03.2026 14:05",
      "Chisinau, Mar 12 (IPN) – Parliament on Thursday extended the state of emergency in the energy sector by another 60 days, after the government warned of gas shortages in the Transnistrian region.",
      "The decision was backed by 61 MPs. The opposition voted against it, saying the government had failed to prepare for the winter.",
      "IPN",
    ],
    want: { title: "Parliament extends state of emergency in energy sector by 60 days", author: null, dateline: "Chisinau", publishedOn: "2026-03-12", publication: "IPN" },
  },
  {
    outlet: "Lusa (wire, the date only in the dateline 'Lisbon, 03 Feb 2026 (Lusa) -')",
    page: [
      "Lusa",
      "Portugal to send two more Leopard tanks to Ukraine – minister",
      "Lisbon, 03 Feb 2026 (Lusa) - Portugal will send two more Leopard 2A6 tanks to Ukraine by the summer, Defence Minister Nuno Melo said on Tuesday.",
      "The tanks are being repaired at an army workshop in Santa Margarida, the minister told reporters after a meeting of the Council of State.",
    ],
    want: { title: "Portugal to send two more Leopard tanks to Ukraine – minister", author: null, dateline: "Lisbon", publishedOn: "2026-02-03", publication: "Lusa" },
  },
  {
    outlet: "TASR (wire, a spaced Slovak date '04. 02. 2026 11:20')",
    page: [
      "TASR",
      "Government approves humanitarian aid package for Ukraine",
      "04. 02. 2026 11:20",
      "Bratislava, 4 February (TASR) - The Slovak government on Wednesday approved a humanitarian aid package for Ukraine worth €3 million, most of it for generators and medical supplies.",
      "The aid will be delivered through the Slovak Red Cross, the Interior Ministry said.",
    ],
    want: { title: "Government approves humanitarian aid package for Ukraine", author: null, dateline: "Bratislava", publishedOn: "2026-02-04", publication: "TASR" },
  },
  {
    outlet: "The Local (Nordic, 'Published:'/'Updated:' lines, an agency byline with the site)",
    page: [
      "The Local",
      "Denmark",
      "Denmark to fund Ukrainian drone production in Fredericia",
      "Published: 12 March 2026 14:05 CET",
      "Updated: 13 March 2026 09:12 CET",
      "By Ritzau/The Local",
      "Share this article",
      "Denmark will pay for a Ukrainian drone maker to open a production line in Fredericia, the defence ministry said on Thursday.",
      "It is the first time a Ukrainian arms manufacturer will produce weapons on Danish soil.",
    ],
    want: { title: "Denmark to fund Ukrainian drone production in Fredericia", author: "Ritzau", dateline: null, publishedOn: "2026-03-12", publication: "The Local" },
  },
  {
    outlet: "Radio Sweden (broadcaster, 'Published … at 14:05', 'Reporter:', 'Translated from Swedish by')",
    page: [
      "Radio Sweden",
      "Armed forces report GPS jamming over Gotland",
      "Published 12 March 2026 at 14:05",
      "Reporter: Karin Lindqvist",
      "Translated from Swedish by Erik Holm",
      "The Swedish Armed Forces say GPS signals over Gotland were jammed for several hours on Wednesday night, affecting ferries and at least two passenger flights.",
      "The military believes the interference came from the Kaliningrad region.",
    ],
    want: { title: "Armed forces report GPS jamming over Gotland", author: "Karin Lindqvist", dateline: null, publishedOn: "2026-03-12", publication: "Radio Sweden" },
  },
  {
    outlet: "HBL (Finnish paper, 'Published 12.3.2026 14:05 | Updated 12.3.2026 16:40')",
    page: [
      "HBL",
      "Finland",
      "Border guard: Russian helicopter violated Finnish airspace near Porvoo",
      "Published 12.3.2026 14:05 | Updated 12.3.2026 16:40",
      "Mikael Sundström",
      "Translated from Swedish",
      "The Finnish Border Guard suspects that a Russian military helicopter violated Finnish airspace off Porvoo on Thursday morning.",
      "The helicopter flew about two kilometres into Finnish airspace, the border guard said in a statement.",
    ],
    want: { title: "Border guard: Russian helicopter violated Finnish airspace near Porvoo", author: "Mikael Sundström", dateline: null, publishedOn: "2026-03-12", publication: "HBL" },
  },
  {
    outlet: "LETA (wire, 'RIGA, March 12 (LETA) –', date line above the headline)",
    page: [
      "LETA",
      "2026-03-12 14:05",
      "Latvia to close two more border crossings with Belarus",
      "RIGA, March 12 (LETA) – Latvia will close two more border crossing points with Belarus from April 1, Interior Minister Rihards Kozlovskis told reporters on Thursday.",
      "The decision follows a rise in attempts to cross the border illegally, the State Border Guard said.",
    ],
    want: { title: "Latvia to close two more border crossings with Belarus", author: null, dateline: "Riga", publishedOn: "2026-03-12", publication: "LETA" },
  },
  {
    outlet: "ELTA (wire, 'Vilnius, March 12 (ELTA).', a byline below the date)",
    page: [
      "ELTA",
      "Nausėda meets Ukraine's ombudsman, discusses return of deported children",
      "2026.03.12 14:05",
      "Justina Petrauskaitė, ELTA",
      "Vilnius, March 12 (ELTA). President Gitanas Nausėda on Thursday met Ukraine's Parliamentary Commissioner for Human Rights Dmytro Lubinets to discuss the return of Ukrainian children deported to Russia.",
      "Lithuania will finance a rehabilitation programme for returned children, the President's Office said.",
    ],
    want: { title: "Nausėda meets Ukraine's ombudsman, discusses return of deported children", author: "Justina Petrauskaitė", dateline: "Vilnius", publishedOn: "2026-03-12", publication: "ELTA" },
  },
  {
    outlet: "Luxembourg Times (Benelux, 'Written by', 'Published … at', reading time, a standfirst)",
    page: [
      "Luxembourg Times",
      "Politics",
      "Bettel pledges €10 million for Ukraine's energy grid",
      "The foreign minister announced the funding during a visit to Kyiv on Thursday",
      "Written by Sarah Muller",
      "Published 12.03.2026 at 14:05",
      "Updated 12.03.2026 at 16:12",
      "3 min read",
      "Foreign Minister Xavier Bettel on Thursday pledged €10 million to repair Ukraine's power grid, which has been hit by waves of Russian missile and drone attacks this winter.",
      "Bettel made the announcement after talks with his Ukrainian counterpart in Kyiv.",
    ],
    want: { title: "Bettel pledges €10 million for Ukraine's energy grid", author: "Sarah Muller", dateline: null, publishedOn: "2026-03-12", publication: "Luxembourg Times" },
  },
  {
    outlet: "VRT NWS (Belgian broadcaster, a bare name below a weekday date)",
    page: [
      "VRT NWS",
      "Belgium",
      "Belgian F-16s to reach Ukraine by summer, defence minister says",
      "Thu 12 Mar 2026 14:05",
      "Jan Peeters",
      "Defence Minister Theo Francken says the first Belgian F-16 fighter jets will be handed over to Ukraine before the summer.",
      "Francken told parliament's defence committee on Thursday that pilots and mechanics had finished their training.",
    ],
    want: { title: "Belgian F-16s to reach Ukraine by summer, defence minister says", author: "Jan Peeters", dateline: null, publishedOn: "2026-03-12", publication: "VRT NWS" },
  },
  {
    outlet: "El Universal (Mexico, 'By X | Mar 12, 2026')",
    page: [
      "El Universal",
      "English",
      "Mexico condemns attack on Ukrainian train carrying aid workers",
      "By Ana Lilia Torres | Mar 12, 2026",
      "Mexico's Foreign Ministry on Thursday condemned a Russian drone attack on a passenger train in northeastern Ukraine that was carrying aid workers, including two Mexican nationals.",
      "Neither of the Mexicans was hurt, the ministry said in a statement.",
    ],
    want: { title: "Mexico condemns attack on Ukrainian train carrying aid workers", author: "Ana Lilia Torres", dateline: null, publishedOn: "2026-03-12", publication: "El Universal" },
  },
  {
    outlet: "The Rio Times (Brazil, 'Posted on … by', reading time)",
    page: [
      "The Rio Times",
      "Brazil",
      "Lula offers to host Russia-Ukraine talks in Brasília",
      "Posted on March 12, 2026 by Rio Times Staff",
      "Reading time: 3 minutes",
      "Brazilian President Luiz Inácio Lula da Silva on Thursday offered to host talks between Russia and Ukraine in Brasília, saying Brazil was ready to act as a neutral venue.",
      "Lula made the offer in a speech to foreign diplomats at the Itamaraty Palace.",
    ],
    want: { title: "Lula offers to host Russia-Ukraine talks in Brasília", author: "Rio Times Staff", dateline: null, publishedOn: "2026-03-12", publication: "The Rio Times" },
  },
  {
    outlet: "Punch (Nigeria, 'Written by', an ordinal date '12th March 2026')",
    page: [
      "Punch",
      "News",
      "FG evacuates 40 Nigerian students from Kharkiv",
      "Written by Adebayo Folorunsho",
      "12th March 2026",
      "The Federal Government has evacuated 40 Nigerian students from the Ukrainian city of Kharkiv after a week of intense Russian bombardment, the Nigerians in Diaspora Commission said on Thursday.",
      "The students crossed into Poland and are expected in Abuja on Saturday.",
    ],
    want: { title: "FG evacuates 40 Nigerian students from Kharkiv", author: "Adebayo Folorunsho", dateline: null, publishedOn: "2026-03-12", publication: "Punch" },
    // One ordinary word atop the page ("Punch", like "Energy" or "Defence") is read as the outlet only when the text names it again.
    left: ["publication"],
  },
  {
    outlet: "The Citizen (Tanzania, 'By Staff Reporter', 'Dar es Salaam.' opener, '— updated on')",
    page: [
      "The Citizen",
      "Business",
      "Tanzania signs wheat import deal with Ukraine",
      "Thursday, March 12, 2026 — updated on March 13, 2026",
      "By Staff Reporter",
      "Dar es Salaam. Tanzania has signed an agreement with Ukraine to import 200,000 tonnes of wheat a year, the Ministry of Agriculture said on Thursday.",
      "The wheat will be shipped from Odesa to the port of Dar es Salaam.",
    ],
    want: { title: "Tanzania signs wheat import deal with Ukraine", author: "Staff Reporter", dateline: "Dar es Salaam", publishedOn: "2026-03-12", publication: "The Citizen" },
  },
  {
    outlet: "Stuff (live blog, 'LIVE', 'Updated 12 March 2026, 14:05', timestamps)",
    page: [
      "Stuff",
      "LIVE",
      "Ukraine war live: Russian missiles hit Lviv power plant; Zelensky calls for more air defence",
      "Updated 12 March 2026, 14:05",
      "By Tom Pullar-Strecker",
      "14:05",
      "Air raid sirens have sounded again in Kyiv, the city's military administration says.",
      "13:40",
      "Russian missiles struck a thermal power plant near Lviv overnight, regional governor Maksym Kozytskyi said.",
    ],
    want: { title: "Ukraine war live: Russian missiles hit Lviv power plant; Zelensky calls for more air defence", author: "Tom Pullar-Strecker", dateline: null, publishedOn: "2026-03-12", publication: "Stuff" },
    left: ["publication"], // as "Punch": one ordinary word atop the page

  },
  {
    outlet: "Visegrad Insight (Q&A, 'Interviewed by', a quoted headline)",
    page: [
      "Visegrad Insight",
      "Interview",
      "\"Ukraine's accession is a question of when, not if\"",
      "A conversation with the EU's enlargement commissioner about the first negotiating cluster",
      "Interviewed by Wojciech Nowak",
      "12 March 2026",
      "Visegrad Insight: Commissioner, when will the first cluster be opened?",
      "Marta Kos: We are ready to open it as soon as all member states agree. The Commission has done its work.",
    ],
    want: { title: "\"Ukraine's accession is a question of when, not if\"", author: "Wojciech Nowak", dateline: null, publishedOn: "2026-03-12", publication: "Visegrad Insight" },
  },
  {
    outlet: "IISS (think tank, 'Author:' with an affiliation line, 'Date:', reading time, 'Share')",
    page: [
      "IISS",
      "Analysis",
      "Russia's winter strike campaign: what the numbers show",
      "Author: Fenella Brooks",
      "Senior Fellow for Defence Economics",
      "Date: 12 March 2026",
      "5 min read",
      "Share",
      "Russia launched more than 4,000 long-range drones against Ukraine in February, the highest monthly total since the start of the full-scale invasion.",
      "The pattern of the strikes suggests a shift towards gas infrastructure.",
    ],
    want: { title: "Russia's winter strike campaign: what the numbers show", author: "Fenella Brooks", dateline: null, publishedOn: "2026-03-12", publication: "IISS" },
  },
  {
    outlet: "German Marshall Fund (think tank, two authors with affiliation lines, 'March 12, 2026 | 14:05 GMT+2')",
    page: [
      "German Marshall Fund",
      "Commentary",
      "Why Europe's defence bonds need a Ukrainian tranche",
      "March 12, 2026 | 14:05 GMT+2",
      "Bruno Lessard",
      "Senior Fellow, Security and Defense Policy",
      "Kristine Berg",
      "Director, Northern Europe",
      "European leaders will meet in Brussels next week to discuss joint borrowing for defence. Ukraine should be part of the plan from the start.",
      "The war has shown that Europe's arms industry cannot grow without long-term orders.",
    ],
    want: { title: "Why Europe's defence bonds need a Ukrainian tranche", author: "Bruno Lessard, Kristine Berg", dateline: null, publishedOn: "2026-03-12", publication: "German Marshall Fund" },
  },
  {
    outlet: "AZERTAC (wire, 'Baku, March 12, AZERTAC', tags line)",
    page: [
      "AZERTAC",
      "Azerbaijan sends 12th batch of humanitarian aid to Ukraine",
      "12.03.2026 [14:05]",
      "Baku, March 12, AZERTAC",
      "Azerbaijan has sent another batch of humanitarian aid to Ukraine, including electrical equipment and transformers for the energy sector, the Ministry of Energy said.",
      "The equipment was delivered to Kyiv by trucks through Georgia and Türkiye.",
      "Tags: Ukraine humanitarian aid energy",
    ],
    want: { title: "Azerbaijan sends 12th batch of humanitarian aid to Ukraine", author: null, dateline: "Baku", publishedOn: "2026-03-12", publication: "AZERTAC" },
  },
  {
    outlet: "MIA (wire, 'Skopje, 12 March 2026 (MIA) –', a photo credit in the head)",
    page: [
      "MIA",
      "Macedonia",
      "Mickoski: North Macedonia will keep supporting Ukraine's sovereignty",
      "12 March 2026, updated 13 March",
      "Photo: MIA",
      "Skopje, 12 March 2026 (MIA) – Prime Minister Hristijan Mickoski said on Thursday North Macedonia would continue to support the sovereignty and territorial integrity of Ukraine.",
      "Mickoski met the Ukrainian ambassador at the government building.",
    ],
    want: { title: "Mickoski: North Macedonia will keep supporting Ukraine's sovereignty", author: null, dateline: "Skopje", publishedOn: "2026-03-12", publication: "MIA" },
  },
];

describe("page heads of agencies and papers no fixture has", () => {
  it.each(AGENCY_HEADS)("$outlet", (head) => expectHeadParsed(head, "agency-heads"));
});
