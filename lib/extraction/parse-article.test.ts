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
  });
});
