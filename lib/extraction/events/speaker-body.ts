/**
 * The state or body a speaker speaks for, told where the article introduces the speaker: "Ukraine's ambassador to Egypt
 * Mykola Nahornyi", "Latvian envoy Karlis Ozols", "Yulia Kovaliv, Ukraine's ambassador in Ottawa", "Olena Marchenko, CEO of
 * Danube Logistics Group". An interview's "we" stands for that body (./title-first-person.ts). Only a body the article's
 * actors hold is named: a wrong name is worse than the pronoun.
 */
import type { Actor } from "../actors";
import { ROLE_NOUNS } from "../gazetteer";
import { surname } from "./title";

const capitalised = (w: string) => w.replace(/(^|[\s-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase());
const ROLE = `(?:${ROLE_NOUNS.flatMap((r) => [r, capitalised(r)]).join("|")})`;
/** A possessor or a demonym, up to two words of the role's kind ("defence", "Deputy Foreign"), then the role noun. */
const OWNER_ROLE = String.raw`(?:(\p{Lu}[\p{L}-]+)['’]s|(\p{Lu}\p{L}+))\s+(?:[\p{L}-]+\s+){0,2}?${ROLE}`;
/** Where the role is held ("ambassador to Egypt", "envoy in Buenos Aires"). */
const POST = String.raw`(?:\s+(?:to|in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?`;
/** The role right before the name: "Ukraine's ambassador to Egypt ", "Latvian envoy ", "Ukraine's Ambassador to the UAE, ". */
const ROLE_BEFORE = new RegExp(String.raw`(?:^|[\s(])${OWNER_ROLE}${POST},?\s+$`, "u");
/** The role right after the name: ", Ukraine's ambassador in Ottawa", " has been Ukraine's ambassador". */
const ROLE_AFTER = new RegExp(String.raw`^(?:,\s+|\s+(?:has\s+been|is|was)\s+)${OWNER_ROLE}\b`, "u");
/** ", CEO of Danube Logistics Group": the body named after the role. */
const ROLE_OF_AFTER = new RegExp(String.raw`^,\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?${ROLE}\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})`, "u");

const REACH = 70;

/** The article's body (no person) a form names: "Ukraine", "Kyiv" (a metonym of Ukraine), "Ukrainian" (a demonym). */
function bodyNamed(actors: Actor[], form: string, demonym: boolean): string | null {
  const body = actors.find((a) => a.kind !== "person" && !a.unnamed && (demonym ? a.demonyms.includes(form) : a.forms.has(form) || a.name === form));
  return body?.name ?? null;
}

/** The body the text introduces the speaker with, near a mention of the speaker's full name or surname; null if none. */
export function speakerBody(text: string, actors: Actor[], speaker: Actor): string | null {
  for (const name of new Set([speaker.name, surname(speaker.name)])) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const before = ROLE_BEFORE.exec(text.slice(Math.max(0, at - REACH), at));
      const after = ROLE_AFTER.exec(text.slice(at + name.length, at + name.length + REACH));
      const owner = before ?? after;
      const body = owner && bodyNamed(actors, owner[1] ?? owner[2], !owner[1]);
      if (body) return body;
      const of = ROLE_OF_AFTER.exec(text.slice(at + name.length, at + name.length + REACH));
      const organisation = of && bodyNamed(actors, of[1], false);
      if (organisation) return organisation;
    }
  }
  return null;
}
