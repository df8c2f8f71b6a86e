import { type GazetteerEntry } from "../gazetteer";
import { FormTree, wholeFormsIn } from "./form-scan";
import { isCap, LOC_BEFORE, NOUN_AFTER_PLACE } from "./lexicon";
import type { QuoteSpan, Sentence } from "../sentences";
import { gazetteerFormNames, type Registry } from "./registry";
import type { Actor, Mention } from "./types";
import { WORD_AFTER } from "../word-shapes";

/** A possessive ending right after a name ("Russia's", "Zelensky' "). */
const POSSESSIVE_AFTER = /^['’](?:s\b|(?!\p{L}))/u;
/** All capitals and digits ("NATO", "GUR"). */
const ACRONYM_OR_UNIT = /^\p{Lu}[\p{Lu}\d]+$/u;

type FormInfo = { actor?: Actor; entry?: GazetteerEntry; metonym: boolean };

let gazetteerTree: FormTree | undefined;

const LISTED_BEFORE = /(\p{L}+)\s+\p{Lu}[\p{L}-]+(?:,\s+\p{Lu}[\p{L}-]+)*,?\s+(?:and|or)\s*$/u;
const WORD_BEFORE = /(\p{L}+)\W+(?:[Tt]he\W+)?$/u;
const HYPHEN_LOWER = /^-\p{Ll}/u;
/** One scan for every form; capitals count only when they stand for the state ("Kyiv sent"). */
export function scanMentions(r: Registry): Mention[] {
  const { text, actors, byForm, gazForm, fromEntry } = r;
  // The article's actors' forms, else the gazetteer's forms no actor holds, as they stand before the scan (which adds actors).
  const actorForms = new Map<string, FormInfo>();
  for (const a of actors.values()) for (const f of a.forms) actorForms.set(f, { actor: a, metonym: a.metonyms.has(f) });
  const held = new Set(byForm.keys());
  const formInfo = (f: string): FormInfo | undefined => {
    const own = actorForms.get(f);
    if (own || held.has(f)) return own;
    const g = gazForm.get(f);
    return g && { entry: g.entry, metonym: g.metonym };
  };
  gazetteerTree ??= new FormTree(gazetteerFormNames());
  const trees = [gazetteerTree, new FormTree(actorForms.keys())];
  const mentions: Mention[] = [];
  for (const { form: f, start } of wholeFormsIn(text, trees, (f) => formInfo(f) !== undefined)) {
    const info = formInfo(f)!;
    const end = start + f.length;
    const possessive = POSSESSIVE_AFTER.test(text.slice(end, end + 3)) && (/^['’]s/.test(text.slice(end, end + 2)) || /s$/.test(f));
    // "Russian central bank assets": the owner of frozen money is not acting in the article.
    if (/^\s+(?:assets|reserves)\b/.test(text.slice(end, end + 10))) continue;
    // "Moscow-installed" is no mention of Russia, but "Nato-backed" and "US-led" do name those actors.
    if (info.metonym && HYPHEN_LOWER.test(text.slice(end, end + 2))) continue;
    // "an order from the Bundeswehr", "officers of the GRU": an army or an agency known by its acronym is no place to be in.
    const body = (info.entry?.kind ?? info.actor?.kind) === "armed_force" || ACRONYM_OR_UNIT.test(f);
    if (info.metonym && !body) {
      // "in the Bundestag": the word before an article counts.
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1] ?? "";
      const after = WORD_AFTER.exec(text.slice(end, end + 25))?.[1] ?? "";
      const listed = LISTED_BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.[1] ?? "";
      // "told the Bundestag", "briefed Moscow": an addressee, not acting.
      if (LOC_BEFORE.test(before) || /^(?:told|addressed|briefed)$/.test(before) || LOC_BEFORE.test(listed) || (!possessive && (NOUN_AFTER_PLACE.test(after) || isCap(after)))) continue;
    }
    // A lower-case gazetteer phrase must not match inside ordinary capitalised text and vice versa.
    let actor = info.actor;
    if (!actor) {
      actor = fromEntry(info.entry!);
    }
    // A form that names the actor only in this article ("the government", "Marta") is no alias for other articles.
    const aliasable = !r.localForms.has(f);
    if (aliasable && info.metonym) actor.aliases.add(f);
    else if (aliasable && f !== actor.name && !(actor.kind === "state" && f === actor.name)) {
      if (f.toLowerCase() !== actor.name.toLowerCase() || f !== actor.name) actor.aliases.add(f);
    }
    actor.first = Math.min(actor.first, start);
    mentions.push({ actor, start, end, surface: f, pronoun: false, possessive });
    const seat = actor.kind === "person" ? bodyInSource(f, start, formInfo, fromEntry) : null;
    if (seat) mentions.push(seat);
  }

  return mentions;
}

const STATES_POSSESSIVE = /^\p{Lu}[\p{L}-]*['’]s\s+/u;
const IN_THE_BODY = / in (?:the |(?=\p{Lu}[\p{L}-]*['’]s\s))((?:\p{Lu}[\p{L}’'-]*|of|for|and|the)(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|for|and|the))*)/u;
/**
 * The body a described source sits in ("a source in the Security Service of Ukraine", "a source in Ukraine's SBU security
 * service"): mentioned too, not swallowed by the source.
 */
function bodyInSource(
  surface: string,
  start: number,
  formInfo: (form: string) => FormInfo | undefined,
  fromEntry: (e: GazetteerEntry) => Actor,
): Mention | null {
  const inner = IN_THE_BODY.exec(surface);
  if (!inner) return null;
  // "Ukraine's SBU": the body's own name after its state's possessive, when the two together are no form.
  const body = formInfo(inner[1]) ? inner[1] : inner[1].replace(STATES_POSSESSIVE, "");
  const info = formInfo(body);
  if (!info || (!info.actor && !info.entry)) return null;
  const actor = info.actor ?? fromEntry(info.entry!);
  const at = start + inner.index + inner[0].length - body.length;
  actor.first = Math.min(actor.first, at);
  return { actor, start: at, end: at + body.length, surface: body, pronoun: false, possessive: false };
}

/** Pronouns he/she: the person before them in the same sentence, else the subject of a recent earlier sentence. Adds to `mentions`. */
export function resolvePronouns(r: Registry, mentions: Mention[], sentences: Sentence[], quotes: QuoteSpan[]): void {
  const { text } = r;
  const inQuote = (pos: number) => quotes.some((q) => pos >= q.innerStart && pos < q.innerEnd);
  const pronounRe = /\b(he|she|He|She)\b/g;
  const persons = mentions.filter((m) => m.actor.kind === "person" && !inQuote(m.start)).sort((a, b) => a.start - b.start);
  const sentenceOf = (pos: number) => {
    let lo = 0, hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pos < sentences[mid].start) hi = mid - 1;
      else if (pos >= sentences[mid].end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  const pronounMentions: Mention[] = [];
  for (let m = pronounRe.exec(text); m; m = pronounRe.exec(text)) {
    const pos = m.index;
    if (inQuote(pos)) continue;
    const si = sentenceOf(pos);
    if (si < 0) continue;
    // "After the meeting with Rubio, he said": a person after a preposition is no candidate subject.
    const same = persons.filter((p) => p.start < pos && p.start >= sentences[si].start && !afterPreposition(text, p, sentences[si].start));
    let target: Actor | undefined = same.length ? same[same.length - 1].actor : undefined;
    for (let k = si - 1; !target && k >= Math.max(0, si - 4); k--) {
      const inS = persons.filter((p) => p.start >= sentences[k].start && p.start < sentences[k].end);
      // The subject, not a possessor ("Peskov's comments came after Kallas accused …") nor an object ("met Rubio").
      const subject = inS.find((p) => !p.possessive && !afterPreposition(text, p, sentences[k].start));
      if (inS.length) target = (subject ?? inS.find((p) => !p.possessive) ?? inS[0]).actor;
    }
    if (target) {
      const pm: Mention = { actor: target, start: pos, end: pos + m[0].length, surface: m[0], pronoun: true, possessive: false };
      pronounMentions.push(pm);
      // Keep `persons` ordered so later pronouns can chain through this one.
      let k = persons.length;
      while (k > 0 && persons[k - 1].start > pos) k--;
      persons.splice(k, 0, pm);
    }
  }
  mentions.push(...pronounMentions);
}

const PREPOSITIONS = "with about to from by for of against on at than between like toward towards".split(" ");
/** A preposition, maybe an article, then only capitalised title words up to the mention ("with US Secretary of State "). */
const PREPOSITION_BEFORE = new RegExp(
  `(?<![\\p{L}])(?<![Aa]ccording\\s)(?:${PREPOSITIONS.flatMap((p) => [p, p[0].toUpperCase() + p.slice(1)]).join("|")})\\s+(?:(?:the|a|an|his|her|its|their)\\s+)?(?:(?:\\p{Lu}[\\p{L}.'’-]*|of)\\s+){0,5}$`,
  "u",
);

/**
 * "with Rubio", "to US Secretary of State Marco Rubio": the mention is the object of a preposition. Read within the
 * mention's sentence only: in "… deported to Russia.\n\nMarles said" Marles opens a sentence as its subject.
 */
function afterPreposition(text: string, m: Mention, sentenceStart: number): boolean {
  return PREPOSITION_BEFORE.test(text.slice(Math.max(sentenceStart, m.start - 60), m.start));
}
