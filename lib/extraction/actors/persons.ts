import { DAY_NAMES, MONTH_NAMES, NON_NAME_WORDS, ORG_HEADS, ROLE_NOUNS, TITLE_WORDS, VENUE_HEADS } from "../gazetteer";
import { escapeRe, matchesWhereWordStands, CONNECTORS, PLACE_HEADS, isOrgHead, isOfficeWord, nameLike, buildRole } from "./lexicon";
import type { Registry } from "./registry";
import type { Actor, Token } from "./types";
import { isFirstName, lexiconTag } from "../nlp";
import { opensNoName } from "./name-openers";
import { vouchedByContext } from "./person-evidence";
import { isGivenName } from "./given-names";

/** All capitals ("NATO"): an acronym, not a name. */
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const REGNAL_NUMERAL = /^(?:II|III|IV|VI|VII|VIII)$/;

/** A word of a name: "Rõivas", "Tae-yul", "McCarthy", "O'Brien", "DeAnne", "al-Aiban". */
const NAME_WORD = /^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|La|Le|(?:al|el|ad|as|ash|bin|ibn|abu)-)?\p{Lu}[\p{Ll}\p{M}’'-]+(?:-\p{Lu}[\p{Ll}]+)?$/u;

/** "Jan Lipavsky": the short month "Jan" (no full stop) before a capitalised word is a first name. */
const firstNameJan = (t: Token, next?: Token) => t.text === "Jan" && !!next && /^\p{Lu}\p{Ll}/u.test(next.base);

/**
 * "Attorney Tomasz Wiśniewski", "Founder Marta de Vries": a word the English lexicon knows as an occupation, or a role
 * noun, before two or three name words, is a title.
 */
function occupationBefore(run: Token[], i: number): boolean {
  const rest = run.slice(i + 1);
  const occupation = lexiconTag(run[i].base) === "Actor" || ROLE_NOUNS.includes(run[i].base.toLowerCase());
  const words = rest.filter((t) => !CONNECTORS.has(t.text));
  return occupation && words.length >= 2 && words.length <= 3 && words.every(nameLike);
}

/** "Captain 3rd Rank Dmytro Petrenko": the "Rank" of a naval rank with its ordinal is a title. */
const ORDINAL_RANK = (text: string, run: Token[]) => run[0].base === "Rank" && /\d(?:st|nd|rd|th)\s+$/.test(text.slice(Math.max(0, run[0].start - 6), run[0].start));

/** Words of the names of wars, events, laws and programmes ("Aviation Security Act", "Sky Shield"), never of a person's. */
const NOT_PERSON_WORDS = /^(?:War|Revolution|Day|Cup|Act|Treaty|Initiative|Programme|Program|Shield)$/;
/** "the tanker Eagle S", "the 82,000-dwt Aegean Pride": a name after a ship's type is a vessel's. */
const VESSEL_BEFORE = /\b(?:tanker|vessel|ship|bulker|bulk carrier|freighter|carrier|dwt|frigate|corvette|submarine|cruiser|destroyer)\s+$/i;

/** Words that open a region's name ("Greater Odesa", "Far East", "North Korean"); a person's name holds them only last ("Rebecca West"). */
const REGION_OPENERS = /^(?:Greater|Upper|Lower|Far|Middle|Near|North|South|East|West|Northern|Southern|Eastern|Western|Central)$/;

/** "Kryvyi Rih", "Zelenyi Hai", "Staryi Oskil": a Ukrainian adjective ("-yi") opens a place's name, never a person's ("Yurii", "Vasyl"). */
const SLAVIC_ADJECTIVE = /^\p{Lu}\p{Ll}{2,}yi$/u;

const REGION_WORD = /\s+(?:Oblast|oblast|Region|region|Raion|raion|Krai|krai)\b/gu;
const LETTER_BEFORE = /(?<=\p{L})/uy;

/** Whether a word stands somewhere in the text right before "Oblast", "region", … ("Odesa Oblast", "the Sumy region"). */
function regionNamesIn(text: string): (word: string) => boolean {
  const spots = [...text.matchAll(REGION_WORD)].map((m) => m.index);
  return (word) =>
    spots.some((at) => {
      const start = at - word.length;
      if (start < 0 || !text.startsWith(word, start)) return false;
      LETTER_BEFORE.lastIndex = start;
      return !LETTER_BEFORE.test(text);
    });
}

/**
 * "Greater Odesa", "Far East", "Donetsk People's Republic", or a word the article also uses as a region ("Odesa Oblast",
 * "the Sumy region"): a place, not a person.
 */
function placeShaped(name: Token[], namesRegion: (word: string) => boolean, next?: Token): boolean {
  if (name.slice(0, -1).some((t) => REGION_OPENERS.test(t.base) || SLAVIC_ADJECTIVE.test(t.base))) return true;
  if (name[name.length - 1].possessive && next && PLACE_HEADS.test(next.base)) return true;
  return name.some((t) => namesRegion(t.base));
}

/**
 * "spokesman Dmitry Peskov", "ambassador to Japan, Serhiy Korsunsky", "chief of staff, Kyrylo Budanov": a role noun (and where it
 * serves, or what it heads when a comma sets the name off) right before the name.
 */
const ROLE_NOUN_TAIL = new RegExp(`\\b(${ROLE_NOUNS.map(escapeRe).join("|")})(?:\\s+(?:to|in|at|for)\\s+(?:the\\s+)?[A-Z][\\p{L}.'’-]*|\\s+of\\s+(?:the\\s+)?[\\p{L}'’-]+(?=,))?,?\\s*$`, "iu");

/** Each all-capitals word of the text with the words that follow it there ("HAL" → {"Bengaluru", "said"}). */
function wordsAfterCapitals(tokens: Token[]): Map<string, Set<string | undefined>> {
  const after = new Map<string, Set<string | undefined>>();
  tokens.forEach((t, k) => {
    if (!ALL_CAPITALS.test(t.text)) return;
    if (!after.has(t.text)) after.set(t.text, new Set());
    after.get(t.text)!.add(tokens[k + 1]?.text);
  });
  return after;
}

/** "PM", "CEO", "MP" (an office), "NSA" (a body the lexicon knows): capitals that stand for something other than a name. */
const officeOrBody = (w: string) => isOfficeWord(w) || /^(?:Actor|Organization)$/.test(lexiconTag(w) ?? "");

/**
 * "General MM Naravane", "S Jaishankar": undotted initials of the given names, up to three capitals no body or office
 * goes by, right before the surname that ends the run, open the name; an acronym there ("NATO", "EU", "PM") is no part
 * of it, nor capitals the text also uses before other words ("HAL Bengaluru … HAL said").
 */
function givenNameInitials(r: Registry, capitalsAfter: Map<string, Set<string | undefined>>, run: Token[], i: number): boolean {
  const [t, surname] = [run[i], run[i + 1]];
  if (t.text.length > 3 || i !== run.length - 2 || !NAME_WORD.test(surname.text) || r.byForm.has(t.text) || r.gazForm.has(t.text) || officeOrBody(t.text)) return false;
  const after = capitalsAfter.get(t.text);
  return after?.size === 1 && after.has(surname.text);
}

/** The initials opening a two-word name ("KT Velan"), if its first word is such. */
function initialsOf(r: Registry, capitalsAfter: Map<string, Set<string | undefined>>, run: Token[], name: Token[]): Token | null {
  return name.length === 2 && ALL_CAPITALS.test(name[0].base) && givenNameInitials(r, capitalsAfter, run, run.indexOf(name[0])) ? name[0] : null;
}

/**
 * A surname already found alone ("Defence Minister Sandvik" in a headline), or a known person's after another given
 * name ("Anita Orbán" beside Viktor Orbán), is no place inside a full name.
 */
function isOthersSurname(r: Registry, name: Token[], w: string): boolean {
  return name.length === 2 && r.gazForm.get(w)?.entry.kind === "person" && !r.gazForm.has(name.map((t) => t.base).join(" "));
}

/** What `persons` reads once per article. */
interface PersonScan {
  r: Registry;
  surnameCount: Map<string, number>;
  namesRegion: (word: string) => boolean;
  capitalsAfter: Map<string, Set<string | undefined>>;
  /** The names of several words of the bodies found so far. */
  orgForms: string[];
}

/** A run of capitalised words split into the titles that open it and the name after them. */
interface NameCandidate {
  run: Token[];
  /** Titles opened the run ("Minister Anna Berg"), not the name. */
  titled: boolean;
  titleTokens: Token[];
  name: Token[];
  /** "II" of "King Abdullah II". */
  numeral: Token | null;
  /** The office phrase the run opened with ("Deputy Prime Minister for Reconstruction"), if any. */
  officeRole: string | null;
  /** A body's name stood before the name as its office ("Kharkiv Regional State Administration Oleh Syniehubov"). */
  officeTitle: boolean;
}

/** Persons: runs of capitalised words, minus leading titles and places, with evidence of being a name (a title, a role noun, a reporting verb, an apposition, a later surname, a list of full names). */
export function persons(r: Registry, runs: Token[][], surnameCount: Map<string, number>, headlineEnd: number): void {
  const scan: PersonScan = {
    r,
    surnameCount,
    namesRegion: regionNamesIn(r.text),
    capitalsAfter: wordsAfterCapitals(r.tokens),
    orgForms: [...r.byForm.entries()].filter(([f, a]) => a.kind !== "person" && f.includes(" ")).map(([f]) => f),
  };
  for (const run of runs) {
    if (run[0].start < headlineEnd) continue;
    const c = nameAfterTitles(scan, run);
    if (!personShaped(scan, c) || !nameWordsOnly(scan, c.run, c.name)) continue;
    const lowerRole = roleNounBefore(r.text, run[0].start);
    if (!vouchedAsName(scan, c, lowerRole)) continue;
    const fullName = c.name.map((t) => t.base).concat(c.numeral ? [c.numeral.text] : []).join(" ");
    if (namesAnotherActor(scan, c.name, fullName)) continue;
    recordPerson(scan, c, fullName, lowerRole);
  }
}

/** The role noun right before `pos` ("spokesman" of "spokesman Dmitry Peskov"), if any. */
function roleNounBefore(text: string, pos: number): string | null {
  const m = ROLE_NOUN_TAIL.exec(text.slice(Math.max(0, pos - 45), pos));
  return m ? m[1] : null;
}

/** The run cut into the titles that open it and the name after them. */
function nameAfterTitles(scan: PersonScan, run: Token[]): NameCandidate {
  const { opening, titleTokens } = leadingTitles(scan, run);
  let name = run.slice(opening);
  // "King Abdullah II": a regnal numeral after a titled name belongs to the name, not an acronym.
  const numeral = opening > 0 && name.length >= 2 && REGNAL_NUMERAL.test(name[name.length - 1].text) ? name.pop()! : null;
  // "Dmitry Marinchenko of Fitch Ratings": a name of two or three words before "of" ends there.
  const of = name.findIndex((t) => t.text === "of");
  if (of >= 2 && of <= 3 && name.slice(0, of).every(nameLike)) name = name.slice(0, of);
  const officeRole = opening === 0 || titleTokens.every(notOfficeWord) ? officeTailRole(scan.r.text, run, name) : null;
  if (officeRole) name = moveToTitles(name, titleTokens, name.length - 2);
  // "Kharkiv Regional State Administration Oleh Syniehubov": the office held works as a title.
  const lastHead = name.reduce((acc, t, k) => (isOrgHead(t.base) ? k : acc), -1);
  const officeTitle = lastHead >= 0 && lastHead < name.length - 1 && name.slice(lastHead + 1).every(nameLike);
  if (officeTitle) name = moveToTitles(name, titleTokens, lastHead + 1);
  // "Odesa Oblast Governor Oleh Kiper": the name starts after the last title word.
  const lastTitle = name.reduce((acc, t, k) => (TITLE_WORDS.has(t.base) && !NON_NAME_WORDS.has(t.base) ? k : acc), -1);
  if (lastTitle >= 0 && lastTitle < name.length - 1) name = moveToTitles(name, titleTokens, lastTitle + 1);
  // "Renew MEP Bart Lis", "SBU Colonel …": an acronym before two or three name words is a title (a party's, an office's).
  const lastAcronym = name.reduce((acc, t, k) => (ALL_CAPITALS.test(t.base) ? k : acc), -1);
  const afterAcronym = name.slice(lastAcronym + 1);
  if (lastAcronym >= 0 && afterAcronym.length >= 2 && afterAcronym.length <= 3 && afterAcronym.every(nameLike)) name = moveToTitles(name, titleTokens, lastAcronym + 1);
  // "Co-rapporteur Rasa Juknevičienė", "… of Special Services Tomasz Siemoniak": a title or an office's tail opens the run.
  if (opensNoName(name)) titleTokens.push(name.shift()!);
  titleTokens.push(...name.splice(0, malayHonorificsOpening(name)));
  return { run, titled: opening > 0, titleTokens, name, numeral, officeRole, officeTitle };
}

/** The name after its first `count` words, which join the titles. */
function moveToTitles(name: Token[], titleTokens: Token[], count: number): Token[] {
  titleTokens.push(...name.slice(0, count));
  return name.slice(count);
}

/**
 * The titles opening a run ("Defence Minister", a body or state held, "Mr", a month, an acronym) and where the name
 * starts after them. A person held under the name after a title takes that title as their role.
 */
function leadingTitles(scan: PersonScan, run: Token[]): { opening: number; titleTokens: Token[] } {
  const { r } = scan;
  const titleTokens: Token[] = [];
  let i = 0;
  while (i < run.length) {
    const g = r.gazetteerAt(r.tokIdx.get(run[i])!);
    if (g && opensAnotherName(g, run, i)) break;
    if (g && i + g.len === run.length) titleHeldPerson(r, run.slice(i), titleTokens, roleNounBefore(r.text, run[0].start), run[0].start);
    if (g && i + g.len <= run.length) {
      titleTokens.push(...run.slice(i, i + g.len));
      i += g.len;
      continue;
    }
    if (!opensNoPersonName(scan, run, i)) break;
    titleTokens.push(run[i]);
    // "Secretary of War", "Minister for Foreign Affairs"
    if (TITLE_WORDS.has(run[i].base) && run[i + 1] && (run[i + 1].text === "of" || run[i + 1].text === "for") && run[i + 2]) {
      titleTokens.push(run[i + 1], run[i + 2]);
      i += 3;
      // "Minister of Social Development Carla Soto": the portfolio runs on while more than a two-word name is left and no given name opens it.
      while (portfolioGoesOn(run, i)) titleTokens.push(run[i++]);
      continue;
    }
    i++;
  }
  return { opening: i, titleTokens };
}

/** Whether the word at `i` still belongs to a title's portfolio: more than a two-word name is left after it, and it neither joins nor opens a name. */
function portfolioGoesOn(run: Token[], i: number): boolean {
  if (run.length - i <= 2 || CONNECTORS.has(run[i].text)) return false;
  return !isGivenName(run[i].base) && !isFirstName(run[i].base) && run.slice(-2).every(nameLike);
}

/** A word at the head of a run that no person's name opens with: a title, a month or day, a place, an acronym, a particle, an occupation. */
function opensNoPersonName(scan: PersonScan, run: Token[], i: number): boolean {
  const { r, capitalsAfter } = scan;
  const t = run[i];
  return TITLE_WORDS.has(t.base) || NON_NAME_WORDS.has(t.base) || (MONTH_NAMES.test(t.base) && !firstNameJan(t, run[i + 1])) || DAY_NAMES.test(t.base) ||
    r.tokenIsPlaceish(t.base) || (ALL_CAPITALS.test(t.base) && !givenNameInitials(r, capitalsAfter, run, i)) || CONNECTORS.has(t.text) ||
    occupationBefore(run, i) || (i === 0 && ORDINAL_RANK(r.text, run));
}

/**
 * "Deputy Prime Minister for Reconstruction Oleksii Kuleba": a run that opens with the tail of an office phrase; the name
 * is its last two words, and the office phrase with the words before them the role.
 */
function officeTailRole(text: string, run: Token[], name: Token[]): string | null {
  if (name.length < 3) return null;
  const officeTail = /(?:\p{Lu}[\p{L}-]*\s+)*?(\p{Lu}\p{Ll}+)\s+(?:for|of)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*\s+)+and\s+)?$/u.exec(text.slice(Math.max(0, run[0].start - 70), run[0].start));
  if (!officeTail || !TITLE_WORDS.has(officeTail[1]) || !name.slice(-2).every(nameLike)) return null;
  return officeTail[0] + text.slice(run[0].start, name[name.length - 2].start).trim();
}

/** "Human" of "Commissioner for Human Rights Ion Rusu": a word taken as an occupation that holds no office itself. */
const notOfficeWord = (t: Token) => !isOfficeWord(t.base) && !ALL_CAPITALS.test(t.base);

/** Whether the name left after the titles could be a person's: not too long, not a place, a question's opening, a title or a vessel. */
function personShaped(scan: PersonScan, { run, name }: NameCandidate): boolean {
  const { r, namesRegion } = scan;
  if (endsWithHeldPerson(r, name)) return false;
  // "Tamim bin Hamad Al Thani": the lower-case particles ("bin", "van der") do not count towards a name's length.
  if (!name.length || name.filter((t) => !CONNECTORS.has(t.text)).length > 4) return false;
  if (placeShaped(name, namesRegion, r.tokens[r.tokIdx.get(name[name.length - 1])! + 1])) return false;
  // "Are Korean companies involved?", "Why Ukraine": a question's opening word starts no name.
  if (/^(?:Copula|QuestionWord)/.test(lexiconTag(name[0].base) ?? "")) return false;
  const placeish = (w: string) => r.tokenIsPlaceish(w) && r.byForm.get(w)?.kind !== "person" && !isOthersSurname(r, name, w);
  if (name.some((t, k) => k > 0 && (TITLE_WORDS.has(t.base) || NON_NAME_WORDS.has(t.base) || placeish(t.base) || MONTH_NAMES.test(t.base) || DAY_NAMES.test(t.base)))) return false;
  return !VESSEL_BEFORE.test(r.text.slice(Math.max(0, run[0].start - 24), run[0].start));
}

/** Whether every word of the name is a name word (or a particle, an inner initial, given names' initials): no head of a place or body, no digit, no acronym, no "of". */
function nameWordsOnly(scan: PersonScan, run: Token[], name: Token[]): boolean {
  const initials = initialsOf(scan.r, scan.capitalsAfter, run, name);
  if (name.some((t) => t.text === "of")) return false;
  if (name.some((t) => VENUE_HEADS.test(t.base) || PLACE_HEADS.test(t.base) || NOT_PERSON_WORDS.test(t.base) || ORG_HEADS.some(([re]) => re.test(t.base)) || /\d/.test(t.base) || (ALL_CAPITALS.test(t.base) && t !== initials))) return false;
  return name.every((t, k) => NAME_WORD.test(t.base) || CONNECTORS.has(t.text) || t === initials || (k < name.length - 1 && /^\p{Lu}\.?$/u.test(t.base)));
}

/** Whether something vouches for the name being a person's: a capitalised title or a role noun, else (two words or more) its context. */
function vouchedAsName(scan: PersonScan, c: NameCandidate, lowerRole: string | null): boolean {
  if (capitalTitleBefore(c) || lowerRole) return true;
  return c.name.length >= 2 && vouchedByContext(scan.r, c.run, c.name, c.titled, scan.surnameCount);
}

/** "Mr", "Sheikh", "Datuk Seri", an office ("Minister", "PM") or a body held as an office before the name. */
function capitalTitleBefore({ titleTokens, name, officeTitle }: NameCandidate): boolean {
  return titleTokens.some((t) => /^(?:Mr|Mrs|Ms|Dr)$/.test(t.base)) || honorificsBefore(titleTokens, name[0]) !== null || officeTitle ||
    titleTokens.some((t) => isOfficeWord(t.base) && !NON_NAME_WORDS.has(t.base)) ||
    titleTokens.some((t) => TITLE_WORDS.has(t.base) && /^(Presidential|Secretary|Chief|Acting|Deputy)$/.test(t.base));
}

/** A lone word held by another actor, or a name held by (or inside the name of) a body or state. */
function namesAnotherActor({ r, orgForms }: PersonScan, name: Token[], fullName: string): boolean {
  if (name.length === 1 && r.byForm.has(name[0].base)) return true;
  if (r.byForm.has(fullName) && r.byForm.get(fullName)!.kind !== "person") return true;
  return orgForms.some((f) => f.includes(fullName));
}

/** The person named (held already, or new), with the role read from the titles and the surname and short names they go by. */
function recordPerson({ r, surnameCount }: PersonScan, c: NameCandidate, fullName: string, lowerRole: string | null): void {
  const role = roleOf(r, c, lowerRole);
  const person = heldPerson(r, c, fullName) ?? surnameFirst(r, c.name) ?? r.ensure(fullName, "person", role);
  if (!person.role && role) person.role = role;
  r.addForm(person, fullName);
  const honorifics = honorificsBefore(c.titleTokens, c.name[0]);
  if (honorifics) person.aliases.add(`${honorifics} ${fullName}`);
  if (c.name.length < 2) return;
  const surname = c.name[c.name.length - 1].base;
  releaseOthersSurname(r, person, surname);
  if (!r.byForm.has(surname) && !r.gazForm.has(surname)) {
    r.addForm(person, surname);
    person.aliases.add(surname);
  }
  addParticleSurname(r, person, c.name);
  addInnerShortName(r, person, c.name, surnameCount);
}

/** The role the titles (or the role noun) before the name give; "Germany's Chancellor …" adds the state. */
function roleOf(r: Registry, { run, titleTokens, officeRole }: NameCandidate, lowerRole: string | null): string | null {
  const { text, tokens, tokIdx, stateOfDemonym, gazForm, byForm } = r;
  const stateOf = (w: string) => stateOfDemonym.get(w) ?? (gazForm.get(w)?.entry.kind === "state" ? gazForm.get(w)!.entry.name : byForm.get(w)?.kind === "state" ? byForm.get(w)!.name : null);
  const role = officeRole ?? buildRole(titleTokens, lowerRole, text, run[0].start, stateOf);
  const prevTok = tokens[tokIdx.get(run[0])! - 1];
  const state = prevTok?.possessive && text.slice(prevTok.end, run[0].start) === " " ? stateOf(prevTok.base) : null;
  if (!role || !state || / of /.test(role)) return role;
  return `${role} of ${state.startsWith("United") ? "the " : ""}${state}`;
}

/** The person already held under this name; a single surname after a title may belong to a person already named in full. */
function heldPerson(r: Registry, { name, titleTokens }: NameCandidate, fullName: string): Actor | undefined {
  const known = r.byForm.get(fullName);
  if (known?.kind === "person") return known;
  const named = [...r.actors.values()].find((a) => a.kind === "person" && a.name === fullName);
  if (named || name.length > 1) return named;
  return ofSurname(r, fullName) ?? firstNameAfterHonorific(r, titleTokens, fullName) ?? firstWordUnderSameTitle(r, titleTokens, fullName);
}

/**
 * A person Faultline holds is named in this article when it names them in full, in any spelling held: "counterpart
 * Fedorov" is the Mykhailo Fedorov the article names, not a known Ivan Fedorov it never mentions.
 */
const namedHere = (r: Registry, a: Actor) => !a.known || [...a.forms].some((f) => f.includes(" ") && r.text.includes(f));

/** "Prime Minister Lindqvist": the person the article names in full with that surname, else the only person so named. */
function ofSurname(r: Registry, surname: string): Actor | undefined {
  const holders = [...r.actors.values()].filter((a) => a.kind === "person" && a.name.includes(" ") && familyNames(a.name).includes(surname));
  return holders.find((a) => namedHere(r, a)) ?? (holders.length === 1 ? holders[0] : undefined);
}

/** "Jane Lindqvist" goes by "Lindqvist"; "Park Min-seok", a hyphenated Korean given name after the family name, by "Park". */
function familyNames(name: string): string[] {
  const words = name.split(" ");
  const familyFirst = words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]);
  return familyFirst ? [words[0], words[1]] : [words[words.length - 1]];
}

/**
 * "Energy Minister Svitlana Hrynchuk", "Kharkiv governor Oleh Syniehubov" where Faultline holds the person: the name steps
 * skip a held name, but the title before it is still the office the person holds here (ministries and states' roles are read from it).
 */
function titleHeldPerson(r: Registry, name: Token[], titleTokens: Token[], lowerRole: string | null, runStart: number): void {
  const person = r.byForm.get(name.map((t) => t.base).join(" "));
  if (!person || person.kind !== "person" || person.role || !person.known || (!titleTokens.length && !lowerRole)) return;
  const stateOf = (w: string) => r.stateOfDemonym.get(w) ?? (r.gazForm.get(w)?.entry.kind === "state" ? r.gazForm.get(w)!.entry.name : null);
  person.role = buildRole(titleTokens, lowerRole, r.text, runStart, stateOf);
}

/** "Presidents Vladimir Putin and …": the run ends in the full name of a person already held; the words before are no name. */
function endsWithHeldPerson(r: Registry, name: Token[]): boolean {
  for (let j = 1; j <= name.length - 2; j++) if (r.byForm.get(name.slice(j).map((t) => t.base).join(" "))?.kind === "person") return true;
  return false;
}

/**
 * "Olena Kravets" where Faultline holds a person by "Olena" alone (or "Mykhailo" for Mykhailo Fedorov): a given name
 * before another name word opens this person's name; it is no title of a person already known.
 */
function opensAnotherName(g: { entry: { kind: string }; len: number }, run: Token[], i: number): boolean {
  return g.entry.kind === "person" && g.len === 1 && isGivenName(run[i].base) && !!run[i + 1] && nameLike(run[i + 1]);
}

/**
 * "Andrei Rudenko" named in full, then "Rudenko said": the surname is his, not that of another person Faultline holds by
 * it ("Natalya Rudenko") whom the article never names in full. A person the gazetteer knows keeps the surname: outlets
 * call the famous by it ("Trump said" beside "Eric Trump").
 */
function releaseOthersSurname(r: Registry, person: Actor, surname: string): void {
  const holder = r.byForm.get(surname);
  if (!holder || holder === person || holder.kind !== "person" || holder.name === surname || r.lazy.get(holder.name)?.kind === "person") return;
  if ([...holder.forms].some((f) => f !== surname && f.includes(" ") && r.text.includes(f))) return;
  r.byForm.delete(surname);
  holder.forms.delete(surname);
}

/** "Al Thani", "Le Pen", "Van Damme": a capitalised particle before the last word of a longer name. */
const CAPITAL_ARTICLE = /^(?:Al|El|Le|La|De|Du|Da|Di|Van|Von|Ter|Ten|Dos|Das)$/;

/** Titles that go before a first name: "Sheikh Tamim", "Prince Mohammed", "King Charles". */
const FIRST_NAME_HONORIFICS = /^(?:Sheikh|Sheikha|Prince|Princess|Emir|Sultan|King|Queen)$/;

/**
 * "Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin", "Tun Mahathir Mohamad": Malay honorifics, which open a name but
 * are no part of it ("Sri" alone opens names: "Sri Mulyani Indrawati").
 */
const MALAY_HONORIFICS = /^(?:Datuk|Dato|Datin|Seri|Tun|Tunku)$/;
const MALAY_HONORIFIC_PAIR = /^(?:Tan|Puan|Toh) (?:Sri|Seri|Puan)$/;

/** How many tokens of Malay honorifics open a name, leaving at least one name word after them. */
function malayHonorificsOpening(name: Token[]): number {
  let k = 0;
  for (;;) {
    if (k + 1 < name.length && MALAY_HONORIFICS.test(name[k].base)) k++;
    else if (k + 2 < name.length && MALAY_HONORIFIC_PAIR.test(`${name[k].base} ${name[k + 1].base}`)) k += 2;
    else return k;
  }
}

/**
 * "Sheikh Abdullah bin Zayed", "Datuk Seri Anwar Ibrahim": the honorifics right before the name, which outlets keep
 * with it (the person is named without them and also goes by the name with them).
 */
function honorificsBefore(titleTokens: Token[], first: Token): string | null {
  let k = titleTokens.length;
  for (;;) {
    if (k > 0 && (FIRST_NAME_HONORIFICS.test(titleTokens[k - 1].base) || MALAY_HONORIFICS.test(titleTokens[k - 1].base))) k--;
    else if (k > 1 && MALAY_HONORIFIC_PAIR.test(`${titleTokens[k - 2].base} ${titleTokens[k - 1].base}`)) k -= 2;
    else break;
  }
  const honorifics = titleTokens.slice(k);
  if (!honorifics.length || honorifics[honorifics.length - 1].end + 1 !== first.start) return null;
  return honorifics.map((t) => t.base).join(" ");
}

/** "Sheikh Tamim" after "Sheikh Tamim bin Hamad Al Thani": the one person named in full whose first name follows the honorific. */
function firstNameAfterHonorific(r: Registry, titleTokens: Token[], first: string): Actor | undefined {
  if (!titleTokens.length || !FIRST_NAME_HONORIFICS.test(titleTokens[titleTokens.length - 1].base)) return undefined;
  const holders = [...r.actors.values()].filter((a) => a.kind === "person" && a.name.split(" ").length >= 2 && a.name.split(" ")[0] === first);
  return holders.length === 1 ? holders[0] : undefined;
}

/**
 * "Premier Li" after "Premier Li Qiang" (family name first): the one person named in full right after the same title
 * whose name opens with that word.
 */
function firstWordUnderSameTitle(r: Registry, titleTokens: Token[], first: string): Actor | undefined {
  const title = titleTokens[titleTokens.length - 1]?.base;
  if (!title) return undefined;
  const holders = [...r.actors.values()].filter((a) => a.kind === "person" && a.name.split(" ").length === 2 && a.name.startsWith(`${first} `) && r.text.includes(`${title} ${a.name}`));
  return holders.length === 1 ? holders[0] : undefined;
}

/**
 * "Mark van der Berg" is "van der Berg" (or "Van der Berg" opening a sentence) on later mentions, "Tamim bin Hamad Al Thani"
 * is "Al Thani": the surname keeps the particles before it.
 */
function addParticleSurname(r: Registry, person: Actor, name: Token[]): void {
  let k = name.length - 1;
  while (k > 1 && CONNECTORS.has(name[k - 1].text)) k--;
  if (k === name.length - 1 && name.length >= 3 && CAPITAL_ARTICLE.test(name[k - 1].text)) k--;
  if (k === name.length - 1 || k < 1) return;
  const surname = name.slice(k).map((t) => t.base).join(" ");
  for (const form of [surname, surname[0].toUpperCase() + surname.slice(1)]) {
    if (r.byForm.has(form) || r.gazForm.has(form)) continue;
    r.addForm(person, form);
    person.aliases.add(form);
  }
}

/**
 * "Luiz Inácio Lula da Silva", then "Lula said": a name word inside a full name of three or more words that the article
 * also uses standing alone is the short name that person goes by.
 */
function addInnerShortName(r: Registry, person: Actor, name: Token[], surnameCount: Map<string, number>): void {
  const words = name.filter((t) => !CONNECTORS.has(t.text) && !CAPITAL_ARTICLE.test(t.text));
  if (words.length < 3) return;
  for (const t of words.slice(1, -1)) {
    const w = t.base;
    if (!surnameCount.get(w) || !NAME_WORD.test(w) || !/^(?:\w*Name)?$/.test(lexiconTag(w) ?? "") || r.byForm.has(w) || r.gazForm.has(w)) continue;
    r.addForm(person, w);
    person.aliases.add(w);
  }
}

/**
 * "Defence Minister Sandvik" (a headline), then "Defence Minister Tore O. Sandvik": the person first found by surname alone
 * takes the full name, the surname kept as an alias.
 */
function surnameFirst(r: Registry, name: Token[]) {
  const surname = name[name.length - 1].base;
  const a = name.length >= 2 ? r.byForm.get(surname) : undefined;
  if (!a || a.kind !== "person" || a.name !== surname || a.known) return undefined;
  const fullName = name.map((t) => t.base).join(" ");
  r.actors.delete(surname.toLowerCase());
  r.actors.set(fullName.toLowerCase(), a);
  a.aliases.add(surname);
  a.name = fullName;
  return a;
}

/**
 * "Defence Minister Richard Marles …, Marles said": a person Faultline holds, named in full in the article, is also
 * its surname there, as a person the article introduces is (the name steps skip names already held).
 */
export function surnamesOfKnownPersons(r: Registry): void {
  for (const a of r.knownActors()) {
    if (a.kind !== "person") continue;
    const named = [...a.forms].find((f) => / \p{Lu}[\p{L}'’-]+$/u.test(f) && r.text.includes(f));
    const surname = named?.slice(named.lastIndexOf(" ") + 1);
    if (!surname || r.byForm.has(surname) || r.gazForm.has(surname)) continue;
    r.addForm(a, surname);
    a.aliases.add(surname);
  }
}

/**
 * Family name first ("Takaichi Sanae", then "Takaichi said"): the first word of a two-word name, used alone
 * before a reporting verb or a pronoun-free subject position, is that person's short name.
 */
export function familyNameFirst(r: Registry): void {
  const { text, actors, byForm, gazForm, addForm } = r;
  for (const a of [...actors.values()]) {
    const words = a.name.split(" ");
    // A person Faultline holds counts only when this article names them in full.
    if (a.kind !== "person" || words.length !== 2 || (a.known && !text.includes(a.name)) || byForm.has(words[0]) || gazForm.has(words[0]) || NON_NAME_WORDS.has(words[0]) || TITLE_WORDS.has(words[0])) continue;
    const alone = new RegExp(`(?<![\\p{L}’'-])${escapeRe(words[0])}\\s+(?!${escapeRe(words[1])}\\b)(?:\\p{Ll}+\\s+){0,2}?(?:said|says|told|added|stressed|noted|warned)\\b`, "uy");
    if (!matchesWhereWordStands(alone, text, words[0])) continue;
    addForm(a, words[0]);
    a.aliases.add(words[0]);
  }
}

/**
 * A person first named by surname alone ("says Defence Minister Häkkänen" in a headline), then in full ("Defence
 * Minister Antti Häkkänen"): the full name, a name word right before the surname, becomes the person's name.
 */
export function fullNamesOfSurnames(r: Registry): void {
  const { text, tokens, actors, byForm, addForm } = r;
  for (const a of [...actors.values()]) {
    if (a.kind !== "person" || /\s/.test(a.name) || a.known) continue;
    const full = tokens.find((t, k) => k > 0 && t.base === a.name && nameLike(tokens[k - 1]) && !isOrgHead(tokens[k - 1].base) && text.slice(tokens[k - 1].end, t.start) === " " &&
      !tokens[k - 1].possessive && !r.tokenIsPlaceish(tokens[k - 1].base) && NAME_WORD.test(tokens[k - 1].base) && !MALAY_HONORIFICS.test(tokens[k - 1].base) &&
      (!lexiconTag(tokens[k - 1].base) || isFirstName(tokens[k - 1].base)));
    if (!full) continue;
    const name = `${tokens[tokens.indexOf(full) - 1].base} ${a.name}`;
    if (byForm.has(name)) continue;
    actors.delete(a.name.toLowerCase());
    actors.set(name.toLowerCase(), a);
    a.aliases.add(a.name);
    a.name = name;
    addForm(a, name);
  }
}
