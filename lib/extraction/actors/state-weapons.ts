/**
 * "Russian drones hit the port", "after Ukrainian strikes on refineries": a state named only by the demonym of its
 * weapons or attacks is the state acting, as "Russian forces" is. The phrase becomes a form of the state of this
 * article only (never an alias), so the state is listed and found where its weapons act.
 */
import { capitalFirst } from "../capital-first";
import { escapeRe } from "./lexicon";
import type { Registry } from "./registry";

/** What a state fires or flies, a military model's designation too ("Su-35"): not what it makes or sells ("shells", "tanks", "gas"), which others use. */
export const ARMS = "drones?|missiles?|rockets?|strikes?|airstrikes?|air strikes?|attacks?|shelling|bombardment|bombing|aircraft|warplanes|jets|warships|helicopters?|counterattacks?|counteroffensive|offensive|\\p{Lu}\\p{L}{0,3}-\\d+\\p{L}*";
/** "Russian attack drones", "Ukrainian naval drones": a kind word between the demonym and the weapon. */
export const WEAPON_KIND = "(?:(?:attack|combat|military|kamikaze|naval|sea|long-range|ballistic|cruise|hypersonic|guided|massive|massed|overnight|fresh|new)\\s+)?";

/** A form that names a state by its weapons ("Russian drones", "a Belarusian Mi-8"): the state acting, never one speaking. */
export const WEAPON_FORM = new RegExp(`(?:^|\\s)(?:${ARMS})$`, "u");

let armsSource: string | undefined;

export function stateWeapons(r: Registry): void {
  const { text, stateOfDemonym, lazy, fromEntry, addLocalForm } = r;
  const re = capitalFirst(new RegExp((armsSource ??= armsPattern(stateOfDemonym)), "gu"));
  for (const m of text.matchAll(re)) {
    const entry = lazy.get(stateOfDemonym.get(m[1])!);
    if (entry) addLocalForm(fromEntry(entry), m[0]);
  }
}

/** A state's demonym ("Russian", "North Korean"), then its weapons or attacks. */
function armsPattern(stateOfDemonym: Map<string, string>): string {
  const demonyms = [...stateOfDemonym.keys()].filter((d) => /^\p{Lu}/u.test(d)).sort((a, b) => b.length - a.length).map(escapeRe).join("|");
  return `(?<![\\p{L}-])(${demonyms})\\s+${WEAPON_KIND}(?:${ARMS})(?![\\p{L}-])`;
}
