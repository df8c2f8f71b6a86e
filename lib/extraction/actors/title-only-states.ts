/**
 * A state named only inside someone's title ("US President Donald Trump said", "U.S. envoy Steve Witkoff met",
 * "as ambassador to Turkey"), or a government body named only in a person's post ("Kremlin spokesman Dmitry Peskov",
 * "Foreign Ministry spokeswoman Maria Zakharova"), does not act in the article: it is dropped with its mentions.
 * One mention as acting ("Washington has stayed out", "the Kremlin said") keeps it with all its mentions; a heading
 * ("Kremlin: no talks planned") over a body naming it only in a post is no such mention.
 */
import type { Registry } from "./registry";
import type { Actor, Mention } from "./types";

const TITLE_AFTER = /^\s+(?:(?:special|deputy|former|acting|chief|top|senior|Special|Deputy|Former|Acting|Chief|Vice)\s+)*(?:President|Vice|Secretary|Senator|Treasury|envoy|Envoy|ambassador|Ambassador|Defen[cs]e|Foreign|Prime|Minister|Chancellor)\b/u;
const POST_BEFORE = /\b(?:ambassador|envoy|consul)\s+(?:to|in)\s+(?:the\s+)?$/i;

/**
 * "Kremlin spokesman Dmitry Peskov", "The Kremlin's spokesman Dmitry Peskov",
 * "White House press secretary Anna Koval": a body naming a person's post.
 */
const BODY_POST_AFTER = /^(?:['’]s)?\s+(?:(?:chief|deputy|senior|top)\s+)?(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|press\s+secretary|chief\s+of\s+staff|official)\s+\p{Lu}/u;
/** A line that is no sentence: a headline or a live blog's label ("Kremlin: visit 'changes nothing'"), short and unpunctuated. */
const HEADING_LINE = /^[^\n]{1,100}$/u;
const SENTENCE_END = /[.!?…]["”’']?\s*$/u;

/** Whether the mention sits in a heading line, which restates the body ("Kremlin says …" over "Kremlin spokesman X said"). */
function inHeading(text: string, m: Mention): boolean {
  const line = text.slice(text.lastIndexOf("\n", m.start) + 1, (text.indexOf("\n", m.end) + 1 || text.length + 1) - 1);
  return HEADING_LINE.test(line) && !SENTENCE_END.test(line);
}

const inPost = (text: string, m: Mention) => BODY_POST_AFTER.test(text.slice(m.end, m.end + 40));

function inTitle(text: string, m: Mention): boolean {
  if (m.actor.kind === "government") return inPost(text, m) || inHeading(text, m);
  return !m.possessive && (TITLE_AFTER.test(text.slice(m.end, m.end + 40)) || POST_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)));
}

/** Removes states and bodies every mention of which sits in a person's title or post; returns the mentions left. */
export function dropTitleOnlyActors(r: Registry, mentions: Mention[]): Mention[] {
  const byActor = new Map<Actor, Mention[]>();
  for (const m of mentions) if ((m.actor.kind === "state" || m.actor.kind === "government")) byActor.set(m.actor, [...(byActor.get(m.actor) ?? []), m]);
  // A body named in headings only is not dropped: it is dropped when the body text names it only in a post.
  const titleOnly = (ms: Mention[]) => ms.every((m) => inTitle(r.text, m)) && (ms[0].actor.kind !== "government" || ms.some((m) => inPost(r.text, m)));
  const dropped = new Set([...byActor].filter(([, ms]) => titleOnly(ms)).map(([a]) => a));
  return dropped.size ? mentions.filter((m) => !dropped.has(m.actor)) : mentions;
}
