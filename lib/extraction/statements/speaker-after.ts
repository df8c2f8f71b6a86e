/** The speaker named after its reporting verb: "…, said Peskov", "said the harbour master, Piotr Wrona", "said the Kremlin spokesman". */
import type { Actor, Mention } from "../actors";
import { ROLE_NOUNS } from "../gazetteer";
import { hasFiniteVerb, PREPOSITIONS, mentionsIn, type Ctx } from "./context";
import { lexiconTag } from "../nlp";
import { isDescription, lastPersonWithRole } from "./role-holder";
import { withoutAbbreviations, type VerbSite } from "./verb-site";
import { UPPER_START, WORD_AFTER } from "../word-shapes";
import { WEAPON_FORM } from "../actors/state-weapons";

/** "Deputy Prime Minister and Foreign Minister": the capitalised titles between an inverted verb and the name. */
const isTitleRun = (words: string[]) => words.length <= 10 && words.every((w) => UPPER_START.test(w) || /^(?:and|of|for)$/.test(w));
/** " the harbour master, " / " a farmer from Lublin, " between a reporting verb and the name it describes. */
const ROLE_BEFORE_NAME = /^\s+(?:the|a|an|his|her|their)\s+(?:[\p{Ll}][\p{L}’'-]*\s+){0,4}?[\p{Ll}][\p{L}’'-]*,\s*$/u;
/** " the head of the X secretariat, " / " Thalassa's chief executive, " / " one resident, ": a role phrase, a comma, then the name it describes. */
const ROLE_PHRASE_BEFORE_NAME = /^\s+(?:the\s+|one\s+|an?\s+|\p{Lu}[\p{L}’'-]*['’]s\s+)[^,.;:"“”()]{1,70},\s*$/u;
/** " former ambassador to Japan ", " deputy head of the agency ": a comma-free role phrase right before a name. */
const ROLE_PHRASE_TITLE = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${ROLE_NOUNS.join("|")})\\s+(?:to|of|for|at|in)\\s+(?:the\\s+)?(?:[\\p{L}.'’-]+\\s+){1,3}$`, "u");
/** " the Kremlin spokesman", " a senior official": a role noun phrase after the verb with no name. */
const ROLE_AFTER = /^\s+(the|a)\s+((?:[\p{L}-]+\s+){0,3}?)(president|prime minister|minister|spokesman|spokeswoman|spokesperson|official|ambassador|envoy|governor|mayor|commander)\b/iu;

export function speakerAfterVerb({ ctx, sentence, vStart, vEnd }: VerbSite): Actor | null {
  const after = mentionsIn(ctx, vEnd, Math.min(sentence.end, vEnd + 80));
  // "told AFP" names the listener after the verb, not the speaker.
  const verbNamesListener = /^tell|^told$/i.test(ctx.text.slice(vStart, vEnd));
  const named = verbNamesListener ? null : nameAfterRolePhrase(ctx, vEnd, after) ?? invertedSubject(ctx, vEnd, after);
  if (named) return named;
  const role = ROLE_AFTER.exec(ctx.text.slice(vEnd, vEnd + 60));
  return role ? lastPersonWithRole(ctx, vStart, role[3], role[2]) : null;
}

/**
 * "…, said the head of the Coordination Headquarters' secretariat, Dmytro Usov." / "said Thalassa's chief executive, Nikos
 * Karamanlis." / "said former ambassador to Japan Kenji Ota": the name closing a role phrase.
 */
function nameAfterRolePhrase(ctx: Ctx, vEnd: number, after: Mention[]): Actor | null {
  const closing = after.find((m) => m.actor.kind === "person" && !m.pronoun && !m.possessive && ROLE_PHRASE_BEFORE_NAME.test(ctx.text.slice(vEnd, m.start)) && /^\s*(?:[.,;]|$)/.test(ctx.text.slice(m.end, m.end + 2)));
  if (closing) return closing.actor;
  const titled = after.find((m) => m.actor.kind === "person" && !m.pronoun && !m.possessive);
  return titled && ROLE_PHRASE_TITLE.test(ctx.text.slice(vEnd, titled.start)) ? titled.actor : null;
}

/** "…, said Peskov", "said Kremlin aide Yuri Ushakov", "said the harbour master, Piotr Wrona": the noun phrase right after the verb. */
function invertedSubject(ctx: Ctx, vEnd: number, after: Mention[]): Actor | null {
  const first = after[0];
  // "said a Belarusian Mi-8 crossed …": a state named by its weapons acts in the reported clause, it does not speak.
  if (!first || first.possessive || WEAPON_FORM.test(first.surface)) return null;
  const lead = ctx.text.slice(vEnd, first.start);
  const roleThenName = first.actor.kind === "person" && ROLE_BEFORE_NAME.test(lead);
  if (!roleThenName && /[,.;:]/.test(withoutAbbreviations(lead))) return null;
  const gap = lead.trim().split(/\s+/).filter(Boolean);
  if (!roleThenName && !(gap.length <= 5 && !gap.some((w) => PREPOSITIONS.test(w) || /^that$/i.test(w))) && !isTitleRun(gap)) return null;
  // "said Kremlin aide Yuri Ushakov": the head of the noun phrase is its last name.
  const np = after.filter((m) => !/[,.;:(]|\b(?:who|which|and)\b/.test(ctx.text.slice(first.end, m.start)));
  const last = np[np.length - 1];
  const head = np.find((m) => m.actor.kind === "person") ?? last;
  return opensReportedClause(ctx, last) ? null : head.actor;
}

const FINITE_AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|could|can|should|must|may|might)$/;

/**
 * "says Russia is preparing …", "said Kyiv launched …": a finite verb after a name makes it the reported clause's
 * subject. After a description a past participle modifies it ("said a senior official involved in the talks").
 */
function opensReportedClause(ctx: Ctx, last: Mention): boolean {
  const next = WORD_AFTER.exec(ctx.text.slice(last.end, last.end + 30))?.[1] ?? "";
  if (!/^\p{Ll}/u.test(next)) return false;
  if (FINITE_AUXILIARY.test(next) || lexiconTag(next) === "PresentTense") return true;
  return !isDescription(last.actor) && hasFiniteVerb(next);
}

