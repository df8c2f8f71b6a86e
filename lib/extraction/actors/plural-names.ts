/**
 * "Wild Hornets", "Black Wolves": two capitalised words the person step took for a name, but an adjective before a
 * plural noun names a unit or a company, not a person ("Frank Adams" keeps his surname, which the lexicon knows).
 */
import { isFirstName, lexiconTag } from "../nlp";
import type { Registry } from "./registry";

export function retypePluralNames(r: Registry): void {
  for (const a of r.actors.values()) {
    if (a.kind !== "person" || a.role || a.known) continue;
    const words = a.name.split(" ");
    if (words.length !== 2) continue;
    const [first, last] = words;
    const adjective = lexiconTag(first) === "Adjective" && !isFirstName(first);
    const plural = /\p{Ll}[^s']s$/u.test(last) && [undefined, "Plural"].includes(lexiconTag(last));
    if (adjective && plural) a.kind = "organization";
  }
}
