/**
 * Actor recognition: known actors first, then acronym definitions, the gazetteer, titled or
 * attributed person names, "<X> forces" units, "<country>'s defence ministry"-style bodies and
 * capitalised organisation names. Later short mentions (surname, acronym, metonym) fold into
 * the same actor. Pronouns he/she are linked to the person they most likely refer to.
 */
import {
  DAY_NAMES, GAZETTEER, MONTH_NAMES, NON_NAME_WORDS, ORG_HEADS, ROLE_NOUNS, TITLE_WORDS, VENUE_HEADS,
  type ActorKind, type GazetteerEntry,
} from "./gazetteer";
import { findNamedBodies } from "./actors/named-bodies";
import type { QuoteSpan, Sentence } from "./sentences";

export const ACTOR_KINDS: ActorKind[] = ["person", "state", "government", "armed_force", "alliance", "organization", "media", "other"];

export interface KnownActor {
  name: string;
  aliases: string[];
  kind: string;
  slug?: string;
}

export interface Actor {
  name: string;
  aliases: Set<string>;
  kind: ActorKind;
  role: string | null;
  slug?: string;
  /** Forms searched in the text (name, aliases, metonyms). */
  forms: Set<string>;
  metonyms: Set<string>;
  demonyms: string[];
  first: number;
}

export interface Mention {
  actor: Actor;
  start: number;
  end: number;
  surface: string;
  pronoun: boolean;
  possessive: boolean;
}

export interface ActorIndex {
  actors: Actor[];
  mentions: Mention[];
  byForm: Map<string, Actor>;
  /** State name by demonym ("Russian" -> "Russia") for roles and unit names. */
  stateOfDemonym: Map<string, string>;
}

interface Token {
  text: string;
  base: string;
  start: number;
  end: number;
  possessive: boolean;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const isCap = (w: string) => /^\p{Lu}/u.test(w);
const STOP = new Set(["of", "the", "and", "for", "on", "in", "to", "&"]);
const CONNECTORS = new Set(["of", "de", "von", "van", "bin", "al", "la", "le", "du", "da", "der", "ibn"]);
const REPORTING_NEAR = /^(said|says|told|reported|tells|warned|warns|stated|announced|added|claimed|noted|stressed|insisted|wrote|posted|declared|argued|explained|confirmed|denied|urged|accused|called|vowed|promised|pledged|threatened|replied|retorted|asked|responded|commented|emphasised|emphasized|suggested|admitted|acknowledged|has|had|was|is|met|visited|spoke)$/;
const LOC_BEFORE = /^(in|to|at|from|near|into|over|on|across|around|outside|toward|towards|via|hit|struck|strike|strikes|attacked|targeted|bombed|shelled|visited|visit|reached|of|inside|above|through|leave|left|flew|travelled|traveled|arrived|return|returned|come)$/i;
const NOUN_AFTER_PLACE = /^(summit|talks|meeting|forum|region|oblast|city|airport|office|time|court|conference|agreement|format|declaration|protocol|process|residents|mayor|metro|suburbs?|center|centre|district|province|streets?|station|club|embassy|accords?|memorandum|communique)$/i;
const PLACE_HEADS = /^(Oblast|Region|Province|District|City|Sea|Ocean|River|Bridge|Square|Street|Avenue|Port|Airport|Island|Islands|Peninsula|Mountains|Plant|Station|Corridor|Strait|Gulf|Bay|Lake|Valley|Canal|Airbase|Base|Raion|Krai|Republic)$/;
const PLURAL_GROUP = /^(leaders|officials|delegates|analysts|diplomats|sources|lawmakers|experts|residents|soldiers|troops|politicians|ministers|negotiators|allies|partners|citizens|people|authorities|observers|critics|media|forces|commanders|bloggers|members|governments|nations|countries|states|powers|powers’|elites)$/i;

const APPOSITIVE_ROLE = /^,\s+(?:\p{Ll}+\s+){0,3}(?:minister|spokes\w+|president|adviser|advisor|envoy|official|head|chief|director|governor|mayor|commander|secretary|ambassador|chair\w*|leader|aide|deputy|ombudsman|commissioner)\b/u;
const LEAD_TITLES = /^(Head|Chief|Director|Chairman|Chairwoman|Chair|Spokesman|Spokeswoman|Spokesperson|Commander|Governor|Mayor|Secretary|Deputy|Adviser|Advisor|Member|Representative|Ombudsman)$/;
const DETERMINER = /^(The|A|An|This|That|These|Those|Its|Their|His|Her|Our)$/;
const isOrgHead = (w: string) => ORG_HEADS.some(([re]) => re.test(w));
const nameLike = (t: Token) =>
  /^\p{Lu}[\p{Ll}\p{M}’'-]+$/u.test(t.base) && !TITLE_WORDS.has(t.base) && !NON_NAME_WORDS.has(t.base) && !isOrgHead(t.base) && !MONTH_NAMES.test(t.base) && !DAY_NAMES.test(t.base) && !PLACE_HEADS.test(t.base);

/** Index where a two- or three-word personal name starts at the end of an organisation run, right after the body's head word (or a title); -1 if none. */
function trailingPersonName(toks: Token[]): number {
  const lastHead = toks.reduce((acc, t, k) => (isOrgHead(t.base) ? k : acc), -1);
  if (lastHead < 0) return -1;
  for (const len of [2, 3]) {
    const k = toks.length - len;
    if (k <= lastHead) continue;
    if (!toks.slice(k).every(nameLike)) continue;
    let j = k;
    while (j - 1 > lastHead && TITLE_WORDS.has(toks[j - 1].base)) j--;
    if (j - 1 !== lastHead) continue;
    return j;
  }
  return -1;
}

const STATE_BODIES: [string, ActorKind][] = [
  ["armed forces", "armed_force"], ["forces", "armed_force"], ["troops", "armed_force"], ["army", "armed_force"], ["military", "armed_force"],
  ["air force", "armed_force"], ["navy", "armed_force"], ["air defence forces", "armed_force"], ["air defense forces", "armed_force"],
  ["general staff", "armed_force"], ["border guard service", "armed_force"], ["border guards", "armed_force"], ["national guard", "armed_force"],
  ["defence ministry", "government"], ["defense ministry", "government"], ["ministry of defence", "government"], ["ministry of defense", "government"],
  ["foreign ministry", "government"], ["ministry of foreign affairs", "government"], ["interior ministry", "government"],
  ["emergency service", "government"], ["state emergency service", "government"], ["security service", "government"],
  ["military intelligence", "government"], ["intelligence service", "government"], ["government", "government"], ["parliament", "government"],
  ["central bank", "organization"], ["energy ministry", "government"], ["prosecutor general's office", "government"],
  ["finance ministry", "government"], ["economy ministry", "government"], ["justice ministry", "government"], ["authorities", "state"],
];

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*\.?/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let t = m[0];
    if (t.endsWith(".") && !/^(?:\p{Lu}\.)+$/u.test(t)) t = t.slice(0, -1);
    const pos = /['’]s$/.exec(t);
    out.push({ text: t, base: pos ? t.slice(0, -2) : t, start: m.index, end: m.index + t.length, possessive: !!pos });
  }
  return out;
}

function headKind(words: string[]): ActorKind | null {
  for (const [re, kind] of ORG_HEADS) if (words.some((w) => re.test(w.charAt(0).toUpperCase() + w.slice(1)))) return kind;
  return null;
}

/** Does `words` spell `acr` by initials, where stop words may be skipped or used? */
function spellsAcronym(words: string[], acr: string): boolean {
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

export function findActors(
  text: string,
  sentences: Sentence[],
  quotes: QuoteSpan[],
  opts: { known?: KnownActor[]; publication?: string | null; headlineEnd?: number } = {},
): ActorIndex {
  // A headline in Title Case ("Finance Ministry Says Deficit Will Widen") offers no capitalised names.
  const headlineEnd = opts.headlineEnd ?? 0;
  const actors = new Map<string, Actor>();
  const byForm = new Map<string, Actor>();
  const lazy = new Map<string, GazetteerEntry>();
  const stateOfDemonym = new Map<string, string>();
  const tokens = tokenize(text);
  const tokIdx = new Map(tokens.map((t, i) => [t, i] as const));
  const inQuote = (pos: number) => quotes.some((q) => pos >= q.innerStart && pos < q.innerEnd);

  const ensure = (name: string, kind: ActorKind, role: string | null = null): Actor => {
    const existing = actors.get(name.toLowerCase()) ?? byForm.get(name);
    if (existing) {
      if (!existing.role && role) existing.role = role;
      return existing;
    }
    const a: Actor = { name, aliases: new Set(), kind, role, forms: new Set([name]), metonyms: new Set(), demonyms: [], first: Infinity };
    actors.set(name.toLowerCase(), a);
    byForm.set(name, a);
    return a;
  };
  const addForm = (a: Actor, form: string, metonym = false) => {
    if (!form || byForm.get(form) && byForm.get(form) !== a) return;
    byForm.set(form, a);
    a.forms.add(form);
    if (metonym) a.metonyms.add(form);
  };
  const fromEntry = (e: GazetteerEntry): Actor => {
    const a = ensure(e.name, e.kind, e.role ?? null);
    for (const f of e.forms) addForm(a, f);
    for (const m of e.metonyms ?? []) addForm(a, m, true);
    a.demonyms = e.demonyms ?? [];
    return a;
  };

  // 1. Known actors passed in win over everything else.
  for (const k of opts.known ?? []) {
    const kind = (ACTOR_KINDS as string[]).includes(k.kind) ? (k.kind as ActorKind) : "other";
    const a = ensure(k.name, kind);
    a.slug = k.slug;
    for (const f of [k.name, ...k.aliases]) addForm(a, f);
  }

  // 2. Gazetteer forms are registered lazily: an entry becomes an actor only when mentioned.
  const gazForm = new Map<string, { entry: GazetteerEntry; metonym: boolean }>();
  for (const e of GAZETTEER) {
    for (const f of e.forms) if (!byForm.has(f)) gazForm.set(f, { entry: e, metonym: false });
    for (const f of e.metonyms ?? []) if (!byForm.has(f)) gazForm.set(f, { entry: e, metonym: true });
    for (const d of e.demonyms ?? []) stateOfDemonym.set(d, e.name);
    lazy.set(e.name, e);
  }
  const gazetteerAt = (i: number): { entry: GazetteerEntry; len: number } | null => {
    for (let len = 4; len >= 1; len--) {
      if (i + len > tokens.length) continue;
      const phrase = tokens.slice(i, i + len).map((t, k) => (k === len - 1 ? t.base : t.text)).join(" ");
      const g = gazForm.get(phrase);
      if (g) return { entry: g.entry, len };
      const known = byForm.get(phrase);
      if (known) return { entry: { name: known.name, kind: known.kind, forms: [] }, len };
    }
    return null;
  };

  // 3. Acronyms defined in parentheses: "Armed Forces of Russia (AFR)".
  const defRe = /((?:[\p{Lu}][\p{L}’'-]*|of|the|and|for|on|in)(?:\s+(?:[\p{Lu}][\p{L}’'-]*|of|the|and|for|on|in)){1,9})\s+\((\p{Lu}[\p{Lu}\p{Ll}]{1,6})\)/gu;
  for (let m = defRe.exec(text); m; m = defRe.exec(text)) {
    const words = m[1].split(/\s+/);
    const acr = m[2];
    if (!/\p{Lu}.*\p{Lu}/u.test(acr)) continue;
    for (let k = 0; k < words.length; k++) {
      const phraseWords = words.slice(k);
      if (!spellsAcronym(phraseWords, acr)) continue;
      const phrase = phraseWords.join(" ");
      const g = gazForm.get(phrase) ?? gazForm.get(acr);
      const a = g ? fromEntry(g.entry) : byForm.get(phrase) ?? ensure(phrase, headKind(phraseWords) ?? "organization");
      addForm(a, phrase);
      addForm(a, acr);
      a.aliases.add(acr);
      break;
    }
  }

  // 4. Persons: runs of capitalised words, minus leading titles/places, with evidence of being a name.
  const tokenIsPlaceish = (t: string) => gazForm.has(t) || stateOfDemonym.has(t) || byForm.has(t);
  const surnameCount = new Map<string, number>();
  // Count a capitalised word only where it stands alone, as a surname does on later mentions ("Putin said").
  tokens.forEach((t, k) => {
    if (!isCap(t.base)) return;
    const prev = tokens[k - 1], next = tokens[k + 1];
    const joinedPrev = prev && isCap(prev.text) && text.slice(prev.end, t.start) === " " && !prev.possessive;
    const joinedNext = next && isCap(next.text) && text.slice(t.end, next.start) === " " && !t.possessive;
    if (!joinedPrev && !joinedNext) surnameCount.set(t.base, (surnameCount.get(t.base) ?? 0) + 1);
  });
  const runs: Token[][] = [];
  {
    let run: Token[] = [];
    const flush = () => {
      while (run.length && !isCap(run[run.length - 1].text)) run.pop();
      if (run.length) runs.push(run);
      run = [];
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const gap = run.length ? text.slice(run[run.length - 1].end, t.start) : " ";
      if (run.length && gap !== " ") flush();
      const connected = run.length && CONNECTORS.has(t.text) && tokens[i + 1] && (isCap(tokens[i + 1].text) || (CONNECTORS.has(tokens[i + 1].text) && tokens[i + 2] && isCap(tokens[i + 2].text)));
      if (isCap(t.text) || connected) {
        run.push(t);
        if (t.possessive) flush();
      } else flush();
    }
    flush();
  }
  const roleNounTail = new RegExp(`\\b(${ROLE_NOUNS.map(escapeRe).join("|")}),?\\s*$`, "i");
  const roleNounBefore = (pos: number): string | null => {
    const m = roleNounTail.exec(text.slice(Math.max(0, pos - 30), pos));
    return m ? m[1] : null;
  };
  // Organisation names may contain "for the", "of", "and": "Institute for the Study of War".
  const orgRuns: Token[][] = [];
  {
    let run: Token[] = [];
    const flush = () => {
      while (run.length && !isCap(run[run.length - 1].text)) run.pop();
      if (run.length) orgRuns.push(run);
      run = [];
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const gap = run.length ? text.slice(run[run.length - 1].end, t.start) : " ";
      if (run.length && gap !== " ") flush();
      const next = tokens[i + 1];
      const joiner = run.length && /^(of|for|the|and|on)$/.test(t.text) && next && (isCap(next.text) || next.text === "the") && !MONTH_NAMES.test(next.text) && !DAY_NAMES.test(next.text);
      if (isCap(t.text) || joiner) {
        run.push(t);
        if (t.possessive) flush();
      } else flush();
    }
    flush();
  }
  // 7. Capitalised organisation names ("State Emergency Service", "Ministry of Foreign Affairs").
  for (const run of orgRuns) {
    if (run[0].start < headlineEnd) continue;
    const ws = run.map((t) => t.base);
    let s = 0;
    // "Air Force", "Military Administration": a modifier right before the head word belongs to the name.
    // An article or determiner never belongs to the name ("The Bank of Russia").
    while (s < ws.length && (NON_NAME_WORDS.has(ws[s]) && !stateOfDemonym.has(ws[s])) && (DETERMINER.test(ws[s]) || !(s + 1 < ws.length && isOrgHead(ws[s + 1])))) s++;
    // "Head of the Kharkiv Regional State Administration …": the holder's title is not part of the body's name.
    if (s < ws.length - 2 && LEAD_TITLES.test(ws[s]) && /^(of|for)$/.test(ws[s + 1])) s += ws[s + 2] === "the" ? 3 : 2;
    let phraseToks = run.slice(s);
    const titled = phraseToks.findIndex((t, k) => k > 0 && isOrgHead(phraseToks[k - 1].base) && TITLE_WORDS.has(t.base));
    if (titled > 0) phraseToks = phraseToks.slice(0, titled);
    // "… Regional State Administration Oleh Syniehubov": a person named right after the body is not part of it.
    const cut = trailingPersonName(phraseToks);
    if (cut > 0) phraseToks = phraseToks.slice(0, cut);
    if (phraseToks.length < 2) continue;
    const pw = phraseToks.map((t) => t.base);
    if (pw.some((w) => VENUE_HEADS.test(w))) continue;
    const kind = headKind(pw.filter((w) => isCap(w)));
    if (!kind) continue;
    const phrase = text.slice(phraseToks[0].start, phraseToks[phraseToks.length - 1].start) + phraseToks[phraseToks.length - 1].base;
    if (byForm.has(phrase) || gazForm.has(phrase)) continue;
    // "Russian Defense Ministry" is a national body, named by the step below.
    if (stateOfDemonym.has(pw[0]) && STATE_BODIES.some(([b]) => b === pw.slice(1).join(" ").toLowerCase())) continue;
    if (pw.filter((w) => TITLE_WORDS.has(w)).length >= pw.length - 1 && !/Ministry|Office|Council|Staff|Forces/.test(phrase)) continue;
    // "Air Force of the Armed Forces of Ukraine" is the Ukrainian Air Force; later "the Air Force" is the same body.
    const branch = /^(Air Force|Navy|Naval Forces|Ground Forces|Air Assault Forces|Special Operations Forces|Territorial Defen[cs]e Forces|Air Defen[cs]e Forces) of the Armed Forces of (.+)$/.exec(phrase);
    const branchState = branch ? stateOfDemonym.get(branch[2]) ?? (gazForm.get(branch[2])?.entry.kind === "state" ? gazForm.get(branch[2])!.entry.name : null) : null;
    if (branch && branchState) {
      const demonym = lazy.get(branchState)?.demonyms?.[0] ?? branchState;
      const a = ensure(`${demonym} ${branch[1]}`, "armed_force");
      addForm(a, phrase);
      a.aliases.add(phrase);
      addForm(a, branch[1]);
      a.aliases.add(branch[1]);
      continue;
    }
    const a = ensure(phrase, kind);
    addForm(a, phrase);
  }

  const orgForms = [...byForm.entries()].filter(([f, a]) => a.kind !== "person" && f.includes(" ")).map(([f]) => f);
  for (const run of runs) {
    if (run[0].start < headlineEnd) continue;
    let i = 0;
    const titleTokens: Token[] = [];
    while (i < run.length) {
      const t = run[i];
      const g = gazetteerAt(tokIdx.get(t)!);
      if (g && i + g.len <= run.length) {
        titleTokens.push(...run.slice(i, i + g.len));
        i += g.len;
        continue;
      }
      if (TITLE_WORDS.has(t.base) || NON_NAME_WORDS.has(t.base) || MONTH_NAMES.test(t.base) || DAY_NAMES.test(t.base) || tokenIsPlaceish(t.base) || /^\p{Lu}{2,}$/u.test(t.base) || CONNECTORS.has(t.text)) {
        titleTokens.push(t);
        // "Secretary of War", "Minister for Foreign Affairs"
        if (TITLE_WORDS.has(t.base) && run[i + 1] && (run[i + 1].text === "of" || run[i + 1].text === "for") && run[i + 2]) {
          titleTokens.push(run[i + 1], run[i + 2]);
          i += 3;
          continue;
        }
        i++;
        continue;
      }
      break;
    }
    let name = run.slice(i);
    // "Kharkiv Regional State Administration Oleh Syniehubov": the office held works as a title.
    const lastHead = name.reduce((acc, t, k) => (isOrgHead(t.base) ? k : acc), -1);
    const officeTitle = lastHead >= 0 && lastHead < name.length - 1 && name.slice(lastHead + 1).every(nameLike);
    if (officeTitle) {
      titleTokens.push(...name.slice(0, lastHead + 1));
      name = name.slice(lastHead + 1);
    }
    // "Odesa Oblast Governor Oleh Kiper": the name starts after the last title word.
    const lastTitle = name.reduce((acc, t, k) => (TITLE_WORDS.has(t.base) && !NON_NAME_WORDS.has(t.base) ? k : acc), -1);
    if (lastTitle >= 0 && lastTitle < name.length - 1) {
      titleTokens.push(...name.slice(0, lastTitle + 1));
      name = name.slice(lastTitle + 1);
    }
    if (!name.length || name.length > 4) continue;
    if (name.some((t, k) => k > 0 && (TITLE_WORDS.has(t.base) || NON_NAME_WORDS.has(t.base) || tokenIsPlaceish(t.base) || MONTH_NAMES.test(t.base) || DAY_NAMES.test(t.base)))) continue;
    if (name.some((t) => VENUE_HEADS.test(t.base) || PLACE_HEADS.test(t.base) || /^(War|Revolution|Day|Cup)$/.test(t.base) || ORG_HEADS.some(([re]) => re.test(t.base)) || /\d/.test(t.base) || /^\p{Lu}{2,}$/u.test(t.base))) continue;
    if (name.some((t, k) => !/^\p{Lu}[\p{Ll}\p{M}’'-]+(?:-\p{Lu}[\p{Ll}]+)?$/u.test(t.base) && !CONNECTORS.has(t.text) && !(k < name.length - 1 && /^\p{Lu}\.?$/u.test(t.base)))) continue;
    const startTok = name[0];
    const lastTok = name[name.length - 1];
    const capTitle = officeTitle || titleTokens.filter((t) => TITLE_WORDS.has(t.base) && !NON_NAME_WORDS.has(t.base)).length > 0 || titleTokens.some((t) => TITLE_WORDS.has(t.base) && /^(Presidential|Secretary|Chief|Acting|Deputy)$/.test(t.base));
    const lowerRole = roleNounBefore(run[0].start);
    const prevTok = tokens[tokIdx.get(run[0])! - 1];
    const possessiveBefore = !!prevTok && prevTok.possessive && text.slice(prevTok.end, run[0].start) === " ";
    const afterWords = text.slice(lastTok.end, lastTok.end + 40).replace(/^['’]s/, "").trim().split(/\s+/).slice(0, 3).map((w) => w.replace(/[^\p{L}]/gu, ""));
    const verbAfter = afterWords.some((w) => REPORTING_NEAR.test(w));
    const appositive = /^,\s+(?:the|a|an|who)\b/.test(text.slice(lastTok.end, lastTok.end + 10)) || APPOSITIVE_ROLE.test(text.slice(lastTok.end, lastTok.end + 40));
    const recurs = name.length >= 2 && (surnameCount.get(lastTok.base) ?? 0) >= 1;
    // "leaders including Emmanuel Macron, Friedrich Merz and Donald Tusk": full names in a list vouch for each other.
    const before = text.slice(Math.max(0, run[0].start - 60), run[0].start);
    const after = text.slice(lastTok.end, lastTok.end + 60);
    const fullNameRe = "\\p{Lu}[\\p{Ll}’'-]+ \\p{Lu}[\\p{Ll}’'-]+";
    const inList = name.length >= 2 && i === 0 && (
      /\b(?:including|such as|among them|as well as)\s+$/.test(before) ||
      new RegExp(`${fullNameRe}(?:,| and|, and)\\s+$`, "u").test(before) ||
      new RegExp(`^(?:,| and|, and)\\s+${fullNameRe}\\b`, "u").test(after));
    if (name.length === 1 && !capTitle && !lowerRole) continue;
    if (!(capTitle || lowerRole || possessiveBefore || verbAfter || appositive || recurs || inList)) continue;
    if (name.length === 1 && byForm.has(name[0].base)) continue;
    const fullName = name.map((t) => t.base).join(" ");
    if (name.some((t) => t.text === "of")) continue;
    if (byForm.has(fullName) && byForm.get(fullName)!.kind !== "person") continue;
    if (orgForms.some((f) => f.includes(fullName))) continue;
    const stateOf = (w: string) => stateOfDemonym.get(w) ?? (gazForm.get(w)?.entry.kind === "state" ? gazForm.get(w)!.entry.name : byForm.get(w)?.kind === "state" ? byForm.get(w)!.name : null);
    let role = buildRole(titleTokens, lowerRole, text, run[0].start, stateOf);
    if (role && prevTok?.possessive && stateOf(prevTok.base) && !/ of /.test(role) && text.slice(prevTok.end, run[0].start) === " ") role = `${role} of ${stateOf(prevTok.base)!.startsWith("United") ? "the " : ""}${stateOf(prevTok.base)}`;
    // A single surname after a title may belong to a person already named in full.
    const existing = [...actors.values()].find((a) => a.kind === "person" && (a.name === fullName || (name.length === 1 && a.name.split(" ").pop() === fullName)));
    const person = existing ?? ensure(fullName, "person", role);
    if (!person.role && role) person.role = role;
    addForm(person, fullName);
    if (name.length >= 2) {
      const surname = lastTok.base;
      if (!byForm.has(surname) && !gazForm.has(surname)) {
        addForm(person, surname);
        person.aliases.add(surname);
      }
    }
    void startTok;
  }

  // 3b. A transliterated short name in parentheses after an institution: "Federal Air Transport Agency (Rosaviatsia)".
  const shortRe = /((?:\p{Lu}[\p{L}’'-]*\s+){0,5}\p{Lu}[\p{L}’'-]*)\s+\((\p{Lu}\p{Ll}{3,}[\p{L}-]*)\)/gu;
  for (let m = shortRe.exec(text); m; m = shortRe.exec(text)) {
    const words = m[1].split(/\s+/);
    let k = 0;
    while (k < words.length && NON_NAME_WORDS.has(words[k]) && !(k + 1 < words.length && isOrgHead(words[k + 1]))) k++;
    const phraseWords = words.slice(k);
    if (phraseWords.length < 2 || !isOrgHead(phraseWords[phraseWords.length - 1]) || byForm.has(m[2]) || gazForm.has(m[2])) continue;
    const phrase = phraseWords.join(" ");
    const a = byForm.get(phrase) ?? ensure(phrase, headKind(phraseWords) ?? "organization");
    addForm(a, phrase);
    addForm(a, m[2]);
    a.aliases.add(m[2]);
  }

  // 5. Undefined acronyms ("the COW delegates"): find the phrase whose initials spell them.
  const words = tokens.map((t) => t.base);
  const triedAcronyms = new Set<string>();
  for (const t of tokens) {
    const acr = t.base;
    if (!/^\p{Lu}{2,6}$/u.test(acr) || byForm.has(acr) || gazForm.has(acr) || /^[IVXLC]+$/.test(acr) || triedAcronyms.has(acr)) continue;
    triedAcronyms.add(acr);
    let found: string | null = null;
    outer: for (let i = 0; i < tokens.length && !found; i++) {
      if (words[i][0]?.toLowerCase() !== acr[0].toLowerCase() || STOP.has(words[i].toLowerCase())) continue;
      for (let len = acr.length; len <= acr.length + 3 && i + len <= tokens.length; len++) {
        const slice = tokens.slice(i, i + len);
        if (slice.some((s, k) => k > 0 && text.slice(slice[k - 1].end, s.start) !== " ")) break;
        if (spellsAcronym(slice.map((s) => s.base), acr) && !STOP.has(slice[len - 1].base.toLowerCase())) {
          found = slice.map((s) => s.base).join(" ");
          break outer;
        }
      }
    }
    // "liquefied natural gas (LNG)" is a thing, not an actor; lower-case gazetteer phrases ("coalition of the willing") are.
    if (!found || (!/^\p{Lu}/u.test(found) && !gazForm.has(found))) continue;
    const g = gazForm.get(found) ?? gazForm.get(found.charAt(0).toUpperCase() + found.slice(1));
    const a = g ? fromEntry(g.entry) : byForm.get(found) ?? ensure(found.charAt(0).toUpperCase() + found.slice(1), headKind(found.split(" ")) ?? "organization");
    addForm(a, found);
    addForm(a, acr);
    a.aliases.add(acr);
  }

  // 6. Units and national bodies.
  const demonymAlt = [...stateOfDemonym.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
  const stateAlt = GAZETTEER.filter((e) => e.kind === "state").flatMap((e) => [...e.forms, ...(e.metonyms ?? [])]).sort((a, b) => b.length - a.length).map(escapeRe).join("|");
  const unitRe = /\b(\p{Lu}[\p{L}’'-]+)\s+(forces|brigade|battalion|regiment|fighters)\b/gu;
  for (let m = unitRe.exec(text); m; m = unitRe.exec(text)) {
    const w = m[1];
    if (NON_NAME_WORDS.has(w) || stateOfDemonym.has(w) || gazForm.has(w) || byForm.has(w) || TITLE_WORDS.has(w) || MONTH_NAMES.test(w)) continue;
    const a = ensure(w, "armed_force");
    addForm(a, `${w} ${m[2]}`);
    a.aliases.add(`${w} ${m[2]}`);
  }
  const bodyRe = new RegExp(`(?<![\\p{L}])(${demonymAlt}|(?:${stateAlt})(?:['’]s)?)\\s+(${STATE_BODIES.map(([b]) => escapeRe(b)).sort((a, b) => b.length - a.length).join("|")})\\b`, "giu");
  for (let m = bodyRe.exec(text); m; m = bodyRe.exec(text)) {
    const lead = m[1].replace(/['’]s$/, "");
    const stateName = stateOfDemonym.get(lead) ?? (gazForm.get(lead)?.entry.kind === "state" ? gazForm.get(lead)!.entry.name : null);
    if (!stateName) continue;
    const unit = m[2].toLowerCase();
    const kind = STATE_BODIES.find(([b]) => b === unit)![1];
    const entry = lazy.get(stateName)!;
    const demonym = entry.demonyms?.[0] ?? stateName;
    const isGenericForces = /^(armed forces|army|military)$/.test(unit);
    let a: Actor | undefined;
    // "Russian forces", "Ukrainian troops": the state acting, not a named armed force.
    if (unit === "authorities" || unit === "forces" || unit === "troops") a = fromEntry(entry);
    else if (isGenericForces) {
      const g = gazForm.get(`Armed Forces of ${stateName}`);
      if (g) a = fromEntry(g.entry);
      a ??= [...actors.values()].find((x) => x.kind === "armed_force" && (x.name.includes(stateName) || x.name.includes(demonym)) && /^(?:armed forces|forces|army|military)\b|\b(?:armed forces|army|military)$/i.test(x.name));
      a ??= ensure(`Armed Forces of ${stateName}`, "armed_force");
    } else {
      // One canonical spelling per body ("Defense Ministry" and "Defence Ministry" are the same actor).
      const title = unit.replace(/\b\p{L}/gu, (c) => c.toUpperCase()).replace(/ Of /g, " of ").replace(/Defense/g, "Defence");
      const g = gazForm.get(`${demonym} ${title}`);
      a = g ? fromEntry(g.entry) : ensure(`${demonym} ${title}`, kind);
    }
    addForm(a, m[0]);
    if (m[0] !== a.name) a.aliases.add(m[0]);
    // "Ukraine's General Staff": the capitalised unit is a proper name of its own.
    const unitText = m[0].slice(m[0].length - m[2].length);
    const holder = byForm.get(unitText);
    if (/^\p{Lu}/u.test(unitText) && unitText.includes(" ") && (!holder || (holder !== a && holder.kind !== "person"))) {
      if (holder) {
        holder.forms.delete(unitText);
        byForm.delete(unitText);
        if (holder.forms.size === 0 || holder.name === unitText) actors.delete(holder.name.toLowerCase());
      }
      addForm(a, unitText);
      a.aliases.add(unitText);
    }
  }

  // 6b. A bare national body ("the Finance Ministry", "The Foreign Ministry in Kyiv") belongs to the state named right
  // after it ("in Kyiv"), else to the state the article mentions most.
  {
    const stateCount = new Map<string, number>();
    for (const e of GAZETTEER) {
      if (e.kind !== "state") continue;
      const forms = [...e.forms, ...(e.demonyms ?? []), ...(e.metonyms ?? [])].map(escapeRe).join("|");
      const n = text.match(new RegExp(`(?<![\\p{L}])(?:${forms})(?![\\p{L}])`, "gu"))?.length ?? 0;
      if (n) stateCount.set(e.name, n);
    }
    const dominant = [...stateCount.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const bareRe = /(?<=\b(?:the|The) )(Finance|Foreign|Defen[cs]e|Interior|Energy|Economy|Justice) Ministry\b(?: in (\p{Lu}[\p{L}-]+))?/gu;
    for (let m = bareRe.exec(text); m; m = bareRe.exec(text)) {
      const bare = `${m[1]} Ministry`;
      // Already a form of a named body ("the Russian Foreign Ministry … the Foreign Ministry") stays with it.
      const prior = byForm.get(bare);
      if (prior && prior.name !== bare) continue;
      if (prior) {
        actors.delete(bare.toLowerCase());
        byForm.delete(bare);
      }
      const place = m[2] ? gazForm.get(m[2]) : undefined;
      const stateName = place?.entry.kind === "state" ? place.entry.name : dominant;
      if (!stateName) continue;
      const entry = lazy.get(stateName)!;
      const title = bare.replace(/Defense/, "Defence");
      const name = `${entry.demonyms?.[0] ?? stateName} ${title}`;
      const g = gazForm.get(name);
      const a = g ? fromEntry(g.entry) : byForm.get(name) ?? ensure(name, "government");
      addForm(a, bare);
      a.aliases.add(bare);
      // "Finance Ministry in Kyiv" read as one capitalised name earlier is this body.
      const holder = byForm.get(m[0]);
      if (m[2] && holder && holder !== a && holder.kind !== "person") {
        actors.delete(holder.name.toLowerCase());
        byForm.delete(m[0]);
        addForm(a, m[0]);
      }
    }
  }

  // 7b. One-word organisations introduced by what they are, and collective actors ("European allies").
  const ordinaryWord = (w: string) => NON_NAME_WORDS.has(w) || TITLE_WORDS.has(w) || MONTH_NAMES.test(w) || DAY_NAMES.test(w) || stateOfDemonym.has(w) || tokenIsPlaceish(w);
  for (const b of findNamedBodies(text, ordinaryWord)) {
    if (byForm.has(b.name) || gazForm.has(b.name) || b.start < headlineEnd) continue;
    addForm(ensure(b.name, b.kind), b.name);
  }

  // 8. One scan for every form; capitals count only when they stand for the state ("Kyiv sent").
  const allForms = new Map<string, { actor?: Actor; entry?: GazetteerEntry; metonym: boolean }>();
  for (const [f, g] of gazForm) if (!byForm.has(f)) allForms.set(f, { entry: g.entry, metonym: g.metonym });
  for (const a of actors.values()) for (const f of a.forms) allForms.set(f, { actor: a, metonym: a.metonyms.has(f) });
  const alternation = [...allForms.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
  const scan = new RegExp(`(?<![\\p{L}\\p{N}-])(${alternation})(?![\\p{L}\\p{N}])`, "gu");
  const mentions: Mention[] = [];
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const f = m[1];
    const info = allForms.get(f)!;
    const start = m.index, end = start + f.length;
    const possessive = /^['’](?:s\b|(?!\p{L}))/u.test(text.slice(end, end + 3)) && (/^['’]s/.test(text.slice(end, end + 2)) || /s$/.test(f));
    // "Russian central bank assets": the owner of frozen money is not acting in the article.
    if (/^\s+(?:assets|reserves)\b/.test(text.slice(end, end + 10))) continue;
    // "Moscow-installed" is no mention of Russia, but "Nato-backed" and "US-led" do name those actors.
    if (info.metonym && /^-\p{Ll}/u.test(text.slice(end, end + 2))) continue;
    if (info.metonym) {
      const before = /(\p{L}+)\W*$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1] ?? "";
      const after = /^\s*(\p{L}+)/u.exec(text.slice(end, end + 25))?.[1] ?? "";
      const listed = /(\p{L}+)\s+\p{Lu}[\p{L}-]+(?:,\s+\p{Lu}[\p{L}-]+)*,?\s+(?:and|or)\s*$/u.exec(text.slice(Math.max(0, start - 60), start))?.[1] ?? "";
      if (LOC_BEFORE.test(before) || LOC_BEFORE.test(listed) || (!possessive && (NOUN_AFTER_PLACE.test(after) || isCap(after)))) continue;
    }
    // A lower-case gazetteer phrase must not match inside ordinary capitalised text and vice versa.
    let actor = info.actor;
    if (!actor) {
      actor = fromEntry(info.entry!);
    }
    if (info.metonym) actor.aliases.add(f);
    else if (f !== actor.name && !(actor.kind === "state" && f === actor.name)) {
      if (f.toLowerCase() !== actor.name.toLowerCase() || f !== actor.name) actor.aliases.add(f);
    }
    actor.first = Math.min(actor.first, start);
    mentions.push({ actor, start, end, surface: f, pronoun: false, possessive });
  }

  // 9. Pronouns he/she: same-sentence person first, else the subject person of the nearest earlier sentence.
  const pronounRe = /\b(he|she|He|She)\b/g;
  const persons = mentions.filter((m) => m.actor.kind === "person" && !inQuote(m.start)).sort((a, b) => a.start - b.start);
  const sentenceOf = (pos: number) => {
    let lo = 0, hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pos < sentences[mid].start) hi = mid - 1;
      else if (pos >= sentences[mid].end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  const pronounMentions: Mention[] = [];
  for (let m = pronounRe.exec(text); m; m = pronounRe.exec(text)) {
    const pos = m.index;
    if (inQuote(pos)) continue;
    const si = sentenceOf(pos);
    if (si < 0) continue;
    const same = persons.filter((p) => p.start < pos && p.start >= sentences[si].start);
    let target: Actor | undefined = same.length ? same[same.length - 1].actor : undefined;
    for (let k = si - 1; !target && k >= Math.max(0, si - 4); k--) {
      const inS = persons.filter((p) => p.start >= sentences[k].start && p.start < sentences[k].end);
      // The subject, not a possessor ("Peskov's comments came after Kallas accused …").
      if (inS.length) target = (inS.find((p) => !p.possessive) ?? inS[0]).actor;
    }
    if (target) {
      const pm: Mention = { actor: target, start: pos, end: pos + m[0].length, surface: m[0], pronoun: true, possessive: false };
      pronounMentions.push(pm);
      // Keep `persons` ordered so later pronouns can chain through this one.
      let k = persons.length;
      while (k > 0 && persons[k - 1].start > pos) k--;
      persons.splice(k, 0, pm);
    }
  }
  mentions.push(...pronounMentions);

  mentions.sort((a, b) => a.start - b.start);
  const used = new Set(mentions.map((m) => m.actor));
  const list = [...actors.values()]
    .filter((a) => used.has(a) || a.slug !== undefined)
    .sort((a, b) => a.first - b.first);
  // Name a person as the article spells them ("Volodymyr Zelenskiy", not the gazetteer's "Zelensky"),
  // keeping the gazetteer's spelling as an alias; actors known to the caller keep their names.
  for (const a of list) {
    if (a.kind !== "person" || a.slug !== undefined || text.includes(a.name)) continue;
    const spelled = mentions.find((m) => m.actor === a && !m.pronoun && /\s/.test(m.surface.trim()) && a.forms.has(m.surface))?.surface;
    if (spelled) {
      a.aliases.add(a.name);
      a.name = spelled;
    }
  }
  for (const a of list) a.aliases.delete(a.name);
  return { actors: list, mentions, byForm, stateOfDemonym };
}

/** "Russian President" -> "President of Russia"; "Presidential spokesman" stays as written. */
function buildRole(titleTokens: Token[], lowerRole: string | null, text: string, runStart: number, stateOf: (w: string) => string | null): string | null {
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
    const m = /((?:[\p{Lu}][\p{L}’'-]*\s+){0,2})(\p{Ll}[\p{Ll} -]*)$/u.exec(before);
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

export { PLURAL_GROUP };
