/**
 * "Merz's office said", "Virtanen's press service reported": a named person's office speaks as a body of its own, named
 * as the text names it, when the person is named elsewhere too (else the office's name would hide them). The body
 * records the form naming its holder, who takes its place in the events it reports (events/office-holders.ts).
 */
import { DAY_NAMES, NON_NAME_WORDS } from "../gazetteer";
import type { Registry } from "./registry";
import { capitalFirst } from "../capital-first";

/** "Merz's office said": the owner's name (1), the apostrophe (2), the office and a reporting verb after it. */
const PERSONS_OFFICE = capitalFirst(/(?<![\p{L}’'.-])((?:\p{Lu}[\p{L}-]* ){0,3}\p{Lu}[\p{L}-]+)(['’])s (?:office|press (?:service|office))(?= (?:(?:also|later|then|has|had) )?(?:said|says|announced|reported|stated|confirmed|added|wrote)\b)/gu);
/** What every match of PERSONS_OFFICE holds: a fast test that spares the slower scan an article naming no office. */
const NAMES_AN_OFFICE = /['’]s (?:office|press (?:service|office))/;

/** How often `part` occurs in `text`. */
const occurrences = (text: string, part: string) => text.split(part).length - 1;

export function personsOffices(r: Registry): void {
  if (!NAMES_AN_OFFICE.test(r.text)) return;
  for (const m of r.text.matchAll(PERSONS_OFFICE)) {
    const words = m[1].split(" ");
    // "Then Virtanen's office": a sentence's opening word is not part of the owner's name.
    const owner = words.slice(words.findIndex((w) => !NON_NAME_WORDS.has(w) && !DAY_NAMES.test(w))).join(" ");
    const surname = words[words.length - 1];
    const ownerKind = (r.byForm.get(owner) ?? r.byForm.get(surname))?.kind ?? (r.gazForm.get(owner) ?? r.gazForm.get(surname))?.entry.kind;
    const office = `${owner}${m[0].slice(m[1].length)}`;
    // The person stays an actor only where named outside a possessive ("Merz" besides "Merz's") as well.
    const namedElsewhere = occurrences(r.text, surname) > occurrences(r.text, `${surname}${m[2]}s`);
    if (ownerKind !== "person" || !namedElsewhere || r.byForm.has(office)) continue;
    const body = r.ensure(office, "government");
    body.holderForm = owner;
    r.addForm(body, office);
  }
}
