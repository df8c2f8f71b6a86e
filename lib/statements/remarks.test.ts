import { describe, expect, it } from "vitest";
import { groupRemarks, quoteBody, type Fragment } from "./remarks";

let n = 0;
const f = (text: string, spanStart: number, spanEnd: number, direct = true, speaker = "putin", article = "a"): Fragment => ({
  id: `s${++n}`, text, direct, part: "body", spanStart, spanEnd, speaker: { slug: speaker }, article: { slug: article },
});

describe("quotes as people read them", () => {
  it("keeps a closing quotation mark that belongs to the words", () => {
    expect(quoteBody("the conflict will be resolved “by force.”")).toBe("the conflict will be resolved “by force.”");
    expect(quoteBody("agreed to provide soldiers or “other” support")).toBe("agreed to provide soldiers or “other” support");
  });

  it("drops only a wrapping pair or an unmatched stray mark", () => {
    expect(quoteBody("“We will respond.”")).toBe("We will respond.");
    expect(quoteBody("\"We will respond.\"")).toBe("We will respond.");
    expect(quoteBody("We will respond.”")).toBe("We will respond.");
    expect(quoteBody("“We will respond.")).toBe("We will respond.");
    expect(quoteBody("“A” and “B”")).toBe("“A” and “B”");
  });

  it("groups the fragments of one remark interrupted by its attribution, in text order", () => {
    // “We will respond,” Putin said, “and decisively.”
    const second = f("and decisively.", 40, 55);
    const first = f("We will respond,", 1, 17);
    const other = f("Something else entirely.", 400, 424);
    const remarks = groupRemarks([second, other, first]);
    expect(remarks).toHaveLength(2);
    expect(remarks[0].fragments.map((x) => x.id)).toEqual([first.id, second.id]);
    expect(remarks[0].text).toBe("We will respond, … and decisively.");
    expect(remarks[0].lead).toBe(first);
    expect(remarks[1].lead).toBe(other);
  });

  it("puts a quote inside a paraphrase under the paraphrase", () => {
    const paraphrase = f("the conflict will be resolved “by force.”", 100, 141, false);
    const quote = f("by force.", 131, 140, true);
    const [remark] = groupRemarks([quote, paraphrase]);
    expect(remark.lead).toBe(paraphrase);
    expect(remark.fragments).toHaveLength(2);
    expect(remark.text).toBe("the conflict will be resolved “by force.”");
  });

  it("keeps apart other speakers, other articles, far-apart words and a paraphrase beside a quote", () => {
    const a = f("One.", 0, 4);
    expect(groupRemarks([a, f("Two.", 10, 14, true, "peskov")])).toHaveLength(2);
    expect(groupRemarks([a, f("Two.", 10, 14, true, "putin", "b")])).toHaveLength(2);
    expect(groupRemarks([a, f("Two.", 200, 204)])).toHaveLength(2);
    expect(groupRemarks([a, f("two", 10, 14, false)])).toHaveLength(2);
  });
});
