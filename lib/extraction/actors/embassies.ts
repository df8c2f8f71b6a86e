/**
 * Embassies and missions, which speak for their state abroad: "the Russian Embassy in Tokyo", "Russia's embassy in
 * Warsaw", "the Ukrainian embassy", "Russia's permanent mission to the UN in Geneva". Each is a government actor named by
 * the demonym ("Russian Embassy in Warsaw", "Russian permanent mission to the UN in Geneva"), with the article's own
 * wording as a form so its mentions are found.
 */
import type { Registry } from "./registry";
import { capitalFirst } from "../capital-first";

const PLACE = "(\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?|The\\s\\p{Lu}[\\p{L}-]+)";
/** "embassy", "permanent mission to the UN", "mission to the OSCE": a state's post abroad. */
const POST = "[Ee]mbassy|(?:[Pp]ermanent\\s+)?[Mm]ission\\s+to\\s+(?:the\\s+)?\\p{Lu}[\\p{L}]*(?:\\s\\p{Lu}[\\p{L}]*){0,3}";
const BY_DEMONYM = capitalFirst(new RegExp(`(?<![\\p{L}-])(\\p{Lu}[\\p{L}]+)\\s+(${POST})(?:\\s+in\\s+${PLACE})?`, "gu"));
const BY_POSSESSIVE = capitalFirst(new RegExp(`(?<![\\p{L}-])(\\p{Lu}[\\p{L}]+(?:\\s\\p{Lu}[\\p{L}]+)?)['’]s\\s+(${POST})(?:\\s+in\\s+${PLACE})?`, "gu"));

export function embassies(r: Registry): void {
  if (!/embassy|mission to/i.test(r.text)) return;
  const found: Found[] = [];
  for (const m of r.text.matchAll(BY_DEMONYM)) if (r.stateOfDemonym.has(m[1])) found.push({ demonym: m[1], embassy: m[2], place: m[3], printed: m[0] });
  for (const m of r.text.matchAll(BY_POSSESSIVE)) {
    const demonym = [...r.stateOfDemonym.entries()].find(([, state]) => state === m[1] || r.gazForm.get(m[1])?.entry.name === state)?.[0];
    if (demonym) found.push({ demonym, embassy: m[2], place: m[3], printed: m[0] });
  }
  for (const f of found) {
    const place = f.place ?? soleEmbassyPlace(found, f.demonym);
    const name = `${f.demonym} ${f.embassy}${place ? ` in ${place}` : ""}`;
    const a = r.ensure(name, "government");
    r.addForm(a, name);
    r.addForm(a, f.printed);
    // "the Russian embassy in Vienna" is also just "the Russian embassy".
    if (place) a.aliases.add(`${f.demonym} ${f.embassy}`);
  }
}

interface Found { demonym: string; embassy: string; place: string | undefined; printed: string }

/** "the Russian embassy in Dhaka … the Russian embassy said": a state's one embassy the article places is the one it later names bare. */
function soleEmbassyPlace(found: Found[], demonym: string): string | undefined {
  const places = new Set(found.filter((f) => f.demonym === demonym && f.place).map((f) => f.place));
  return places.size === 1 ? [...places][0] : undefined;
}
