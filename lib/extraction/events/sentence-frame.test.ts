import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const eventsOf = (text: string) => extractArticle({ text, publishedOn: "2026-03-04", title: "T", rulesOnly: true }).events;
const LEAD = "Finnish border guards detained two smugglers near Imatra on Monday.\n\n";

describe("a sentence told in a past well before the news dates its undated happenings", () => {
  it("gives the happening the past date that opens its sentence, not the news day", () => {
    const events = eventsOf(`${LEAD}In March 2022, weeks after the invasion began, the Finnish navy seized a Russian tanker, and in 2023 it signed a deal with Saab.`);
    expect(events.find((e) => /tanker/.test(e.title))).toMatchObject({ date: "2022-03", datePrecision: "month", dateText: "In March 2022" });
  });

  it("leaves a past date inside a relative clause to that clause's noun", () => {
    const events = eventsOf(`${LEAD}The minister visited a depot which drones damaged in May 2024, and she signed a repair contract with Riga Steel until 2027.`);
    expect(events.find((e) => /repair contract/.test(e.title))).toMatchObject({ date: "2026-03-02", dateText: null });
  });
});
