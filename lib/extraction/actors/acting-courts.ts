/**
 * A court named only by its seat, as it passes a sentence: "a court in Kharkiv sentenced …", "A Tbilisi court has
 * sentenced …", "a military court in Rostov-on-Don sentenced …", "A Russian court sentenced …". Each is a government
 * actor named seat first ("Kharkiv court"), the "court in Kharkiv" wording kept as an alias. A court only mentioned
 * ("filed a lawsuit in a Moscow court") does nothing in the story and is left alone.
 */
import { MONTH_NAMES, NON_NAME_WORDS } from "../gazetteer";
import type { Registry } from "./registry";

const SEAT = "\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?";
const COURT_TYPE = "(?:(military|district|regional|city|appeals) )?";
/** "a court in Perm", "a military court in Rostov-on-Don" (seat in m[2]), or "a Moscow court", "a Russian court" (m[3]). */
const SEAT_COURT = new RegExp(`(?<![\\p{L}-])[Aa] (?:${COURT_TYPE}court in (${SEAT})|(${SEAT}) ${COURT_TYPE}court)(?![\\p{L}-])`, "gu");
/** The court's deed right after it, a time or "has" allowed between: "has sentenced", "on Monday jailed". */
const COURT_ACTS =
  /^,?\s+(?:(?:has|had|have)\s+)?(?:already\s+|also\s+|on\s+\p{Lu}\p{Ll}+day\s+|last\s+\p{Ll}+\s+|in\s+\p{Lu}\p{Ll}+\s+)?(?:sentenced|sentences|convicted|convicts|jailed|jails|ordered|orders|remanded|gave|handed|found|ruled|rules|fined|acquitted|upheld|rejected|dismissed|banned|declared|granted)\b/u;

export function actingCourts(r: Registry): void {
  if (!/ court\b/.test(r.text)) return;
  const namedCourtsAt = namedCourtMentions(r);
  for (const m of r.text.matchAll(SEAT_COURT)) {
    // "A Belgrade court sentenced … the Higher Court in Belgrade said": the article's own court, named in full later.
    if (namedCourtsAt.some((at) => at > m.index)) continue;
    const seat = m[2] ?? m[3];
    const type = m[1] ?? m[4];
    if (NON_NAME_WORDS.has(seat) || MONTH_NAMES.test(seat) || !COURT_ACTS.test(r.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const court = type ? `${type} court` : "court";
    const name = `${seat} ${court}`;
    const a = r.byForm.get(name) ?? r.ensure(name, "government");
    r.addForm(a, name);
    // "a court in Perm": the words as printed find the court in the text.
    if (m[2]) {
      r.addForm(a, `${court} in ${seat}`);
      a.aliases.add(`${court} in ${seat}`);
    }
  }
}

/** Courts above the states ("International Criminal Court", "European Court of Human Rights"): no state's own court. */
const INTERNATIONAL = /International|European|\bEU\b|\bUN\b|Human Rights/;

/** Where the courts named in full ("Higher Court in Belgrade", "Tbilisi City Court") are first printed. */
function namedCourtMentions(r: Registry): number[] {
  return [...r.actors.values()]
    .filter((a) => /\b[Cc]ourt\b/.test(a.name) && !INTERNATIONAL.test(a.name))
    .map((a) => Math.min(...[...a.forms].map((f) => r.text.indexOf(f)).filter((i) => i >= 0)))
    .filter(Number.isFinite);
}
