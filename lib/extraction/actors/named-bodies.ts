/**
 * Actors that the capitalised-run steps miss: one-word organisations introduced by what they are
 * ("defence group Rheinmetall", "insurance broker Marsh", "Euroclear, the Brussels-based securities depository", "Rheinmetall chief executive
 * Armin Papperger") and collective
 * actors ("European allies", "Western partners").
 */
import type { ActorKind } from "../gazetteer";
import { lexiconTag } from "../nlp";
import { capitalFirst } from "../capital-first";

export interface FoundBody {
  name: string;
  kind: ActorKind;
  start: number;
}

const MEDIA_DESCRIPTORS = "outlet|site|website|broadcaster|newspaper|daily|channel|portal|news agency|agency";
const DESCRIPTORS =
  `company|group|firm|opposition|party|militia|movement|watchdog|regulator|charity|foundation|think tank|think-tank|institution|maker|manufacturer|producer|operator|depository|depositary|giant|conglomerate|lender|insurer|contractor|` +
  `exporter|importer|refiner|carrier|airline|shipper|utility|monopoly|supplier|consortium|start-up|startup|trader|bank|developer|generator|` +
  `owner|shipowner|steelmaker|carmaker|automaker|retailer|railway|union|society|publisher|broker|buyer|board|initiative|programme|project|association|organisation|organization|NGO|nonprofit|non-profit|${MEDIA_DESCRIPTORS}`;
/** "said", "has also said", "reported": a reporting verb, with the auxiliaries and adverbs that may stand before it. */
const REPORTING_VERB_AHEAD = /^\s+(?:(?:also|later|then|has|had|have)\s+)*(?:said|says|told|added|reported|announced|stated|wrote|confirmed|noted|warned|claimed|denied)\b/;
const NAME = "(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,2})";
/** ", 31," / ", a 35-year-old": an age set off after a name. */
const AGE_AFTER = /^,\s+(?:an?\s+)?\d{1,3}(?:,|-year-old\b)/;
/** "defence group Rheinmetall", "the independent outlet Aamaj News", "Turkish drone maker Baykar" (on one line: a headline ending "… its owner" is no descriptor). */
// An ASCII letter before is rejected at once, before the slower \p{L} test (the matches are the same).
const DESCRIBED_BEFORE = new RegExp(`(?<![A-Za-z])(?<![\\p{L}])(${DESCRIPTORS})[ \\t]+${NAME}`, "gu");
/**
 * Kinds of company that, capitalised, open a sentence before the company's name ("Insurer Brandtwell said", "Consultancy
 * SovEcon said"); other descriptors open names of their own there ("Union Minister …", "Opposition leader …").
 */
const COMPANY_KINDS = "company|firm|maker|manufacturer|producer|operator|depository|depositary|lender|insurer|contractor|exporter|importer|refiner|" +
  "carrier|airline|shipper|supplier|trader|shipowner|steelmaker|carmaker|automaker|retailer|broker|brokerage|consultancy|conglomerate|startup|start-up";
const DESCRIBED_OPENING = capitalFirst(new RegExp(`(?<=(?:^|[.!?]["”’]?\\s+))(${COMPANY_KINDS.split("|").map((d) => d[0].toUpperCase() + d.slice(1)).join("|")})[ \\t]+${NAME}`, "gmu"));
const COMPANY_KIND = new RegExp(`^(?:${COMPANY_KINDS})$`, "i");
/** "Insurer", "Consultancy": a word that says what kind of company the name after it is. */
export const isCompanyKind = (word: string) => COMPANY_KIND.test(word);
/** "a local charity, Pomich Poruch, with …", "founded a charity, Pidval (…)": the name set off after what it is. */
const DESCRIBED_APPOSED = new RegExp(`(?<![\\p{L}])(${DESCRIPTORS}),\\s+(?!\\p{L}+-based)${NAME}(?=\\s*[,(])`, "gu");
/** "Tver-based Promsvyazkapital", "London, Ont.-based Roshel": a name introduced by its seat is a company's. */
const SEATED = /(?<=\p{Lu}[\p{L}.]*-based\s)(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})/gu;
/**
 * "Euroclear, the Brussels-based securities depository". Not "… flights to Tromsø, the airline said": a description that
 * goes straight on to a reporting verb is that verb's subject, closing the reported clause, not an apposition to the name
 * (unless the name opens the sentence: "Clearstrand, the Luxembourg-based depository said …").
 */
const DESCRIBED_AFTER = capitalFirst(
  new RegExp(`(?<![\\p{L}’'-])${NAME},\\s+(?:the|a|an|\\p{Lu}\\p{L}+['’]s)\\s+(?:(?!(?:of|at|for|with|from)\\s)[\\p{L}’'-]+\\s+){0,4}?(${DESCRIPTORS})\\b`, "gu"),
);
/** "an economist at Absa", "data from Kpler", "a terminal operated by Nibulon": a one-word employer or operator. */
const EMPLOYER = /\b(?:[Aa]nalysts?|[Ee]conomists?|[Rr]esearchers?|[Ss]trategists?|lawyer|engineer|executive|director)\s+(?:at|with)\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)(?![\p{L}-]|\s+\p{Lu})|\b(?:operated|owned|run|built|insured)\s+by\s+(\p{Lu}[\p{L}’'-]+)(?![\p{L}-]|\s+\p{Lu})|\b(?:data|figures|estimates)\s+from\s+(\p{Lu}[\p{L}’'-]+)(?![\p{L}-]|\s+\p{Lu})/gu;
/** "Rheinmetall chief executive Armin Papperger", "Gazprom spokesman Sergei Kupriyanov": a one-word company before its officer. */
const OFFICER_AFTER = capitalFirst(/(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]+)\s+(chief executive|chief executive officer|CEO|boss|chairman|chairwoman|spokesman|spokeswoman|spokesperson|co-president|co-leader|founder|faction leader|party leader)\s+\p{Lu}\p{Ll}/gu);
/**
 * "Euroclear said in a statement", "Naftogaz said on its website", "Gazprom said its …": a single capitalised word
 * that speaks through statements and websites, or owns an "its", is an organisation (a person says "his"/"her").
 */
const SPEAKS_AS_BODY = capitalFirst(/(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]+)\s+(?:said|says|announced|stated|confirmed|denied|reported|added)\s+(?:in\s+an?\s+(?:statement|press release|filing|notice)|on\s+its\s+(?:website|Telegram channel|channel)|(?:that\s+)?its\s)/gu);
/** "The Bundeswehr said", "the Seimas voted": a single capitalised word after "the" that speaks or acts is a body (a person takes no article). */
const THE_NAME_ACTS = capitalFirst(/(?<=(?:^|[^\p{L}])[Tt]he\s)(\p{Lu}[\p{Ll}’'-]+)\s+(?:has\s+|had\s+|have\s+)?(?:said|says|announced|stated|confirmed|denied|reported|added|warned|approved|voted|ruled|published|issued|rejected|condemned|welcomed|accused|criticised|criticized|urged)\b/gu);
/** "shares in Hensoldt", "Renk's shares", "Saab shares rose": a company traded on a stock market. */
const SHARES = /\b[Ss]hares\s+(?:in|of)\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)(?![\p{L}-]|\s+\p{Lu})|(?<![\p{L}’'-])(\p{Lu}[\p{L}-]+)(?:['’]s)?\s+shares\b/gu;
/** What every match of SHARES holds: a fast test that spares the slower scan an article about no shares. */
const MENTIONS_SHARES = /[Ss]hares/;
/** "Rheinmetall's chief executive", "Naftogaz's subsidiary", "Lukoil's refinery": what a company has (a person's spokesman is no cue). */
const POSSESSED_BY_COMPANIES = "chief executive|CEO|board|shareholders|subsidiary|subsidiaries|plant|factory|factories|revenue|revenues|profit|profits|headquarters|tankers|terminal|refinery|refineries|stake|customers";
const COMPANY_POSSESSIONS = capitalFirst(new RegExp(`(?<![\\p{L}’'-])(\\p{Lu}[\\p{L}-]+)['’]s\\s+(?:${POSSESSED_BY_COMPANIES})\\b`, "gu"));
/** What every match of COMPANY_POSSESSIONS holds: a fast test that spares the slower scan an article naming no such possession. */
const MENTIONS_COMPANY_POSSESSION = new RegExp(`['’]s\\s+(?:${POSSESSED_BY_COMPANIES})\\b`);
/** "Skyeton, which makes long-range drones": a name that makes, sells or operates things is a company (a person is "who"). */
const COMPANY_VERBS = "makes|produces|manufactures|builds|supplies|operates|owns|develops|sells|employs|insures|exports|imports|trades|refines|ships";
const WHICH_MAKES = capitalFirst(new RegExp(`(?<![\\p{L}’'-])(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)?),\\s+which\\s+(?:also\\s+)?(?:${COMPANY_VERBS})\\b`, "gu"));
/** What every match of WHICH_MAKES holds: a fast test that spares the slower scan an article without such a relative clause. */
const MENTIONS_WHICH_MAKES = new RegExp(`,\\s+which\\s+(?:also\\s+)?(?:${COMPANY_VERBS})\\b`);
/** "according to Kpler, …": a single unknown capitalised word cited as a source (known persons and places are filtered later). */
const ACCORDING_TO_ONE = /\b[Aa]ccording to\s+(\p{Lu}[\p{L}’'-]+)(?=[,.;])/gu;
/** "the WAM news agency reported", "the Kommersant daily": an outlet named before what it is. */
const OUTLET_BEFORE = capitalFirst(new RegExp(`(?<=\\b[Tt]he\\s)${NAME}\\s+(news agency|broadcaster|newspaper|daily|TV channel|outlet|website)\\b`, "gu"));
/** "the Prosecutor-General's Office", "the Prime Minister's Office": an office named after its holder ("the Treasury's Office of …" is the office's own name). */
const HOLDER_OFFICE = capitalFirst(/(?<=\b[Tt]he\s)((?:\p{Lu}[\p{L}-]+\s){0,2}\p{Lu}[\p{L}-]+['’]s\s+Office)\b(?!\s+(?:of|for)\s+\p{Lu})/gu);
const COLLECTIVE = capitalFirst(/(?<![\p{L}])(European|Western|Nato|NATO|Baltic|Nordic|Arab|Gulf|Asian|African)\s+(allies|powers)\b/gu);
const MEDIA_RE = new RegExp(`^(?:${MEDIA_DESCRIPTORS})$`);

/** A body the patterns find; `named` when it stands only if none of its words is an ordinary word. */
export interface BodyCandidate extends FoundBody {
  named: boolean;
}

/** `isWord(w)` says whether a capitalised word is an ordinary word (title, month, sentence opener), not a name. */
export function findNamedBodies(text: string, isWord: (w: string) => boolean): FoundBody[] {
  return namedBodies(bodyCandidates(text), isWord);
}

/** The candidates that stand, given what counts as an ordinary word. */
export function namedBodies(candidates: BodyCandidate[], isWord: (w: string) => boolean): FoundBody[] {
  return candidates.filter((c) => !c.named || !c.name.split(/\s+/).some(isWord)).map(({ name, kind, start }) => ({ name, kind, start }));
}

const CAPITALISED_WORD_BEFORE = /\p{Lu}[\p{L}’'-]*\s$/u;
/** Every body the patterns find in the text, before ordinary words are ruled out: one scan serves several steps. */
export function bodyCandidates(text: string): BodyCandidate[] {
  const out: BodyCandidate[] = [];
  const add = (name: string, descriptor: string, start: number) => {
    out.push({ name, kind: MEDIA_RE.test(descriptor) ? "media" : "organization", start, named: true });
  };
  // "Drone operator Andriy, 31,": a name given an age is a person's, whatever the word before it.
  const aged = (m: RegExpExecArray) => AGE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20));
  for (const m of text.matchAll(DESCRIBED_BEFORE)) if (!aged(m)) add(m[2], m[1], m.index + m[0].length - m[2].length);
  for (const m of text.matchAll(DESCRIBED_OPENING)) if (!aged(m)) add(m[2], m[1].toLowerCase(), m.index + m[0].length - m[2].length);
  for (const m of text.matchAll(DESCRIBED_APPOSED)) add(m[2], m[1], m.index + m[0].length - m[2].length);
  for (const m of text.matchAll(SEATED)) add(m[1], "company", m.index);
  for (const m of text.matchAll(DESCRIBED_AFTER)) {
    // Only a single name stands before the apposition ("Euroclear, the …"), not the end of a longer phrase.
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (/\p{Lu}[\p{L}]*\s$/u.test(text.slice(Math.max(0, m.index - 20), m.index)) && !/[.!?]\s$/.test(before)) continue;
    const opensSentence = /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    if (!opensSentence && REPORTING_VERB_AHEAD.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    add(m[1], m[2], m.index);
  }
  for (const m of text.matchAll(OFFICER_AFTER)) {
    // A sentence opener ("Then spokesman …") or a possessor ("Russia's") is no company name.
    const opensSentence = /[.!?]\s*$|^\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    if ((opensSentence && lexiconTag(m[1])) || /['’]s$/.test(m[1])) continue;
    add(m[1], "company", m.index);
  }
  for (const m of text.matchAll(SPEAKS_AS_BODY)) {
    // "Then Naftogaz said …" is fine; a name right after another capitalised word is the end of a longer name.
    if (CAPITALISED_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) && !/[.!?"”]\s$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    add(m[1], "company", m.index);
  }
  if (MENTIONS_SHARES.test(text)) for (const m of text.matchAll(SHARES)) add(m[1] ?? m[2], "company", m.index);
  if (MENTIONS_COMPANY_POSSESSION.test(text)) for (const m of text.matchAll(COMPANY_POSSESSIONS)) add(m[1], "company", m.index);
  if (MENTIONS_WHICH_MAKES.test(text)) for (const m of text.matchAll(WHICH_MAKES)) add(m[1], "company", m.index);
  for (const m of text.matchAll(ACCORDING_TO_ONE)) add(m[1], "company", m.index);
  for (const m of text.matchAll(THE_NAME_ACTS)) add(m[1], "group", m.index);
  for (const m of text.matchAll(EMPLOYER)) add(m[1] ?? m[2] ?? m[3], "company", m.index);
  for (const m of text.matchAll(OUTLET_BEFORE)) add(m[1], m[2].replace(/^(?:news|TV) /, ""), m.index);
  for (const m of text.matchAll(HOLDER_OFFICE)) out.push({ name: m[1], kind: "government", start: m.index, named: false });
  for (const m of text.matchAll(COLLECTIVE)) out.push({ name: `${m[1]} ${m[2]}`, kind: "other", start: m.index, named: false });
  return out;
}
