/**
 * Which outlet a pasted page belongs to, read from the page's structure rather than from a list of outlets:
 * a masthead line at the top ("South China Morning Post", "LRT English"), a copyright line in the footer
 * ("© 2026 The Kyiv Independent", "©2026 Bloomberg L.P."), a "Source: Al Jazeera and news agencies" line,
 * or a URL ("https://www.lemonde.fr/en/…/2026/03/03/…", which also dates the article).
 * The gazetteer's media names only help to recognise a name, never to invent one the page does not print.
 */
import { GAZETTEER, isStateName } from "./gazetteer";
import { lexiconTag } from "./nlp";
import { parseDateString } from "./page-dates";

const MEDIA = GAZETTEER.filter((e) => e.kind === "media");
const MEDIA_NAMES = new Set(MEDIA.flatMap((e) => e.forms.map((f) => f.toLowerCase())));
const MEDIA_HEAD = /^(?:The\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:News|Times|Post|Journal|Gazette|Herald|Telegraph|Tribune|Pravda|Agency|Daily)$/u;
const EDITION = /\s+(?:Europe|World(?:-Japan)?|International|Online|English|EN|Global|Digital|UK|US|Magazine)$/i;
/** Section and navigation words: a line made only of these ("World News", "Europe", "Home") is not a masthead. */
const GENERIC = new Set(
  "home news world latest live europe asia africa americas middle east uk us international politics business economy opinion analysis commentary comment sport culture war in ukraine russia diplomacy & and the top stories breaking video".split(" "),
);
/** Wire agencies by the short name they credit a story with ("AFP" under the headline, "(Reuters)" in a dateline). */
export const WIRE_AGENCY_SHORT = "AFP|AP|Reuters|PTI|ANI|IANS|AA|Xinhua|TASS|Kyodo|Yonhap|dpa|EFE|ANSA|UNI";
const WIRE_AGENCY = new RegExp(`^(?:${WIRE_AGENCY_SHORT})$`);
const WIRE_AGENCY_FULL = /^(?:Associated Press|Agence France[- ]Presse|Press Trust of India|Anadolu Agency|Kyodo News|Yonhap News Agency|Xinhua News Agency)$/i;
/** "AP", "Reuters", "Associated Press", "Agence France-Presse": a wire agency by its short or (unless told not to) full name. */
export const isWireAgency = (s: string, fullNames = true) => WIRE_AGENCY.test(s) || (fullNames && WIRE_AGENCY_FULL.test(s));

/** "eKathimerini.com", "harbour.pl": a web host standing for an outlet. */
export const isWebHost = (s: string) => /^[\w-]+\.(?:com|org|net|[a-z]{2})$/i.test(s);
export const isKnownMedia = (s: string) => MEDIA_NAMES.has(s.toLowerCase()) || MEDIA_NAMES.has(s.toLowerCase().replace(/^the\s+/, ""));
/** "India News", "Poland News": a country's news is a section of the site, not the outlet's name. */
const isCountrySection = (s: string) => isStateName(s.replace(/\s+news$/i, "")) && /\snews$/i.test(s);
export const isGeneric = (s: string) => s.toLowerCase().split(/\s+/).every((w) => GENERIC.has(w)) || isCountrySection(s);
/** "Russian Politics & Diplomacy": a kicker naming a section, not an outlet ("The Star" only has a small word). */
export const namesASection = (s: string) => s.toLowerCase().split(/\s+/).some((w) => GENERIC.has(w) && !/^(?:the|and|&|in)$/.test(w));

const CAPITALS_RUN = /\p{Lu}{2,}/gu;
/** "Novaya Gazeta Europe", "NHK World", "Hindustan Times": a known outlet (with an edition word) or a media-shaped name. */
export function isMediaName(s: string): boolean {
  const t = s.trim();
  if (isGeneric(t)) return false;
  const capitalised = t.replace(CAPITALS_RUN, (w) => w[0] + w.slice(1).toLowerCase()); // "KYODO NEWS"
  return isKnownMedia(t) || isKnownMedia(t.replace(EDITION, "")) || MEDIA_HEAD.test(t) || MEDIA_HEAD.test(capitalised);
}

/**
 * Edition words an outlet's name drops ("International", "English", "Online"); "World" names a channel of its own
 * ("TRT World"), and a name in capitals keeps its "ONLINE" ("ZEIT ONLINE").
 */
const DROPPED_EDITION = /\s+(?:Europe|International|Online|English|EN|Global|Digital|UK|US|Magazine)$/;
/** "DER SPIEGEL International" -> "DER SPIEGEL", "DELFI EN" -> "DELFI": the outlet without its edition word. */
export function outletName(s: string): string {
  const base = s.trim().replace(DROPPED_EDITION, "");
  return base !== s.trim() && !isKnownMedia(s.trim()) ? base : s.trim();
}

/**
 * "South China Morning Post", "Institute for the Study of War", "LRT English": the page's first line names its
 * outlet when it is a short name in title case (small words aside), not a date, a sentence or section words.
 */
export function mastheadOf(line: string): string | null {
  const t = line.trim();
  const latin = latinSideOf(t);
  if (latin) return mastheadOf(latin);
  const parts = t.split(/\s+[|›»]\s+/);
  if (parts.length > 1) return pairedMasthead(parts, /\s[›»]\s/.test(t));
  if (isWebHost(t)) return t; // "eKathimerini.com"
  const withAcronym = nameWithAcronym(t);
  if (withAcronym) return withAcronym;
  const words = t.split(/\s+/);
  if (words.length > 6 || /[.!?:;,|/"“”]$|\b\d/.test(t) || isGeneric(t)) return null;
  // "Interview", "Investigations": one ordinary English word (or plural noun) is a section kicker, not an outlet's name.
  const commonNoun = lexiconTag(t) || /^\p{Lu}\p{Ll}+(?:ions|ings|ments|ies)$/u.test(t);
  if (words.length === 1 && commonNoun && !isKnownMedia(t) && !/^\p{Lu}+$/u.test(t)) return null;
  // "Harbour noviny", "Le Monde harbourique": a last word in lower case that is no English word ends a foreign name.
  const foreignLast = (w: string, i: number) => i === words.length - 1 && i > 0 && /^\p{Ll}{5,}$/u.test(w) && !lexiconTag(w) && !/^(?:staff|newsroom|editors?|bureau|team)$/.test(w);
  const titled = words.every((w, i) => /^[\p{Lu}&]/u.test(w) || /^(?:for|of|the|and|on|in|de|la|le|il|el|die|der|het)$/.test(w) || foreignLast(w, i));
  // "la Repubblica", "le Temps": a lower-case article before the name.
  return titled && (/^[\p{Lu}]/u.test(t) || /^(?:la|le|il|el|de|die|der|het) \p{Lu}/u.test(t)) ? outletName(t) : null;
}

/** A letter of another script than the Latin (Cyrillic, Greek, Georgian, Arabic…). */
const OTHER_SCRIPT = /[^\P{L}\p{Script=Latin}]/u;

/** "ФАКТИ ICTV / Fakty ICTV": an outlet's name printed in two scripts; the side in Latin letters only, or null. */
export function latinSideOf(line: string): string | null {
  const sides = line.split(/\s+[/|]\s+/);
  if (sides.length !== 2) return null;
  const [other, latin] = OTHER_SCRIPT.test(sides[0]) ? sides : [sides[1], sides[0]];
  return OTHER_SCRIPT.test(other) && !OTHER_SCRIPT.test(latin) && /\p{L}/u.test(latin) ? latin : null;
}

/**
 * The page's first line as its outlet when nothing else names one: "Harbour 24", "iHarbour", "HARBOUR A.M.",
 * "Lantern" above a longer headline. Weaker than mastheadOf, so only a fallback: a short name whose words all start
 * in capitals (or a brand in lower case: "iHarbour", "harbour"), no section words or kickers; one capitalised word
 * ("Lantern", but also "Energy", "Interview") only when the text names it again mid-sentence ("told Lantern").
 */
export function plainMasthead(lines: string[], kicker: RegExp): string | null {
  const first = lines[0]?.trim() ?? "";
  const ws = first.split(/\s+/);
  if (!first || ws.length > 4 || first.length > 30 || isGeneric(first) || kicker.test(first) || /[:;!?,|/"“”]|\b(?:19|20)\d\d\b/.test(first)) return null;
  if (!ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^\p{Ll}+\p{Lu}/u.test(w) || (ws.length === 1 && /^\p{Ll}+$/u.test(w)))) return null;
  if (!lines.slice(1, 6).some((l) => l.split(/\s+/).length > ws.length + 2)) return null;
  // "Energy", "Focus": one capitalised word may be a section's name as well as an outlet's.
  const ordinaryWord = ws.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(first) && lexiconTag(first) !== "Organization";
  // "told Lantern", "the Lantern's": after a word in lower case, and no part of a longer name ("Rystad Energy", "Energy Ministry").
  const namedAgain = new RegExp(`(?:^|[\\s(])\\p{Ll}+,?\\s+${first.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\b(?!\\s+\\p{Lu})`, "u").test(lines.slice(1).join("\n"));
  return !ordinaryWord || namedAgain ? first : null;
}

/**
 * "Harbour Press Agency – HPA", "HPA – Harbour Press Agency": an outlet printing its name beside its acronym, kept whole
 * (the acronym in capitals, the name a masthead of its own). Null for any other line.
 */
function nameWithAcronym(line: string): string | null {
  const pair = /^(.+?)\s+[–—-]\s+(.+)$/.exec(line);
  if (!pair) return null;
  const acronym = (s: string) => /^\p{Lu}{2,6}$/u.test(s);
  const [name, short] = acronym(pair[2]) ? [pair[1], pair[2]] : [pair[2], pair[1]];
  return acronym(short) && !acronym(name) && mastheadOf(name) ? line : null;
}

/**
 * "Harbour Noviny | harbour.cz", "TV Harbour | Gavan": the name beside its web host or its name in another script or
 * language; "Harbour.sk › Domestic › Courts": a site's name opening its breadcrumb. Null for a kicker or a section path.
 */
function pairedMasthead(parts: string[], breadcrumb: boolean): string | null {
  const [first, ...rest] = parts;
  if (breadcrumb || rest.length > 1) return isWebHost(first) || isKnownMedia(first) ? first : null;
  const other = rest[0];
  // "Harbourwire.com | Harbour News Agency": the other part may be the outlet's full name.
  if (!isWebHost(other) && !/^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?$/u.test(other) && !(isWebHost(first) && isMediaName(other))) return null;
  return isWebHost(first) ? first : mastheadOf(first);
}

const LEGAL = /\s*,?\s*\b(?:L\.?P\.?|Inc\.?|Ltd\.?|LLC|GmbH|plc|S\.A\.|S\.p\.A\.|SpA|DAC|AG|B\.V\.|N\.V\.|Oy|Oyj|AB|ASA|Pty|Limited|or its affiliated companies|and its licensors)(?=\s|$|[.,])/g;
/** "All rights reserved" as pages print it in other languages ("© RIPRODUZIONE RISERVATA", "Tous droits réservés"). */
const RESERVED = /all rights(?: reserved)?|riproduzione riservata|tutti i diritti riservati|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|wszelkie prawa zastrzeżone|kaikki oikeudet pidätetään|alle rettigheder forbeholdes|alla rättigheter förbehållna/gi;

/**
 * "© 2026 The Kyiv Independent. All rights reserved." -> "The Kyiv Independent"; "Copyright (c) 2026. RFE/RL, Inc." ->
 * "RFE/RL"; "… All rights reserved. Hindustan Times" -> "Hindustan Times"; "Guardian News & Media Limited" -> "The Guardian".
 */
export function copyrightHolder(fullLine: string): string | null {
  const line = copyrightPart(fullLine);
  if (!/©|\(c\)|\bcopyright\b|all rights reserved/i.test(line) || /^(?:photo|image|picture|caption)/i.test(fullLine)) return null;
  if (!line.replace(RESERVED, " ").replace(/copyright:?|©|\(c\)|[\d\s.,:;-]/gi, "")) return null;
  const after = /all rights reserved\.?\s*([\p{Lu}][\p{L}&/ .'-]{1,60})$/iu.exec(line)?.[1];
  const holder = (after ?? line)
    .replace(/copyright:?|©|\(c\)/gi, " ")
    .replace(RESERVED, " ")
    .replace(/\d[\d.:/–-]*/g, " ")
    .replace(/".*?"|«.*?»/g, " ")
    .replace(/\s+-\s+|(?:https?:\/\/)?www\.\S+/g, " ")
    .replace(LEGAL, " ")
    .replace(/^[\s.,:;]+|[\s.,:;]+$/g, "")
    .replace(/\s+/g, " ")
    .replace(/(?:\s+\p{Ll}+)+$/u, ""); // "Argus Media group"
  if (!holder || holder.split(" ").length > 6 || !/^[\p{Lu}]/u.test(holder)) return null;
  return knownInside(holder) ?? holder;
}

/** Footer links and legal small print beside a copyright notice: "| Privacy Policy", "Registered in England and Wales." */
const FOOTER_TAIL = /(?:\.\s+|\s+)(?:Registered (?:in|office)\b.*|Company (?:no|number)\b.*|Powered by\b.*)$/i;

/** "© 2026 Harbour Wire | Privacy Policy | Terms of Use" -> "© 2026 Harbour Wire"; "All content © 2026 X" -> "© 2026 X". */
function copyrightPart(line: string): string {
  const part = line.split(/\s+[|•·]\s+/).find((p) => /©|\(c\)|\bcopyright\b/i.test(p)) ?? line;
  return part.replace(FOOTER_TAIL, "").replace(/^(?:all\s+)?(?:contents?|materials?|text|site)\s+(?=©|\(c\)|copyright)/i, "");
}

/** "Guardian News & Media" -> "The Guardian": a holder company whose name starts with a known outlet's name. */
function knownInside(holder: string): string | null {
  if (isKnownMedia(holder)) return null;
  const entry = MEDIA.find((e) => e.forms.some((f) => f.length > 3 && new RegExp(`^(?:The\\s+)?${f.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\b`).test(holder)));
  return entry?.name ?? null;
}

/** "Source: Al Jazeera and news agencies" -> "Al Jazeera"; "Source: Xinhua" -> "Xinhua". */
export function sourceOutlet(line: string): string | null {
  const m = /^Source:\s*(.+?)(?:\s+(?:and|&|with)\s+(?:news\s+)?agencies)?\.?$/i.exec(line.trim());
  if (!m || m[1].split(/\s+/).length > 5 || /,|\band\b/i.test(m[1])) return null;
  return m[1];
}

/** "https://www.lemonde.fr/en/international/article/2026/03/03/…" -> Le Monde, 2026-03-03 (a known outlet only). */
export function urlOutlet(line: string): { publication: string | null; publishedOn: string | null } | null {
  const m = /^(?:https?:\/\/)?([\w.-]+\.[a-z]{2,})(\/\S*)?$/i.exec(line.trim());
  if (!m || !/^https?:|^www\./i.test(line.trim())) return null;
  const labels = m[1].toLowerCase().split(".").filter((l) => !/^(?:www|m|p|amp|en|edition)$/.test(l));
  const site = labels.length > 1 ? labels[labels.length - 2] : labels[0];
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  const form = MEDIA.flatMap((e) => e.forms).find((f) => squash(f) === site) ?? null;
  const date = /\/(20\d\d)\/(\d{2})\/(\d{2})\//.exec(m[2] ?? "");
  return { publication: form, publishedOn: date ? `${date[1]}-${date[2]}-${date[3]}` : null };
}

/**
 * "https://www.harbourherald.com/…", "desk@harbourherald.com" or "harbourherald.hr" alone on a line, on a page that
 * prints "Harbour Herald" somewhere:
 * the outlet's name as the page spells it, matched to the web host letter for letter.
 */
export function hostNamedInText(text: string): string | null {
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  // "Digi24.ro" alone on a line is the site's credit, as good as its URL.
  const hosts = [...text.matchAll(/(?:https?:\/\/|\bwww\.|@)([\w.-]+\.[a-z]{2,})\b|^[ \t]*([\w-]+\.[a-z]{2,3})[ \t]*$/gim)].map((m) => m[1] ?? m[2]).map((host) => {
    const labels = host.toLowerCase().split(".").filter((l) => !/^(?:www|m|p|amp|en|edition)$/.test(l));
    return labels.length > 1 ? labels[labels.length - 2] : labels[0];
  });
  if (!hosts.length) return null;
  for (const m of text.matchAll(/(?:The\s+)?\p{Lu}[\p{L}&'-]*(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\p{L}&'-]*){1,4}/gu)) {
    const words = m[0].split(/\s+/);
    // Any run of the phrase's words may be the name: "Reporting by Harbour Herald staff" holds "Harbour Herald".
    for (let i = 0; i < words.length; i++) {
      for (let j = words.length; j > i + 1; j--) {
        const name = words.slice(i, j).join(" ");
        if (hosts.some((h) => h.length >= 4 && (squash(name) === h || squash(name) === `the${h}`))) return name;
      }
    }
  }
  // "Digi24 / World" above the headline: one word opening a line, spelled as the host.
  const opening = [...text.matchAll(/^[ \t]*(\p{Lu}[\p{L}\p{N}&'-]{2,})(?=[ \t]*(?:[/|·•][^\n]*)?$)/gmu)].map((m) => m[1]);
  return opening.find((name) => hosts.some((h) => h.length >= 4 && squash(name) === h)) ?? null;
}

/** What the page's footer and URL lines say about its outlet and date. */
export function pageFooter(lines: string[]) {
  const tail = lines.slice(-4);
  const url = lines.map(urlOutlet).find(Boolean);
  return {
    copyright: tail.map(copyrightHolder).find(Boolean) ?? null,
    /** "All rights reserved. Interfax 2026. 03.03.2026 14:05": a full date on the copyright line. */
    date: tail.filter((l) => /©|all rights reserved/i.test(l)).map((l) => parseDateString(l)).find(Boolean) ?? null,
    source: [...lines.slice(0, 6), ...tail].map(sourceOutlet).find(Boolean) ?? null,
    url: url?.publication ?? null,
    urlDate: url?.publishedOn ?? null,
  };
}

/** Lines that only carry page furniture the parser has already read: URLs, "Source:" and copyright lines. */
export const isFooterLine = (line: string) => !!urlOutlet(line) || !!sourceOutlet(line) || (/©|all rights reserved/i.test(line) && line.split(/\s+/).length <= 20);
