import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const article = (body: string) => extractArticle({ text: `Kyiv talks stall\n\n${body}`, publishedOn: "2026-03-20" });
const invasion = (body: string) => article(body).events.filter((e) => /invasion/i.test(e.title));

describe("invasionEvent", () => {
  it("puts the full-scale invasion named in passing on the timeline with the date written beside it", () => {
    const found = invasion("Russia and Ukraine met in Geneva on Monday. The assets have been frozen since Russia's full-scale invasion in February 2022.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ title: "Russia launches full-scale invasion of Ukraine", type: "ground_advance", date: "2022-02", datePrecision: "month" });
  });
  it("leaves it undated when the text gives no date, and tells it once", () => {
    const found = invasion("Delegates from Russia have not been invited since the full-scale invasion. The full-scale invasion changed Europe.");
    expect(found).toHaveLength(1);
    expect(found[0].date).toBeNull();
  });
  it("takes the date after 'began', and names the start of the full-scale war", () => {
    expect(invasion("Russia and Ukraine met in Geneva on Monday. Some 19,000 children have been deported since the full-scale invasion began in February 2022.")[0]).toMatchObject({ date: "2022-02" });
    const war = invasion("Russia and Ukraine met in Geneva on Monday. Police have detained 61 saboteurs since the start of the full-scale war.");
    expect(war).toHaveLength(1);
    expect(invasion("Russia and Ukraine met in Geneva on Monday. The full-scale war goes on.")).toHaveLength(0);
  });
  it("ignores a mention inside a quotation", () => {
    expect(invasion('Zelensky said: "We remember the full-scale invasion every day."')).toHaveLength(0);
  });
  it("dates it by an anniversary the text names ('February 24, the fourth anniversary of …')", () => {
    const found = invasion("Russia and Ukraine met in Geneva on Monday. The ministers want the aid agreed by February 24, the third anniversary of Russia's full-scale invasion.");
    expect(found[0]).toMatchObject({ date: "2023-02-24", datePrecision: "day" });
  });
});
