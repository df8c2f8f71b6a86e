/**
 * Page furniture pasted with an article: audio players ("Listen to this article · 4 min"), share and save buttons
 * ("Share on X", "Add to favourites"), comment counters ("Comments (12)"), reading-time lines ("About 4 min read")
 * and newsletter sign-ups ("Subscribe to our Morning Brief newsletter"). None of it is headline, standfirst or body.
 */
const LISTEN = /^(?:listen(?: to (?:this|the) (?:article|story))?|play audio|audio(?: version)?)(?:\s*[·•|(:–-]?\s*\d+(?::\d{2})?\s*(?:min(?:ute)?s?\.?)?\)?)?$/i;
const SHARE = /^(?:share|post|send|email)(?: (?:this )?(?:article|story|page))?(?: (?:on|via|to|by) (?:facebook|x|twitter|whatsapp|telegram|linkedin|e-?mail|reddit|bluesky|threads|messenger))$/i;
const COMMENTS = /^(?:comments?\s*\(\d+\)|\d+\s+comments?|(?:view|show|read) (?:all )?comments?(?:\s*\(\d+\))?|join the (?:conversation|discussion)|leave a comment)$/i;
const SAVE = /^(?:add to (?:favou?rites|bookmarks|saved(?: articles)?|my list|reading list)|save (?:for later|to read later|this article)|saved|print(?: this (?:article|page|story))?|font size|text size)$/i;
const READING_TIME = /^(?:(?:estimated )?reading time:?\s*)?(?:about |approx\.?\s*)?\d+(?:\s*[-–]\s*\d+)?\s*(?:min(?:ute)?s?\.?)(?:\s+(?:read|reading(?: time)?|to read|read time|listen))?$/i;
const NEWSLETTER = /^(?:(?:sign up|subscribe|register)(?: now)? (?:for|to)|get|receive)\b.{0,80}\bnewsletters?\b.{0,80}$|^newsletters?$/i;

/** True for a line that is only page furniture. */
export function isPageFurniture(line: string): boolean {
  const t = line.trim();
  return [LISTEN, SHARE, COMMENTS, SAVE, READING_TIME, NEWSLETTER].some((re) => re.test(t));
}
