import { expect, it } from "vitest";
import { analyseArticle } from "./analyse";

const editor = { id: "u1", email: "e@example.org", name: "Editor", role: "editor" as const };
const emptyArticle = { sourceUrl: "", title: "", standfirst: "", authors: [], topics: [], publication: "", publishedOn: "", dateline: "", body: "" };

// The paste box has no field error of its own: "Some fields need attention." pointed at nothing.
it("says in its message that a paste is too long, and how long it may be", async () => {
  const result = await analyseArticle(editor, { raw: "x".repeat(150_001), article: emptyArticle });
  expect(result).toMatchObject({ ok: false, error: "The paste is too long (at most 150,000 characters): paste the article without the rest of the page." });
});

it("asks for the article when the paste is only whitespace", async () => {
  const result = await analyseArticle(editor, { raw: " \n\t ", article: { ...emptyArticle, body: "   " } });
  expect(result).toMatchObject({ ok: false, error: "Paste the article first." });
});
