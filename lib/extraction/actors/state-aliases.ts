/**
 * A body the article ties to a state is also known by the other names outlets give such bodies: "Ukraine's State
 * Border Guard Service" is the "State Border Guard Service of Ukraine", the "Ukrainian Foreign Ministry" the "Foreign
 * Ministry of Ukraine" and the "Ministry of Foreign Affairs of Ukraine", the "Armed Forces of Russia" the "Russian Armed
 * Forces". The names become aliases only: the forms searched in the text stay as they are.
 */
import { GAZETTEER } from "../gazetteer";
import { escapeRe } from "./lexicon";
import { ARMS } from "./state-weapons";
import type { Registry } from "./registry";
import type { Actor } from "./types";

const STATES = GAZETTEER.filter((e) => e.kind === "state");
const BODY_KINDS = new Set(["government", "armed_force", "organization"]);
/** "Foreign Ministry" -> "Ministry of Foreign Affairs": the portfolio's long form where it differs. */
const PORTFOLIO: Record<string, string> = { Foreign: "Foreign Affairs", Interior: "Internal Affairs", Defense: "Defence" };

interface StateNames { name: string; demonym: string; initials?: string }
/** Each state's forms and demonyms ("Ukraine", "Ukrainian") to the state's names, with its initials if it goes by them ("UAE"). */
const STATE_OF_FORM = new Map<string, StateNames>(
  STATES.flatMap((e) => {
    const names = { name: e.name, demonym: e.demonyms?.[0] ?? e.name, initials: e.forms.find((f) => /^\p{Lu}{2,4}$/u.test(f)) };
    return [...e.forms, ...(e.demonyms ?? [])].map((f) => [f, names] as const);
  }),
);
const FORMS = [...STATE_OF_FORM.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
const LEADING_STATE = new RegExp(`^(${FORMS})(?:['’]s)?\\s+(\\p{Lu}.+)$`, "u");
const TRAILING_STATE = new RegExp(`^(\\p{Lu}.+?) of (?:the )?(${FORMS})$`, "u");
const STATE_BEFORE = new RegExp(`(?<![\\p{L}])(${FORMS})(?:['’]s)?\\s+(?=\\p{Lu})`, "gu");

const NAMED_MINISTRY = /^(\p{Lu}\p{Ll}+) Ministry$/u;
/** The names of `body` (a name without its state) as a body of `state`. */
export function namesAsBodyOf(body: string, state: StateNames): string[] {
  const the = /^United|^Netherlands$|^Philippines$/.test(state.name) ? "the " : "";
  // "UAE Ministry of Foreign Affairs": a state that goes by its initials is named by them before its bodies too.
  const leads = [state.demonym, ...(state.initials ? [state.initials] : [])];
  // "the United States' Supreme Court": a name ending in s takes the apostrophe alone.
  const possessive = `${the}${state.name}${/s$/.test(state.name) ? "'" : "'s"}`;
  const names = [`${body} of ${the}${state.name}`, `${possessive} ${body}`, ...leads.map((lead) => `${lead} ${body}`)];
  const ministry = NAMED_MINISTRY.exec(body);
  if (ministry) {
    const portfolio = PORTFOLIO[ministry[1]] ?? ministry[1];
    names.push(`Ministry of ${portfolio} of ${the}${state.name}`, ...leads.map((lead) => `${lead} Ministry of ${portfolio}`));
    // "Czech Ministry of Defence", "Russian Defense Ministry": both spellings of the defence portfolio.
    if (portfolio === "Defence") names.push(`${state.demonym} Defense Ministry`, `${state.demonym} Ministry of Defense`);
  }
  return names;
}

/** The state and the body's own name when the actor's name carries the state ("Ukrainian Navy", "Armed Forces of Russia"). */
function stateInName(name: string): { body: string; state: StateNames } | null {
  const lead = LEADING_STATE.exec(name);
  if (lead) return { body: lead[2], state: STATE_OF_FORM.get(lead[1])! };
  const tail = TRAILING_STATE.exec(name);
  return tail ? { body: tail[1], state: STATE_OF_FORM.get(tail[2])! } : null;
}

/** Where the text names a state right before a capitalised word: "Ukraine's State …", "the Lithuanian Seimas". */
function statesBeforeNames(text: string): { state: StateNames; at: number }[] {
  return [...text.matchAll(STATE_BEFORE)].map((m) => ({ state: STATE_OF_FORM.get(m[1])!, at: m.index + m[0].length }));
}

/** The state the text ties a capitalised form to. */
function stateBeforeForm(text: string, places: { state: StateNames; at: number }[], form: string): { body: string; state: StateNames } | null {
  const hit = places.find((p) => text.startsWith(form, p.at) && !/[\p{L}]/u.test(text[p.at + form.length] ?? ""));
  return hit ? { body: form, state: hit.state } : null;
}

export function stateBodyAliases(r: Registry): void {
  const places = statesBeforeNames(r.text);
  const armies = new Map<string, Actor>();
  for (const a of r.actors.values()) {
    if (!BODY_KINDS.has(a.kind)) continue;
    const tied = stateInName(a.name) ?? [...a.forms].map((f) => stateBeforeForm(r.text, places, f)).find(Boolean) ?? null;
    if (tied) addAliases(a, namesAsBodyOf(tied.body, tied.state));
    if (tied && a.kind === "armed_force" && /^Armed Forces$/i.test(tied.body)) {
      addAliases(a, armedForcesNames(tied.state));
      armies.set(tied.state.name, a);
    }
    addAliases(a, [...a.forms].flatMap(demonymForm));
  }
  for (const a of r.actors.values()) if (a.kind === "state") addForcesAliases(a, armies.get(a.name));
}

/**
 * A state acting through its army or its weapons is also named as its forces ("Russian forces", "Armed Forces of
 * Russia"), unless the article names the army as an actor of its own ("The Ukrainian military said …"): the names are the army's then.
 */
function addForcesAliases(state: Actor, army: Actor | undefined): void {
  if (army) {
    for (const n of [army.name, ...army.aliases]) state.aliases.delete(n);
  } else if ([...state.forms].some((f) => STATE_FORCES.test(f))) addAliases(state, armedForcesNames(stateNames(state.name)));
  else if ([...state.forms].some((f) => STATE_ARMS.test(f))) addAliases(state, [`${stateNames(state.name).demonym} forces`]);
}

/** "Russian forces", "Ukraine's troops": the state acting through its army, a form the forces step gives the state. */
const STATE_FORCES = /^\p{Lu}.*\s(?:forces|troops)$/u;

/** "Russian drones", "Ukrainian strikes": the state acting through its weapons, which outlets also call its forces. */
const STATE_ARMS = new RegExp(`^\\p{Lu}\\S*(?: \\p{Lu}\\S*)? (?:\\S+ )?(?:${ARMS})$`, "u");

/** The names outlets give a state's armed forces: "Armed Forces of Ukraine", "Ukrainian Armed Forces", "Ukrainian military", "Ukrainian forces". */
function armedForcesNames(state: StateNames): string[] {
  const the = /^United|^Netherlands$|^Philippines$/.test(state.name) ? "the " : "";
  return [`Armed Forces of ${the}${state.name}`, `${state.demonym} Armed Forces`, `${state.demonym} military`, `${state.demonym} forces`];
}

function stateNames(name: string): StateNames {
  return STATE_OF_FORM.get(name) ?? { name, demonym: name };
}

const POSSESSED_LOWER = new RegExp(`^(${FORMS})['’]s\\s+(\\p{Ll}.*)$`, "u");
/** "Ukraine's military" -> "Ukrainian military": a body printed in lower case after its state's possessive, named with the demonym. */
function demonymForm(form: string): string[] {
  const m = POSSESSED_LOWER.exec(form);
  return m ? [`${STATE_OF_FORM.get(m[1])!.demonym} ${m[2]}`] : [];
}

function addAliases(a: Actor, names: string[]): void {
  for (const n of names) if (n !== a.name) a.aliases.add(n);
}
