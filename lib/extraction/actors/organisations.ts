import { DAY_NAMES, MONTH_NAMES, NON_NAME_WORDS, TITLE_WORDS, VENUE_HEADS } from "../gazetteer";
import { escapeRe, isCap, LEAD_TITLES, OFFICE_INITIALS, DETERMINER, isOrgHead, nameLike, trailingPersonName, STATE_BODIES, headKind } from "./lexicon";
import { bodyCandidates, namedBodies, type BodyCandidate } from "./named-bodies";
import { isFirstName, lexiconTag } from "../nlp";
import type { Registry } from "./registry";
import type { Actor, Token } from "./types";

/** Never the first word of a name: a joiner left after a sentence opener ("On Tuesday the State Duma"), or "State-run". */
const JOINER_OR_MODIFIER = /^(?:the|of|for|and|on|\p{Lu}\p{Ll}+-(?:run|owned|backed|controlled|funded|linked|based|led))$/u;

/** "Minister of State for International Co-operation", "Minister for Foreign Trade": an office held, not a body. */
const HELD_OFFICE = /^(?:Minister|Commissioner) (?:of|for) (?!.*\b(?:Ministry|Office|Council|Commission|Committee|Agency|Service|Department)$)/;

/** A title opening the words after "and": a second office holder, not the rest of a body's name. */
const titleAfterAnd = (w: string) => LEAD_TITLES.test(w) || /^(?:Minister|President|Prime)$/.test(w);

const CONJUNCTION_OR_PREPOSITION = /^(?:Conjunction|Preposition)$/;

const REGION_ADJECTIVE = /^(?:European|Western|Eastern|Northern|Southern|Central)$/;

/**
 * A word before a body's name that is no part of it: an article, a joiner, a sentence's opening conjunction or
 * preposition ("Because Parliament would not …", "By Times of Israel Staff").
 */
function leadingNonName(w: string, next: string | undefined, endsInHead: boolean, stateOfDemonym: Registry["stateOfDemonym"]): boolean {
  return (
    (NON_NAME_WORDS.has(w) && !stateOfDemonym.has(w) && !(endsInHead && REGION_ADJECTIVE.test(w)) && (DETERMINER.test(w) || !(next && isOrgHead(next)))) ||
    JOINER_OR_MODIFIER.test(w) || CONJUNCTION_OR_PREPOSITION.test(lexiconTag(w) ?? "")
  );
}

const DATE_PREPOSITION = /^(?:in|on|since|by|last|next|until|from)$/i;

/**
 * A month or day that dates the clause rather than naming a body: after "in/on/since/…" ("in October Parliament"),
 * before a day number ("March 3 …") or before an article opening the body's own name ("Monday the Ministry …").
 * "Sunday Times" and "March Group" are names.
 */
function isDateWord(text: string, run: Token[], k: number): boolean {
  if (!MONTH_NAMES.test(run[k].base) && !DAY_NAMES.test(run[k].base)) return false;
  const before = k > 0 ? run[k - 1].base : /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, run[k].start - 20), run[k].start))?.[1] ?? "";
  return DATE_PREPOSITION.test(before) || /^\s+\d/.test(text.slice(run[k].end, run[k].end + 3)) || /^(?:the|a|an)$/i.test(run[k + 1]?.base ?? "");
}

/**
 * Where a body's name starts in a capitalised run: past the words that are no part of it — an article or joiner, a
 * month or day dating the clause (`datedAt`), a holder's title or officers ("Head of the …", "Investigators of the
 * Directorate …", "CEO of Nordvik Shipping Group"), a titled person before it. "Air Force", "Military Administration":
 * a modifier right before the head word belongs to the name; "European Investment Bank": a region's adjective opens a
 * name that ends in a head word.
 */
function nameStart(text: string, run: Token[], stateOfDemonym: Registry["stateOfDemonym"]): { s: number; datedAt: number } {
  const ws = run.map((t) => t.base);
  const endsInHead = isOrgHead(ws[ws.length - 1]);
  let s = 0;
  let datedAt = -1;
  while (s < ws.length && (leadingNonName(ws[s], ws[s + 1], endsInHead, stateOfDemonym) || (isDateWord(text, run, s) && (datedAt = s) >= 0))) s++;
  if (s < ws.length - 2 && (LEAD_TITLES.test(ws[s]) || OFFICE_INITIALS.test(ws[s]) || ws[s] === "Investigators") && /^(of|for)$/.test(ws[s + 1])) s += ws[s + 2] === "the" ? 3 : 2;
  return { s: afterTitledPerson(ws, s), datedAt };
}

const ARMED_FORCE_BRANCH = /^(Air Force|Navy|Naval Forces|Ground Forces|Air Assault Forces|Special Operations Forces|Territorial Defen[cs]e Forces|Air Defen[cs]e Forces) of the Armed Forces of (.+)$/;

/** "Air Force of the Armed Forces of Ukraine" is the Ukrainian Air Force; later "the Air Force" is the same body. */
function addedArmedForceBranch(r: Registry, phrase: string): boolean {
  const { gazForm, lazy, stateOfDemonym, ensure, addForm } = r;
  const branch = ARMED_FORCE_BRANCH.exec(phrase);
  const branchState = branch ? stateOfDemonym.get(branch[2]) ?? (gazForm.get(branch[2])?.entry.kind === "state" ? gazForm.get(branch[2])!.entry.name : null) : null;
  if (!branch || !branchState) return false;
  const demonym = lazy.get(branchState)?.demonyms?.[0] ?? branchState;
  const a = ensure(`${demonym} ${branch[1]}`, "armed_force");
  addForm(a, phrase);
  a.aliases.add(phrase);
  addForm(a, branch[1]);
  a.aliases.add(branch[1]);
  return true;
}

/** Capitalised organisation names ("State Emergency Service", "Ministry of Foreign Affairs"). */
export function organisationNames(r: Registry, orgRuns: Token[][], headlineEnd: number): void {
  const { text, byForm, gazForm, stateOfDemonym, ensure, addForm } = r;
  const known = (name: string) => byForm.has(name) || gazForm.has(name);
  for (const whole of orgRuns.flatMap((run) => splitAtAnd(run, known))) {
    const run = withoutDemonymTail(text, whole, stateOfDemonym);
    if (run[0].start < headlineEnd) continue;
    const { s, datedAt } = nameStart(text, run, stateOfDemonym);
    let phraseToks = run.slice(s);
    // "Finance Ministry Spokesman Ivan Petrov": a title after the head word starts a person's; "… International Affairs" ends the name.
    const titled = phraseToks.findIndex((t, k) => k > 0 && isOrgHead(phraseToks[k - 1].base) && TITLE_WORDS.has(t.base) && phraseToks.slice(k + 1).some(nameLike));
    if (titled > 0) phraseToks = phraseToks.slice(0, titled);
    // "The Armed Forces Minister, Catherine Vautrin": an office named after its body, not the body.
    else if (endsInOffice(phraseToks)) continue;
    // "… Regional State Administration Oleh Syniehubov": a person named right after the body is not part of it.
    const cut = trailingPersonName(phraseToks);
    if (cut > 0) phraseToks = phraseToks.slice(0, cut);
    // "Minister for Foreign Trade and … Cooperation Benjamin Dousa": a person named by a first name ends no body's name.
    else if (phraseToks.length > 3 && isFirstName(phraseToks[phraseToks.length - 2].base) && phraseToks.slice(-2).every(nameLike)) phraseToks = phraseToks.slice(0, -2);
    // "in October Parliament approved …": the body left after a date is named by its head word alone.
    const loneBodyAfterDate = phraseToks.length === 1 && datedAt >= 0 && datedAt === s - 1 && isOrgHead(phraseToks[0].base);
    if (phraseToks.length < 2 && !loneBodyAfterDate) continue;
    const pw = phraseToks.map((t) => t.base);
    if (pw.some((w) => VENUE_HEADS.test(w)) || titleCaseLine(pw)) continue;
    const kind = headKind(pw.filter((w) => isCap(w)));
    if (!kind) continue;
    const last = phraseToks[phraseToks.length - 1];
    const phrase = corporateName(text, last.end, withUnitNumber(text, phraseToks[0].start, text.slice(phraseToks[0].start, last.start) + last.base));
    if (byForm.has(phrase) || gazForm.has(phrase)) continue;
    // "Russian Defense Ministry" is a national body, named by the step below.
    if (stateOfDemonym.has(pw[0]) && STATE_BODIES.some(([b]) => b === pw.slice(1).join(" ").toLowerCase())) continue;
    // "Foreign Minister", "Deputy Head": titles, not a body; "Rystad Energy" opens with a name of its own.
    if (TITLE_WORDS.has(pw[0]) && pw.filter((w) => TITLE_WORDS.has(w)).length >= pw.length - 1 && !/Ministry|Office|Council|Staff|Forces/.test(phrase)) continue;
    if (addedArmedForceBranch(r, phrase)) continue;
    const a = ensure(phrase, kind);
    addForm(a, phrase);
    seatedCourt(r, a);
  }
}

/**
 * "Southern Defense Forces of the Ukrainian army", "International Legion of the Ukrainian armed forces": a demonym after
 * "of the" qualifies the lower-case noun after it, outside the capitalised name, which ends before "of the".
 */
function withoutDemonymTail(text: string, run: Token[], stateOfDemonym: Map<string, string>): Token[] {
  const n = run.length;
  if (n < 4 || run[n - 3].text !== "of" || run[n - 2].text !== "the" || !stateOfDemonym.has(run[n - 1].base)) return run;
  return /^\s+\p{Ll}/u.test(text.slice(run[n - 1].end, run[n - 1].end + 3)) ? run.slice(0, -3) : run;
}

/**
 * Offices read as bodies ("Minister of State for International Co-operation") are dropped once the person step, which
 * they kept from taking their words for names, has run.
 */
export function dropHeldOffices(r: Registry): void {
  for (const a of [...r.actors.values()]) {
    if (a.kind === "person" || a.known || !HELD_OFFICE.test(a.name)) continue;
    r.actors.delete(a.name.toLowerCase());
    for (const f of a.forms) if (r.byForm.get(f) === a) r.byForm.delete(f);
  }
}

/** "The Armed Forces Minister": an office named after its body; "the Council of Ministers" is a body of its office holders. */
const endsInOffice = (toks: Token[]) =>
  toks.length > 0 && (/^Ministers?$/.test(toks[toks.length - 1].base) || LEAD_TITLES.test(toks[toks.length - 1].base)) && toks[toks.length - 2]?.text !== "of";

/** "Serbia Arrests Man Suspected of …", "Newsweek Is A Trust": a title-case line (headline, caption, footer) has a verb inside. */
function titleCaseLine(words: string[]): boolean {
  return words.length >= 4 && words.slice(1, -1).some((w) => /^(?:Copula|PresentTense)$/.test(String(lexiconTag(w) ?? "").split(",")[0]));
}

/**
 * "Indian Oil Corp and Bharat Petroleum", "Rosneft and Gazprom Neft": an "and" after a head word or a known name starts a
 * second name; so does an "and" before an office holder's title ("Defence Minister Anna Berg and Commander of the Navy").
 */
export function splitAtAnd(run: Token[], known: (name: string) => boolean = () => false): Token[][] {
  const k = run.findIndex((t, i) => t.text === "and" && i > 0 && run[i + 1] && isCap(run[i + 1].text) &&
    (isOrgHead(run[i - 1].base) || known(namePart(run.slice(0, i))) || titleAfterAnd(run[i + 1].base)));
  return k < 0 ? [run] : [run.slice(0, k), ...splitAtAnd(run.slice(k + 1), known)];
}

const namePart = (toks: Token[]) => toks.map((t) => t.base).join(" ");

/**
 * "the Higher Court in Belgrade", "the Representative Office in Taipei": a court or an office is named with its seat,
 * also as "Belgrade Higher Court"; every seat the article gives it ("the Regional Court in Warsaw … in Lublin") is kept.
 */
function seatedCourt(r: Registry, a: Actor): void {
  if (!/\b(?:Court|Tribunal|Office|Mission)$/.test(a.name) || !r.text.includes(`${a.name} in `)) return;
  const seatRe = new RegExp(`(?<![\\p{L}])${escapeRe(a.name)} in (\\p{Lu}[\\p{L}-]+)(?![\\p{L}-]| \\p{Lu})`, "gu");
  for (const seat of r.text.matchAll(seatRe)) {
    if (MONTH_NAMES.test(seat[1]) || r.stateOfDemonym.has(seat[1])) continue;
    a.aliases.add(`${a.name} in ${seat[1]}`);
    a.aliases.add(`${seat[1]} ${a.name}`);
  }
}

/**
 * Organisations introduced by what they are ("an analyst at Sparta Commodities", "Euroclear, the depository"), and
 * collective actors ("European allies"). Names of several words are read before the person step (which would take
 * "Sparta Commodities" for a person); single words after it (a person's surname may stand before "said in a statement").
 */
export function describedBodies(r: Registry, headlineEnd: number, words: "several" | "one", candidates: BodyCandidate[] = bodyCandidates(r.text)): void {
  const { byForm, gazForm, stateOfDemonym, ensure, addForm, tokenIsPlaceish } = r;
  const ordinaryWord = (w: string) => NON_NAME_WORDS.has(w) || TITLE_WORDS.has(w) || MONTH_NAMES.test(w) || DAY_NAMES.test(w) || stateOfDemonym.has(w) || tokenIsPlaceish(w);
  for (const b of namedBodies(candidates, ordinaryWord)) {
    // "Tatiana Stanovaya": a name opening with a first name is a person's.
    if (/\s/.test(b.name) !== (words === "several") || isFirstName(b.name.split(/\s+/)[0])) continue;
    if (byForm.has(b.name) || gazForm.has(b.name) || b.start < headlineEnd) continue;
    addForm(ensure(b.name, b.kind), b.name);
  }
}

const CORPORATE_SUFFIX = /(?:^|\s)(?:Ltd|Corp|Inc|Co)$/;

/** "Komatsu and Nikken Corp." -> "Nikken Corp.": a company suffix closes one name, printed with its full stop. */
export function corporateName(text: string, end: number, phrase: string): string {
  if (!CORPORATE_SUFFIX.test(phrase)) return phrase;
  const own = phrase.split(/\s+and\s+/).pop()!;
  return text[end] === "." ? `${own}.` : own;
}

const ORDINAL_BEFORE = /(?<![\p{L}\p{N}])(\d{1,3}(?:st|nd|rd|th))\s$/u;
const UNIT_HEAD = /\b(?:Brigade|Battalion|Regiment|Division|Corps|Army|Fleet|Squadron|Wing)$/;

/** "93rd Mechanised Brigade": a unit's ordinal number is part of its name (without it, every brigade is the same actor). */
export function withUnitNumber(text: string, start: number, phrase: string): string {
  if (!UNIT_HEAD.test(phrase)) return phrase;
  const m = ORDINAL_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
  return m ? `${m[1]} ${phrase}` : phrase;
}

/**
 * "Dr Lim Kah Wei of the S. Rajaratnam School …", "Anna Lis of the National Prosecutor's Office": a titled person, one
 * whose name starts with a first name, or two or three name words before "of" a body named with its head word, is not
 * part of the body's name. A titled person "on" a place ("Prime Minister Ana Lind on Castle Hill") is no part of it either.
 */
export function afterTitledPerson(ws: string[], s: number): number {
  const on = ws.indexOf("on", s + 1);
  if (on > s + 2 && endsInTitledName(ws.slice(s, on))) return on + 1;
  const of = ws.indexOf("of", s + 1);
  // "Harsh V. Pant of the Observer Research Foundation": two or three name words before "of" a body ending in its head word.
  const namedBeforeBody = of - s >= 2 && of - s <= 3 && isOrgHead(ws[ws.length - 1]);
  if (s >= ws.length || !((TITLE_WORDS.has(ws[s]) || isFirstName(ws[s]) || namedBeforeBody) && !isOrgHead(ws[s]))) return s;
  if (of < s + 2 || !ws.slice(s + 1, of).every(isNameWord)) return s;
  return ws[of + 1] === "the" ? of + 2 : of + 1;
}

const isNameWord = (w: string) => /^\p{Lu}(?:[\p{Ll}’'-]+|\.)$/u.test(w) && !isOrgHead(w) && !TITLE_WORDS.has(w);

/** "… Prime Minister Ana Lind": a title word, then two or three name words to the end. */
function endsInTitledName(ws: string[]): boolean {
  const title = ws.findLastIndex((w) => TITLE_WORDS.has(w));
  const names = ws.length - 1 - title;
  return title >= 0 && names >= 2 && names <= 3 && ws.slice(title + 1).every(isNameWord);
}
