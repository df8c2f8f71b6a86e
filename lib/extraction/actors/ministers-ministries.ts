/**
 * "Foreign Minister Anna Berg summoned the envoy, the ministry said": a lower-case "the ministry" in the sentence that
 * names a minister, or the one after it in the same paragraph, is that minister's ministry, not the ministry named last
 * anywhere before ("Russia's Defence Ministry" two paragraphs up). Its state is the one the minister's role names
 * ("External Affairs Minister of India"), else the one printed right before the title ("India's Foreign Minister"),
 * else the state the article names most.
 */
import { dominantState, nationalBody } from "./national-bodies";
import type { Registry } from "./registry";
import type { Mention } from "./types";
import type { Sentence } from "../sentences";

const THE_MINISTRY = /(?<=\b(?:the|The) )ministry(?![\p{L}'’-])(?!\s+of\b)/gu;
/** "First Vice Foreign Minister", "External Affairs Minister": the portfolio is the capitalised words before "Minister". */
const PORTFOLIO = /((?:\p{Lu}\p{Ll}+\s+){1,2})Minister\b/u;
const NOT_PORTFOLIO = /^(?:Prime|Deputy|Vice|First|Acting|State|Chief|Former|Junior)$/;
/** "India's " right before a title: the state whose minister it is. */
const STATE_POSSESSIVE_BEFORE = /(\p{Lu}\p{L}+)['’]s\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}$/u;

export function ministersMinistries(r: Registry, mentions: Mention[], sentences: Sentence[]): void {
  if (!/\b[Tt]he ministry\b/.test(r.text)) return;
  const added: Mention[] = [];
  for (const m of r.text.matchAll(THE_MINISTRY)) {
    const minister = ministerNamedBefore(mentions, sentences, m.index);
    const portfolio = minister && portfolioOf(r, minister.actor.role ?? "");
    if (!minister || !portfolio) continue;
    const state = stateOfOfficial(r, sentences, minister);
    if (!state) continue;
    const a = nationalBody(r, state, `${portfolio === "External Affairs" ? "Foreign" : portfolio} Ministry`);
    a.first = Math.min(a.first, m.index);
    added.push({ actor: a, start: m.index, end: m.index + m[0].length, surface: m[0], pronoun: false, possessive: false });
  }
  mentions.push(...added);
}

/** An official's state: the one the role names, else the one printed before the title, else the article's home state. */
export function stateOfOfficial(r: Registry, sentences: Sentence[], official: Mention): string | null {
  return statePrintedForOfficial(r, official) ?? homeOfMinister(r, sentences, official);
}

/** The state an official's role names ("Lithuanian Defence Minister"), else the one printed before the title ("India's"). */
export function statePrintedForOfficial(r: Registry, official: Mention): string | null {
  return stateOfRole(r, official.actor.role ?? "") ?? stateBefore(r, official.start);
}

/**
 * The state the article names most (demonyms counted), leaving out the states whose people or bodies the minister's
 * sentence names after him: "summoned Russia's chargé d'affaires", "talks with his Ukrainian counterpart" name the other party.
 */
function homeOfMinister(r: Registry, sentences: Sentence[], minister: Mention): string | null {
  const sentence = sentences.find((s) => minister.start >= s.start && minister.start < s.end);
  const rest = r.text.slice(minister.end, sentence?.end ?? minister.end);
  const others = new Set<string>();
  // By demonym or possessive only: "said that Ukraine had imported" names the minister's own state as often as not.
  for (const [, w, possessive] of rest.matchAll(/(\p{Lu}\p{L}+)(['’]s)?/gu)) {
    const state = r.stateOfDemonym.get(w) ?? (possessive && r.lazy.get(w)?.kind === "state" ? w : null);
    if (state) others.add(state);
  }
  return dominantState(r.text, true, others);
}

/**
 * The person first named with a minister's role in the sentence of `at` (its subject, not "spoke with Foreign Minister
 * Y"), else in the sentence before it in its paragraph.
 */
function ministerNamedBefore(mentions: Mention[], sentences: Sentence[], at: number): Mention | null {
  const si = sentences.findIndex((s) => at >= s.start && at < s.end);
  if (si < 0) return null;
  const minister = (from: number, to: number) =>
    mentions.find((m) => m.start >= from && m.start < to && !m.pronoun && m.actor.kind === "person" && /\bMinister\b/.test(m.actor.role ?? ""));
  const here = minister(sentences[si].start, at);
  if (here || si === 0 || sentences[si - 1].paragraph !== sentences[si].paragraph) return here ?? null;
  return minister(sentences[si - 1].start, sentences[si - 1].end) ?? null;
}

/** "First Vice Foreign Minister" -> "Foreign"; "Russian Defence Minister" -> "Defence"; "Prime Minister" -> null. */
function portfolioOf(r: Registry, role: string): string | null {
  const isState = (w: string) => r.stateOfDemonym.has(w) || r.lazy.get(w)?.kind === "state";
  const words = PORTFOLIO.exec(role)?.[1].trim().split(/\s+/).filter((w) => !NOT_PORTFOLIO.test(w) && !isState(w)) ?? [];
  return words.length ? words.join(" ") : null;
}

/** The state a role names by demonym or name ("Lithuanian Defence Minister", "Minister of India"). */
function stateOfRole(r: Registry, role: string): string | null {
  for (const w of role.split(/[\s'’]+/)) {
    const state = r.stateOfDemonym.get(w) ?? (r.lazy.get(w)?.kind === "state" ? w : null);
    if (state) return state;
  }
  return null;
}

function stateBefore(r: Registry, at: number): string | null {
  const w = STATE_POSSESSIVE_BEFORE.exec(r.text.slice(Math.max(0, at - 80), at))?.[1];
  return w && r.lazy.get(w)?.kind === "state" ? w : null;
}
