/** The state a body named bare belongs to, read from the sentences around it. */
import { beforeVerb } from "./before-verb";
import type { Registry } from "./registry";
import type { Actor } from "./types";

const NAME = /\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}]*)?/gu;

/** The state a form names, or null. */
function stateNamed(r: Registry, form: string): string | null {
  const g = r.gazForm.get(form)?.entry ?? r.byForm.get(form);
  return g?.kind === "state" ? g.name : null;
}

/** "OSLO (Reuters) -": the state of the place the article's dateline names, or null; "Uae" is an acronym title-cased. */
export function datelineState(r: Registry): string | null {
  return r.dateline ? stateNamed(r, r.dateline) ?? stateNamed(r, r.dateline.toUpperCase()) : null;
}

/** " government expelled", " officials said": a state's government or officials, then their verb. */
const OFFICIALS_ACTING = /^ (?:government|authorities|officials) (?:\p{Ll}+ly )?\p{Ll}+/u;

/**
 * The states named in text[from, to), in order: by a name, its first word or its second ("In Stockholm"); by a demonym
 * only where the state's officials act ("The Czech government expelled", not "two Russian diplomats").
 */
function statesIn(r: Registry, from: number, to: number, ownersOnly = false): string[] {
  const states: string[] = [];
  const span = r.text.slice(from, to);
  for (const m of span.matchAll(NAME)) {
    if (ownersOnly && MOTION_BEFORE.test(span.slice(Math.max(0, m.index - 6), m.index))) continue;
    const [first, second] = m[0].split(" ");
    const state = stateNamed(r, m[0]) ?? stateNamed(r, first) ?? (second ? stateNamed(r, second) : null) ?? officialsState(r, m[0], span.slice(m.index + m[0].length));
    if (state) states.push(state);
  }
  return states;
}

/** The state whose officials act after `name` ("Czech" or "The Czech" before " government expelled"), or null. */
function officialsState(r: Registry, name: string, after: string): string | null {
  const demonym = name.replace(/^The /, "");
  const state = r.stateOfDemonym.get(demonym);
  const acting = OFFICIALS_ACTING.exec(after);
  return state && acting && beforeVerb(acting[0].replace(/^ \p{Ll}+/u, "")) ? state : null;
}

/** The states named in the sentence of `at`, before it. */
function statesEarlierInSentence(r: Registry, at: number): string[] {
  const start = Math.max(r.text.lastIndexOf(". ", at), r.text.lastIndexOf("\n", at)) + 1;
  return statesIn(r, start, at);
}

/** "shells delivered to Ukraine", "transfers from Russia": a state named as where things go or come from. */
const MOTION_BEFORE = /\b(?:to|from|into)\s+$/;

/** The states named in the sentence of `at` before it, other than as a destination or origin: the bodies' possible owners. */
function ownerStatesEarlierInSentence(r: Registry, at: number): string[] {
  const start = Math.max(r.text.lastIndexOf(". ", at), r.text.lastIndexOf("\n", at)) + 1;
  return statesIn(r, start, at, true);
}

/** "Russia struck Ukraine overnight, the Air Force said": the state named (not by demonym) last before the body in its sentence. */
export function stateEarlierInSentence(r: Registry, at: number): string | null {
  return statesEarlierInSentence(r, at).at(-1) ?? null;
}

/** The states the sentence before `at` names, in the same paragraph. */
function statesOfPreviousSentence(r: Registry, at: number): string[] {
  const paragraph = Math.max(0, r.text.lastIndexOf("\n", at) + 1);
  const sentenceStart = r.text.lastIndexOf(". ", at);
  if (sentenceStart < paragraph) return [];
  const before = r.text.lastIndexOf(". ", sentenceStart - 1);
  const previous = before < paragraph ? paragraph : before + 2;
  return statesIn(r, previous, sentenceStart);
}

/** "Sweden has given Ukraine aid. In June the government decided …": the first state the sentence before names, in the same paragraph. */
export function firstStateOfPreviousSentence(r: Registry, at: number): string | null {
  return statesOfPreviousSentence(r, at)[0] ?? null;
}

/** The one state `states` name, or null if they name none or several. */
const soleState = (states: string[]) => (states.length > 0 && states.every((s) => s === states[0]) ? states[0] : null);

/**
 * The state of a national body named bare at `at`, by the evidence a reader weighs in turn: the one state its sentence
 * names before it ("Russia was represented by officials of the Defense Ministry"), or, the sentence naming none, the one
 * state the sentence before names; then the place the article reports from ("ABU DHABI: Russia and Ukraine exchanged
 * prisoners after mediation by the UAE, the Ministry of Foreign Affairs said"); then the state named first in the
 * sentence ("Latvia summoned the envoy of Belarus to the Foreign Ministry") or in the one before; else null.
 */
export function bareBodyState(r: Registry, at: number): string | null {
  const inSentence = ownerStatesEarlierInSentence(r, at);
  const before = statesOfPreviousSentence(r, at);
  return soleState(inSentence) ?? (inSentence.length === 0 ? soleState(before) : null) ?? datelineState(r) ?? inSentence[0] ?? before[0] ?? null;
}

/**
 * "Ukraine's air force said … The air force said": the body named with its state before `at`, the one named last, which
 * the bare name takes up again.
 */
export function sameBodyNamedBefore(r: Registry, bare: string, at: number): Actor | null {
  const tail = bare.toLowerCase();
  let best: { actor: Actor; pos: number } | null = null;
  for (const a of r.actors.values()) {
    const name = a.name.toLowerCase();
    if (name === tail || !name.endsWith(` ${tail}`) && !name.startsWith(`${tail} of `)) continue;
    for (const form of a.forms) {
      const pos = form === bare ? -1 : r.text.lastIndexOf(form, at);
      if (pos >= 0 && (!best || pos > best.pos)) best = { actor: a, pos };
    }
  }
  return best?.actor ?? null;
}
