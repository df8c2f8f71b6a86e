import { ABBREVIATED_TITLES, DAY_NAMES, MONTH_NAMES, TITLE_WORDS } from "../gazetteer";
import { lexiconTag } from "../nlp";
import { isCap, isOrgHead, CONNECTORS } from "./lexicon";
import type { Registry } from "./registry";
import type { Token } from "./types";

/**
 * Whether `next` continues the run ending in `prev`: one space between them, or ". " after an abbreviated title ("Mr. Tanaka",
 * "Lt. Col. Ivan Petrenko") or, in a body's name, a saint's ("St. Petersburg International Economic Forum").
 */
function joinedByGap(text: string, prev: Token, next: Token, inBodyName = false, listCommas?: Set<number>): boolean {
  const gap = text.slice(prev.end, next.start);
  if (RETIRED_GAP.test(gap) && TITLE_WORDS.has(prev.base)) return true;
  if (gap === ", " && listCommas?.has(prev.end)) return true;
  return gap === " " || (gap === ". " && (ABBREVIATED_TITLES.has(prev.text) || (inBodyName && prev.text === "St")));
}

/**
 * "Ministry of Development, Industry and Trade": a body's head, "of", then single words listed with commas and a closing
 * "and" that opens no further name.
 */
const LISTED_PORTFOLIO = /(?<![\p{L}])(\p{Lu}\p{Ll}+) of (\p{Lu}\p{Ll}+(?:, \p{Lu}\p{Ll}+)+ and \p{Lu}\p{Ll}+)(?![\p{L}-]| \p{Lu})/gu;
/** What every match of LISTED_PORTFOLIO holds: a fast test that spares the slower scan an article listing no portfolio. */
const LISTS_A_PORTFOLIO = / of \p{Lu}\p{Ll}+, \p{Lu}/u;

/** "Chile", "Europe", "Georgia": a country, continent, region or city the lexicon knows. */
const namesPlace = (word: string) => [lexiconTag(word) ?? []].flat().some((t) => /^(?:Country|Place|Region|City)$/.test(t));

/**
 * Where a comma separates the words of a body's listed portfolio: the offsets of those commas. A list holding a place or
 * a known actor ("the Ministry of Defence, Poland, Lithuania and Latvia") lists actors after the body, not its portfolio.
 */
function portfolioListCommas(r: Registry): Set<number> {
  const commas = new Set<number>();
  if (!LISTS_A_PORTFOLIO.test(r.text)) return commas;
  for (const m of r.text.matchAll(LISTED_PORTFOLIO)) {
    if (!isOrgHead(m[1]) || m[2].split(/, | and /).some((w) => r.tokenIsPlaceish(w) || namesPlace(w))) continue;
    const listStart = m.index + m[0].indexOf(m[2]);
    for (const c of m[2].matchAll(/,/g)) commas.add(listStart + c.index);
  }
  return commas;
}

/** "Maj Gen (retd) Ivan Petrenko", "Col. (ret.) …": the retired mark after a rank leaves the rank a title of the name. */
const RETIRED_GAP = /^\.? \((?:retd|ret|rtd)\.?\) $/i;
const isRetiredMark = (text: string, prev: Token, t: Token) => /^(?:retd|ret|rtd)$/i.test(t.text) && text[t.start - 1] === "(" && TITLE_WORDS.has(prev.base);

/**
 * "Prosecutor's Office", "People's Republic": a possessive inside a name, followed by capitalised words ending in a
 * head word (a state's or known actor's possessive, "Ukraine's General Staff", is checked by the caller); after a
 * body's possessive only a single head word ("Prosecutor General's Office").
 */
function possessiveInsideName(text: string, tokens: Token[], i: number, ownerIsBody: boolean, isPlace: (w: string) => boolean): boolean {
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    if (!isCap(tokens[k].text) || text.slice(tokens[k - 1].end, tokens[k].start) !== " ") return false;
    // "the National Assembly's Intelligence Committee": a body's own body of several words is a name of its own.
    if (isOrgHead(tokens[k].base)) return (!ownerIsBody || k === i + 1) && !namedInFull(tokens, k, isPlace);
  }
  return false;
}

/**
 * "the Treasury's Office of Foreign Assets Control": a head word followed by "of"/"for" and more capitalised words than a
 * place ("Prosecutor General's Office of Ukraine") opens a body's full name, which its owner's possessive is no part of.
 */
function namedInFull(tokens: Token[], head: number, isPlace: (w: string) => boolean): boolean {
  const [joiner, next] = [tokens[head + 1], tokens[head + 2]];
  return !!joiner && /^(?:of|for)$/.test(joiner.text) && !!next && isCap(next.text) && !isPlace(next.base) && next.text !== "the";
}

/** "al-Aiban", "bin-Salman": an Arabic name's lower-case article joined to a capitalised word. */
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|bin|ibn|abu)-\p{Lu}/u;

/** Runs of capitalised words (names may hold "von der"; organisation names "of the", "for"), and how often each word stands alone as a surname does. */
export function capitalisedRuns(r: Registry): { surnameCount: Map<string, number>; runs: Token[][]; orgRuns: Token[][] } {
  const { text, tokens } = r;
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
    const nameWord = (t: Token) => isCap(t.text) || PARTICLE_NAME.test(t.text);
    const flush = () => {
      while (run.length && !nameWord(run[run.length - 1])) run.pop();
      if (run.length) runs.push(run);
      run = [];
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (run.length && isRetiredMark(text, run[run.length - 1], t)) continue;
      if (run.length && !joinedByGap(text, run[run.length - 1], t)) flush();
      const connected = run.length && CONNECTORS.has(t.text) && tokens[i + 1] && (isCap(tokens[i + 1].text) || (CONNECTORS.has(tokens[i + 1].text) && tokens[i + 2] && isCap(tokens[i + 2].text)));
      if (isCap(t.text) || connected || (run.length && PARTICLE_NAME.test(t.text))) {
        run.push(t);
        if (t.possessive) flush();
      } else flush();
    }
    flush();
  }
  // Organisation names may contain "for the", "of", "and": "Institute for the Study of War".
  const orgRuns: Token[][] = [];
  {
    const listCommas = portfolioListCommas(r);
    let run: Token[] = [];
    const flush = () => {
      while (run.length && !isCap(run[run.length - 1].text)) run.pop();
      if (run.length) orgRuns.push(run);
      run = [];
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (run.length && !joinedByGap(text, run[run.length - 1], t, true, listCommas)) flush();
      const next = tokens[i + 1];
      // "Human Rights Watch and the International Committee …" are two bodies: "and the" joins no name.
      const joiner = run.length && /^(of|for|the|and|on)$/.test(t.text) && next && (isCap(next.text) || next.text === "the") && !(t.text === "and" && next.text === "the") && !MONTH_NAMES.test(next.text) && !DAY_NAMES.test(next.text);
      if (isCap(t.text) || joiner) {
        run.push(t);
        const ownerIsBody = isOrgHead(t.base) || r.gazForm.has(run.map((x) => x.base).join(" "));
        if (t.possessive && (r.tokenIsPlaceish(t.base) || !possessiveInsideName(text, tokens, i, ownerIsBody, r.tokenIsPlaceish))) flush();
      } else flush();
    }
    flush();
  }
  return { surnameCount, runs, orgRuns };
}
