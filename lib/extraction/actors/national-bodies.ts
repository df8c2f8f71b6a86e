import { GAZETTEER, MONTH_NAMES, NON_NAME_WORDS, TITLE_WORDS, type ActorKind, type GazetteerEntry } from "../gazetteer";
import { lexiconTag } from "../nlp";
import { beforeVerb } from "./before-verb";
import { escapeRe, STATE_BODIES } from "./lexicon";
import type { Registry } from "./registry";
import { bareBodyState, datelineState, firstStateOfPreviousSentence, sameBodyNamedBefore } from "./nearby-states";
import type { Actor } from "./types";
import { capitalFirst } from "../capital-first";
import { prefixAlternation } from "../prefix-alternation";
import { UPPER_START } from "../word-shapes";
import { ARMS, WEAPON_KIND } from "./state-weapons";

const WORD_INITIALS = /(?<![\p{L}'’])\p{L}/gu;
/** "Wagner forces", "Russia's defence ministry", "Ukraine's General Staff": units and national bodies. */
export function unitsAndNationalBodies(r: Registry): void {
  const { text, actors, byForm, gazForm, lazy, stateOfDemonym, ensure, addForm, fromEntry } = r;
  // "93rd Kholodnyi Yar brigade": a numbered unit is named whole, its number included.
  const numberedRe = /(?<![\p{L}\p{N}])\d{1,3}(?:st|nd|rd|th)\s+(?:\p{Lu}[\p{L}’'-]+\s+){1,3}(?:brigade|battalion|regiment|division|corps)\b/gu;
  for (let m = numberedRe.exec(text); m; m = numberedRe.exec(text)) addForm(ensure(m[0], "armed_force"), m[0]);
  const unitRe = capitalFirst(/\b(\p{Lu}[\p{L}’'-]+)\s+(forces|brigade|battalion|regiment|fighters)\b/gu);
  for (let m = unitRe.exec(text); m; m = unitRe.exec(text)) {
    if (/\d(?:st|nd|rd|th)\s+(?:\p{Lu}[\p{L}’'-]+\s+){0,2}$/u.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const w = m[1];
    // "Moscow's forces" are the state's (the step below); "Drone forces" opening a line names a branch, not a unit.
    if (/['’]s$/.test(w) || /^(?:Singular|Plural|Noun)$/.test(lexiconTag(w) ?? "")) continue;
    if (NON_NAME_WORDS.has(w) || stateOfDemonym.has(w) || gazForm.has(w) || byForm.has(w) || TITLE_WORDS.has(w) || MONTH_NAMES.test(w)) continue;
    const a = ensure(w, "armed_force");
    addForm(a, `${w} ${m[2]}`);
    a.aliases.add(`${w} ${m[2]}`);
  }
  const bodyRe = new RegExp((stateBodySource ??= stateBodyPattern(stateOfDemonym)), "giu");
  for (let m = bodyRe.exec(text); m; m = bodyRe.exec(text)) {
    const lead = m[1].replace(/['’]s$/, "");
    const stateName = stateOfDemonym.get(lead) ?? (gazForm.get(lead)?.entry.kind === "state" ? gazForm.get(lead)!.entry.name : null);
    if (!stateName) continue;
    const unit = m[2].toLowerCase();
    const kind = STATE_BODIES.find(([b]) => b === unit)![1];
    const entry = lazy.get(stateName)!;
    const demonym = entry.demonyms?.[0] ?? stateName;
    const isGenericForces = /^(armed forces|army|military)$/.test(unit);
    // "Russian military personnel", "recruited into the Russian army": a state's army only acts as its subject.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (isGenericForces && !beforeVerb(after) && !(unit !== "military" && servedIn(text.slice(Math.max(0, m.index - 30), m.index), after))) continue;
    let a: Actor | undefined;
    // "Russian forces", "Ukrainian troops": the state acting, not a named armed force.
    if (unit === "authorities" || unit === "forces" || unit === "troops") a = fromEntry(entry);
    else if (isGenericForces) {
      const g = gazForm.get(`Armed Forces of ${stateName}`);
      if (g) a = fromEntry(g.entry);
      a ??= [...actors.values()].find((x) => x.kind === "armed_force" && (x.name.includes(stateName) || x.name.includes(demonym)) && /^(?:armed forces|forces|army|military)\b|\b(?:armed forces|army|military)$/i.test(x.name));
      a ??= ensure(`Armed Forces of ${stateName}`, "armed_force");
    } else {
      a = nationalBody(r, stateName, unit.replace(WORD_INITIALS, (c) => c.toUpperCase()).replace(/ Of /g, " of "), kind);
    }
    addForm(a, m[0]);
    if (m[0] !== a.name) a.aliases.add(m[0]);
    // "Ukraine's General Staff": the capitalised unit is a proper name of its own.
    const unitText = m[0].slice(m[0].length - m[2].length);
    const holder = byForm.get(unitText);
    if (UPPER_START.test(unitText) && unitText.includes(" ") && (!holder || (holder !== a && holder.kind !== "person"))) {
      if (holder) {
        holder.forms.delete(unitText);
        byForm.delete(unitText);
        if (holder.forms.size === 0 || holder.name === unitText) actors.delete(holder.name.toLowerCase());
      }
      addForm(a, unitText);
      a.aliases.add(unitText);
    }
  }
}

let stateBodySource: string | undefined;

/**
 * A state's body ("Defence Ministry" of Russia) in the engine's one spelling: the gazetteer's entry if it knows the name,
 * in any case ("Ukrainian military intelligence"), or knows a government by that role ("Indian Foreign Ministry" is the
 * "Ministry of External Affairs"); else the body named with the state's demonym. "Defense Ministry" and "Defence Ministry"
 * are the same actor; the American spelling stays findable as an alias.
 */
export function nationalBody(r: Registry, stateName: string, title: string, kind: ActorKind = "government"): Actor {
  const name = `${r.lazy.get(stateName)?.demonyms?.[0] ?? stateName} ${title.replace(/Defense/g, "Defence")}`;
  const known = knownBody(r, name);
  const a = known ? r.fromEntry(known) : r.byForm.get(name) ?? r.ensure(name, kind);
  if (/Defense/.test(title)) a.aliases.add(name.replace(/Defence/g, "Defense"));
  return a;
}

const bodyLookups = new WeakMap<Registry, Map<string, GazetteerEntry>>();

/** The gazetteer entry named `name` exactly, else ignoring case, else the government whose role it is. */
function knownBody(r: Registry, name: string): GazetteerEntry | undefined {
  const exact = r.gazForm.get(name)?.entry;
  if (exact) return exact;
  let lower = bodyLookups.get(r);
  if (!lower) {
    lower = new Map([...r.gazForm.entries()].map(([f, g]) => [f.toLowerCase(), g.entry]));
    for (const e of r.lazy.values()) if (e.kind === "government" && e.role && !lower.has(e.role.toLowerCase())) lower.set(e.role.toLowerCase(), e);
    bodyLookups.set(r, lower);
  }
  return lower.get(name.toLowerCase());
}

/** A demonym, or a state's name or capital (possessive or not), then a state body: "Russian army", "Kyiv's Foreign Ministry". */
function stateBodyPattern(stateOfDemonym: Map<string, string>): string {
  // The names as prefix trees (the pattern ignores case), and an ASCII letter before rejected at once, before the slower \p{L} test.
  const demonymAlt = prefixAlternation(stateOfDemonym.keys(), true);
  const stateAlt = prefixAlternation(GAZETTEER.filter((e) => e.kind === "state").flatMap((e) => [...e.forms, ...(e.metonyms ?? [])]), true);
  const bodyAlt = STATE_BODIES.map(([b]) => escapeRe(b)).sort((a, b) => b.length - a.length).join("|");
  return `(?<![A-Za-z])(?<![\\p{L}])(${demonymAlt}|(?:${stateAlt})(?:['’]s)?)\\s+(${bodyAlt})(?![\\p{L}-])`;
}

/** "the Vostok group of forces", "its Southern group of forces", "its Vostok group", "units of the Tsentr group": a grouping of an army's units. */
const GROUPING = capitalFirst(/(?<![\p{L}-])(\p{Lu}\p{Ll}+) group of (?:forces|troops)\b|(?<=\b(?:its|Russia['’]s|(?:units|troops|forces|fighters) of the) )(\p{Lu}\p{Ll}+) group\b(?! of)/gu);
/** What every match of GROUPING holds: a fast test that spares the slower scan an article naming no group. */
const MENTIONS_GROUP = / group\b/;

/** Force groupings, named as printed ("Vostok group of forces"), each an armed force of its own. */
export function forceGroupings(r: Registry): void {
  if (!MENTIONS_GROUP.test(r.text)) return;
  for (const m of r.text.matchAll(GROUPING)) {
    const word = m[1] ?? m[2];
    // "Southern group of forces": a compass word names a grouping only before "group of forces".
    if ((NON_NAME_WORDS.has(word) && !(m[1] && /^(?:Northern|Southern|Eastern|Western|Central)$/.test(word))) || r.byForm.has(word) || r.gazForm.has(word) || r.stateOfDemonym.has(word)) continue;
    const grouping = r.byForm.get(`${word} group of forces`) ?? r.byForm.get(`${word} group`) ?? r.ensure(m[0], "armed_force");
    r.addForm(grouping, m[0]);
  }
}

/** "a unit of the Russian armed forces", "contracts with the Russian army": the army one serves in, not a modifier ("the Russian army's losses"). */
function servedIn(before: string, after: string): boolean {
  return /\b(?:of|with|in|into|joined|join|for)\s+the\s+$/.test(before) && !/^['’]s\b|^\s+\p{Ll}+s\b/u.test(after);
}

const PORTFOLIOS = "Finance|Foreign|Defen[cs]e|Interior|Energy|Economy|Justice|Agriculture|Infrastructure";
/**
 * "Ministry of Emergency Situations", "Department of Foreign Affairs": a ministry or department named whole, its
 * portfolio capitalised, no state or other name after it ("Ministry of Foreign Affairs of Ukraine" is not bare).
 */
const PORTFOLIO_BODY = "(?:Ministry|Department) of \\p{Lu}\\p{Ll}+(?: (?:and )?\\p{Lu}\\p{Ll}+){0,3}(?! of\\b| and \\p{Lu}| \\p{Lu}|['’]s\\b)";
/**
 * "Foreign Ministry", "defence ministry", "Ministry of Economy", "the central bank", "the Cabinet of Ministers", "the Supreme
 * Court": a national body named without its state.
 */
const BARE_BODY =
  `(?:${PORTFOLIOS}) Ministry|(?:${PORTFOLIOS.toLowerCase()}) ministry|${PORTFOLIO_BODY}|` +
  "Central Bank(?! of)|central bank(?! of)|National Bank(?! of)|(?:Cabinet|Council) of Ministers(?! of)|(?:Supreme|Constitutional) Court(?! of)|Parliament(?! of)|parliament(?! of)|" +
  "General Staff(?! of)|Defen[cs]e Forces(?! of)|National Assembly(?! of)|Prosecutor General['’]s Office(?! of)|Security Council(?! of)";
/**
 * "the Foreign Ministry", "our Ministry of Economy", or a capitalised body opening a clause ("Foreign Ministry spokeswoman …",
 * ", Central Bank data show"); not the end of a longer name ("Russian Foreign Ministry", "Russia's Foreign Ministry").
 */
const BARE_BODY_BEFORE = "(?:(?<=\\b(?:the|The|our|Our) )|(?<=(?:^|[.!?:;,(\"“]\\s*|\\n|\\b(?:and|said|says|by|from|to|with|as|that)\\s))(?=\\p{Lu}))";

/**
 * A bare national body ("the Finance Ministry", "The Foreign Ministry in Kyiv") belongs to the state named right after it,
 * else to the state read from the sentences around it and the dateline (bareBodyState), else to the state the article
 * mentions most.
 */
export function bareNationalBodies(r: Registry): void {
  const dominant = dominantState(r.text);
  const bareRe = new RegExp(`${BARE_BODY_BEFORE}(${BARE_BODY})\\b(?: in (\\p{Lu}[\\p{L}-]+))?`, "gu");
  for (let m = bareRe.exec(r.text); m; m = bareRe.exec(r.text)) bareNationalBody(r, m, dominant);
}

/** One bare body: "the Foreign Ministry" (m[1]), "the Finance Ministry in Kyiv" (the place in m[2]). */
function bareNationalBody(r: Registry, m: RegExpExecArray, dominant: string | null): void {
  const { actors, byForm, gazForm, addForm } = r;
  const bare = m[1];
  // "the Ministry of External Affairs": a name the gazetteer holds is that body's own.
  if (gazForm.has(bare)) return;
  // Already a form of a named body ("the Russian Foreign Ministry … the Foreign Ministry") stays with it.
  const prior = byForm.get(bare);
  if (prior && prior.name !== bare) return;
  const place = m[2] ? gazForm.get(m[2]) : undefined;
  // "The General Staff of the Armed Forces of Ukraine … the General Staff's report": the known body printed whole before.
  const known = place ? null : knownBodyPrintedBefore(r, bare, m.index);
  if (known) {
    if (prior) forget(r, bare);
    addForm(r.fromEntry(known), bare);
    return;
  }
  // "The Finance Ministry in Kyiv": the state of the place after it; else the state read from around it, else the article's.
  const stateName = place?.entry.kind === "state" ? place.entry.name : LEADERSHIP_BODY.test(bare) ? leadershipBodyState(r, m.index) : bareBodyState(r, m.index) ?? dominant;
  // No state in the article: the body keeps the name it is printed with.
  if (!stateName) return;
  if (prior) forget(r, bare);
  // "Poland's Foreign Ministry said … The Foreign Ministry added": the body named with its state before.
  const named = place ? null : sameBodyNamedBefore(r, bare, m.index);
  if (named) {
    addForm(named, bare);
    return;
  }
  // "the Security Council" of an article about the UN's is the UN's.
  if (/^Security Council$/.test(bare) && UN_SECURITY_COUNCIL.test(r.text)) return;
  // "foreign ministry" is capitalised as a name; a name printed capitalised keeps its "of" ("Cabinet of Ministers").
  const title = UPPER_START.test(bare) ? portfolioFirst(bare) : bare.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  const a = nationalBody(r, stateName, title, MILITARY_BODY.test(bare) ? "armed_force" : "government");
  addForm(a, bare);
  a.aliases.add(bare);
  // "National Assembly of Armenia": an institution of one name is as often named with "of" and its state.
  if (OF_STATE_BODY.test(title)) a.aliases.add(`${title} of ${stateName.startsWith("United") ? "the " : ""}${stateName}`);
  // "Finance Ministry in Kyiv" read as one capitalised name earlier is this body.
  const holder = byForm.get(m[0]);
  if (m[2] && holder && holder !== a && holder.kind !== "person") {
    actors.delete(holder.name.toLowerCase());
    byForm.delete(m[0]);
    addForm(a, m[0]);
  }
}

/** The actor named by the bare body alone gives way to the body with its state. */
function forget(r: Registry, bare: string): void {
  r.actors.delete(bare.toLowerCase());
  r.byForm.delete(bare);
}

/** A gazetteer body whose whole name holds `bare` ("General Staff of the Armed Forces of Ukraine"), printed before `at`. */
function knownBodyPrintedBefore(r: Registry, bare: string, at: number): GazetteerEntry | null {
  if (!LEADERSHIP_BODY.test(bare)) return null;
  for (const [form, g] of r.gazForm) {
    if (form !== bare && (form.startsWith(`${bare} of `) || form.endsWith(` ${bare}`)) && r.text.lastIndexOf(form, at) >= 0) return g.entry;
  }
  return null;
}

/**
 * The state of a military or leadership body named bare: the one acting in its sentence, else the one read from around it and
 * the dateline, else the one the article names most by name or capital (not by demonym: "Russian forces" are as often the
 * enemy the body reports on).
 */
function leadershipBodyState(r: Registry, at: number): string | null {
  const acting = firstStateOfSentence(r, at);
  if (acting !== ARMED_ACT) return acting ?? bareBodyState(r, at) ?? stateNamedMost(r);
  // "Ukrainian drones struck a depot in Russia's Bryansk region, the General Staff said": no state of the sentence tells.
  return datelineState(r) ?? firstStateOfPreviousSentence(r, at) ?? stateNamedMost(r);
}

const namedMost = new WeakMap<Registry, string | null>();
/** The state the article names most by name or capital, counted once per article. */
function stateNamedMost(r: Registry): string | null {
  if (!namedMost.has(r)) namedMost.set(r, dominantState(r.text, false));
  return namedMost.get(r)!;
}

/**
 * "Ukrainian forces repelled the assault, the General Staff said", "Russian President Putin held a meeting of the Security
 * Council": the state a military or leadership body answers to is the first its sentence names, by name or demonym. A state
 * named as the side whose forces or weapons act ("Russian forces launched 142 attacks, the General Staff said") is the one
 * the body reports on, as often the enemy as its own, and tells nothing unless its forces defend ("pushed back a raid").
 */
function firstStateOfSentence(r: Registry, at: number): string | null | typeof ARMED_ACT {
  const start = Math.max(r.text.lastIndexOf(". ", at), r.text.lastIndexOf("\n", at)) + 1;
  for (const m of r.text.slice(start, at).matchAll(CAPITALISED)) {
    const word = m[0];
    const demonymOf = r.stateOfDemonym.get(word);
    const state = demonymOf ?? (r.gazForm.get(word)?.entry.kind === "state" ? r.gazForm.get(word)!.entry.name : null);
    if (!state) continue;
    const after = r.text.slice(start + m.index + word.length, start + m.index + word.length + 60);
    return sideActing(after, !!demonymOf) && !DEFENDING.test(after) ? ARMED_ACT : state;
  }
  return null;
}
/** A sentence telling a side's armed act: its states are the sides, not the owner of the body reporting it. */
const ARMED_ACT = Symbol("armed act");
/** After a demonym, its forces or weapons ("forces", "attack drones"); after a state's name, its armed deed ("launched", "struck"). */
const sideActing = (after: string, demonym: boolean) => (demonym ? ARMED_AFTER_DEMONYM : ARMED_DEED_AFTER_STATE).test(after);
const ARMED_NOUNS = `(?:forces|troops|soldiers|army|military|units|fighters|occupiers|invaders|air defen[cs]es?|${ARMS})`;
const ARMED_AFTER_DEMONYM = new RegExp(`^\\s+(?:${WEAPON_KIND})?${ARMED_NOUNS}(?![\\p{L}-])`, "u");
const ARMED_DEED_AFTER_STATE = /^\s+(?:(?:has|have|had)\s+)?(?:launched|attacked|struck|shelled|fired|hit|bombed|targeted|lost)\b/;
/** "Georgian soldiers pushed back a raid": a side's forces defending are the body's own. */
const DEFENDING = new RegExp(
  `^\\s+(?:${WEAPON_KIND})?${ARMED_NOUNS}\\s+(?:(?:have|has|had)\\s+)?(?:\\p{Ll}+ly\\s+)?(?:repelled|repulsed|pushed back|beat back|fought off|held off|shot down|downed|intercepted|neutrali[sz]ed|thwarted|foiled|defended|stopped)\\b`,
  "u",
);
const CAPITALISED = /\p{Lu}[\p{L}’'-]*/gu;
/** Bodies that answer to a state's leadership or command, told by the state acting in their sentence. */
const LEADERSHIP_BODY = /^(?:General Staff|Defen[cs]e Forces|Security Council)$/;

const UN_SECURITY_COUNCIL = /\b(?:UN|U\.N\.|United Nations) Security Council\b|\bUNSC\b/;
/** "the General Staff said", "the Defense Forces": a state's military body, not a ministry. */
const MILITARY_BODY = /^(?:General Staff|Defen[cs]e Forces)$/;
/** Institutions of which a state has one, named as often "National Bank of Kazakhstan" as "Kazakh National Bank". */
const OF_STATE_BODY = /^(?:National Assembly|Prosecutor General['’]s Office|Supreme Court|Constitutional Court|National Bank|Central Bank)$/;

/** "Singapore's Ministry of Foreign Affairs": a capitalised national body after the possessive of a place the gazetteer lacks. */
const POSSESSED_BARE_BODY = capitalFirst(new RegExp(`(?<![\\p{L}-])(\\p{Lu}[\\p{L}-]+)['’]s (${BARE_BODY})(?![\\p{L}-])`, "gu"));

/**
 * A state the gazetteer does not know owns its body all the same: "Singapore's Ministry of Foreign Affairs" is the
 * "Singapore Ministry of Foreign Affairs", not a bare "Ministry of Foreign Affairs" given to another state. (Known states'
 * bodies are named by unitsAndNationalBodies.)
 */
export function unknownStatesBodies(r: Registry): void {
  if (!/['’]s \p{Lu}/u.test(r.text)) return;
  for (const m of r.text.matchAll(POSSESSED_BARE_BODY)) {
    const [surface, owner, bare] = m;
    if (!UPPER_START.test(bare) || r.gazForm.has(owner) || r.byForm.has(owner) || r.stateOfDemonym.has(owner)) continue;
    if (NON_NAME_WORDS.has(owner) || TITLE_WORDS.has(owner) || MONTH_NAMES.test(owner)) continue;
    // The body read alone as a name of its own gives way.
    const plain = r.byForm.get(bare);
    if (plain?.name === bare) {
      r.actors.delete(bare.toLowerCase());
      r.byForm.delete(bare);
    }
    const name = `${owner} ${bare}`;
    const a = r.byForm.get(name) ?? r.ensure(name, "government");
    r.addForm(a, surface);
    a.aliases.add(surface);
  }
}

/**
 * The state the article mentions most, by name, capital and (unless told not to) demonym: the home of bodies it names
 * bare. Without demonyms the count leaves out the adversary's "Russian drones" and weighs the places reported from.
 * States in `except` are not counted.
 */
export function dominantState(text: string, demonyms = true, except?: Set<string>): string | null {
  const { re, stateOf } = stateFormsScan(demonyms);
  const stateCount = new Map<string, number>();
  for (const m of text.matchAll(re)) {
    const state = stateOf.get(m[0])!;
    if (!except?.has(state)) stateCount.set(state, (stateCount.get(state) ?? 0) + 1);
  }
  // Ties go to the state listed first in the gazetteer, as a scan state by state would have it.
  const order = [...stateCount.entries()].sort((a, b) => b[1] - a[1] || STATE_ORDER.get(a[0])! - STATE_ORDER.get(b[0])!);
  return order[0]?.[0] ?? null;
}

const STATE_ORDER = new Map(GAZETTEER.filter((e) => e.kind === "state").map((e, i) => [e.name, i] as const));
const stateScans = new Map<boolean, { re: RegExp; stateOf: Map<string, string> }>();

/** One regex for every state's name, capital and (if asked) demonym, built once: the forms, longest first, to their state. */
function stateFormsScan(demonyms: boolean): { re: RegExp; stateOf: Map<string, string> } {
  let scan = stateScans.get(demonyms);
  if (scan) return scan;
  const stateOf = new Map<string, string>();
  for (const e of GAZETTEER) {
    if (e.kind !== "state") continue;
    for (const f of [...e.forms, ...(demonyms ? e.demonyms ?? [] : []), ...(e.metonyms ?? [])]) if (!stateOf.has(f)) stateOf.set(f, e.name);
  }
  const alternation = [...stateOf.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
  scan = { re: new RegExp(`(?<![\\p{L}])(?:${alternation})(?![\\p{L}])`, "gu"), stateOf };
  stateScans.set(demonyms, scan);
  return scan;
}

/**
 * "Ministry of Foreign Affairs" -> "Foreign Ministry": a national body's name in the engine's one spelling. A portfolio of
 * two words other than foreign affairs stays whole ("Ministry of Internal Affairs", not "Internal Ministry").
 */
export const portfolioFirst = (bare: string) => bare.replace(/^Ministry of (?:(\p{Lu}\p{Ll}+)|(Foreign) Affairs)$/u, "$1$2 Ministry");

/** "the Commission" in an article about the EU is the European Commission (and "Commission" its short form). */
export function bareEuInstitutions(r: Registry): void {
  const { text, gazForm, byForm, addForm, fromEntry } = r;
  if (!/(?=[Tt])(?<![\p{L}])[Tt]he Commission(?![\p{L}-])/u.test(text) || !/\b(?:EU|European Union|Brussels|von der Leyen)\b/.test(text)) return;
  const g = gazForm.get("European Commission");
  if (!g || (byForm.has("Commission") && byForm.get("Commission")!.name !== "European Commission")) return;
  const a = fromEntry(g.entry);
  addForm(a, "Commission");
  a.aliases.add("Commission");
}
