/**
 * A town's authorities printed in lower case without the town: "according to the city military administration", "the
 * city council decided", "the local authorities reported". The body serves the town the text has just named ("Sumy was
 * attacked …: according to the city military administration" is the Sumy city military administration), so it is named
 * "<town> <body as printed>". "The head of the city administration, X" makes X the actor, not the body.
 */
import { DAY_NAMES, MONTH_NAMES, NON_NAME_WORDS } from "../gazetteer";
import type { Registry } from "./registry";

const LOCAL_BODY = /(?<![\p{L}-])([Tt]he|[Aa]ccording to|by)\s+((?:city|local|town|municipal)\s+(?:military\s+)?(?:administration|authorities|council))(?![\p{L}-])/gu;
/** "the head of the city administration, X": the head speaks; "a building identified as the city administration": a place. */
export const BODY_NOT_ACTING_BEFORE = /\b(?:(?:head|chief|deputy|secretary|spokesperson|spokesman|spokeswoman|building|office|offices)\s+of|as)\s+$/;
/** "in Sumy", "near Orikhiv", "the Kupiansk community", "Kherson, a city of": where a capitalised word is a place. */
const LOCATIVE_BEFORE = /\b(?:in|near|outside|into|from|at)\s+$/;
const PLACE_AFTER = /^(?:\s+(?:city|community|district|town|residents)\b|,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:town|city|village)\b|\s+(?:was|has been|is)\s+(?:attacked|hit|shelled|struck|under))/u;

export function localBodies(r: Registry): void {
  if (!/\b(?:city|local|town|municipal)\s+(?:military\s+)?(?:administration|authorities|council)\b/.test(r.text)) return;
  let places: { name: string; at: number }[] | undefined;
  for (const m of r.text.matchAll(LOCAL_BODY)) {
    if (BODY_NOT_ACTING_BEFORE.test(r.text.slice(Math.max(0, m.index - 30), m.index))) continue;
    places ??= townsNamed(r);
    const town = places.filter((p) => p.at < m.index).pop()?.name;
    if (!town) continue;
    const name = `${town} ${m[2]}`;
    const a = r.byForm.get(name) ?? r.ensure(name, "government");
    r.addForm(a, a.name);
    r.addLocalForm(a, m[2]);
    // "the local military administration" is the town's military administration.
    if (/^local\s+military\s/.test(m[2])) a.aliases.add(`${town} ${m[2].replace(/^local\s+/, "")}`);
  }
}

/**
 * Every mention of a capitalised word the article uses as a town somewhere (after "in", before "city", as the subject of
 * "was attacked"), in order: not a state, a demonym, a month or day, or another actor's name.
 */
function townsNamed(r: Registry): { name: string; at: number }[] {
  const { text } = r;
  const isTown = new Map<string, boolean>();
  const town = (w: string) => {
    if (!isTown.has(w)) isTown.set(w, placeWord(r, w) && new RegExp(`(?<![\\p{L}-])${w}(?![\\p{L}-])`, "gu").test(text) && usedAsPlace(text, w));
    return isTown.get(w)!;
  };
  const out: { name: string; at: number }[] = [];
  for (const m of text.matchAll(/(?<![\p{L}-])\p{Lu}[\p{Ll}’'-]{2,}(?![\p{L}-])/gu)) if (town(m[0])) out.push({ name: m[0], at: m.index });
  return out;
}

function placeWord(r: Registry, w: string): boolean {
  if (NON_NAME_WORDS.has(w) || MONTH_NAMES.test(w) || DAY_NAMES.test(w) || r.stateOfDemonym.has(w)) return false;
  const g = r.gazForm.get(w);
  if (g && g.entry.kind === "state") return false;
  const a = r.byForm.get(w);
  return !a || a.kind === "organization";
}

function usedAsPlace(text: string, w: string): boolean {
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}-])${w}(?![\\p{L}-])`, "gu"))) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + w.length, m.index + w.length + 40);
    if ((LOCATIVE_BEFORE.test(before) && !/^['’]s/.test(after)) || PLACE_AFTER.test(after)) return true;
  }
  return false;
}
