import { beforeVerb } from "./before-verb";
import { dominantState, nationalBody } from "./national-bodies";
import { stateEarlierInSentence } from "./nearby-states";
import type { Registry } from "./registry";
import type { Actor } from "./types";
import { capitalFirst } from "../capital-first";

/** "Thai police", "Slovakia's police": a state's police named with its demonym or its possessive name. */
const STATE_POLICE = capitalFirst(/(?<![\p{L}-])(\p{Lu}[\p{L}-]+?)(?:['’]s)? police(?![\p{L}-])/gu);
/** The two sides of the war most articles report: their police are named with their state ("Ukrainian police"). */
const WAR_SIDES = new Set(["Russia", "Ukraine"]);
/** "Police detained him", "the police said": the police named bare. */
const BARE_POLICE = /(?<![\p{L}-])(?:[Tt]he police|Police)(?![\p{L}-])/gu;

/**
 * A state's police acting: "Thai police arrested two men", and the police named bare as the subject of a verb ("Police
 * detained him", "the police said") — the police of the state named before it in its sentence, else of the one police
 * the article names with its state, else of the state other than the war's sides that the article names most (a Prague
 * court's "Police arrested him" is the "Czech police"). A mention that does not
 * act ("a police car", "the police unit") names no actor.
 */
export function statePolice(r: Registry): void {
  if (!/\b[Pp]olice\b/.test(r.text)) return;
  const named = namedPolice(r);
  let home: string | null | undefined;
  for (const m of r.text.matchAll(BARE_POLICE)) {
    if (r.byForm.has(m[0]) || !actsAt(r.text, m.index + m[0].length)) continue;
    if (/\p{Lu}[\p{L}-]*(?:['’]s)? $/u.test(r.text.slice(Math.max(0, m.index - 30), m.index))) continue;
    home ??= dominantState(r.text, true, WAR_SIDES);
    const state = stateEarlierInSentence(r, m.index) ?? (named.length === 1 ? null : home);
    const a = state ? nationalBody(r, state, "police") : named[0];
    if (a) r.addLocalForm(a, m[0]);
  }
}

/** The police the article names with their state and shows acting ("Slovak police have identified …"). */
function namedPolice(r: Registry): Actor[] {
  const found = new Set<Actor>();
  for (const m of r.text.matchAll(STATE_POLICE)) {
    const state = r.stateOfDemonym.get(m[1]) ?? (r.gazForm.get(m[1])?.entry.kind === "state" ? r.gazForm.get(m[1])!.entry.name : null);
    if (!state || !actsAt(r.text, m.index + m[0].length)) continue;
    const a = nationalBody(r, state, "police");
    r.addForm(a, m[0]);
    found.add(a);
  }
  return [...found];
}

/** The words after a name start its verb, a time between them allowed ("police on Monday detained"). */
function actsAt(text: string, end: number): boolean {
  return beforeVerb(text.slice(end, end + 60).replace(/^\s+on\s+\p{Lu}\p{Ll}+day\b/u, ""));
}
