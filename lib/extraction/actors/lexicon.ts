/** Word lists and small helpers of actor recognition: what a name, a title, an organisation head or a place looks like. */
import { MONTH_NAMES, DAY_NAMES, NON_NAME_WORDS, ORG_HEADS, ROLE_NOUNS, TITLE_WORDS, type ActorKind } from "../gazetteer";
import type { Token } from "./types";

/** Initials ("U.S."). */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

/**
 * Starts with a capital. Kept as a module constant, as are other hot \p{…} patterns: tsx (esbuild, target node20) turns
 * such a literal into `new RegExp(…)` where it stands, so one inside a function is rebuilt on every call.
 */
const CAPITALISED = /^\p{Lu}/u;

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * Whether a sticky regex (flag "y") whose match opens with `word` matches somewhere in the text: tried only where the
 * word stands, not at every character (a name's pattern over the whole article, once per name).
 */
export function matchesWhereWordStands(sticky: RegExp, text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0 && at < text.length; at = text.indexOf(word, at + 1)) {
    sticky.lastIndex = at;
    if (sticky.test(text)) return true;
  }
  return false;
}
export const isCap = (w: string) => CAPITALISED.test(w);
export const STOP = new Set(["of", "the", "and", "for", "on", "in", "to", "&"]);
export const CONNECTORS = new Set(["of", "de", "von", "van", "bin", "al", "la", "le", "du", "da", "der", "ibn", "den", "del", "della", "dos", "ter"]);
export const REPORTING_NEAR = /^(said|says|told|reported|tells|warned|warns|stated|announced|added|claimed|noted|stressed|insisted|wrote|posted|declared|argued|explained|confirmed|denied|urged|accused|called|vowed|promised|pledged|threatened|replied|retorted|asked|responded|commented|emphasised|emphasized|suggested|admitted|acknowledged|has|had|was|is|met|visited|spoke)$/;
export const LOC_BEFORE = /^(in|to|at|from|near|into|over|on|across|around|outside|toward|towards|via|hit|struck|strike|strikes|attacked|targeted|bombed|shelled|visited|visit|reached|of|inside|above|through|leave|left|flew|travelled|traveled|arrived|return|returned|come)$/i;
export const NOUN_AFTER_PLACE = /^(summit|talks|meeting|forum|region|oblast|city|airport|office|time|court|conference|agreement|format|declaration|protocol|process|residents|mayor|metro|suburbs?|center|centre|district|province|streets?|station|club|embassy|accords?|memorandum|communique)$/i;
export const PLACE_HEADS = /^(Oblast|Region|Province|District|City|Sea|Ocean|River|Bridge|Square|Street|Avenue|Port|Airport|Island|Islands|Peninsula|Mountains|Plant|Station|Corridor|Strait|Gulf|Bay|Lake|Valley|Canal|Airbase|Base|Raion|Krai|Republic|Wharf|Harbour|Harbor|Quay|Dock|Docks)$/;
export const PLURAL_GROUP = /^(leaders|officials|delegates|analysts|diplomats|sources|lawmakers|experts|residents|soldiers|troops|politicians|ministers|negotiators|allies|partners|citizens|people|authorities|observers|critics|media|forces|commanders|bloggers|members|governments|nations|countries|states|powers|powers’|elites)$/i;

export const APPOSITIVE_ROLE = /^,\s+(?:\p{Lu}[\p{L}.-]*['’]s\s+)?(?:\p{Ll}+\s+){0,3}(?:minister|spokes\w+|president|adviser|advisor|envoy|official|head|chief|director|governor|mayor|commander|secretary|ambassador|chair\w*|leader|aide|deputy|ombudsman|commissioner|analyst|economist|researcher|lawyer|founder|professor|expert|spokes\w*|one of)\b/u;
export const LEAD_TITLES = /^(Head|Chief|Director|Chairman|Chairwoman|Chair|Spokesman|Spokeswoman|Spokesperson|Commander|Governor|Mayor|Secretary|Deputy|Adviser|Advisor|Member|Representative|Ombudsman)$/;
export const DETERMINER = /^(The|A|An|This|That|These|Those|Its|Their|His|Her|Our)$/;
/** Heads of non-governmental bodies and companies the gazetteer's list lacks: "Amnesty International", "Human Rights Watch", "Rystad Energy", "Tokyo Gas". */
const NGO_HEADS = /^(International|Watch|Society|Network|Trust|Energy|Gas|Neft|Airports|Community)$/;
export const isOrgHead = (w: string) => ORG_HEADS.some(([re]) => re.test(w)) || NGO_HEADS.test(w);
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}\p{M}’'-]+$/u;
export const nameLike = (t: Token) =>
  CAPITALISED_WORD.test(t.base) && !TITLE_WORDS.has(t.base) && !NON_NAME_WORDS.has(t.base) && !isOrgHead(t.base) && !MONTH_NAMES.test(t.base) && !DAY_NAMES.test(t.base) && !PLACE_HEADS.test(t.base);

/** An office's initials before its holder's name: "CEO Musk", "FM Sybiha", "NSA Doval" (National Security Adviser). */
export const OFFICE_INITIALS = /^(?:C[EFOT]O|[PFD]M|NSA)$/;
/** A word of an office held: a title, an office's initials ("CEO", "PM"), or a leader's side ("Senate Majority Leader"). */
export const isOfficeWord = (w: string) => TITLE_WORDS.has(w) || OFFICE_INITIALS.test(w) || /^(?:Majority|Minority)$/.test(w);

/** Index where a two- or three-word personal name starts at the end of an organisation run, right after the body's head word (or a title); -1 if none. */
export function trailingPersonName(toks: Token[]): number {
  const lastHead = toks.reduce((acc, t, k) => (isOrgHead(t.base) ? k : acc), -1);
  if (lastHead < 0) return -1;
  for (const len of [2, 3]) {
    const k = toks.length - len;
    if (k <= lastHead) continue;
    if (!toks.slice(k).every(nameLike)) continue;
    let j = k;
    while (j - 1 > lastHead && isOfficeWord(toks[j - 1].base)) j--;
    if (j - 1 !== lastHead) continue;
    return j;
  }
  return -1;
}

export const STATE_BODIES: [string, ActorKind][] = [
  ["armed forces", "armed_force"], ["forces", "armed_force"], ["troops", "armed_force"], ["army", "armed_force"], ["military", "armed_force"],
  ["air force", "armed_force"], ["navy", "armed_force"], ["air defence forces", "armed_force"], ["air defense forces", "armed_force"],
  ["general staff", "armed_force"], ["border guard service", "armed_force"], ["border guards", "armed_force"], ["national guard", "armed_force"],
  ["defence ministry", "government"], ["defense ministry", "government"], ["ministry of defence", "government"], ["ministry of defense", "government"],
  ["foreign ministry", "government"], ["ministry of foreign affairs", "government"], ["interior ministry", "government"],
  ["emergency service", "government"], ["state emergency service", "government"], ["security service", "government"],
  ["military intelligence", "government"], ["intelligence service", "government"], ["government", "government"], ["parliament", "government"],
  ["central bank", "organization"], ["energy ministry", "government"], ["prosecutor general's office", "government"],
  ["finance ministry", "government"], ["economy ministry", "government"], ["justice ministry", "government"], ["authorities", "state"],
  ["agriculture ministry", "government"], ["infrastructure ministry", "government"], ["trade ministry", "government"], ["health ministry", "government"],
  ["delegation", "government"],
  ["transport ministry", "government"], ["education ministry", "government"], ["culture ministry", "government"], ["environment ministry", "government"],
];

const PLURAL_APOSTROPHE = /^s['’] \p{Lu}/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*\.?/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let t = m[0];
    if (t.endsWith(".") && !INITIALS.test(t)) t = t.slice(0, -1);
    const pos = /['’]s$/.exec(t);
    // "Grain Traders' Union": a plural's apostrophe before a capitalised word marks a possessive as "'s" does.
    if (!pos && PLURAL_APOSTROPHE.test(text.slice(m.index + t.length - 1, m.index + t.length + 3))) {
      out.push({ text: text.slice(m.index, m.index + t.length + 1), base: t, start: m.index, end: m.index + t.length + 1, possessive: true });
      continue;
    }
    out.push({ text: t, base: pos ? t.slice(0, -2) : t, start: m.index, end: m.index + t.length, possessive: !!pos });
  }
  return out;
}

/** The kind a name's head word gives it: the last head word ("Oblast Military Administration" is an administration). */
export function headKind(words: string[]): ActorKind | null {
  for (const w of [...words].reverse()) {
    const cap = w.charAt(0).toUpperCase() + w.slice(1);
    const head = ORG_HEADS.find(([re]) => re.test(cap));
    if (head) return head[1];
  }
  return words.some((w) => NGO_HEADS.test(w)) ? "organization" : null;
}

/** Does `words` spell `acr` by initials, where stop words may be skipped or used? */
export function spellsAcronym(words: string[], acr: string): boolean {
  const a = acr.toLowerCase();
  const memo = new Map<string, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = `${i},${j}`;
    if (memo.has(key)) return memo.get(key)!;
    let r = false;
    if (i === words.length) r = j === a.length;
    else {
      const w = words[i].toLowerCase();
      if (j < a.length && w[0] === a[j]) r = go(i + 1, j + 1);
      if (!r && STOP.has(w)) r = go(i + 1, j);
      // Hyphenated or compound words may contribute two letters ("Co-operation").
      if (!r && w.includes("-") && j + 1 < a.length) {
        const parts = w.split("-");
        if (parts.length === 2 && parts[0][0] === a[j] && parts[1][0] === a[j + 1]) r = go(i + 1, j + 2);
      }
    }
    memo.set(key, r);
    return r;
  };
  return words.length > 0 && !STOP.has(words[0].toLowerCase()) && go(0, 0);
}

const NAME_WORDS_THEN_LOWER_ROLE = /((?:[\p{Lu}][\p{L}’'-]*\s+){0,2})(\p{Ll}[\p{Ll} -]*)$/u;
/** "Russian President" -> "President of Russia"; "Presidential spokesman" stays as written. */
export function buildRole(titleTokens: Token[], lowerRole: string | null, text: string, runStart: number, stateOf: (w: string) => string | null): string | null {
  const toks = titleTokens.filter((t) => !NON_NAME_WORDS.has(t.base) || TITLE_WORDS.has(t.base) || stateOf(t.base));
  let lead: string | null = null;
  const rest: string[] = [];
  for (const t of toks) {
    const st = stateOf(t.base);
    if (st && !lead && rest.length === 0) lead = st;
    else rest.push(t.base === t.text ? t.text : t.text);
  }
  if (lowerRole) {
    const before = text.slice(Math.max(0, runStart - 40), runStart).trim();
    const m = NAME_WORDS_THEN_LOWER_ROLE.exec(before);
    const phrase = m ? `${m[1]}${m[2]}`.trim() : lowerRole;
    const words = phrase.split(/\s+/);
    const first = words[0].replace(/['’]s$/, "");
    const st = stateOf(first);
    if (st) return `${words.slice(1).join(" ")} of ${st.startsWith("United") ? "the " : ""}${st}`;
    return phrase;
  }
  if (!rest.length) return null;
  const title = rest.join(" ");
  if (lead) return `${title} of ${lead.startsWith("United") ? "the " : ""}${lead}`;
  return title;
}

export function roleNounRe(): RegExp {
  return new RegExp(`\\b(?:the|a|an)\\s+((?:[\\p{L}-]+\\s+){0,3}?)(${ROLE_NOUNS.map(escapeRe).join("|")})\\s*$`, "iu");
}

