/**
 * Embassies, which speak for their state abroad: "the Russian Embassy in Tokyo", "Russia's embassy in Warsaw",
 * "the Ukrainian embassy". Each is a government actor named by the demonym ("Russian Embassy in Warsaw"), with the
 * article's own wording as a form so its mentions are found.
 */
import type { Registry } from "./registry";

const PLACE = "(\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?|The\\s\\p{Lu}[\\p{L}-]+)";
const BY_DEMONYM = new RegExp(`(?<![\\p{L}-])(\\p{Lu}[\\p{L}]+)\\s+([Ee]mbassy)(?:\\s+in\\s+${PLACE})?`, "gu");
const BY_POSSESSIVE = new RegExp(`(?<![\\p{L}-])(\\p{Lu}[\\p{L}]+(?:\\s\\p{Lu}[\\p{L}]+)?)['’]s\\s+(embassy|Embassy)(?:\\s+in\\s+${PLACE})?`, "gu");

export function embassies(r: Registry): void {
  if (!/embassy/i.test(r.text)) return;
  const add = (demonym: string, embassy: string, place: string | undefined, printed: string) => {
    const name = `${demonym} ${embassy}${place ? ` in ${place}` : ""}`;
    const a = r.ensure(name, "government");
    r.addForm(a, name);
    r.addForm(a, printed);
    // "the Russian embassy in Vienna" is also just "the Russian embassy".
    if (place) a.aliases.add(`${demonym} ${embassy}`);
  };
  for (const m of r.text.matchAll(BY_DEMONYM)) if (r.stateOfDemonym.has(m[1])) add(m[1], m[2], m[3], m[0]);
  for (const m of r.text.matchAll(BY_POSSESSIVE)) {
    const demonym = [...r.stateOfDemonym.entries()].find(([, state]) => state === m[1] || r.gazForm.get(m[1])?.entry.name === state)?.[0];
    if (demonym) add(demonym, m[2], m[3], m[0]);
  }
}
