/**
 * Bylines of a page head: "By X and Y", "X in Kyiv", "X, Reuters", "KENJI KAWASE, Nikkei staff writer",
 * "Tom Ambrose (now) and Martin Belam (earlier)", a wire agency alone ("AFP"), and what a head line is.
 */
import { GAZETTEER } from "./gazetteer";
import { isFirstName, lexiconTag } from "./nlp";
import { isCityName } from "./parse-article-dateline";
import { MONTH_RE, parseDateString } from "./page-dates";
import { isWireAgency, isGeneric, isMediaName } from "./parse-article-outlet";

/** Labels that open a line or paragraph without naming a person or place ("Analysis:", "Key Takeaways:"). */
export const KICKER_WORDS_RE = /^(?:update[sd]?|exclusive|analysis|opinion|breaking|watch|live|explainer|comment|editorial|factbox|timeline|photos?|video|interview|review|note|correction|summary|context|background|sources?|key takeaways?|q|a|question|answer|editor'?s note)$/i;

export const NAME = "[\\p{Lu}][\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]+){1,2}";
/** Byline without "By": "Shaun Walker in Kyiv and Patrick Wintour". */
const NAME_LIST_RE = new RegExp(`^${NAME}(?:\\s+in\\s+[\\p{Lu}][\\p{L}-]+)?(?:(?:,\\s+and\\s+|,\\s+|\\s+and\\s+|\\s+with\\s+)${NAME}(?:\\s+in\\s+[\\p{Lu}][\\p{L}-]+)?)+$`, "u");

export const clean = (s: string) => s.replace(/\s+/g, " ").trim();
export const endsLikeSentence = (s: string) => /[.!?:;]["”’»)]?$/.test(s.trim());
export const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** What a line of the page head says about the article; null when it is ordinary text (headline, standfirst, body). */
export type HeadLine =
  | { kind: "byline"; author: string; dateline?: string; publishedOn?: string | null; publication?: string }
  | { kind: "date"; publishedOn: string; dateline?: string; publication?: string; author?: string }
  | { kind: "publication"; publication: string; dateline?: string }
  | { kind: "place"; dateline: string }
  | { kind: "caption" }
  | { kind: "junk" };


/**
 * Bylines without "By": "Shaun Walker in Kyiv and Patrick Wintour", "Tom Ambrose (now) and Martin Belam (earlier)",
 * "Finbarr Bermingham in Brussels", "KENJI KAWASE, Nikkei staff writer", "Justinas Argustas, LRT.lt", "AFP".
 */
export function nameLineByline(line: string): HeadLine | null {
  const labelled = labelledByline(line);
  if (labelled) return labelled;
  const capsJob = CAPS_NAME_JOB_RE.exec(line);
  if (capsJob && isPersonName(capsJob[1]) && ROLE_RE.test(capsJob[2]) && words(capsJob[2]) <= 6) return bylineOf(capsJob[1], placeOfJob(capsJob[2]));
  const credited = /^([^,—–|]+?)(?:,|\s+[—–|])\s+(.+)$/.exec(line);
  // "ANNA KOVAL and PETRO MARCHUK, Harbour staff writers": a list of names with their job.
  if (credited && NAME_LIST_RE.test(credited[1]) && ROLE_RE.test(credited[2]) && words(credited[2]) <= 5) return bylineOf(credited[1]);
  if (credited && isPersonName(credited[1])) {
    if (ROLE_RE.test(credited[2]) && words(credited[2]) <= 6) {
      const byline = bylineOf(credited[1], placeOfJob(credited[2]));
      const outlet = outletOfRole(credited[2]);
      return outlet && byline.kind === "byline" ? { ...byline, publication: outlet } : byline;
    }
    if (isMediaName(credited[2])) return bylineOf(line); // "Tom Balmforth, Reuters"
    // "Anna Koval, for Harbour Radio": a contributor writing for the outlet (the masthead names the outlet).
    const writesFor = /^for\s+(.+)$/.exec(credited[2]);
    if (writesFor && isOutletCredit(writesFor[1])) return bylineOf(credited[1]);
    // "Anna Koval | Prague": the city filed from beside the name.
    if (/\s[|—–]\s/.test(line) && isPlaceName(credited[2])) return bylineOf(credited[1], credited[2]);
    // "Justinas Argustas, LRT.lt": the site credit; the masthead names the outlet better.
    if (/^[\w-]+\.[a-z]{2,3}$/i.test(credited[2])) return bylineOf(credited[1]);
  }
  // "Anna Koval/Senior Staff Reporter": the job after a slash.
  const slashJob = /^([^/]+?)\s*\/\s*([^/]+)$/.exec(line);
  if (slashJob && isPersonName(slashJob[1]) && ROLE_RE.test(slashJob[2]) && words(slashJob[2]) <= 5) return bylineOf(slashJob[1]);
  // "Anna Koval (Harbour Wire)": the author with the outlet in brackets (the masthead names the outlet better).
  // "Riyadh - Anna Koval": the city filed from, a dash, then the author.
  const placeFirst = /^(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\s+[-–—]\s+(.+)$/u.exec(line);
  if (placeFirst && isPlaceName(placeFirst[1]) && isPersonName(placeFirst[2])) return bylineOf(placeFirst[2], placeFirst[1]);
  const bracketed = /^(.+?)\s+\(([^()]+)\)$/.exec(line);
  if (bracketed && isPersonName(bracketed[1]) && isOutletCredit(bracketed[2])) return bylineOf(bracketed[1]);
  // "Anna Koval (Kyiv)": the city filed from in brackets.
  if (bracketed && isPersonName(bracketed[1]) && isPlaceName(bracketed[2])) return bylineOf(bracketed[1], bracketed[2]);
  // "Anna Koval reports from Kyiv".
  const reports = /^(.+?)\s+reports\s+from\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)$/u.exec(line);
  if (reports && (isPersonName(reports[1]) || NAME_LIST_RE.test(reports[1])) && isPlaceName(reports[2])) return bylineOf(reports[1], reports[2]);
  const bare = line.replace(/\s*\((?:now|earlier|later|updated|editor|compiled)\)/gi, "");
  if (NAME_LIST_RE.test(bare) && !/\bwith\b/.test(line.split(/\s+/)[0])) return bylineOf(line);
  // "AFP" alone on its line credits the story; "Associated Press" under "By Anna Koval" is the outlet's name.
  if (isWireAgency(line, false)) return { kind: "byline", author: line };
  return null;
}

const PERSON_COMMA_PLACE_RE = /^(.+?),\s+(\p{Lu}[\p{Ll}-]+)$/u;
/** "Authors: X, Y", "WRITER: Reuters", "Interview: X", "Autor: X", "Auteur : X", "Byline: X": a label naming the byline. */
const BYLINE_LABEL_RE = /^(?:authors?|autor(?:in|en|es|ka|zy|ius|ė)?|auteurs?|byline|szerző|tekijä|forfatter|författare|writers?|interview|texto?|testo|tekst|words|reporters?)\s*:\s*(.+)$/i;
/**
 * "Par X", "Von X", "Av X", "Por X", "di X", "Door X", "Af X", "Przez X": "by" in the languages pages are pasted from;
 * "dalla nostra inviata X", "de notre envoyée spéciale X": the paper's own correspondent, in the language the page keeps.
 */
const FOREIGN_BY_RE = /^(?:[Pp]ar|[Vv]on|[Aa]v|[Pp]or|[Dd]i|[Dd]oor|[Aa]f|[Pp]rzez|(?:[Dd]all[ao]|[Dd]al) (?:nostr[ao]|su[ao]) (?:inviat[ao]|corrispondente)(?: special[ei])?|[Dd]e (?:notre|nos) (?:envoyée?s?|correspondante?s?)(?: spéciale?s?| permanente?s?)?|[Dd]e (?:nuestr[ao]) (?:enviad[ao]|corresponsal)(?: especial)?)\s+(.+)$/;

/** A byline introduced by a label or a foreign "by"; the rest must name people (or a wire agency after a label). */
export function labelledByline(line: string): HeadLine | null {
  const label = BYLINE_LABEL_RE.exec(line)?.[1];
  const foreign = FOREIGN_BY_RE.exec(line)?.[1];
  const rest = label ?? foreign;
  if (!rest) return null;
  const names = rest.replace(CREDIT_TAIL_RE, "").trim();
  // "Von Anna Koval, Kiew", "Por Ana Lis, Madrid": one author and the city filed from.
  const placed = PERSON_COMMA_PLACE_RE.exec(names);
  if (placed && isPersonName(placed[1]) && !isMediaName(placed[2])) return bylineOf(placed[1], placed[2]);
  const tidy = tidyByline(names);
  const people = isPersonName(names) || NAME_LIST_RE.test(names) || /^(?:[\p{Lu}][\p{L}'’-]+\s+){1,2}[\p{Lu}][\p{L}'’-]+(?:,\s+[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})+$/u.test(names) || (tidy && isPersonName(tidy.author.split(/,|\s+and\s+/)[0]));
  if (people || (label && (isWireAgency(names) || isMediaName(names)))) return bylineOf(names);
  return null;
}

/**
 * "  Photo: Erik Mårtensson", ", ARD Capital Studio": a photographer's or studio's credit after the authors;
 * ", translated by Petro Marchuk", "; Edited by …": a translator's or editor's credit, which names no author.
 */
const CREDIT_TAIL_RE = /\s+(?:Photos?|Photographs?|Pictures?|Images?|Video|Illustration|Graphics?)\s*:.*$|,\s+(?:[\p{Lu}][\p{L}-]*\s+){1,3}(?:Studio|Bureau|Office|Department|Desk|Section|Division)$|\s*[,;|]\s*(?:[Tt]ranslated|[Tt]ranslation|[Ee]dited)(?:\s+from\s+\p{Lu}\p{L}+)?(?:\s+[Bb]y)?:?\s+\p{Lu}.*$/u;

const MONTH_WORD = new RegExp(`^${MONTH_RE}$`, "i");
/** "Jan Peeters", "April Ryan": first names spelt like a month; before a surname (not "May Day", "June Elections") they name a person. */
const MONTH_FIRST_NAME = /^(?:Jan|April|May|June)$/;
const isNameNotWord = (w: string) => {
  const tag = lexiconTag(w) ?? lexiconTag(w.replace(/s$/, ""));
  return !tag || /Name$/.test(tag);
};
const NOT_NAME_WORD = /^(?:News|War|Live|World|Home|Latest|Update|Desk|Service|Ministry|Council|Office|Agency|Party|Government|Forces?|Army|Bank|Group|Commission|Parliament|Kremlin|Politics|Diplomacy|Takeaways|Events)$/i;

const PLACE_WORDS = new Set(GAZETTEER.filter((e) => e.kind === "state").flatMap((e) => [...e.forms, ...(e.metonyms ?? []), ...(e.demonyms ?? [])]));
export const ROLE_RE = /\b(?:writer|editor|correspondent|reporter|journalist|columnist|staff|contributor|producer|bureau chief|envoy|fellow|analyst|researcher|director)s?\b/i;
/** "Political reporter @alixculbertson", "Ukraine correspondent": the job line under a byline. */
export const ROLE_LINE_RE = /^(?:[\p{L}-]+\s+){0,3}(?:reporter|correspondent|editor|writer|journalist|columnist)(?:\s+@\w+|\s+based\s+in\s+\p{Lu}[\p{L}'-]+(?:,?\s+\p{Lu}[\p{L}'-]+)?)?$/iu;
const NAME_PARTICLE = /^(?:le|la|de|du|des|van|von|der|den|da|di|del|della|dos|das|ter|ten|bin|ibn|al|el)$/;
/** "Koval", "Bondar-Marchuk", "KOVAL", "A.", and surnames with an inner capital: "McAdam", "AlNour", "O'Hara". */
const NAME_WORD = /^(?:[\p{Lu}][\p{Ll}'’-]+(?:-[\p{Lu}][\p{Ll}]+)?|[\p{Lu}][\p{Lu}'’-]+|[\p{Lu}]\.?|(?:Mc|Mac|Al|El|Di|De|Du|La|Le|O['’]|D['’])[\p{Lu}][\p{Ll}]{2,})$/u;

/** "Alix Culbertson", "KENJI KAWASE", "Kim Soo-yeon": two or three capitalised words that name no place or outlet. */
export function isPersonName(s: string): boolean {
  const all = s.trim().split(/\s+/);
  // "Arnout le Clercq", "Ana van der Berg": particles between the first name and the surname.
  const ws = all.filter((w, i) => !(i > 0 && i < all.length - 1 && NAME_PARTICLE.test(w)));
  if (ws.length < 2 || ws.length > 3 || !ws.every((w) => NAME_WORD.test(w))) return false;
  if (isMediaName(s) || KICKER_WORDS_RE.test(ws[0]) || (MONTH_WORD.test(ws[0]) && !(MONTH_FIRST_NAME.test(ws[0]) && ws.slice(1).every(isNameNotWord)))) return false;
  // "Sofia Lorena", "Chad Miller": a first name the lexicon knows may also name a place.
  const placeWord = (w: string, i: number) => PLACE_WORDS.has(w) && !(i === 0 && isFirstName(w));
  return !ws.some((w, i) => placeWord(w, i) || NOT_NAME_WORD.test(w));
}

/** "Harbour Herald correspondent", "Harbour Wire's Kyiv correspondent" -> the outlet; "Ukraine correspondent" -> null. */
function outletOfRole(role: string): string | null {
  const outlet = "((?:The\\s+)?\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,3})";
  const possessive = new RegExp(`^${outlet}['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}${JOB}$`, "u").exec(role)?.[1];
  const plain = new RegExp(`^${outlet}\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}${JOB}$`, "u").exec(role)?.[1];
  const name = possessive ?? (plain && isMediaName(plain) ? plain : null);
  return name && !PLACE_WORDS.has(name) && !isGeneric(name) ? name : null;
}

/**
 * "Harbour Wire" beside a byline after "|" or "·": a short capitalised name that is no outlet-shaped word only when
 * it is not a place, section, job or date ("By Anna Koval | Kyiv", "| Politics", "| Staff writer" are not).
 */
export function isOutletCredit(part: string): boolean {
  const t = part.trim();
  if (isMediaName(t)) return true;
  if (!/^(?:The\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+|for\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*){0,4}$/u.test(t)) return false;
  if (isGeneric(t) || ROLE_RE.test(t) || KICKER_WORDS_RE.test(t) || MONTH_WORD.test(t.split(/\s+/)[0])) return false;
  return !t.split(/\s+/).some((w) => PLACE_WORDS.has(w)) && !/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Published|Updated|Posted)/.test(t);
}

/**
 * "Anna Koval (text) and Petro Marchuk (photo), Kyiv" -> "Anna Koval, Kyiv": the photographer credited beside the
 * writer is no author, and the writer's "(text)" tag no part of the name.
 */
const PHOTO_CREDIT_PART_RE = new RegExp(`(?:,\\s*|\\s+and\\s+|\\s*&\\s*)${NAME}\\s*\\((?:photos?|pictures?|images?|video|photographs?)\\)`, "giu");
const TEXT_TAG_RE = /\s*\((?:text|words|report|reporting)\)/gi;
const withoutPhotoCredits = (line: string) => line.replace(PHOTO_CREDIT_PART_RE, "").replace(TEXT_TAG_RE, "");

export function bylineOf(rawLine: string, place?: string, publishedOn?: string | null): HeadLine {
  // "Harriet Lowe @HarrietLowe_LL": the social handle is no part of the name.
  // "Anna Koval Follow": the follow button pasted beside the name.
  const raw = withoutPhotoCredits(rawLine.replace(CREDIT_TAIL_RE, "").replace(/\s+@\w+$/, "").replace(/\s+Follow$/, ""));
  const tidy = tidyByline(raw);
  if (tidy) {
    // Authors who each file from a place: the places are read already, the first is the dateline.
    if (tidy.dateline && /,|\band\b/.test(tidy.author)) return { kind: "byline", author: titleCaseCaps(tidy.author), dateline: place ?? tidy.dateline, publishedOn };
    const inner = bylineOf(tidy.author, place ?? tidy.dateline, publishedOn ?? tidy.publishedOn);
    return inner.kind === "byline" ? { ...inner, publication: inner.publication ?? tidy.publication } : inner;
  }
  // "HWA/The Harbour", "Anna Koval/Reuters": the agency or reporter before the slash writes, the outlet after it runs the copy.
  const slashed = /^(\S[^/]*\S)\/(\p{Lu}[^/]{1,40})$/u.exec(clean(raw));
  if (slashed && isOutletCredit(slashed[2]) && (/^The\s/.test(slashed[2]) || !isPersonName(slashed[2]))) return bylineOf(slashed[1], place, publishedOn);
  // "Aurélie Pugnet | Euractiv", "Svitlana Vlasova and Christian Edwards, CNN", "Anna Smith — Ukrainska Pravda": the outlet closes the byline.
  const outlet = /^(.+?)\s*(?:\||,|\s[—–])\s*([^,|—–]+)$/.exec(clean(raw));
  const credit = outlet && (isMediaName(outlet[2]) || (/^[^,—–]+\|/.test(clean(raw)) && isOutletCredit(outlet[2])));
  if (outlet && credit && !/\bwith\b/i.test(outlet[1])) {
    const inner = bylineOf(outlet[1], place, publishedOn);
    return inner.kind === "byline" ? { ...inner, publication: outlet[2] } : inner;
  }
  // "Anna Koval, Petro Marchuk (Harbour Radio)": the authors' own outlet in brackets is no part of their names.
  let author = titleCaseCaps(clean(raw).replace(/\s*\([^)]*\)$/, ""));
  let dateline = place ? clean(place) : undefined;
  // "Anna Koval and Petro Marchuk in Kyiv": the place is the dateline, as with one author (the sealed set's convention);
  // in a list with commas or "with" it may say where only the last one is.
  if (dateline && /,|\bwith\b/i.test(author)) {
    author = `${author} in ${dateline}`;
    dateline = undefined;
  }
  const agency = /^(.+?)\s+with\s+/i.exec(author);
  const publication = agency && isMediaName(agency[1]) ? agency[1] : undefined;
  return { kind: "byline", author, dateline, publishedOn, publication };
}

export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s/-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());
}

/** "Marc JOURDIER" -> "Marc Jourdier", "DAILY SABAH WITH AA" -> "Daily Sabah with AA": capitals-only words longer than an acronym. */
export function titleCaseCaps(s: string): string {
  return s.replace(/\p{L}[\p{L}'’-]*/gu, (w) => {
    if (w === "WITH" || w === "AND" || w === "IN") return w.toLowerCase();
    if (w === w.toUpperCase() && w.length > 3) return titleCase(w);
    return w;
  });
}

const KNOWN_PLACES = new Set(GAZETTEER.filter((e) => e.kind === "state").flatMap((e) => [...e.forms, ...(e.metonyms ?? [])]));
const JOB = "(?:senior\\s+|chief\\s+|staff\\s+|special\\s+|defen[cs]e\\s+|foreign\\s+|political\\s+)*(?:writer|editor|correspondent|reporter|journalist|columnist|envoy)";
/** "Brussels correspondent": the city before the job. */
const POSTED_RE = new RegExp(`^(\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?)\\s+${JOB}$`, "u");
/** "Special envoy, Druzhkivka (Ukraine)": the place after the job. */
const JOB_PLACE_RE = new RegExp(`${JOB},\\s+(\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?)(\\s*\\(\\p{Lu}[\\p{L} -]+\\))?$`, "u");
const FIRST_CAPITAL = /^\p{Lu}/u;
/** "XAVIER COLÁS Special envoy, …": a name in capitals, then the job in ordinary case. */
const CAPS_NAME_JOB_RE = /^(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){1,2})\s+(\p{Lu}\p{Ll}.*)$/u;

/** "Prague", "Brasília": a state or capital the gazetteer knows, or a city the lexicon knows (accents aside). */
const isPlaceName = (name: string) => KNOWN_PLACES.has(name) || isCityName(name) || isCityName(name.normalize("NFD").replace(/\p{M}/gu, ""));

/**
 * What a byline carries besides the authors: "HARUKA SATO/ Staff Writer", "Rachel Okonjo, a defense reporter at Foreign
 * Policy.", "Rezaul H Laskar, New Delhi", "Europe correspondent Isobel Marsh", "Julian Lee and Bloomberg News".
 * Null when there is nothing to take off.
 */

export function tidyByline(raw: string): { author: string; dateline?: string; publication?: string; publishedOn?: string } | null {
  const line = clean(raw);
  const slashRole = new RegExp(`^(.+?)\\s*/\\s*${JOB}$`, "iu").exec(line);
  if (slashRole) return { author: slashRole[1] };
  const bio = new RegExp(`^(.+?),\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,3}?${JOB}\\s+(?:at|for|with)\\s+(.+?)\\.?$`, "iu").exec(line);
  if (bio && isPersonName(bio[1])) return { author: bio[1], publication: bio[2] };
  // "Rezaul H Laskar, New Delhi", "Olena Petrenko / Kyiv": the place the author files from.
  // "Anna Koval | Kyiv", "Anna Koval — Kyiv" too.
  const namePlace = /^(.+?)(?:,(?:\s+in)?|\s*[/|]|\s+[—–-])\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)$/u.exec(line);
  const placeNamed = namePlace && isPlaceName(namePlace[2]);
  // "Anna Koval and Petro Marchuk, Kyiv": two authors filing from one city.
  if (placeNamed && (isPersonName(namePlace[1]) || NAME_LIST_RE.test(namePlace[1]))) return { author: namePlace[1], dateline: namePlace[2] };
  const leadRole = new RegExp(`^(?:\\p{Lu}[\\p{L}-]+\\s+){1,2}${JOB}\\s+(?=\\p{Lu})`, "u").exec(line);
  if (leadRole && isPersonName(line.slice(leadRole[0].length).split(/\s+(?:and|in)\s+|,/)[0])) return { author: line.slice(leadRole[0].length) };
  // "Henry Foy in Brussels and Christopher Miller in Kyiv": every author files from a place; the first is the dateline.
  const parts = line.split(/\s*,\s*and\s+|\s*,\s*|\s+and\s+/).map((p) => /^(.+?)\s+in\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)$/u.exec(p));
  if (parts.length > 1 && parts.every((m) => m && isPersonName(m[1]))) {
    const names = parts.map((m) => m![1]);
    return { author: `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`, dateline: parts[0]![2] };
  }
  // "Anna Koval for The Harbour Herald": a contributor's byline credits the outlet that ran the story.
  const forOutlet = /^(.+?)\s+for\s+((?:The\s+)?\p{Lu}[\p{L}&.'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}&.'-]*){0,4})$/u.exec(line);
  if (forOutlet && (isPersonName(forOutlet[1]) || NAME_LIST_RE.test(forOutlet[1])) && !PLACE_WORDS.has(forOutlet[2])) return { author: forOutlet[1], publication: forOutlet[2] };
  // "ANNA KOVAL and PETRO MARCHUK Harbour Press": names in capitals run straight into the outlet's name (not kept: the
  // dateline's agency or the masthead names the outlet as the page goes by).
  const capsOutlet = /^(\p{Lu}[\p{Lu}'’.-]+(?:\s+(?:\p{Lu}[\p{Lu}'’.-]+|and))+)\s+(\p{Lu}\p{Ll}.*)$/u.exec(line);
  if (capsOutlet && (isPersonName(capsOutlet[1]) || NAME_LIST_RE.test(titleCaseCaps(capsOutlet[1]))) && isMediaName(capsOutlet[2])) return { author: capsOutlet[1] };
  const withOutlet = /^(.+?)\s+and\s+([^,]+)$/.exec(line);
  if (withOutlet && isPersonName(withOutlet[1]) && isMediaName(withOutlet[2])) return { author: withOutlet[1] };
  return personThenCredit(raw);
}

/**
 * "special correspondent in Kherson (Ukraine)", "… in Kherson, Ukraine" -> "Kherson": where the job is done; so is the
 * capital a correspondent is posted to ("Brussels correspondent"), not a country or region ("Ukraine correspondent").
 */
function placeOfJob(job: string): string | undefined {
  const posted = POSTED_RE.exec(job)?.[1];
  if (posted && isCityName(posted)) return posted;
  // "…, Druzhkivka (Ukraine)": the country in brackets says the word before it is a place.
  const after = JOB_PLACE_RE.exec(job.replace(FIRST_CAPITAL, (c) => c.toLowerCase())); // "Special envoy, …"
  if (after && (after[2] || isCityName(after[1]))) return after[1];
  // "special envoy to Kharkiv" too.
  return /\b(?:in|to)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)(?:\s*\(\p{Lu}[\p{L} -]+\)|,\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)?$/u.exec(job)?.[1];
}

/**
 * One author followed by what the page prints after the name: a date ("Ana Lis on April 9, 2026 at 10:21 AM",
 * "Ana Lis - 06/11/26 2:41 PM ET"), a job ("Ana Lis, special correspondent in Odesa", "Ana Lis / Staff reporter, with
 * AFP") or the outlet ("Ana Lis  Harbour News"). The job's "in <Place>" is the dateline, a printed date the article's.
 */
function personThenCredit(raw: string): { author: string; dateline?: string; publication?: string; publishedOn?: string } | null {
  const m = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})(?:\s*[,/]\s*|\s+[-–—]\s+|\s+on\s+|\s{2,})(.+)$/u.exec(raw.trim());
  if (!m || !isPersonName(m[1])) return null;
  const tail = clean(m[2]);
  const publishedOn = parseDateString(tail) ?? undefined;
  const job = ROLE_RE.test(tail) && words(tail) <= 8;
  if (!publishedOn && !job && !isMediaName(tail)) return null;
  const dateline = job ? placeOfJob(tail) : undefined;
  return { author: m[1], dateline, publication: isMediaName(tail) ? tail : undefined, publishedOn };
}
