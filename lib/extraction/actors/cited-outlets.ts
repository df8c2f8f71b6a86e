/**
 * News outlets that take part in the story as a source or an interlocutor: "told Haaretz", "in an interview with
 * The Korea Herald", "Newsweek has reached out to", "documents seen by The Insider", "As NV reported", "(Yle, July 1)", and in a
 * Q&A interview the outlet's own questions ("Haaretz: Why now?"). A name in these places is a media actor when it
 * is the page's own outlet, has a media shape ("… News", "… Times", a known outlet) or is a name no other step knows
 * (pages often do not print their own outlet's name); a known person, place or body there is left as it is.
 */
import { DAY_NAMES, MONTH_NAMES, NON_NAME_WORDS, TITLE_WORDS } from "../gazetteer";
import { lexiconTag } from "../nlp";
import { isMediaName } from "../parse-article-outlet";
import type { Registry } from "./registry";
import { capitalFirst } from "../capital-first";

/** A capitalised word, inner dots allowed ("LIGA.net") but not a full stop. */
const WORD = "\\p{Lu}(?:[\\p{L}\\p{N}&’'-]|\\.(?=\\p{L}))*";
/** Up to four capitalised words, joined by "of", "from" or "&": "Lloyd's List", "Notes from Poland", "S&P Global". */
const NAME = `(?:The\\s+)?${WORD}(?:\\s+(?:(?:of|from|&)\\s+)?${WORD}){0,3}`;
const MONTH_DAY = "(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2}(?:,\\s+\\d{4})?";
const CITED_BEFORE = new RegExp(
  `\\b(?:told|tells|telling|spoke\\s+to|speaking\\s+to|said\\s+to|(?:an?\\s+)?interview\\s+with|interviewed\\s+by|seen\\s+by|reviewed\\s+by|obtained\\s+by|questions\\s+from|reported\\s+by|Read\\s+more\\s+in)\\s+(the\\s+)?(${NAME})`,
  "gu",
);
const CITED_AFTER = capitalFirst(new RegExp(
  `()(${NAME})\\s+(?:(?:has|had|have)\\s+)?(?:reported|found|established|learned|learnt|reached\\s+out|contacted|could\\s+not|was\\s+unable|is\\s+following|collects|highlights)\\b`,
  "gu",
));
/** "(Yle, July 1)", "(TASS, April 17, 2026)": an analysis citing its source in brackets, by outlet and day. */
const CITED_IN_BRACKETS = new RegExp(`\\(()(${NAME}),\\s+${MONTH_DAY}\\)`, "gu");
/** "Haaretz: Rosh Hashanah begins …": the interviewer's line in a Q&A. */
const QA_LABEL = new RegExp(`^()(${NAME}):\\s`, "gmu");
type Cited = { name: string; afterThe: boolean; label: boolean };

const bare = (name: string) => name.replace(/^the\s+/i, "").replace(/['’]s$/, "").toLowerCase();

/**
 * "Haaretz", "Lloyd's List" on a page that does not print its outlet's name: a name the other steps do not know,
 * no ordinary word, title, date, place or person's surname, told things like an outlet is.
 */
function unknownName(r: Registry, name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 3 || r.byForm.has(name) || r.gazForm.has(name) || r.tokenIsPlaceish(words[0])) return false;
  const surnames = new Set([...r.actors.values()].filter((a) => a.kind === "person").map((a) => a.name.split(" ").pop()!));
  const ordinary = (w: string) => !!lexiconTag(w) || NON_NAME_WORDS.has(w) || TITLE_WORDS.has(w) || MONTH_NAMES.test(w) || DAY_NAMES.test(w) || surnames.has(w);
  return !words.some(ordinary);
}

/** The names in a citing place, each with its leading ordinary words dropped as alternatives ("As NV" -> "NV"). */
function citedNames(text: string): Cited[] {
  const found = [
    ...[...text.matchAll(CITED_BEFORE), ...text.matchAll(CITED_AFTER), ...text.matchAll(CITED_IN_BRACKETS)].map((m) => ({ m, label: false })),
    ...[...text.matchAll(QA_LABEL)].map((m) => ({ m, label: true })),
  ];
  return found.flatMap(({ m, label }) => {
    const words = m[2].replace(/['’]s$/, "").split(/\s+/);
    const lead = words.findIndex((w) => !NON_NAME_WORDS.has(w));
    return words.slice(0, lead + 1).map((_, i) => ({ name: words.slice(i).join(" "), afterThe: !!m[1], label }));
  });
}

/**
 * The cited names that are outlets: the page's own (`outlet`), media-shaped ones, or unknown names not after "the";
 * a Q&A label only when it is no unknown name ("Background:", "Scoop:" are section labels).
 */
export function citedOutlets(r: Registry, outlet: string | null = null): void {
  const own = outlet ? bare(outlet) : null;
  const isOutlet = (c: Cited) => bare(c.name) === own || isMediaName(c.name) || (!c.label && !c.afterThe && unknownName(r, c.name));
  for (const { name } of citedNames(r.text).filter(isOutlet)) {
    const withoutThe = name.replace(/^The\s+/, "");
    const known = r.gazForm.get(name) ?? r.gazForm.get(withoutThe);
    const a = r.byForm.get(name) ?? r.byForm.get(withoutThe) ?? (known ? r.fromEntry(known.entry) : r.ensure(name, "media"));
    for (const f of new Set([name, withoutThe, `The ${withoutThe}`])) if (f !== a.name) r.addForm(a, f);
    if (outlet && own === bare(name) && outlet !== a.name) r.addForm(a, outlet);
  }
}
