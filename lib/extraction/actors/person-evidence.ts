/**
 * What around a name of two words or more vouches for it being a person's: a possessive or a reporting verb beside it,
 * an apposition, an age, an office it holds, a citation, a quotation soon after, a list of full names, its surname
 * used again, a given name opening it, a person's place in its clause (person-slots.ts).
 */
import { REPORTING_NEAR, APPOSITIVE_ROLE, nameLike } from "./lexicon";
import { AFFILIATION_AFTER, opensWithGivenName } from "./name-openers";
import { inPersonSlot } from "./person-slots";
import type { Registry } from "./registry";
import type { Token } from "./types";

const OFFICE_HEADS = "[Hh]ead|[Cc]hief|[Gg]overnor|[Mm]ayor|[Dd]irector|[Cc]hair(?:man|woman)?|[Ss]ecretary|[Cc]ommander";
/** ", Head of …": a capitalised office set off after the name. */
const OFFICE_OF_AFTER = new RegExp(`^,\\s+(?:${OFFICE_HEADS}) of\\b`, "u");
/** "the head of Sumy regional military administration ", "governor of Belgorod region ": a lower-case office phrase right before the name. */
const OFFICE_OF_BEFORE = new RegExp(`\\b(?:${OFFICE_HEADS}) of (?:the )?(?:[\\p{L}'’-]+ ){0,5}(?:administration|region|oblast|council|ministry|office|service|agency|committee|secretariat)\\s+$`, "u");

/** '…," she says' a few sentences on: a quotation whose speaker is a pronoun. */
const PRONOUN_QUOTE_AFTER = /[”"»’]\s*,?\s+(?:he|she)\s+(?:said|says|adds|added|recalls|recalled|explains|explained|told|tells)\b/;

const FULL_NAME = "\\p{Lu}[\\p{Ll}’'-]+ \\p{Lu}[\\p{Ll}’'-]+";
/** "Emmanuel Macron, " or "Friedrich Merz and " right before a name, ", Donald Tusk" right after: a list of full names. */
const FULL_NAME_LISTED_BEFORE = new RegExp(`${FULL_NAME}(?:,| and|, and)\\s+$`, "u");
const FULL_NAME_LISTED_AFTER = new RegExp(`^(?:,| and|, and)\\s+${FULL_NAME}\\b`, "u");

/** Whether the run's own words or its neighbours vouch for `name` (two words or more) as a person's; `titled` when titles opened the run. */
export function vouchedByContext(r: Registry, run: Token[], name: Token[], titled: boolean, surnameCount: Map<string, number>): boolean {
  const { text, tokens, tokIdx } = r;
  const lastTok = name[name.length - 1];
  const prevTok = tokens[tokIdx.get(run[0])! - 1];
  const before = (n: number) => text.slice(Math.max(0, run[0].start - n), run[0].start);
  const after = (n: number) => text.slice(lastTok.end, lastTok.end + n);
  const possessiveBefore = !!prevTok && prevTok.possessive && text.slice(prevTok.end, run[0].start) === " ";
  const afterWords = after(40).replace(/^['’]s/, "").trim().split(/\s+/).slice(0, 3).map((w) => w.replace(/[^\p{L}]/gu, ""));
  const verbAfter = afterWords.some((w) => REPORTING_NEAR.test(w));
  const appositive = /^,\s+(?:the|a|an|who)\b/.test(after(10)) || APPOSITIVE_ROLE.test(after(40)) || AFFILIATION_AFTER.test(after(12));
  // "Nadiya Moroz, 73, who …", "29-year-old Artjom Laur": a name with an age.
  const aged = /^,\s+\d{1,3},/.test(after(7)) || (!titled && /\b\d{1,3}-year-old\s+$/.test(before(14)));
  const recurs = (surnameCount.get(lastTok.base) ?? 0) >= 1;
  const slotted = !titled && inPersonSlot(text, name, before, surnameCount.get(name[0].base) ?? 0);
  return possessiveBefore || verbAfter || appositive || aged || recurs || (!titled && vouchedUntitled(name, before, after)) || opensWithGivenName(name) || slotted;
}

/** Evidence read only when no title opens the run: the name is the run's first word. */
function vouchedUntitled(name: Token[], before: (n: number) => string, after: (n: number) => string): boolean {
  // '"…," said Sumit Ritolia': a full name right after a quotation's reporting verb is its speaker.
  const saidBefore = /(?:[”"’],?|,)\s+(?:said|says|added|wrote)\s+$/u.test(before(12));
  // "Serhii Lysak, Head of …", "the head of Sumy regional military administration Oleh Hryhorov": a name beside the office it holds.
  const holdsOffice = name.every(nameLike) && (OFFICE_OF_AFTER.test(after(30)) || OFFICE_OF_BEFORE.test(before(70)));
  // "according to Taavi Rõivas", 'Taavi Rõivas: "…"', '"…" – Taavi Rõivas': a full name cited as a source.
  const cited = /\b[Aa]ccording to\s+$|[”"]\s*[–—]\s*$/u.test(before(14)) || /^:\s*["“]/u.test(after(4));
  // 'Aigerim Tulegenova runs the bakery. "…," she says.': a full name a quoted "he"/"she" soon refers back to.
  const quotedSoonAfter = name.length <= 3 && PRONOUN_QUOTE_AFTER.test(after(250));
  // "leaders including Emmanuel Macron, Friedrich Merz and Donald Tusk": full names in a list vouch for each other.
  const inList = /\b(?:including|such as|among them|as well as)\s+$/.test(before(60)) || FULL_NAME_LISTED_BEFORE.test(before(60)) || FULL_NAME_LISTED_AFTER.test(after(60));
  return saidBefore || holdsOffice || cited || quotedSoonAfter || inList;
}
