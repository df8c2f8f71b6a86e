import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const eventsOf = (text: string) => extractArticle({ text, publishedOn: "2026-03-04", title: "T" }).events;

describe("live-blog entries", () => {
  it("dates a present perfect opening a time-stamped entry on the day of the blog", () => {
    const text = [
      "14:10", "Drones hit Kharkiv", "Russian drones struck a depot in Kharkiv, the mayor said.",
      "12:45", "New sanctions", "The Cabinet has imposed sanctions on 41 firms that sell drone engines to Russia.",
    ].join("\n\n");
    expect(eventsOf(text).find((e) => /sanction/i.test(e.title))).toMatchObject({ date: "2026-03-04" });
  });

  it("leaves the perfect background in an ordinary report, past its lead", () => {
    const text = "Russian drones struck a depot in Kharkiv, the mayor said.\n\nThe Cabinet has imposed sanctions on 41 firms that sell drone engines to Russia.";
    expect(eventsOf(text).find((e) => /sanction/i.test(e.title))).toMatchObject({ date: null });
  });
});
