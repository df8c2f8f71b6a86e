import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const events = (body: string) => extractArticle({ text: `Harbour news\n\n${body}\n`, publishedOn: "2026-03-12", title: "T", rulesOnly: true }).events;

describe("the place of a happening", () => {
  it("is no word of a body's name ('the Cabinet of Ministers')", () => {
    const approved = events("The fishing plan was approved by the Cabinet of Ministers on Friday.")[0];
    expect(approved?.location).not.toBe("Ministers");
    const adopted = events("The fishing plan was adopted at a session of the Cabinet of Ministers of Ukraine on Friday.")[0];
    expect(adopted?.location).toBeNull();
  });
  it("is still the place that leads a body's name or stands beside it", () => {
    expect(events("Russian drones struck Odesa on Friday, the Odesa Regional Military Administration said.")[0]?.location).toBe("Odesa");
    expect(events("Russian drones struck Kharkiv on Friday.")[0]?.location).toBe("Kharkiv");
  });
});
