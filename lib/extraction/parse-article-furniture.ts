/**
 * Page furniture pasted with an article: audio players ("Listen to this article · 4 min"), share and save buttons
 * ("Share on X", "Share via", "Add to favourites"), comment counters ("Comments (12)"), reading-time lines ("About 4 min read")
 * newsletter sign-ups ("Subscribe to our Morning Brief newsletter"), a periodical's issue label ("Volume: 23 Issue: 104"), and a photo caption above its own credit line.
 * None of it is headline, standfirst or body.
 */
import { endsLikeSentence, words } from "./parse-article-byline";

const LISTEN = /^(?:listen(?: to (?:this|the) (?:article|story))?|play audio|audio(?: version)?)(?:\s*[·•|(:–-]?\s*\d+(?::\d{2})?\s*(?:min(?:ute)?s?\.?)?\)?)?$/i;
const SHARE = /^(?:share|post|send|email)(?: (?:this )?(?:article|story|page))?(?: (?:on|via|to|by)(?: (?:facebook|x|twitter|whatsapp|telegram|linkedin|e-?mail|reddit|bluesky|threads|messenger))?)$/i;
const COMMENTS = /^(?:comments?\s*\(\d+\)|\d+\s+comments?|(?:view|show|read) (?:all )?comments?(?:\s*\(\d+\))?|join the (?:conversation|discussion)|leave a comment)$/i;
const SAVE = /^(?:add to (?:favou?rites|bookmarks|saved(?: articles)?|my list|reading list)|save (?:for later|to read later|this article)|saved|print(?: this (?:article|page|story))?|font size|text size)$/i;
const READING_TIME = /^(?:(?:estimated )?reading time:?\s*)?(?:about |approx\.?\s*)?\d+(?:\s*[-–]\s*\d+)?\s*(?:min(?:ute)?s?\.?)(?:\s+(?:read|reading(?: time)?|to read|read time|listen))?$/i;
/** "Harbour Weekly Monitor Volume: 23 Issue: 104", "Vol. 12, No. 7": a periodical's issue label, no headline. */
const ISSUE_LABEL = /^(?:[\p{Lu}][\p{L}&'-]*\s+){0,5}Vol(?:ume|\.)?:?\s*\d+,?\s+(?:Issue|No\.?|Number):?\s*\d+$/u;
const NEWSLETTER = /^(?:(?:sign up|subscribe|register)(?: now)? (?:for|to)|get|receive)\b.{0,80}\bnewsletters?\b.{0,80}$|^newsletters?$/i;

/** True for a line that is only page furniture. */
export function isPageFurniture(line: string): boolean {
  const t = line.trim();
  return [LISTEN, SHARE, COMMENTS, SAVE, READING_TIME, NEWSLETTER, ISSUE_LABEL].some((re) => re.test(t));
}

/** "Photo: Anna Koval / Harbour Wire" on its own line: the credit of the caption printed right above it. */
const CREDIT_LINE_RE = /^\(?(?:photo(?:graph)?s?|image|picture|credit|foto)\s*:\s*[^.]{2,60}\)?$/i;

export const isCreditLine = (line: string) => CREDIT_LINE_RE.test(line);

/**
 * "Photo: HWA / Dock workers clear the rubble." under the credit: a short line that is no lead paragraph (no full stop,
 * or the dateline paragraph follows it) is the photo's caption. `opensWithDateline` is the lead's dateline reader.
 */
export function isCaptionBelowCredit(lines: string[], i: number, opensWithDateline: (line: string) => boolean): boolean {
  const line = lines[i];
  if (i < 1 || !CREDIT_LINE_RE.test(lines[i - 1]) || CREDIT_LINE_RE.test(line) || words(line) > 20 || i + 1 >= lines.length) return false;
  return !endsLikeSentence(line) || opensWithDateline(lines[i + 1]);
}

/** A photo caption above or below its credit line near the top of the body: both are dropped (the credit later, as a caption). */
export function dropCaptionsBesideCredits(body: string[], opensWithDateline: (line: string) => boolean): string[] {
  // The story goes on below the credit: a credit closing the page follows the body, not a caption.
  const above = (i: number) => i < 4 && i + 2 < body.length && CREDIT_LINE_RE.test(body[i + 1]) && words(body[i]) <= 40 && !CREDIT_LINE_RE.test(body[i]);
  const below = (i: number) => i < 4 && isCaptionBelowCredit(body, i, opensWithDateline);
  return body.filter((_, i) => !above(i) && !below(i));
}
