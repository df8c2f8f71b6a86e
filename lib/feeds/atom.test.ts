import { expect, it } from "vitest";
import { atomFeed } from "./atom";

it("escapes text and carries the newest update", () => {
  const xml = atomFeed({
    id: "tag:faultline,2025:statements",
    title: "Statements <by> Putin & co",
    url: "http://localhost:3000/statements",
    selfUrl: "http://localhost:3000/feeds/statements.atom",
    entries: [
      { id: "tag:faultline,2025:statement:1", title: "“a danger for us”", url: "http://x/1", updated: new Date("2025-09-07T10:00:00Z"), summary: "<script>alert(1)</script>" },
      { id: "tag:faultline,2025:statement:2", title: "b", url: "http://x/2", updated: new Date("2025-09-08T10:00:00Z"), summary: "ctrl \u000b char \u0001 here", author: "Dmitry Peskov" },
    ],
  });
  expect(xml).toContain("<title>Statements &lt;by&gt; Putin &amp; co</title>");
  expect(xml).toContain("<summary>&lt;script&gt;alert(1)&lt;/script&gt;</summary>");
  expect(xml).toContain("<updated>2025-09-08T10:00:00.000Z</updated>\n  <author><name>Faultline</name></author>");
  expect(xml).not.toContain("<script>");
  expect(xml).toContain("<summary>ctrl  char  here</summary>");
});
