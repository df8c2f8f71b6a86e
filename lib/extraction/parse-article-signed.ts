/**
 * Who signs a story when no byline stands under its headline: the outlet's masthead repeated beside the date line
 * ("Verstka" above the headline and again beside the date), an agency or site credit beside the date line
 * ("LETA/HWN", "harbourwire.hr"), or a "By <name>" line at the foot of the story.
 */
import { yearFirstDate } from "./page-dates";
import { endsLikeSentence, isPersonName, titleCaseCaps, words, type HeadLine } from "./parse-article-byline";
import { isOrdinaryWords } from "./parse-article-dateline";
import { isStateName } from "./gazetteer";
import { mastheadOf } from "./parse-article-outlet";

/** "Verstka" above the headline and again beside the date line: the outlet signs the story. */
export function mastheadSigns(kinds: (HeadLine | null)[], lines: string[], masthead: string | null): string | null {
  const besideDate = (i: number) => kinds[i - 1]?.kind === "date" || kinds[i + 1]?.kind === "date";
  // "CGTN" in capitals reads like a place line; repeated from the masthead it is the outlet.
  const at = lines.slice(0, 14).findIndex((l, i) => i > 0 && (!kinds[i] || kinds[i]!.kind === "place") && masthead && l.toLowerCase() === masthead.toLowerCase() && besideDate(i));
  return at > 0 ? lines[at] : null;
}

/** "By Anna Koval" among the last lines of the page (above a feedback or copyright line), naming one person. */
export function footByline(lines: string[]): { author: string; line: string } | null {
  for (const line of lines.slice(-4)) {
    const by = /^By\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$/u.exec(line);
    if (by && isPersonName(by[1])) return { author: titleCaseCaps(by[1]), line };
  }
  return null;
}

/** "LETA/HWN" (the agency and the outlet that ran its copy), "harbourwire.hr" (the site itself). */
const CREDIT_LINE_RE = /^(?:\p{Lu}{2,8}(?:\s?\/\s?\p{Lu}{2,8})+|[\p{L}\d-]+\.[a-z]{2,3})$/u;

/** An agency or site credit printed where the byline stands, right above or below the date line. */
export function creditSigns(kinds: (HeadLine | null)[], lines: string[]): string | null {
  const isDate = (i: number) => kinds[i]?.kind === "date" || !!yearFirstDate(lines[i] ?? "");
  const at = lines.slice(0, 14).findIndex((l, i) => i > 1 && CREDIT_LINE_RE.test(l) && (isDate(i - 1) || isDate(i + 1)));
  return at > 0 ? lines[at] : null;
}

/**
 * "Kovrik" alone between the headline and the date line: the outlet's name printed where a byline stands. It names
 * the publication (and signs the story when no one else does, in readHead).
 */
export function markOutletLines(kinds: (HeadLine | null)[], lines: string[]) {
  const headline = lines.slice(0, 14).findIndex((l) => words(l) >= 5 && !endsLikeSentence(l));
  for (let i = headline + 1; headline >= 0 && i < Math.min(lines.length, 14); i++) {
    const besideDate = kinds[i - 1]?.kind === "date" || kinds[i + 1]?.kind === "date";
    // "Editor: Huaxia", "Topic: War" are labels; a site's host beside the date is a credit (creditSigns).
    const plainName = !/:/.test(lines[i]) && !CREDIT_LINE_RE.test(lines[i]) && words(lines[i]) <= 3 && !isPersonName(lines[i]);
    const name = kinds[i] || !besideDate || !plainName ? null : mastheadOf(lines[i]);
    if (name) kinds[i] = { kind: "publication", publication: name };
  }
}

/** "Harbour.az" and "Harbour": the masthead and a credit naming the same outlet, with or without its web suffix. */
const sameOutlet = (masthead: string, credit: string) => masthead.toLowerCase().replace(/\.[a-z]{2,3}$/, "") === credit.toLowerCase().replace(/\.[a-z]{2,3}$/, "");

/**
 * "HarbourNews, Odesa" or "Baku. Harbour" under the headline of a page whose top line is that outlet: the outlet signs
 * the story from the city it names (not a country, which would be a section, nor ordinary words).
 */
export function markMastheadPlaceCredits(kinds: (HeadLine | null)[], lines: string[]) {
  const masthead = lines[0] ?? "";
  for (let i = 1; i < Math.min(lines.length, 14); i++) {
    if (kinds[i]) continue;
    const outletFirst = /^([^,.]{2,40}),\s+(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?)$/u.exec(lines[i]);
    const placeFirst = /^(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?)\.\s+([^,.]{2,40})$/u.exec(lines[i]);
    const [outlet, place] = outletFirst ? [outletFirst[1], outletFirst[2]] : placeFirst ? [placeFirst[2], placeFirst[1]] : [null, null];
    if (outlet && place && sameOutlet(masthead, outlet) && !isStateName(place, true) && !isOrdinaryWords(place)) kinds[i] = { kind: "byline", author: outlet, dateline: place };
  }
}

/** "Anna Koval - The Harbour Star" under the masthead "The Harbour STAR": the reporter, then the paper she writes for. */
export function markMastheadNameCredits(kinds: (HeadLine | null)[], lines: string[]) {
  const masthead = lines[0] ?? "";
  for (let i = 1; i < Math.min(lines.length, 14); i++) {
    const credit = kinds[i] ? null : /^(.+?)\s+[-–—]\s+(.{2,40})$/u.exec(lines[i]);
    if (credit && isPersonName(credit[1]) && sameOutlet(masthead, credit[2])) kinds[i] = { kind: "byline", author: credit[1] };
  }
}
