/**
 * Invented page heads as a person copies them from the browser, and the check the head tests run on them: the five
 * metadata fields read from the raw paste, with the fields still read wrong listed so the list stays true.
 */
import { expect } from "vitest";
import { parseArticle } from "../../lib/extraction/parse-article";
import { scoreMetadata, type ExpectedArticle } from "../../lib/extraction/score";

type Fields = Pick<ExpectedArticle, "title" | "author" | "dateline" | "publishedOn" | "publication">;

export interface PageHead {
  outlet: string;
  page: string[];
  want: Fields;
  /** Fields still read wrong: the check fails when one of them starts to parse, so the list stays true. */
  left?: (keyof Fields)[];
}

export function expectHeadParsed(head: PageHead, logTag: string): void {
  const { wrong } = scoreMetadata(parseArticle(head.page.join("\n\n")), head.want);
  for (const w of wrong) console.log(`[${logTag}] ${head.outlet} ${w.field}: want ${JSON.stringify(w.expected)} got ${JSON.stringify(w.parsed)}`);
  expect(wrong.map((w) => w.field)).toEqual(head.left ?? []);
}
