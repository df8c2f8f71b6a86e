/**
 * The agency credit that closes a wire story: "- Anadolu", "— TASS" or "(Reuters)" alone on the last line, or
 * " (Reuters)" / ". — AFP" closing the last paragraph. It names the outlet the copy came from, weaker than a masthead,
 * copyright or agency dateline (a paper running agency copy prints the agency there too), so it is read last.
 */
import { isWireAgency, isKnownMedia, isMediaName } from "./parse-article-outlet";

/** "Anadolu", "TASS", "BTA", "Interfax-Ukraine": a name that can credit the copy: a wire agency, a known outlet, a media-shaped name or an acronym. */
const isCreditName = (name: string) => isWireAgency(name) || isKnownMedia(name) || isMediaName(name) || /^\p{Lu}{2,8}(?:[-/]\p{Lu}[\p{L}]*)?$/u.test(name);

const NAME = "(\\p{Lu}[\\p{L}&/-]*(?:\\s\\p{Lu}[\\p{L}&/-]*){0,2})";
/** "- Anadolu", "— TASS", "(Reuters)", "(AA)": the whole line is the credit. */
const CREDIT_LINE_RE = new RegExp(`^(?:[-–—]\\s*${NAME}|\\(${NAME}\\))\\.?$`, "u");
/** "… said on Monday. (Reuters)", "… said on Monday. — AFP": the credit closes the last paragraph. */
const CREDIT_END_RE = new RegExp(`[.!?"”]\\s+(?:[-–—]\\s*${NAME}|\\(${NAME}\\))\\.?$`, "u");

export interface TailCredit {
  publication: string;
  /** The last paragraph without its credit (null when the credit was a line of its own). */
  lastParagraph: string | null;
}

/** The agency credit closing `body` (paragraphs), or null. */
export function tailCredit(body: string[]): TailCredit | null {
  const last = body[body.length - 1] ?? "";
  const line = CREDIT_LINE_RE.exec(last);
  const lineName = line && (line[1] ?? line[2]);
  if (lineName && isCreditName(lineName)) return { publication: lineName, lastParagraph: null };
  const end = CREDIT_END_RE.exec(last);
  const endName = end && (end[1] ?? end[2]);
  if (endName && isCreditName(endName)) return { publication: endName, lastParagraph: last.slice(0, end.index + 1) };
  return null;
}
