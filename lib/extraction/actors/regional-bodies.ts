/**
 * Regional and city authorities printed in lower case: "the Donetsk regional military administration",
 * "Krasnodar regional authorities", "the Sumy city council", "the Kharkiv regional prosecutor's office". Each is a government actor named as printed, so
 * "the regional administration said" finds it later. (Capitalised ones, "Kherson Oblast Military
 * Administration", are organisation names found by the capitalised-run steps.)
 */
import { NON_NAME_WORDS } from "../gazetteer";
import type { Registry } from "./registry";

const REGIONAL = /(?<![\p{L}-])(\p{Lu}[\p{L}-]+)\s+((?:regional|oblast|city|district|municipal)\s+(?:military\s+|state\s+)?(?:administration|authorities|council|government|prosecutor['’]s office|police|court))(?![\p{L}])/gu;

export function regionalBodies(r: Registry): void {
  if (!/\b(?:regional|oblast|city|district|municipal)\s/.test(r.text)) return;
  for (const m of r.text.matchAll(REGIONAL)) {
    // "Kovalenko city council" would be a person's surname, not a place.
    if (r.byForm.get(m[1])?.kind === "person" || NON_NAME_WORDS.has(m[1])) continue;
    const name = `${m[1]} ${m[2]}`;
    if (!r.byForm.has(name)) r.addForm(r.ensure(name, "government"), name);
  }
}
