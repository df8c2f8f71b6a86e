/**
 * "India's oil ministry said", "Ukraine's southern command denied", "Kostiantynivka's military administration said":
 * a state's or a place's body printed in lower case after its possessive, acting or cited ("according to …"). Each is
 * a body of its own, named with the state's demonym ("Indian oil ministry") or the place ("Kostiantynivka military
 * administration"). Bodies the state-body list knows ("Russia's defence ministry") are found by unitsAndNationalBodies.
 */
import { NON_NAME_WORDS } from "../gazetteer";
import { beforeVerb } from "./before-verb";
import type { Registry } from "./registry";
import { capitalFirst } from "../capital-first";

const BODY_NOUN = "ministry|command|administration|headquarters|police|council|prosecutor['’]s office|press service";
const POSSESSED_BODY = capitalFirst(
  new RegExp(`(?<![\\p{L}-])(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?)['’]s ((?:\\p{Ll}[\\p{L}-]+ ){0,2}(?:${BODY_NOUN}))(?![\\p{L}'’-])`, "gu"),
);

export function possessedBodies(r: Registry): void {
  if (!/['’]s (?:\p{Ll}[\p{L}-]+ ){0,2}(?:ministry|command|administration|headquarters|police|council|prosecutor|press service)\b/u.test(r.text)) return;
  for (const m of r.text.matchAll(POSSESSED_BODY)) {
    const [surface, owner, body] = m;
    const after = r.text.slice(m.index + surface.length, m.index + surface.length + 40);
    const cited = /\baccording to\s+$/i.test(r.text.slice(Math.max(0, m.index - 14), m.index));
    if (r.byForm.has(surface) || (!cited && !beforeVerb(after))) continue;
    const name = ownerName(r, owner);
    if (!name) continue;
    const a = r.byForm.get(`${name} ${body}`) ?? r.ensure(`${name} ${body}`, /command$/.test(body) ? "armed_force" : "government");
    r.addForm(a, surface);
  }
}

/** The state's demonym ("India" -> "Indian"), or a place's name; null for a person, a month or a known non-state actor. */
function ownerName(r: Registry, owner: string): string | null {
  const known = r.gazForm.get(owner)?.entry ?? r.byForm.get(owner);
  if (known?.kind === "state") return r.lazy.get(known.name)?.demonyms?.[0] ?? known.name;
  if (known || NON_NAME_WORDS.has(owner) || NON_NAME_WORDS.has(owner.split(" ")[0])) return null;
  return owner;
}
