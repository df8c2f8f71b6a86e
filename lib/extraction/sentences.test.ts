import { describe, expect, it } from "vitest";
import { findQuotes, splitParagraphs, splitSentences } from "./sentences";

describe("segmentation", () => {
  it("keeps multi-sentence quotes in one sentence and skips abbreviations", () => {
    const text = "“We will win. Russia will lose,” he said. Mr. Smith met U.S. envoys on Sept. 3. Then he left.";
    const ps = splitParagraphs(text);
    const qs = findQuotes(text, ps);
    expect(qs.map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(["We will win. Russia will lose,"]);
    expect(splitSentences(text, ps, qs).map((s) => text.slice(s.start, s.end))).toEqual([
      "“We will win. Russia will lose,” he said.",
      "Mr. Smith met U.S. envoys on Sept. 3.",
      "Then he left.",
    ]);
  });

  it("pairs straight quotes, tells curly single quotes from apostrophes and ends a quote at its mark", () => {
    const text = "Kyiv’s envoy said ‘no deal’ today. \"Fine.\" He agreed.";
    const ps = splitParagraphs(text);
    const qs = findQuotes(text, ps);
    expect(qs.map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(["no deal", "Fine."]);
    expect(splitSentences(text, ps, qs)).toHaveLength(3);
  });

  it("reads German »…« and „…“, Swiss ‹…›, French «…» and Nordic ”…” quotation marks; a stray » or ” opens nothing", () => {
    const text = "Merz said: »We stay.« Scholz said „we wait“. She called it ‹a test›. Macron said « non ». Stubb said: ”We are ready.” Home » World. He said 20” screens.";
    const ps = splitParagraphs(text);
    expect(findQuotes(text, ps).map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(["We stay.", "we wait", "a test", " non ", "We are ready."]);
  });
  it("a loose closing mark ('“…“') closes only when no proper one follows in the paragraph", () => {
    const text = "“The “coalition of the willing“ is ready,” Macron said. Orbán called it “a club“ on Monday.";
    const ps = splitParagraphs(text);
    expect(findQuotes(text, ps).map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(["The “coalition of the willing“ is ready,", "a club"]);
  });
  it("a quotation closed with another style's double mark ('\"…”', '«…”', '“…»') ends at that mark, not at the paragraph's end", () => {
    const text = "\"We stay in the port,” Lund said.\n«We leave at dawn”, Berg said.\n“Nobody told us», Aas said. He said “we wait” again.";
    const ps = splitParagraphs(text);
    expect(findQuotes(text, ps).map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(["We stay in the port,", "We leave at dawn", "Nobody told us", "we wait"]);
  });
  it("reads the low single ‚…‘ and the double prime ″…″; inches after a number open nothing", () => {
    const text = "Wójcik said: ‚The port stays open.‘ Lund said: ″We are ready,″ and Aas: ″We are not.” A 12″ screen.";
    const ps = splitParagraphs(text);
    expect(findQuotes(text, ps).map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(["The port stays open.", "We are ready,", "We are not."]);
  });
  it("reads British straight single quotes only when asked, never an apostrophe or a plural possessive", () => {
    const text = "Kyiv's envoy says the allies' plan is 'dead in the water'. 'We will not sign it. Never,' he said. Rock 'n' roll.";
    const ps = splitParagraphs(text);
    expect(findQuotes(text, ps)).toEqual([]);
    const qs = findQuotes(text, ps, { straightSingles: true });
    expect(qs.map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(["dead in the water", "We will not sign it. Never,", "n"]);
    expect(splitSentences(text, ps, qs, { quotationsOpen: true }).map((s) => text.slice(s.start, s.end))).toEqual([
      "Kyiv's envoy says the allies' plan is 'dead in the water'.",
      "'We will not sign it. Never,' he said.",
      "Rock 'n' roll.",
    ]);
  });
  it("single quotes: a decade or year cut short ('90s, '22) opens nothing; a plural possessive inside a quotation closes nothing", () => {
    const text = "In the '90s, the mayor said: 'We will rebuild the bridge.'\n\nSince '22, 'nothing has been the same,' she said.\n\n'The drivers' wages are late again,' he said.";
    const ps = splitParagraphs(text);
    const qs = findQuotes(text, ps, { straightSingles: true });
    expect(qs.map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual([
      "We will rebuild the bridge.",
      "nothing has been the same,",
      "The drivers' wages are late again,",
    ]);
  });
  it("with quotationsOpen, a quotation after a sentence's end opens the next sentence whatever its mark", () => {
    const text = "Merz spoke first. „Wir bleiben an der Seite der Ukraine“, sagte er.";
    const ps = splitParagraphs(text);
    const qs = findQuotes(text, ps);
    expect(splitSentences(text, ps, qs)).toHaveLength(1);
    expect(splitSentences(text, ps, qs, { quotationsOpen: true }).map((s) => text.slice(s.start, s.end))).toEqual([
      "Merz spoke first.",
      "„Wir bleiben an der Seite der Ukraine“, sagte er.",
    ]);
  });
});
