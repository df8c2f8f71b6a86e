/**
 * Parses a raw paste of a news page into headline, standfirst, byline, dateline, date, publication and body.
 *
 * The page head is the run of short lines before the first body paragraph: the headline, maybe a repeated
 * headline and a standfirst, then any of a byline ("By X", "X in Kyiv and Y", "DAILY SABAH WITH AA"), a
 * publication line ("The Moscow Times"), a date line ("Tue 25 Nov 2025 09.14 GMT", "12.11.2025 10:42",
 * "Published on 03/09/2025 - 15:20"), a place line ("ANKARA", "New Delhi:") and photo captions.
 * The body loses captions, agency datelines ("KYIV, Ukraine (AP) —", "MOSCOW, November 27. /TASS/.")
 * and trailers ("(Reporting by …)", "… contributed to this report."); paragraphs are trimmed and joined
 * with "\n\n". All statement/event offsets point into the body.
 *
 * The head is read by the shape of its lines, not by outlet: position (masthead first, headline above the
 * byline or below a kicker and date line), line shape (a lone name beside a date or job line is a byline),
 * date parsing, "By" lines, agency suffixes, and the footer's copyright, "Source:" and URL lines. The outlet
 * is ranked: masthead or byline credit, then copyright, then agency dateline, then a guessed masthead, then
 * "Source:" line and URL.
 */
import { datelineYear, isUndatedLine, undatedLineDate } from "./dateline-date";
import { GAZETTEER, isStateName } from "./gazetteer";
import { DATE_RE, MONTH_FIRST_OUTLETS, UPDATED_LABEL_RE, isAmbiguousNumeric, isDayMonthLine, monthIndex, parseDateString, publishedDateOf, yearFirstDate } from "./page-dates";
import { KICKER_WORDS_RE, ROLE_LINE_RE, bylineOf, isOutletCredit, clean, endsLikeSentence, isPersonName, nameLineByline, titleCase, titleCaseCaps, words, type HeadLine } from "./parse-article-byline";
import { isCityName, isCreditedCaption, isKnownPlace, isOrdinaryWords } from "./parse-article-dateline";
import { DESK_LINE_RE, isCreditsLine, isNavList, joinAuthorLines, markNameLines, namesADesk } from "./parse-article-name-lines";
import { dropCaptionsBesideCredits, isCaptionBelowCredit, isPageFurniture } from "./parse-article-furniture";
import { selfNamedOutlet } from "./parse-article-self";
import { tailCredit } from "./parse-article-tail";
import { creditSigns, footByline, markMastheadNameCredits, markMastheadPlaceCredits, markOutletLines, mastheadSigns } from "./parse-article-signed";
import { isWebHost, isWireAgency, hostNamedInText, latinSideOf, plainMasthead, isFooterLine, isGeneric, isKnownMedia, isMediaName, mastheadOf, namesASection, outletName, pageFooter } from "./parse-article-outlet";
import { opensWithAnyDateline, opensWithDateline, stripDateline, takeDatelineLine } from "./parse-article-lead";
import { UPPER_START } from "./word-shapes";

export { isValidDay, parseDateString } from "./page-dates";

export interface ParsedArticle {
  title: string | null;
  standfirst: string | null;
  author: string | null;
  dateline: string | null;
  publishedOn: string | null;
  publication: string | null;
  /** "09-03" from a wire dateline that prints a day without a year ("MOSCOW, Sept 3 (Reuters) -"). */
  datelineDay: string | null;
  body: string;
}

/** What the page says about the article, without its body. */
type Meta = Omit<ParsedArticle, "body">;

const BYLINE_RE = new RegExp(`^(?:Interview\\s+)?(?:conducted\\s+)?(?:By|Author|Text:|(?:Written|Words|Posted|Story|Report|Reported|Text|Compiled|Curated|Interviewed|Opinion|Analysis|Commentary|Column) by):?\\s+(.+?)(?:,?\\s+in\\s+([\\p{Lu}][\\p{L} .'-]+?))?(?:\\s*[,|–—-]?\\s*(?:on\\s+)?(${DATE_RE.source}))?\\s*$`, "iu");
/** Wire-service markers before a headline: "(LEAD)", "(2nd LD)", "(URGENT)", "UPDATE 2-", "EXCLUSIVE-". */
const WIRE_MARKER_RE = /^(?:\((?:LEAD|\d+(?:st|nd|rd|th)\s+LD|URGENT|UPDATE\s*\d*|WRAPUP\s*\d*|CORRECTED)\)\s*|(?:UPDATE\s*\d+|WRAPUP\s*\d+|EXCLUSIVE|CORRECTED)-)/;
const JUNK_LINE_RE = /^(news|dismiss|share|advertisement|read more|related|(?:read|see) also\b.*|read more:.*|also read:.*|related:.*|subscribe|close|menu|comments?|print|email|tweet|follow us.*|follow (?:the )?[\p{Lu}][\p{L}.' -]{1,40} on (?:telegram|x|twitter|facebook|instagram|whatsapp|youtube|google news)\.?|sign up.*|cookies?.*|accept|more from .*|tags?:.*|topics?:.*|\d+ min(?:ute)?s?(?: reading time| read)|reading time:?.*|edited by:?[^|]*|translated(?: from [\p{L} ]{2,30})? by:?.*|\(?(?:translated|translation) from [\p{L} ]{2,30}\)?\.?|translation:?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}|skip to (?:main )?content|live|keywords|related (?:articles|stories|news|content)|more on this(?: story)?|most read|discussion|daily newsletter|.*all rights reserved\.?|this article was originally published in .*|comments are closed.*|(?:published|updated|posted|modified):?\s+\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago|[\p{Lu}&]+(?:\s*\/\s*[\p{Lu}&]+)+|\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago|save(?: article)?|translate|listen(?: to this article)?|\d+\s+min(?:ute)?s?|copy link|gift (?:this )?article|share (?:this )?(?:article|story)|bookmark|(?:[\p{L}&' ]{2,20}\s[>›»]\s)+[\p{L}&' ]{2,20}|(?:published|updated|posted)(?: on)?:?\s+(?:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:last )?(?:published|updated|posted|modified)(?: (?:on|at))?:?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)$/iu;
/** A "Related" or "Keywords" line introduces a list of headlines or tags, which are not article text. */
const LIST_INTRO_RE = /^(?:related(?: articles| stories| news| content)?|read more|more on this(?: story)?|see also|read also|also read|keywords|tags|most read)$/i;
const TRAILER_RE = /^\((?:reporting|writing|editing|with inputs|additional reporting)\b.*\)$|contributed (?:reporting )?to this report\.?$|^with (?:additional )?(?:reporting|inputs) (?:by|from) [^.]{2,60}\.?$/i;
const CAPTION_RE = /^(?:illustrative )?(?:(?:file )?photo(?: caption| credit)?|image|picture|caption|illustration)\s*:|^(?:illustrative (?:photo|image|picture)|(?:photo|image|picture) illustrative|(?:photo|image|picture)s? by [a-z][\w'’.-]*(?:\s+[a-z][\w'’.-]*){0,2}(?:\s*[/,|]\s*[\w .-]{2,30}|\s+(?:on|via|for)\s+[a-z][\w.-]+)?)$|\s\|\s*(?:photo|image|picture)\s*:\s*[^|.]{2,40}$|[.—–-]\s+(?:photo(?:graph)?|image|picture|pic|foto)(?: credit)?(?::| by| via)\s*[^.]{2,40}$|\.\s+\[[^\]]{2,60}\]$|\((?:photo(?:graph)?|image|picture|credit|foto)s?:\s*[^()]{2,60}\)$|^image (?:source|caption),|\bcopyright\b|©|\((?:[\w\s-]*photo[\w\s/-]*|file(?: photo| image)?)\)\s*$|\b(?:AP|AFP|Reuters|Getty Images|EPA)\s+Photo\b|[\/|]\s*(?:AFP|Reuters|AP|EPA|Getty Images|Kyodo|Bloomberg|Jiji|Anadolu|Xinhua|dpa)\s*$|\((?:AFP|AP|Reuters|EPA|Xinhua|AA|TASS|Kyodo|Yonhap)\/[^()]{2,40}\)$|\(\s*[^()]{2,40}\s[-–]\s(?:Anadolu(?: Agency)?|AA)\s*\)$/i;
/** "… in Odesa, March 3, 2026. REUTERS/Anna Koval": the agency's photo credit before the photographer closes a caption. */
const AGENCY_PHOTO_RE = /\b(?:REUTERS|AFP|AP|EPA)\/\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}(?:\/File Photo)?\s*$/u;
const isCaption = (line: string) => CAPTION_RE.test(line) || AGENCY_PHOTO_RE.test(line);
/** "LITHUANIA" above the headline, "Poland | Tuesday, 11 August 2026": a country in the head is a section, not where the story was filed. */
/** "Uae" (a place line "UAE" in title case) names a country too: its capitals are tried as well. */
const namesACountry = (place: string) => isStateName(titleCase(place), true) || isStateName(place.toUpperCase(), true);
const PLACE_LINE_RE = /^(?:[\p{Lu}][\p{Lu}'-]{2,}(?:\s[\p{Lu}][\p{Lu}'-]+)?|[\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+)?:)$/u;

/** "Story highlights: …", "Key points: …": the page's summary of the story, however long, is not its text. */
const SUMMARY_LABEL_RE = /^(?:story highlights|highlights|key points|key takeaways|summary|in brief)\s*:/i;

/** What one line of the page head says on its own (bylines in parse-article-byline.ts, outlets in parse-article-outlet.ts). */
export function classifyHeadLine(line: string): HeadLine | null {
  const agencyCity = agencyCityLine(line);
  if (agencyCity) return agencyCity;
  const furniture = furnitureLine(line);
  if (furniture) return furniture;
  // "Anna Koval | Senior Correspondent | 12 May 2026": the job between the name and the date says nothing more.
  const roleless = withoutRoleParts(line);
  if (roleless !== line) return classifyHeadLine(roleless) ?? (isPersonName(roleless) ? bylineOf(roleless) : null);
  return reportingFrom(line) ?? shortBylineLine(line) ?? outletOrPlaceLine(line) ?? dateLineOf(line);
}

/** "HNA/Doha", "HWA / Abu Dhabi": an agency's initials and the city it files from (not "News/Politics", a section path). */
function agencyCityLine(line: string): HeadLine | null {
  const m = /^(\p{Lu}{2,6})\s*\/\s*(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?)$/u.exec(line);
  return m && isCityName(m[2]) ? { kind: "byline", author: m[1], dateline: m[2] } : null;
}

/** Junk, navigation and undated-time lines, a desk's credit, photo captions. */
function furnitureLine(line: string): HeadLine | null {
  // "Thu 3 Dec 10.14 GMT": a date without its year is dated (if at all) from the whole page, in parseArticle.
  if (JUNK_LINE_RE.test(line) || isPageFurniture(line) || ROLE_LINE_RE.test(line) || isFooterLine(line) || isUndatedLine(line) || isDayMonthLine(line) || isNavList(line)) return { kind: "junk" };
  const undatedParts = undatedPartsLine(line);
  if (undatedParts) return undatedParts;
  const desk = DESK_LINE_RE.exec(line);
  if (desk && !/^By\s/i.test(line) && namesADesk(desk[1])) return { kind: "byline", author: desk[1] };
  // "Anna Koval | Reuters" is a byline crediting the agency; "Photo: Anna Koval / Reuters" a photo credit.
  const pipeCredit = /^([^|/]+?)\s+\|\s+[^|]+$/.exec(line);
  // "By Anna Koval / Reuters" credits the agency on a byline, as "Anna Koval | Reuters" does.
  if (isCaption(line) && !(pipeCredit && isPersonName(pipeCredit[1])) && !/^By\s/.test(line)) return { kind: "caption" };
  // "A ferry in the harbour on Monday. (Anna Koval/Harbour Wire)": a sentence closed by a photo credit.
  if (isCreditedCaption(line) && /[.!?]["”’]?\s+[^.!?]+$/.test(line)) return { kind: "caption" };
  return null;
}

/** "Reporting from Kyiv", "From our correspondent in Kyiv": the place the story is filed from. */
function reportingFrom(line: string): HeadLine | null {
  const from = /^(?:Reporting from|From (?:our|a) (?:own )?(?:special )?(?:correspondent|reporter|envoy) in)\s+([\p{Lu}][\p{L}' -]+?)(?:,\s*[\p{Lu}][\p{L} ]+)?$/u.exec(line);
  return from ? { kind: "place", dateline: from[1] } : null;
}

/** A byline on a line of up to 16 words (24 with separators): "By …", a name beside its date or outlet, "Editor: …", credits. */
function shortBylineLine(line: string): HeadLine | null {
  if (!(words(line) <= 16 || (/[|•·]/.test(line) && words(line) <= 24))) return null;
  // "By Tom Balmforth | Updated: Mar 3, 2026 14:05", "Story by Anna Smith • 2h": byline and date share the line.
  const [first, ...rest] = line.split(/\s*[|•·]\s*/);
  // "Dana Whitlock · CBC News · Posted: Dec 02, 2026": a bare name beside its outlet and date is a byline too.
  const byFirst = rest.length ? BYLINE_RE.exec(first) ?? (isPersonName(first) && rest.some((p) => isOutletCredit(p)) ? [first, first] : null) : null;
  // "By Anna Koval, May 12, 2026 | 10:15 AM": the date beside the name, only the time after the bar.
  const restDate = byFirst ? parseDateString(rest.join(" ")) ?? (byFirst[3] && rest.every((p) => TIME_ONLY_RE.test(p)) ? parseDateString(byFirst[3]) : null) : null;
  if (byFirst && (restDate || /^\d+\s*[hm]$|ago$/i.test(rest.join(" ")))) {
    // "By Anna Koval | Kherson | 3 March 2026": a city between the name and the date is where she files from.
    const byline = bylineOf(byFirst[1], byFirst[2] ?? rest.find(isCityName), restDate);
    const outlet = rest.find((p) => isOutletCredit(p));
    return byline.kind === "byline" && outlet ? { ...byline, publication: byline.publication ?? outlet } : byline;
  }
  // "HWA | Kyiv": a wire agency's credit and the city it files from.
  if (rest.length === 1 && isWireAgency(first) && isCityName(rest[0])) return { kind: "byline", author: first, dateline: rest[0] };
  const by = BYLINE_RE.exec(line);
  // "By Anna Koval in Kyiv and Petro Marchuk in Moscow": the place is followed by more authors (tidyByline reads them).
  if (by && by[2] && /\s(?:and|in)\s/.test(by[2])) return bylineOf(`${by[1]} in ${by[2]}`, undefined, by[3] ? parseDateString(by[3]) : null);
  if (by) return bylineOf(by[1], by[2], by[3] ? parseDateString(by[3]) : null);
  // "Editor: Anna Koval" on a live page signs it; "Editor: Huaxia" (a desk's code name) does not.
  const editor = /^Editor:\s+(.+)$/.exec(line);
  if (editor && isPersonName(editor[1])) return bylineOf(editor[1]);
  if (isCreditsLine(line)) return { kind: "byline", author: line };
  const named = nameLineByline(line);
  if (named) return named;
  // "Anna Koval / Harbour Herald": the reporter and the outlet she writes for.
  const slashCredit = /^([^/]+?)\s+\/\s+([^/]+)$/.exec(line);
  const slashed = slashCredit && isPersonName(slashCredit[1]) && (isMediaName(slashCredit[2]) || isWireAgency(slashCredit[2])) ? bylineOf(slashCredit[1]) : null;
  if (slashed?.kind === "byline") return { ...slashed, publication: slashCredit![2] };
  const withAgency = /^(.+?)\s+with\s+(.+)$/i.exec(line);
  if (withAgency && isMediaName(titleCaseCaps(withAgency[1]))) return bylineOf(line);
  return null;
}

/** "04:12 pm GMT+7", "10:15 AM": a time of day and maybe its zone. */
const TIME_ONLY_RE = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2})?)?$/i;

/** "Harbour News Service" under the reporter's name: the paper's own wire, an outlet line in the head. */
const NEWS_SERVICE_RE = /^(?:The\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:News|Press|Wire)\s+Service$/u;

/** The outlet's name ("BBC News, Kyiv"), a generic word (junk), or a place line ("ANKARA", "Kyiv, Ukraine"). */
function outletOrPlaceLine(line: string): HeadLine | null {
  if (words(line) <= 5 && (isMediaName(line) || NEWS_SERVICE_RE.test(line)) && !endsLikeSentence(line)) return { kind: "publication", publication: line };
  // "BBC News, Kyiv": the outlet and where the reporter files from.
  const outletPlace = /^([^,]+),\s+([\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?)$/u.exec(line);
  if (outletPlace && isMediaName(outletPlace[1])) return { kind: "publication", publication: outletPlace[1], dateline: outletPlace[2] };
  if (isGeneric(line)) return { kind: "junk" };
  // "New Delhi," alone on a line: the place of a byline printed over several lines.
  if (/^[^,]+,$/.test(line) && isCityName(line.slice(0, -1))) return { kind: "place", dateline: line.slice(0, -1) };
  // "Doha:", "Kryvyi Rih:" open a dateline; "Executive Summary:" labels a section (ordinary words, no known place).
  const name = line.replace(/:$/, "");
  const labelled = /\p{Ll}:$/u.test(line) && /\s/.test(name) && !isKnownPlace(name) && name.split(/\s+/).some((w) => isOrdinaryWords(w));
  if ((PLACE_LINE_RE.test(line) && !labelled && !KICKER_WORDS_RE.test(line.replace(/:$/, "")) && !isOrdinaryWords(line)) || CAPITALS.has(line) || (words(line) <= 2 && isCityName(line))) return { kind: "place", dateline: titleCase(line.replace(/:$/, "")) };
  // "Kyiv, Ukraine" alone on a line: a city and its country.
  const cityState = /^([\p{Lu}][\p{L}'-]+(?:\s[\p{Lu}][\p{L}'-]+)?),\s+([\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?)$/u.exec(line);
  // "SUMY, Ukraine": a town in capitals is a wire dateline even when the gazetteer does not know it.
  const cityInCapitals = (city: string) => /^\p{Lu}[\p{Lu}'-]+(?:\s\p{Lu}[\p{Lu}'-]+)?$/u.test(city);
  if (cityState && isStateName(cityState[2], true) && !namesACountry(cityState[1]) && (isCityName(titleCase(cityState[1])) || cityInCapitals(cityState[1]))) return { kind: "place", dateline: titleCase(cityState[1]) };
  return null;
}

/** A date line ("Tue 25 Nov 2025 09.14 GMT | Harbour Herald"), year first too ("2026 m. kovo 10 d. 09:14"). */
function dateLineOf(line: string): HeadLine | null {
  const date = words(line) <= 16 ? publishedDateOf(line) : null;
  if (date && (lineParts(line).every((part) => words(dateResidue(part)) <= 3 || isMediaName(part) || JUNK_LINE_RE.test(part)) || outletSigned(line))) return dateLine(line, date);
  // "2026 m. kovo 10 d. 09:14", "2026. november 19. 09:15": a date printed year first is a date line too.
  const yearFirst = words(line) <= 8 ? yearFirstDate(line) : null;
  return yearFirst ? dateLine(line, yearFirst) : null;
}

/** "Published Feb 12, 2026 3:41 PM by Harbour Wire", "Posted on … by Harbour Times Staff": the outlet or desk that signs a date line as its author, or null. */
function outletSigned(line: string): string | null {
  const signer = /^by\s+(.+)$/i.exec(clean(dateResidue(line)))?.[1];
  const desk = signer ? DESK_LINE_RE.exec(signer) : null;
  return signer && (isOutletCredit(signer) || (desk && namesADesk(desk[1]))) ? signer : null;
}

/** "By Anna Koval | Senior Correspondent" -> "By Anna Koval": the line without the parts that only give a job. */
function withoutRoleParts(line: string): string {
  const parts = line.split(/\s+[|•·]\s+/);
  const kept = parts.filter((p, i) => i === 0 || !ROLE_LINE_RE.test(p));
  return kept.length < parts.length ? kept.join(" | ") : line;
}

/**
 * "Harbour Radio • Tuesday 10 February, 14:27 • Modified Tuesday 10 February, 16:05": undated times beside the outlet's
 * name, dated (if at all) from the whole page in parseArticle. The line is furniture; the outlet's name in it is often a
 * brand ("Harbour Radio News") rather than the name the outlet goes by, so it is not read. Null for any other line.
 */
function undatedPartsLine(line: string): HeadLine | null {
  const parts = line.split(/\s+[•·|]\s+/);
  const undated = (p: string) => isUndatedLine(p.replace(/^(?:modified|edited)\s+/i, "")) || isDayMonthLine(p);
  if (parts.length < 2 || !parts.some(undated) || !parts.every((p) => undated(p) || isMediaName(p))) return null;
  return { kind: "junk" };
}

const initials = (name: string) => name.split(/\s+/).filter((w) => UPPER_START.test(w)).map((w) => w[0]).join("");

/** "Ankara" alone on a line in the head: the dateline (a capital, not a section name such as "Europe"). */
const CAPITALS = new Set(GAZETTEER.flatMap((e) => (e.kind === "state" ? e.metonyms ?? [] : [])));

/** "Mar 5th 2026|BERLIN|4 min read", "TOI Desk / Updated: Sep 03, 2025", "Jakarta ● Thu, May 12, 2026": the fields of a date line. */
const lineParts = (line: string) => line.split(/\s*[|·•●]\s*|\s+\/\s+|\s+[-–—]\s+/).map((p) => p.trim()).filter(Boolean);

/** What is left of a date line without its date, times, zones and labels: a place at most. */
function dateResidue(s: string): string {
  return s
    .replace(new RegExp(DATE_RE.source, "gi"), " ")
    .replace(/\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?/gi, " ")
    .replace(/\b(?:about\s+)?(?:an?|\d+)\s+(?:minutes?|hours?|days?)\s+ago\b/gi, " ")
    .replace(/\b(?:GMT|UTC|IST|CET|CEST|EET|EEST|MSK|BST|EST|EDT|PST|PDT|CST|CDT|TRT|JST|KST|HKT)(?:[+-]\d{1,2})?/g, " ")
    .replace(/\b(?:published|updated|last|posted|issued|modified|on|at|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?/gi, " ")
    .replace(/T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g, " ")
    .replace(/[|•,:\-–—]/g, " ");
}

/** "World News | Press Trust of India | Updated: …", "New Delhi, December 5, 2025". */
function dateLine(line: string, publishedOn: string): HeadLine {
  const named = lineParts(line).filter((p) => !parseDateString(p));
  const publication = named.find(isKnownMedia) ?? named.find(isMediaName);
  const place = /^([\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?),\s/u.exec(line)?.[1] ?? named.find((p) => /^[\p{Lu}][\p{Lu}'-]{2,}(?:\s[\p{Lu}][\p{Lu}'-]+)?$/u.test(p) && !isMediaName(p));
  const placeNamed = place ?? named.find((p) => isKnownPlace(p)); // "Madrid - JUN 22, 2026 - 05:40 CEST"
  // "Europe, Russia/Caspian | November 26, 2026": a region's section name is no place filed from.
  const dateline = placeNamed && monthIndex(placeNamed) < 0 && !isGeneric(placeNamed) && !/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Published|Updated|Issued)/i.test(placeNamed) ? titleCase(placeNamed) : undefined;
  // "TOI Business Desk / TIMESOFINDIA.COM / Updated: …": a desk credit and the site's name share the line.
  // "Grant Eaves  September 9, 2026", "AFP Published November 18, 2026": a name or agency is what is left beside the date.
  const residue = clean(dateResidue(line)).replace(/^by\s+/i, ""); // "Posted on 12 May 2026 by Anna Koval"
  const author = named.find((p) => /\b(?:Desk|Bureau)$/.test(p) || isPersonName(p.replace(/^By\s+/i, "")))?.replace(/^By\s+/i, "") ?? (isPersonName(residue) || isWireAgency(residue) ? residue : outletSigned(line) ?? undefined);
  const site = named.find(isWebHost);
  return { kind: "date", publishedOn, dateline, publication: publication ?? site, author };
}

/** Index of the first body line: after the last line of the page head (byline, date, publication, place, caption). */
function headEnd(kinds: (HeadLine | null)[], lines: string[]): number {
  const strong = lastStrongHeadLine(kinds, lines);
  if (strong >= 0) {
    let end = strong + 1;
    while (end < kinds.length && kinds[end] && kinds[end]!.kind !== "byline" && kinds[end]!.kind !== "date") end++;
    return headlineBelow(kinds, lines, end);
  }
  let end = 0;
  let plain = 0;
  let prose = 0;
  let meta = false;
  for (const [i, k] of kinds.entries()) {
    if (!k && plain > 0 && opensWithDateline(lines[i])) break;
    // "paragraph / paragraph / Read also: … / paragraph": two paragraphs of prose are the body already, not a headline and
    // standfirst, so a junk line or caption below them is the body's furniture.
    if (k && prose >= 2) break;
    if (k) {
      end = i + 1;
      meta ||= k.kind !== "caption" && k.kind !== "junk";
      continue;
    }
    // Headline, repeated headline and standfirst come before the byline and date; the body after them.
    if (meta || ++plain > 3) break;
    if (endsLikeSentence(lines[i]) && words(lines[i]) >= 12) prose++;
  }
  return end;
}

/**
 * "Russian Politics & Diplomacy / 3 MAR 2026, 14:05 / headline / standfirst", "byline and date / headline": when
 * nothing above the head's last date or byline reads as a headline, the headline (and a standfirst without a
 * full stop) follow it.
 */
function headlineBelow(kinds: (HeadLine | null)[], lines: string[], end: number): number {
  const headlineLike = (i: number) => !kinds[i] && words(lines[i]) >= 5 && !endsLikeSentence(lines[i]) && !opensWithDateline(lines[i]);
  if ([...Array(end).keys()].some(headlineLike)) return end;
  let next = end;
  while (next < end + 2 && next < lines.length - 1 && headlineLike(next)) next++;
  return next;
}

/**
 * The last byline or date line of the head, when navigation, kickers, a headline, a standfirst and captions
 * come before it ("Skip to main content / FRANCE 24 / Europe / headline / standfirst / Issued on: … / By: …").
 * More than two paragraphs of prose before it mean it sits in the body.
 */
function lastStrongHeadLine(kinds: (HeadLine | null)[], lines: string[]): number {
  let last = -1;
  let prose = 0;
  for (const [i, k] of kinds.entries()) {
    if (!k && endsLikeSentence(lines[i]) && ++prose > 2) break;
    if (k && (k.kind === "byline" || k.kind === "date")) last = i;
  }
  return last;
}

/** Navigation and section words ("Live", "Europe", "War in Ukraine") above a longer headline line. */
function dropNavLines(plain: string[]): string[] {
  const isNav = (l: string) => words(l) <= 3 && !endsLikeSentence(l) && !/["“”]/.test(l);
  const headline = plain.findIndex((l) => !isNav(l) && !endsLikeSentence(l));
  return headline > 0 ? [...plain.slice(0, headline).filter((l) => !isNav(l)), ...plain.slice(headline)] : plain;
}

/** Headline lists under "Related" / tags under "Keywords": dropped up to the next sentence. */
function dropLinkLists(body: string[]): string[] {
  const out: string[] = [];
  let inList = false;
  for (const p of body) {
    if (LIST_INTRO_RE.test(p)) {
      inList = true;
      continue;
    }
    if (inList && !endsLikeSentence(p) && words(p) <= 16) continue;
    inList = false;
    out.push(p);
  }
  return out;
}

/** The page's non-empty lines, trimmed, with a label line ("Published:") joined to the date below it. */
const pageLines = (raw: string) => joinLabelLines(raw.replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ").split("\n").map((l) => l.trim()).filter(Boolean));

/**
 * The page head read into `meta` (headline, standfirst, byline, date, outlet, place), and the lines below it. The
 * kinds of the first 14 lines, the guessed masthead, the footer and where the head ends are kept for later steps.
 */
function readPage(lines: string[], meta: Meta) {
  const kinds = lines.map((l, i) => (i < 14 ? classifyHeadLine(l) : null));
  markMastheadPlaceCredits(kinds, lines);
  markMastheadNameCredits(kinds, lines);
  markNameLines(kinds, lines);
  joinAuthorLines(kinds, lines);
  markOutletLines(kinds, lines);
  markCaptionsBelowCredits(kinds, lines);
  markAgencyCredits(kinds, lines);
  const masthead = mastheadGuess(kinds, lines);
  const footer = pageFooter(lines);
  const end = headEnd(kinds, lines);
  let body: string[];
  if (end > 0) {
    readHead(lines.slice(0, end), kinds.slice(0, end), meta);
    // "Al Mayadeen English / Politics / headline / body": a head of masthead and section lines ends above the headline.
    body = meta.title ? lines.slice(end) : untitledHead(lines.slice(end), meta);
  } else body = untitledHead(lines, meta);
  return { kinds, masthead, footer, end, body };
}

/** A headline read from the page: without wire markers ("(LEAD)"), and without the outlet a browser tab's title appends. */
function tidyTitle(meta: Meta): void {
  if (!meta.title) return;
  meta.title = meta.title.replace(WIRE_MARKER_RE, "");
  // "Drones hit the port | Harbour Herald": the browser tab's title, the outlet after the bar or dash.
  const siteSuffix = /^(.{20,}?)\s+[|–—-]\s+([^|–—-]{2,40})$/.exec(meta.title);
  if (siteSuffix && isMediaName(siteSuffix[2].trim())) {
    meta.title = siteSuffix[1];
    meta.publication ??= siteSuffix[2].trim();
  }
}

/**
 * The body's paragraphs without page furniture: link lists, captions, trailers, footer and job lines, a stray date
 * line (which dates the page), a closing credit (`tail`, which may name the outlet) and short trailing lines.
 */
function bodyParagraphs(lines: string[], meta: Meta) {
  let body = dropLinkLists(dropCaptionsBesideCredits(lines, opensWithAnyDateline)).filter((p) => !JUNK_LINE_RE.test(p) && !isPageFurniture(p) && !isCaption(p) && !TRAILER_RE.test(p) && !isFooterLine(p) && !ROLE_LINE_RE.test(p) && !isUndatedLine(p));
  if (!meta.publishedOn) body = takeStrayDateLine(body, meta);
  const tail = tailCredit(body);
  if (tail) body = tail.lastParagraph ? [...body.slice(0, -1), tail.lastParagraph] : body.slice(0, -1);
  while (body.length && words(body[body.length - 1]) <= 2 && !endsLikeSentence(body[body.length - 1])) body.pop();
  return { body, tail };
}

/**
 * The paragraphs above the lead that are not its text: a photo caption above the dateline paragraph, a standfirst
 * line above it, a dateline on a line of its own; then the dateline that opens the lead (./parse-article-lead.ts).
 */
function readLead(paragraphs: string[], meta: Meta, weak: { publication?: string }): string[] {
  let body = paragraphs;
  // A photo caption printed between the head and the dateline paragraph.
  if (body.length > 1 && isCreditedCaption(body[0]) && !opensWithAnyDateline(body[0]) && opensWithAnyDateline(body[1])) body = body.slice(1);
  // "Foreign minister says Rome 'will not leave Kyiv alone'" above "(ANSA) - ROME, MAR 17 - …": a standfirst line.
  if (!meta.standfirst && body.length > 2 && !opensWithDateline(body[0]) && opensWithDateline(body[1]) && !endsLikeSentence(body[0]) && (words(body[0]) <= 25 || SUMMARY_LABEL_RE.test(body[0]))) {
    meta.standfirst = clean(body[0]);
    body = body.slice(1);
  }
  if (body.length > 1) body = takeDatelineLine(body, meta);
  if (body.length) body = [stripDateline(body[0], meta, weak), ...body.slice(1)];
  // "Baku, November 6, HARBOURPRESS" alone on its line: nothing is left of the paragraph.
  if (body.length > 1 && !body[0].trim()) body = body.slice(1);
  return body;
}

/** The date the head did not give: from the footer, a wire dateline's day and the text's year, an undated day in the head. */
function fillDate(meta: Meta, lines: string[], footer: ReturnType<typeof pageFooter>, lead: string | undefined): void {
  meta.publishedOn ??= footer.date ?? footer.urlDate;
  if (meta.datelineDay && lead !== undefined) meta.publishedOn ??= datelineYear(meta.datelineDay, lead, lines.join("\n"));
  // "NOS News • Tuesday 10 February, 14:27 • Modified …": each part of a date line may be an undated day.
  const headParts = lines.slice(0, 14).flatMap((l) => l.split(/\s+[•·|]\s+/));
  meta.publishedOn ??= headParts.map((l) => undatedLineDate(l, lines.join("\n"))).find(Boolean) ?? null;
  meta.publishedOn ??= lines.slice(0, 14).map(yearFirstDate).find(Boolean) ?? null;
}

/** The author the head did not give: an editor line closing the page, the masthead or a credit line, a byline at the foot (taken out of the body). */
function fillAuthor(meta: Meta, page: ReturnType<typeof readPage>, lines: string[], body: string[]): string[] {
  // "Editor: Karl-Erik Saar" closing the page signs it.
  const editor = lines.slice(-3).map((l) => /^Editor:\s+(.+)$/.exec(l)?.[1]).find((n) => n && isPersonName(n));
  meta.author ??= editor ?? mastheadSigns(page.kinds, lines, page.masthead) ?? creditSigns(page.kinds, lines);
  if (meta.author) return body;
  // "By Anna Koval" above the footer: some outlets print the byline at the foot of the story.
  const foot = footByline(lines);
  if (!foot) return body;
  meta.author = foot.author;
  return body.filter((p) => p !== foot.line);
}

export function parseArticle(raw: string, opts: { title?: string | null } = {}): ParsedArticle {
  const lines = pageLines(raw);
  const meta: Meta = { title: opts.title ? clean(opts.title) : null, standfirst: null, author: null, dateline: null, publishedOn: null, publication: null, datelineDay: null };
  const page = readPage(lines, meta);
  const { masthead, footer } = page;
  if (!opts.title) tidyTitle(meta);
  // "UPI" above "Copyright 2026 United Press International, Inc.": the masthead prints the name the page goes by.
  meta.publication ??= masthead && footer.copyright && initials(footer.copyright) === masthead ? masthead : footer.copyright;
  const { body: paragraphs, tail } = bodyParagraphs(page.body, meta);
  const outletAbove = meta.publication;
  const weak: { publication?: string } = {};
  let body = readLead(paragraphs, meta, weak);
  // "Associated Press of Pakistan" above "ISLAMABAD, Dec 3 (APP):": the agency's own page, named in full by its masthead.
  if (masthead && !outletAbove && meta.publication && initials(masthead) === meta.publication) meta.publication = masthead;
  // "Harbour Herald" above an "Associated Press" credit line: the paper runs the agency's copy, as with an agency dateline.
  if (!outletAbove || isWireAgency(outletAbove)) creditWireCopy(meta, masthead);
  meta.publication ??= masthead ?? footer.source ?? tail?.publication ?? footer.url;
  // "By Reuters" with no other outlet named: the agency's own page.
  if (meta.author && isKnownMedia(meta.author)) meta.publication ??= meta.author;
  meta.publication ??= selfNamedOutlet(lines.join("\n")) ?? hostNamedInText(lines.join("\n")) ?? weak.publication ?? null;
  // "KYIV" atop a wire page is its dateline, not a masthead.
  if (lines.length && lines[0] !== meta.title && !isKnownPlace(lines[0]) && titleCase(lines[0]) !== meta.dateline) meta.publication ??= plainMasthead(lines, KICKER_WORDS_RE);
  fillDate(meta, lines, footer, body[0]);
  body = fillAuthor(meta, page, lines, body);
  meta.author = withoutOwnOutlet(meta.author, meta.publication);
  // "Postimees, 9 July 2026": the outlet's name before the date is no dateline.
  if (meta.dateline && meta.publication && meta.dateline.toLowerCase() === meta.publication.toLowerCase()) meta.dateline = null;
  const ambiguous = [...lines.slice(0, page.end), ...lines.slice(-4)].find((l) => parseDateString(l) === meta.publishedOn && isAmbiguousNumeric(l));
  if (ambiguous && meta.publication && MONTH_FIRST_OUTLETS.test(meta.publication)) meta.publishedOn = parseDateString(ambiguous, { monthFirst: true });
  return { ...meta, body: body.join("\n\n") };
}

/** "By Anna Koval, Harbour Herald" on the Harbour Herald's own page: the credit after the comma names the page's outlet. */
function withoutOwnOutlet(author: string | null, publication: string | null): string | null {
  if (!author || !publication) return author;
  const suffix = `, ${publication.toLowerCase()}`;
  const name = author.slice(0, -suffix.length);
  return author.toLowerCase().endsWith(suffix) && isPersonName(name) ? name : author;
}

/**
 * "The Harbour Star" above "KYIV, March 5 (Reuters) -": a paper running agency copy under its own masthead is the
 * publication, and the agency (when no one signs the story) its author.
 */
function creditWireCopy(meta: Meta, masthead: string | null) {
  const agency = meta.publication;
  if (!masthead || namesASection(masthead) || !agency || !isWireAgency(agency) || masthead.toLowerCase() === agency.toLowerCase()) return;
  meta.author ??= agency;
  meta.publication = masthead;
}

/**
 * "LRT English", "Nikkei Asia" as the first line, above a longer headline: probably the outlet's masthead (a guess
 * from its shape, weaker than an agency dateline). The line leaves the head's text.
 */
function mastheadGuess(kinds: (HeadLine | null)[], lines: string[]): string | null {
  const longerBelow = (i: number) => lines.slice(i + 1, i + 6).some((l, j) => !kinds[i + 1 + j] && words(l) > words(lines[i]) && !endsLikeSentence(l));
  // "DER STANDARD", "SEMAFOR" in capitals on the first line read like a wire dateline's place; above a longer headline,
  // and not a known capital or state, they are the masthead.
  const capsName = kinds[0]?.kind === "place" && /^[\p{Lu}][\p{Lu}'-]+(?:\s[\p{Lu}][\p{Lu}'-]+)?$/u.test(lines[0]) && !CAPITALS.has(titleCase(lines[0])) && !isStateName(titleCase(lines[0]), true);
  // "EXCLUSIVE", "ANALYSIS" above the headline is a kicker, not the outlet's name.
  // "Зеркало / Harbour" reads like a navigation list; in two scripts it is the masthead.
  const bilingual = kinds[0]?.kind === "junk" && !!latinSideOf(lines[0]);
  const name = (kinds[0] && !capsName && !bilingual) || KICKER_WORDS_RE.test(lines[0] ?? "") ? null : mastheadOf(lines[0] ?? "");
  if (name && !longerBelow(0)) return null;
  if (name) kinds[0] = { kind: "junk" };
  // "News and views from Ukraine", "Democracy Dies in Darkness": the motto under a masthead, above a longer headline.
  if ((name || kinds[0]?.kind === "publication") && !kinds[1] && lines[1] && words(lines[1]) <= 5 && !endsLikeSentence(lines[1]) && longerBelow(1)) kinds[1] = { kind: "junk" };
  return name;
}

/** "12 May 2026 / Photo: HWA / Dock workers clear the rubble.": the caption under a credit line below the date or byline. */
function markCaptionsBelowCredits(kinds: (HeadLine | null)[], lines: string[]): void {
  for (let i = 2; i < Math.min(kinds.length, 14); i++) {
    const belowDateOrByline = kinds.slice(0, i - 1).some((k) => k?.kind === "date" || k?.kind === "byline");
    if (!kinds[i] && kinds[i - 1]?.kind === "caption" && belowDateOrByline && isCaptionBelowCredit(lines, i, opensWithAnyDateline)) kinds[i] = { kind: "caption" };
  }
}

/**
 * "HWNA" alone above "Harbourton: …" (maybe with the date line between them): initials in capitals that name no known
 * place, above a paragraph with a dateline of its own, are the agency whose copy the paper runs, not a second dateline;
 * the agency signs the story.
 */
function markAgencyCredits(kinds: (HeadLine | null)[], lines: string[]): void {
  for (let i = 1; i < kinds.length - 1; i++) {
    const lead = kinds[i + 1]?.kind === "date" ? i + 2 : i + 1;
    if (kinds[i]?.kind === "place" && /^\p{Lu}{2,6}$/u.test(lines[i]) && !isKnownPlace(lines[i]) && opensWithAnyDateline(lines[lead] ?? "")) kinds[i] = { kind: "byline", author: lines[i] };
  }
}

/** "Issued on:" / "Published" alone on a line labels the date on the next one. */
function joinLabelLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && /^(?:issued|published|updated|posted|modified|last updated|date)(?:\s+on)?:?$/i.test(prev)) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

/** A date line that sits below a caption or a "Read also" line, or closes the page: the publication date. */
function takeStrayDateLine(body: string[], meta: Meta): string[] {
  const candidates = [...body.keys()].filter((i) => i < 6 || i >= body.length - 3);
  const at = candidates.find((i) => classifyHeadLine(body[i])?.kind === "date");
  if (at === undefined) return body;
  const k = classifyHeadLine(body[at]) as Extract<HeadLine, { kind: "date" }>;
  meta.publishedOn = k.publishedOn;
  if (k.publication) meta.publication ??= k.publication;
  return body.filter((_, i) => i !== at);
}

/**
 * The head's byline, date, publication and place lines read into `meta` (the first of each wins; an update's date only
 * when no other date is given; an outlet beside the date signs an unsigned story). Returns the head's other lines.
 */
function readHeadMeta(head: string[], kinds: (HeadLine | null)[], meta: Meta): string[] {
  const plain: string[] = [];
  let fromPlaceLine = false;
  let signedBy: string | undefined;
  let updatedOn: string | undefined;
  head.forEach((line, i) => {
    const k = kinds[i];
    if (!k) return plain.push(clean(line));
    if (k.kind === "byline") {
      meta.author ??= k.author;
      if (k.dateline) meta.dateline ??= k.dateline;
      if (k.publishedOn) meta.publishedOn ??= k.publishedOn;
      if (k.publication) meta.publication ??= titleCaseCaps(k.publication);
    } else if (k.kind === "date") {
      // "Updated 14 May 2026" above "Published 12 May 2026": the update's date only when no other date line follows.
      if (UPDATED_LABEL_RE.test(line)) updatedOn ??= k.publishedOn;
      else meta.publishedOn ??= k.publishedOn;
      if (k.author) meta.author ??= k.author;
      if (k.dateline && !namesACountry(k.dateline)) meta.dateline ??= k.dateline;
      if (k.publication) meta.publication ??= k.publication;
    } else if (k.kind === "publication") {
      meta.publication ??= outletName(k.publication);
      if (k.dateline) meta.dateline ??= k.dateline;
      // "Yle News" below the headline beside the date line, where a person's byline would stand: the outlet signs the
      // story (above the headline it is the masthead).
      else if (plain.length && (kinds[i - 1]?.kind === "date" || kinds[i + 1]?.kind === "date")) signedBy ??= clean(line);
    }
    // "BIRN / Belgrade": a known place wins over an unknown word in capitals.
    else if (k.kind === "place" && !namesACountry(k.dateline) && (!meta.dateline || (fromPlaceLine && isKnownPlace(k.dateline) && !isKnownPlace(meta.dateline)))) {
      fromPlaceLine = true;
      meta.dateline = k.dateline;
    }
  });
  if (signedBy) meta.author ??= signedBy;
  if (updatedOn) meta.publishedOn ??= updatedOn;
  return plain;
}

/**
 * The headline and standfirst among the head's plain lines: kickers, navigation and section lines above the
 * headline are dropped, a repeated headline and short tags below it too; a photo credit closing the standfirst
 * names the publication.
 */
function readHeadline(plain: string[], meta: Meta): void {
  const texts = dropNavLines(plain);
  if (!texts.length) return;
  // A section kicker ("Europe | Arms for Ukraine") sits above the headline.
  if (texts.length > 1 && /\S\s*\|\s*\S/.test(texts[0]) && words(texts[0]) <= 8 && !endsLikeSentence(texts[0])) texts.shift();
  // The headline is the line right above the standfirst; kickers ("Interview with …") come before it.
  const standfirstAt = texts.findIndex((l, i) => i > 0 && words(l) >= 12 && endsLikeSentence(l));
  // "long headline / Mediazona / standfirst": a short line right above the standfirst is no headline when a long one is above.
  const longAbove = texts.slice(0, Math.max(standfirstAt - 1, 0)).findIndex((l) => words(l) >= 5 && !endsLikeSentence(l));
  if (standfirstAt > 1 && words(texts[standfirstAt - 1]) <= 3 && longAbove >= 0) texts.splice(0, texts.length, texts[longAbove], ...texts.slice(standfirstAt));
  else if (standfirstAt > 1) texts.splice(0, standfirstAt - 1);
  // Without a standfirst to anchor it, a short kicker ("Russian Politics & Diplomacy") sits above a longer headline.
  else if (standfirstAt < 0 && texts.length > 1 && words(texts[0]) <= 4 && words(texts[1]) > words(texts[0]) && !endsLikeSentence(texts[1])) texts.shift();
  const headline = texts.shift()!;
  meta.title ??= headline;
  // Pages often repeat the headline, sometimes truncated; a word or two without a full stop is a section label or tag.
  const rest = texts.filter((l) => !(headline.startsWith(l.replace(/[.…]+$/, "")) && l.length <= headline.length) && (words(l) > 2 || endsLikeSentence(l)));
  if (!rest.length) return;
  let standfirst = rest.join(" ");
  // Photo credit "… / bne IntelliNews" names the publication.
  const credit = /\s+\/\s+([^/]{2,60})$/.exec(standfirst);
  if (credit) {
    meta.publication ??= credit[1].trim();
    standfirst = standfirst.slice(0, credit.index).trim();
  }
  meta.standfirst = standfirst;
}

/** The page head: its metadata lines, then its headline and standfirst. */
function readHead(head: string[], kinds: (HeadLine | null)[], meta: Meta): void {
  readHeadline(readHeadMeta(head, kinds, meta), meta);
}

/** No page head: the first line is the headline when it does not read as a body sentence. */
function untitledHead(lines: string[], meta: Meta): string[] {
  const first = lines[0] ?? "";
  if (first && meta.title && clean(first) === meta.title) return lines.slice(1);
  if (first && !meta.title && lines.length > 1 && !endsLikeSentence(first) && words(first) <= 25) {
    meta.title = clean(first);
    return lines.slice(1);
  }
  return lines;
}
