/**
 * Head lines read by their shape and their neighbours: a name beside the date line ("Anna Koval", "ANNA KOVAL",
 * "Anna Koval, Geneva", "Anna Koval, HWN", "Anna Koval in Kyiv"), a desk that signs the story ("HW newsroom"),
 * and lists of sections that are navigation ("Ports · War · Economy").
 */
import { isUndatedLine } from "./dateline-date";
import { isDayMonthLine, yearFirstDate } from "./page-dates";
import { NAME, ROLE_LINE_RE, ROLE_RE, bylineOf, endsLikeSentence, isPersonName, words, type HeadLine } from "./parse-article-byline";
import { isKnownPlace } from "./parse-article-dateline";
import { isKnownMedia, isMediaName, isWebHost } from "./parse-article-outlet";

/** "Ukraine · Russia's war · Economy · Culture", "Features | Security | East Asia": section navigation. */
export function isNavList(line: string): boolean {
  const parts = line.split(/\s*[|·•]\s*/);
  return parts.length >= 3 && !/\d/.test(line) && parts.every((p) => p && words(p) <= 3 && !endsLikeSentence(p));
}

/** "Harbour Wire newsroom", "HW Business Desk / HARBOURWIRE.COM", "Harbour Wire and Agencies": the desk signs the story. */
export const DESK_LINE_RE = /^((?:[\p{Lu}][\p{L}\p{N}.&'’-]*\s+){1,4}(?:[Nn]ewsroom|[Ss]taff|[Dd]esk|[Tt]eam|[Bb]ureau)|(?:[\p{Lu}][\p{L}\p{N}.&'’-]*\s+){1,3}(?:and|with) [Aa]gencies)(?:\s*\/\s*[\w.-]+\.[a-z]{2,})?$/iu;

/** "HW News Desk", "Harbour.net newsroom", "HWI staff", not "Web desk": an outlet's name (two words, a host or an acronym) before the desk. */
export function namesADesk(desk: string): boolean {
  const name = desk.split(/\s+/).slice(0, -1);
  return /\bagencies$/i.test(desk) || name.length >= 2 || /\.|^\p{Lu}{2,}$/u.test(name[0] ?? "") || isKnownMedia(name.join(" "));
}

/**
 * "HWA, harbour.pl", "AFP, Harbour Herald": agencies (an acronym in capitals), web hosts and outlets credited together
 * on one line sign the story; one of them must be a host or an outlet, so "EU, NATO" is no credit.
 */
export function isCreditsLine(line: string): boolean {
  const parts = line.split(/\s*,\s*/);
  const credit = (p: string) => /^\p{Lu}{2,5}$/u.test(p) || isWebHost(p) || isKnownMedia(p);
  return parts.length >= 2 && parts.length <= 4 && parts.every(credit) && parts.some((p) => isWebHost(p) || isKnownMedia(p));
}

/** "Ottawa Bureau Online Producer, Harbour.ca": a short line under a name giving the author's job (and outlet). */
const isJobLine = (line: string) => ROLE_RE.test(line) && words(line) <= 8 && !endsLikeSentence(line);

const NAME_IN_PLACE_RE = new RegExp(`^(${NAME}),?\\s+in\\s+([\\p{Lu}][\\p{L}-]+(?:\\s[\\p{Lu}][\\p{L}-]+)?)$`, "u");

/** "Anne-Laure Berthod, Geneva", "Aistė Jankauskaitė, DELFI", "Kaisa Viljanen HS": a name with its place or outlet credit. */
const NAME_CREDIT_RE = new RegExp(`^(${NAME}),?\\s+([\\p{Lu}][\\p{L}-]+(?:\\s[\\p{Lu}][\\p{L}-]+)?)$`, "u");

/**
 * Below the headline, "Alix Culbertson" (or "NADIA AL-FAOUR") alone on a line next to the date, a job line or
 * "Reporting from …", "Finbarr Bermingham in Brussels", and a name with its place or outlet credit next to the date
 * are bylines (above it, "Democracy Dies in Darkness" is a motto).
 */
export function markNameLines(kinds: (HeadLine | null)[], lines: string[]) {
  // "Anna Smith / BBC News, Kyiv": an outlet line under the name also marks a byline.
  const besideByline = (j: number, i: number) =>
    kinds[j]?.kind === "date" || (j > i && kinds[j]?.kind === "publication") || ROLE_LINE_RE.test(lines[j] ?? "") || (j > i && isJobLine(lines[j] ?? "")) || /^Reporting from\b/.test(lines[j] ?? "");
  // "Saša Dragojlo / BIRN / Belgrade / April 15, 2026": place and outlet lines may sit between the name and the date;
  // "Anna Koval / 2 min read / Updated 4:12 pm / Published 12 May 2026": so may reading times and undated times.
  const dateBelow = (i: number) => {
    let j = i + 1;
    while (j < i + 4 && (kinds[j]?.kind === "place" || kinds[j]?.kind === "publication" || kinds[j]?.kind === "junk")) j++;
    return kinds[j]?.kind === "date";
  };
  // "23.9. 12:30" under "Kaisa Viljanen HS": a date line without its year still marks the byline beside it.
  const undatedBelow = (i: number) => isUndatedLine(lines[i + 1] ?? "") || isDayMonthLine(lines[i + 1] ?? "");
  const nearDate = (i: number) => kinds[i - 1]?.kind === "date" || !!yearFirstDate(lines[i - 1] ?? "") || dateBelow(i) || undatedBelow(i);
  let headline = false;
  for (let i = 0; i < Math.min(lines.length, 14); i++) {
    // "NADIA AL-FAOUR" reads like a place line in capitals; beside the date and no known place, it is the author.
    const capsName = kinds[i]?.kind === "place" && !isKnownPlace(lines[i]) && isPersonName(lines[i]) && nearDate(i);
    if (kinds[i] && !capsName) continue;
    const line = lines[i].replace(/\s+@\w+$/, ""); // "Harriet Lowe @HarrietLowe_HW"
    const inPlace = NAME_IN_PLACE_RE.exec(line);
    const credit = NAME_CREDIT_RE.exec(line);
    const acronym = !!credit && !lines[i].includes(",") && /^\p{Lu}{2,3}$/u.test(credit[2]);
    if (headline && inPlace && isPersonName(inPlace[1])) kinds[i] = bylineOf(inPlace[1], inPlace[2]);
    else if (headline && acronym && isPersonName(credit![1]) && nearDate(i)) kinds[i] = bylineOf(credit![1]);
    else if (headline && isPersonName(line) && (capsName || besideByline(i - 1, i) || besideByline(i + 1, i) || dateBelow(i))) kinds[i] = bylineOf(line);
    else if (headline && credit && isPersonName(credit[1]) && nearDate(i) && !isPersonName(line)) kinds[i] = creditByline(credit[1], credit[2], line);
    headline ||= words(lines[i]) >= 5 && !endsLikeSentence(lines[i]);
  }
}

/** The place after a name is the dateline; an outlet or an acronym ("DELFI", "HS") only credits the author's outlet. */
function creditByline(name: string, credit: string, line: string): HeadLine {
  const place = line.includes(",") && !isMediaName(credit) && !/^\p{Lu}+$/u.test(credit) && !ROLE_RE.test(credit);
  return bylineOf(name, place ? credit : undefined);
}


/**
 * "Anna Koval / Senior Fellow, Security Programme / Petro Marchuk / Director, Eastern Europe": the job line under each
 * author's name is no standfirst or body text, and the names are one byline (as printed, joined with commas).
 */
export function joinAuthorLines(kinds: (HeadLine | null)[], lines: string[]) {
  const nameByline = (i: number) => kinds[i]?.kind === "byline" && isPersonName(lines[i] ?? "");
  // "Senior Fellow, Maritime Programme" may read as a byline of its own; it names no person.
  const jobLine = (i: number) => isJobLine(lines[i] ?? "") && (!kinds[i] || (kinds[i]!.kind === "byline" && !isPersonName((kinds[i] as { author: string }).author)));
  const first = kinds.findIndex((_, i) => i < 14 && nameByline(i) && jobLine(i + 1));
  if (first < 0) return;
  // "By Anna Koval" above her job: the byline's name, without the "By".
  const authorAt = (i: number) => (kinds[i] as Extract<HeadLine, { kind: "byline" }>).author;
  const names = [authorAt(first)];
  let i = first + 1;
  for (; jobLine(i); i += 2) {
    kinds[i] = { kind: "junk" };
    if (!nameByline(i + 1) || names.includes(authorAt(i + 1))) break;
    names.push(authorAt(i + 1));
    kinds[i + 1] = { kind: "junk" };
  }
  kinds[first] = { ...(kinds[first] as Extract<HeadLine, { kind: "byline" }>), author: names.join(", ") };
}
