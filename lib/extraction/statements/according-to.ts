/** "according to X" (or "in the words of X"): the source an "according to" cites, a person set off after their role, a body or a capital. */
import type { Actor, Mention } from "../actors";
import { ROLE_NOUNS } from "../gazetteer";
import type { Sentence } from "../sentences";
import { inAnyQuote, mentionsIn, type Ctx } from "./context";
import { bodyByDescription, countedGroupBefore } from "./role-holder";

/** "the Moscow-installed governor, " right before the name it describes. */
const ROLE_APPOSITION = new RegExp(`^\\s*(?:the|a|an|its|his|her)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${ROLE_NOUNS.join("|")}),\\s*$`, "iu");

const SOURCE_DOC = /^(?:(?:an?|the|his|her|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:statement|post|report|readout|message|data|figures|estimates?|assessment|note|video|tally|count|transcript|summary|release|update|decree|document|indictment|verdict|notice)\s+(?:\p{Ll}+ed\s+(?:(?:on|in)\s+\p{Lu}\p{L}+\s+)?)?(?:from|by|of)\s+/iu;

const CITED_CAPITAL = /^(\p{Lu}[\p{L}-]+)(?=\s*(?:[,.;]|$))/u;
/** "according to Kyiv.": a capital standing alone for its state, which the actor index knows as that state's metonym. */
function capitalCited(ctx: Ctx, pos: number): Actor | null {
  const word = CITED_CAPITAL.exec(ctx.text.slice(pos, pos + 40))?.[1];
  const state = word ? ctx.index.byForm.get(word) : undefined;
  return state && word && state.metonyms.has(word) ? state : null;
}

/** "according to the Gulf officials.": a plural noun phrase taking up a counted group of sources named before. */
const CITED_GROUP = /^the\s+((?:[\p{L}-]+\s+){0,2}\p{Ll}[\p{L}-]*s)(?=\s*(?:[,.;]|$))/u;
function groupCited(ctx: Ctx, pos: number): Actor | null {
  const group = CITED_GROUP.exec(ctx.text.slice(pos, pos + 60));
  return group ? countedGroupBefore(ctx, pos, group[1]) : null;
}

/** "the indictment, " / "its charges, ": a lower-case description closed by a comma, naming no actor. */
const CITED_DESCRIPTION = /^\s*(?:the|its|his|her|their|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*,\s*$/u;

/** "the head of the regional administration, " before a name: a role phrase closed by the comma that sets the name off. */
const ROLE_PHRASE_THEN_COMMA = /^\s*(?:the|its|his|her|their|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*['’]s)\s+\p{Ll}[^,.;:"“”]{0,80},\s*$/u;
/** "Russian Defence Ministry spokesman " before a name, no comma: a title ending in its role noun. */
const TITLE_THEN_NAME = new RegExp(`^[^,.;:"“”()]{0,80}\\b(?:${ROLE_NOUNS.join("|")})\\s+$`, "iu");

/** "according to the head of the Kharkiv administration, Oleh Syniehubov, …" (or "….", closing the sentence): the person the role phrase introduces speaks, not the body inside it. */
function personSetOffAfterRole(ctx: Ctx, pos: number, after: Mention[]): Actor | null {
  const person = after.find((m) => m.actor.kind === "person" && !m.pronoun && !m.possessive);
  if (!person || !/^\s*(?:[,.;]|$)/.test(ctx.text.slice(person.end, person.end + 2))) return null;
  const role = ctx.text.slice(pos, person.start);
  return ROLE_PHRASE_THEN_COMMA.test(role) || TITLE_THEN_NAME.test(role) ? person.actor : null;
}

export function accordingTo(ctx: Ctx, sentence: Sentence, from: number, to: number): Actor | null {
  // "in the words of X" cites X as "according to X" does.
  const m = /\b(?:according to|in the words of)\s+/i.exec(ctx.text.slice(from, to));
  if (!m) return null;
  let pos = from + m.index + m[0].length;
  // "according to him": the person last mentioned before.
  if (/^(him|her)\b/i.test(ctx.text.slice(pos, pos + 4))) {
    const prev = ctx.index.mentions.filter((x) => x.start < pos && x.actor.kind === "person" && !inAnyQuote(ctx, x.start));
    return prev[prev.length - 1]?.actor ?? null;
  }
  // "according to a statement from the governor, X"
  const doc = SOURCE_DOC.exec(ctx.text.slice(pos, pos + 80));
  if (doc) pos += doc[0].length;
  // "according to the regional military administration": the body so described named last.
  const described = /^the\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)(?=\s*(?:[,.;]|$))/u.exec(ctx.text.slice(pos, Math.min(sentence.end, pos + 80)));
  const body = described && !mentionsIn(ctx, pos, pos + described[0].length).length ? bodyByDescription(ctx, pos, described[1].split(/\s+/)) : null;
  if (body) return body;
  const after = mentionsIn(ctx, pos, Math.min(sentence.end, pos + 80));
  if (!after.length) return capitalCited(ctx, pos) ?? groupCited(ctx, pos);
  const named = personSetOffAfterRole(ctx, pos, after);
  if (named) return named;
  const gapText = ctx.text.slice(pos, after[0].start);
  // "According to the indictment, Marek H. travelled …": the cited words end at the comma; the name after it is the clause's subject.
  if (CITED_DESCRIPTION.test(gapText) && !(after[0].actor.kind === "person" && ROLE_APPOSITION.test(gapText))) return null;
  const gap = gapText.trim().split(/\s+/).filter(Boolean);
  // "according to the human rights group Vesna": a lower-case description before the name is no gap.
  // "data from gas transmission system operator Eustream": after a cited document, its source's description needs no article.
  const descriptionOnly = (doc ? /^\s*(?:(?:the|an?)\s+)?(?:[\p{Ll}-]+\s+){1,4}$/u : /^\s*(?:the|an?)\s+(?:[\p{Ll}-]+\s+){1,4}$/u).test(gapText);
  if (gap.length > 3 && !descriptionOnly && !(after[0].actor.kind === "person" && ROLE_APPOSITION.test(gapText))) return null;
  const np = after.filter((m) => !/[,.;:(]|\b(?:who|which|and|from|of)\b/.test(ctx.text.slice(after[0].end, m.start)));
  return (np.find((m) => m.actor.kind === "person") ?? np[np.length - 1]).actor;
}