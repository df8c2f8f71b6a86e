/**
 * A person named after the office they hold, set off by a comma: "said the head of the agency's secretariat, Ivan
 * Petrenko." The person step needs a capitalised title or a known first name; a lower-case office before the name
 * tells as much.
 */
import { isOrgHead } from "./lexicon";
import type { Registry } from "./registry";

const OFFICE = "head|chief|director|secretary|spokes(?:man|woman|person)|commander|adviser|advisor|deputy|chair(?:man|woman)?|coordinator|representative|ombudsman";
const WORD = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
/** The office, maybe "of …" up to the comma, then a two-word name that ends the clause. */
const OFFICE_THEN_NAME = new RegExp(
  `\\b(?:the|a|an|its|his|her|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${OFFICE})(?:\\s+of\\s+[^,.;:"“”]{3,60}?)?,\\s+(${WORD}\\s+${WORD})(?=\\s*[.,;]|$)`,
  "gu",
);

export function roleAppositions(r: Registry): void {
  for (const m of r.text.matchAll(OFFICE_THEN_NAME)) {
    const name = m[1];
    const [first, last] = name.split(/\s+/);
    if (r.byForm.has(name) || r.gazForm.has(name) || r.gazForm.has(first) || r.stateOfDemonym.has(first) || isOrgHead(last)) continue;
    r.addForm(r.ensure(name, "person"), name);
  }
}
