/**
 * Who signs a story when no byline stands under its headline: the outlet's masthead repeated beside the date line
 * ("Verstka" above the headline and again beside the date), or a "By <name>" line at the foot of the story.
 */
import { isPersonName, titleCaseCaps, type HeadLine } from "./parse-article-byline";

/** "Verstka" above the headline and again beside the date line: the outlet signs the story. */
export function mastheadSigns(kinds: (HeadLine | null)[], lines: string[], masthead: string | null): string | null {
  const besideDate = (i: number) => kinds[i - 1]?.kind === "date" || kinds[i + 1]?.kind === "date";
  const at = lines.slice(0, 14).findIndex((l, i) => i > 0 && !kinds[i] && masthead && l.toLowerCase() === masthead.toLowerCase() && besideDate(i));
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
