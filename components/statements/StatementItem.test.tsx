import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StatementList } from "./StatementItem";

const article = { slug: "talks-resume", title: "Talks resume", publishedOn: new Date("2026-01-20"), publication: { name: "Kyiv Post" } };
const statement = (id: string, text: string, span: [number, number], direct: boolean, extra = {}) => ({
  id, text, direct, spanStart: span[0], spanEnd: span[1], part: 0, speaker: { slug: "zelensky", name: "Volodymyr Zelensky" },
  addressee: null, saidOn: new Date("2026-01-19"), saidPrecision: "day", venue: "Kyiv", verified: false, article,
  topics: [{ topic: { slug: "peace", name: "Peace talks" } }], ...extra,
});
// A quotation and a fragment inside it (one remark), then a paraphrase addressed to someone, undated.
const rows = [
  statement("s1", "“We will not give up an inch of our land”", [0, 41], true),
  statement("s2", "“not give up an inch”", [9, 29], true),
  statement("s3", "the talks were over", [100, 119], false, { addressee: { slug: "putin", name: "Vladimir Putin" }, saidOn: null, saidPrecision: null }),
] as never[];

describe("StatementList (the HTML the server sends, read without scripts)", () => {
  const html = renderToStaticMarkup(<StatementList statements={rows} />);

  it("draws one card a remark: quoted words, the date, the source and the other fragment's link", () => {
    expect(html.match(/<li /g)).toHaveLength(2);
    expect(html).toContain(">“We will not give up an inch of our land”</blockquote>");
    expect(html).toContain('<time dateTime="2026-01-19">19 Jan 2026</time>');
    expect(html).toContain('href="/articles/talks-resume#s-s1">See it in “Talks resume”</a>');
    expect(html).toContain('1 more fragment of this remark: <span><a href="/articles/talks-resume#s-s2">quote 1</a></span>');
    expect(html).toContain('href="/statements?topic=peace">Peace talks</a>');
  });

  it("a paraphrase without quote marks, to its addressee; the speaker only where asked", () => {
    expect(html).toContain(">the talks were over</blockquote>");
    expect(html).toContain('to <a href="/actors/putin">Vladimir Putin</a>');
    expect(html).toContain('href="/actors/zelensky"');
    expect(renderToStaticMarkup(<StatementList statements={rows} showSpeaker={false} />)).not.toContain('href="/actors/zelensky"');
  });
});
