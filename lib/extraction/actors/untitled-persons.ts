import { TITLE_WORDS } from "../gazetteer";
import type { Registry } from "./registry";

/**
 * "NAPTIP Director-General Binta Bello", "Under-Secretary Rosemary DiCarlo": a person named with a hyphenated title
 * that is no single title word (one of its parts is: "Director", "General", "Secretary") is named without it; the
 * titled name stays an alias.
 */
export function untitledPersons(r: Registry): void {
  for (const a of [...r.actors.values()]) {
    if (a.kind !== "person" || a.known) continue;
    const words = a.name.split(" ");
    const title = words.findLastIndex((w) => w.includes("-") && !TITLE_WORDS.has(w) && w.split("-").some((part) => TITLE_WORDS.has(part)));
    const name = words.slice(title + 1).join(" ");
    if (title < 0 || words.length - title - 1 < 2 || r.actors.has(name.toLowerCase())) continue;
    r.actors.delete(a.name.toLowerCase());
    a.aliases.add(a.name);
    a.name = name;
    r.actors.set(name.toLowerCase(), a);
    r.addForm(a, name);
  }
}
