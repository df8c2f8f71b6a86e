/**
 * The outlet of a paste that has no masthead, copyright or URL line, read from how a page names itself in its own
 * text: "Welcome to The Independent's live coverage", "As UNIAN reported earlier", "The Telegraph could not verify",
 * "told Kyiv Post", "Read more in Daily Maverick:", "(ABC News: Mykola Honchar)", "© Maryna Kovalchuk / JusticeInfo.net",
 * "(FRANCE 24 with AFP and Reuters)", "Shannon Teo is a senior correspondent at The Straits Times.", interviewer labels
 * ("DER SPIEGEL: Why …?"), "ERR News staff", and an e-mail address or web host of a known outlet.
 * Each cue votes for a name; self-references weigh more than credits and "told X", which may name another outlet.
 */
import { escapeRe } from "./actors/lexicon";
import { lexiconTag } from "./nlp";
import { isWireAgency, copyrightHolder, isKnownMedia, isMediaName, outletName, urlOutlet } from "./parse-article-outlet";

/** An outlet's name as printed: capitalised words (small joiners inside), "RFE/RL", "JusticeInfo.net", "DER SPIEGEL". */
const OUTLET = "((?:The[ \\t]+)?\\p{Lu}[\\p{L}\\p{N}&/.'’-]*(?:[ \\t]+(?:(?:of|from|for|de|la|le)[ \\t]+)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}&/.'’-]*){0,4})";
const re = (source: string, flags = "gu") => new RegExp(source.replace(/OUTLET/g, OUTLET), flags);

/** [pattern, weight, whether a name must look like an outlet's (a "told X" may name a person)]. */
const CUES: [RegExp, number, boolean][] = [
  // "Welcome to the Harbour's live coverage": a one-word name takes a lower-case "the" in running text.
  [re("\\b[Ww]elcome to (?:the\\s+)?OUTLET['’]s\\s+(?:live|rolling)"), 3, false],
  [re("\\b[Aa]s OUTLET (?:has |had )?(?:previously |earlier )?reported"), 3, false],
  [re("(?<![\\p{L}])OUTLET (?:could not|cannot|can ?not|was unable to|has not been able to) (?:independently )?(?:verify|confirm)"), 3, false],
  [re("(?<![\\p{L}])OUTLET has (?:established|learned|learnt|obtained|seen|reviewed)\\b"), 3, false],
  [re("\\b(?:reviewed|seen|obtained) by OUTLET\\b"), 2, false],
  [re("\\b(?:told|tells|contacted by|speaking to) (?:the\\s+)?OUTLET(?! in an (?:exclusive )?interview)"), 1, true],
  // "Putin told India Today in an interview": often another outlet's interview, cited.
  [re("\\b(?:told|tells) (?:the\\s+)?OUTLET(?= in an (?:exclusive )?interview)|\\b[Ii]n an interview with (?:the\\s+)?OUTLET"), 0.5, true],
  [re("^Read (?:more|also|the full story) (?:in|on|from|at) OUTLET(?::|\\s*$)", "gmu"), 3, false],
  [re("\\(OUTLET:\\s*\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,2}\\)"), 2, false],
  // "Photo: AP Photo/Anna Koval" credits the agency's photographer: the part after the slash is a person.
  [re("(?:©|Photo:|Photograph:)\\s*(?!\\p{Lu}+\\s+Photo\\b)\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,2}\\s*[/,]\\s*OUTLET\\s*$", "gmu"), 2, false],
  [re("^\\(OUTLET with (?:AFP|AP|Reuters|agencies|wires)", "gmu"), 3, false],
  [re("^With reporting by OUTLET['’]s\\b", "gmu"), 3, false],
  [re("\\bis (?:an?|the) (?:[\\p{L}-]+\\s+){0,6}(?:reporter|correspondent|editor|writer|journalist|columnist)\\b[^.\\n]{0,60}? (?:at|for|with) OUTLET(?:\\.?\\s*$|\\.\\s)", "gmu"), 3, false],
  [re("\\b(?:[Ss]ign up (?:for|to)|[Ss]ubscribe to) (?:the\\s+)?OUTLET(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:newsletters?|briefing|bulletin|digest)\\b"), 3, false],
  [re("^(?:This (?:article|story) (?:was )?(?:first|originally) (?:appeared|published) (?:on|in|by)|Originally published (?:on|in|by)) (?:the\\s+)?OUTLET", "gmu"), 3, false],
  [re("^(?:Follow|Subscribe to|Join) (?:the\\s+)?OUTLET on (?:Telegram|Twitter|X|Facebook|Instagram|WhatsApp|YouTube|Google News)\\b", "gmu"), 2, false],
  [re("(?<![\\p{L}])OUTLET (?:has |had )?(?:reached out to|contacted|asked) [^.\\n]{2,80} for (?:a )?comment"), 3, false],
  // "(Anna Koval/for Harbour Herald)", "(Im Se-jun/The Korea Herald)": the page's own photographer.
  [re("\\((?!(?:AP|AFP|EPA|Reuters)\\s+Photo\\b)\\p{Lu}[\\p{L}.'’-]+(?:\\s+(?:[Vv]an [Dd]er |[Vv]an |[Dd]e |[Vv]on |[Dd]a |[Dd]i |[Ll]e |[Ll]a )?\\p{Lu}[\\p{L}.'’-]+){1,2}\\s*/\\s*(?:for\\s+)?OUTLET\\)"), 2, false],
  [re("\\b(?:published|appeared) in the [\\p{L}\\p{N} ]{0,30}issue of (?:the\\s+)?OUTLET"), 3, false],
  [re("^(?:By\\s+)?OUTLET (?:[Nn]ewspaper|staff|desk|[Nn]ewsroom)\\b", "gmu"), 3, false],
  // "Harbour News spent three days with a drone unit": a reporting trip told in the outlet's own name, opening a line.
  [re("^OUTLET (?:spent|visited|visits|travelled|traveled|went|joined|accompanied|followed)\\b", "gmu"), 2, true],
  // "By Harbour Times Staff": a whole byline line (in running text "the General Staff" names no outlet).
  [re("^By\\s+OUTLET\\s+Staff\\s*$", "gmu"), 3, false],
  // "Harbour Wire reports this with reference to the regional administration", "…, Harbour Wire reports, citing …":
  // an agency crediting its own story in the present tense (another outlet is cited in the past: "X reported").
  [re("(?<![\\p{L}])OUTLET reports(?: this)?,? (?:with reference to|referring to|citing|according to)\\b"), 3, false],
  // "…, a Harbour Wire correspondent reports.": the agency's own reporter.
  [re("\\b(?:an?|the) OUTLET correspondent (?:reports|has learned|was told)\\b"), 3, false],
  // "…, the regional administration said, Harbour Wire reports.": weaker, a paper may relay another outlet's report.
  [re(",[ \\t]+OUTLET reports\\.(?:\\s|$)"), 1, false],
];

/** "Morning Briefing", "Politics Digest": names of newsletters, which sign-up lines print instead of the outlet's. */
const NEWSLETTER_NAME = /\s(?:Briefing|Brief|Digest|Bulletin|Update|Roundup|Weekly|Newsletter|Edition|Wrap)$/;
/** "We", "Analysis": a word the lexicon knows, unless it knows it as an organisation's name ("Newsweek"). */
const isCommonWord = (name: string) => !!lexiconTag(name) && lexiconTag(name) !== "Organization";

// "told POLITICO. While he …": the name ends at the full stop, not at the next sentence's first word.
const cleanName = (s: string) => s.split(/[.!?]\s/)[0].replace(/['’]s$/, "").replace(/[.,]+$/, "").trim();

/**
 * Interviewer labels: "DER SPIEGEL: Why …?" twice or more (one capitalised surname alone is the interviewee's), or once
 * when the next line is the answer under the interviewee's full name ("Anna Koval: We expect …"): pages often label only
 * the first question.
 */
function interviewer(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(re("^OUTLET:\\s+[^\\n]*\\?\\s*$", "gmu"))) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  for (const m of text.matchAll(re("^OUTLET:\\s+[^\\n]*\\?[ \\t]*\\n+[ \\t]*\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){1,2}:[ \\t]+\\S", "gmu"))) {
    counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  const [name, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!name || n < 2 || /^(?:Q|Question)$/i.test(name)) return null;
  return /\s/.test(name) || !/^\p{Lu}+$/u.test(name) ? name : null;
}

/** A known outlet's e-mail domain or bare web host anywhere in the text ("reporter@kyivpost.com", "www.argusmedia.com"). */
function hostOutlet(text: string): string | null {
  // "on lemonde.fr": a bare host counts too (only a known outlet's host names one).
  for (const m of text.matchAll(/(?:@|\bwww\.|(?<![\w.@/-]))([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|fr|de|it|es|pl|ua|ru|uk|eu|lv|lt|ee|fi|se|nl|be|ch|at|in|jp|kr|ie|[a-z]{2}(?=\/)))\b/gi)) {
    const found = urlOutlet(`https://${m[1]}`)?.publication;
    if (found) return found;
  }
  return null;
}

/** "Times of Israel Staff" and "tells The Times of Israel": the name with the article the running text gives it. */
function withTheAsPrinted(name: string, text: string): string {
  if (/^The\s/.test(name)) return name;
  return new RegExp(`\\p{Ll}[,;]?\\s+The\\s+${escapeRe(name)}\\b`, "u").test(text) ? `The ${name}` : name;
}

/** The outlet a page names itself by in its own text, or null when no cue names one. */
export function selfNamedOutlet(text: string): string | null {
  const votes = new Map<string, number>();
  const vote = (name: string, w: number) => votes.set(name, (votes.get(name) ?? 0) + w);
  // "Mirror" alone atop the page and in "the Mirror's live coverage": the masthead makes an ordinary word a name.
  const masthead = text.trimStart().split("\n")[0].trim();
  for (const [pattern, weight, mediaOnly] of CUES) {
    for (const m of text.matchAll(pattern)) {
      const name = cleanName(m.slice(1).find(Boolean) ?? "");
      if (name.length < 2 || isWireAgency(name) || /^(?:The|Getty Images|EPA|Photo|Photograph|Image|Picture|Credit|Source|Video|Illustration|Graphic)$/.test(name) || /\b(?:19|20)\d\d\b/.test(name) || name.split("/").some((part) => isWireAgency(part) || /^Getty Images$/.test(part))) continue;
      // "We could not verify": an ordinary English word is no outlet's name.
      if (!/\s/.test(name) && isCommonWord(name) && !/^\p{Lu}+$/u.test(name) && name !== masthead) continue;
      // "Sign up for the Politics Briefing newsletter": the newsletter's own name, not the outlet's.
      if (NEWSLETTER_NAME.test(name)) continue;
      if (mediaOnly && !isMediaName(name) && !isKnownMedia(name)) continue;
      vote(outletName(name), weight);
    }
  }
  const label = interviewer(text);
  if (label) vote(label, 3);
  // A copyright line anywhere, not only in the footer the page parser reads.
  const holder = text.split("\n").map(copyrightHolder).find(Boolean);
  if (holder) vote(holder, 3);
  const host = hostOutlet(text);
  if (host) vote(host, 2);
  // One "told X" is the weakest cue (another outlet may be quoted), but better than no outlet at all.
  const [best, score] = [...votes.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  return best && score >= 1 ? withTheAsPrinted(best, text) : null;
}
