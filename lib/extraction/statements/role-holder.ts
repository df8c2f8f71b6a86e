/**
 * Who a description stands for: the person holding a role ("the Polish minister"), the body a generic noun or a
 * lower-case description names ("the regional administration", "the company"), the institution behind "it" or "the
 * statement", and the anonymous source a description names again ("the broker").
 */
import { PLURAL_GROUP, type Actor, type Mention } from "../actors";
import { KNOWING_WHAT } from "../actors/described-sources";
import { ROLE_NOUNS } from "../gazetteer";
import { mentionsIn, type Ctx } from "./context";
import { LOWER_START } from "../word-shapes";
import { describesProsecution, prosecutionBody } from "./prosecution";

/** The person holding a role named by a noun phrase ("the regional governor"): the last one before `pos`, else the next one named shortly after. */
export function lastPersonWithRole(ctx: Ctx, pos: number, roleWord: string, modifiers: string): Actor | null {
  const mods = modifiers.toLowerCase().split(/\s+/).filter((w) => w && !/^(the|a|an|country's|country’s|top|senior|new|regional|local)$/.test(w));
  const stateNames = mods.map((m) => ctx.index.stateOfDemonym.get(m.charAt(0).toUpperCase() + m.slice(1)) ?? m).map((m) => m.toLowerCase());
  // A modifier that names an actor ("U.S.", "Kremlin") fits a role holding that actor's name ("President of the United States").
  const actorNames = stateNames.map((n) => (n.length > 1 ? [...ctx.index.byForm].find(([form]) => form.toLowerCase() === n)?.[1].name.toLowerCase() : undefined) ?? "\0");
  // "the Ukrainian leader": a state's president, prime minister or chancellor.
  const roleWords = /^leader$/i.test(roleWord) ? ["leader", "president", "prime minister", "chancellor", "premier"] : [roleWord.toLowerCase()];
  const fits = (m: Mention) => {
    const role = m.actor.role?.toLowerCase() ?? "";
    // "the minister" is no prime minister: that title is one of its own.
    if (m.actor.kind !== "person" || !roleWords.some((w) => role.replace(`prime ${w}`, "").includes(w))) return false;
    return stateNames.every((n, i) => role.includes(n) || role.includes(n.replace(/ian$|ish$|ese$|an$/, "")) || role.includes(actorNames[i]));
  };
  const before = ctx.index.mentions.filter((m) => m.start < pos && fits(m));
  if (before.length) return mods.length ? before[before.length - 1].actor : mostMentioned(nearHolders(ctx, pos, before));
  // "the Polish minister said" after "Foreign Minister Radosław Sikorski": a role that names no state fits if one person holds it.
  if (stateNames.length) {
    const stateless = new Set(ctx.index.mentions.filter((m) => m.start < pos && fitsStateless(ctx, m, roleWords)).map((m) => m.actor));
    if (stateless.size === 1) return [...stateless][0];
  }
  // A lead paragraph names the role first and the person in the next paragraph.
  return ctx.index.mentions.find((m) => m.start > pos && m.start < pos + 600 && !m.pronoun && fits(m))?.actor ?? null;
}

/** A holder speaking right after the name ("Zelensky said", "Zelensky also told"). */
const SPEAKS_NEXT = /^\s+(?:(?:also|later|then|has|had)\s+)*(?:said|says|told|added|stated|wrote)\b/;

/**
 * "President X said …. The president also said": a holder who spoke in this sentence or the one before is the one
 * meant, however often another was named earlier; with none speaking there, all holders so far count.
 */
function nearHolders(ctx: Ctx, pos: number, holders: Mention[]): Mention[] {
  const si = ctx.sentences.findIndex((s) => pos >= s.start && pos < s.end);
  const from = ctx.sentences[Math.max(0, si - 1)]?.start ?? pos;
  const speaking = holders.filter((m) => m.start >= from && SPEAKS_NEXT.test(ctx.text.slice(m.end, m.end + 30)));
  const near = new Set(speaking.map((m) => m.actor));
  return near.size ? holders.filter((m) => near.has(m.actor)) : holders;
}

/**
 * "the president said" with two presidents named: a bare role stands for the one the article follows, the holder named
 * most often so far (ties: the later one), not whoever was named last in passing ("a call with President X").
 */
function mostMentioned(holders: Mention[]): Actor {
  const counts = new Map<Actor, number>();
  for (const m of holders) counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  let best = holders[holders.length - 1].actor;
  for (const [actor, n] of counts) if (n > counts.get(best)!) best = actor;
  return best;
}

/** A person whose role holds one of `roleWords` and names no state or nationality ("Foreign Minister"). */
function fitsStateless(ctx: Ctx, m: Mention, roleWords: string[]): boolean {
  const role = m.actor.role ?? "";
  if (m.actor.kind !== "person" || !roleWords.some((w) => role.toLowerCase().includes(w))) return false;
  return !role.split(/[\s'’-]+/).some((w) => ctx.index.stateOfDemonym.has(w) || [...ctx.index.stateOfDemonym.values()].includes(w));
}


/** Modifiers that describe rather than name ("the local administration"). */
const LOOSE_MODIFIER = /^(?:local|national|same|main|state|country['’]s)$/i;

export const LOWER_WORD_OF_4 = /^\p{Ll}{4,}$/u;
/**
 * "the regional administration said", "the brigade says", "the authority said": the body named last before `pos` whose
 * name holds the head noun and its lower-case modifiers ("Zaporizhzhia regional military administration"). `words` runs
 * from after "the" to the head noun.
 */
export function bodyByDescription(ctx: Ctx, pos: number, words: string[]): Actor | null {
  if (describesProsecution(words)) return prosecutionBody(ctx, pos);
  const head = words[words.length - 1] ?? "";
  if (!LOWER_WORD_OF_4.test(head) || PLURAL_GROUP.test(head) || ROLE_NOUNS.includes(head) || !words.every((w) => /^[\p{L}-]+$/u.test(w))) return null;
  const required = words.slice(0, -1).filter((w) => LOWER_START.test(w) && !LOOSE_MODIFIER.test(w)).map((w) => w.toLowerCase());
  const hasWord = (name: string, w: string) => new RegExp(`(?:^|\\s)${w}(?:\\s|$)`).test(name);
  const before = ctx.index.mentions.filter((m) => m.start < pos && !m.pronoun && m.actor.kind !== "person");
  const named = before.filter((m) => [head, ...required].every((w) => hasWord(m.actor.name.toLowerCase(), w)));
  return named[named.length - 1]?.actor ?? bodyOfKind(before, pos, words.slice(-2).join(" "));
}

/** What kind of body a generic noun describes: "the company said", "the think tank said", "the broadcaster reported". */
const KIND_OF_NOUN: [RegExp, Actor["kind"][]][] = [
  [/(?:^|\s)(?:company|firm|airline|carrier|operator|manufacturer|maker|producer|insurer|lender|bank|group|think tank|institute|charity|monitor|watchdog|exporter|shipowner|startup|start-up|association|union|federation|foundation|organisation|organization|party)$/, ["organization"]],
  [/(?:^|\s)(?:broadcaster|newspaper|outlet|channel)$/, ["media"]],
  // "the agency said": a news agency or a state's intelligence or regulatory agency, whichever was named last.
  [/(?:^|\s)agency$/, ["media", "government"]],
];

/** The body named last within ~1,500 characters before `pos` whose kind the generic noun `tail` describes. */
function bodyOfKind(before: Mention[], pos: number, tail: string): Actor | null {
  const kinds = KIND_OF_NOUN.find(([re]) => re.test(tail))?.[1];
  if (!kinds) return null;
  return before.filter((m) => pos - m.start < 1500 && kinds.includes(m.actor.kind)).pop()?.actor ?? null;
}

/** "The Kremlin's readout was shorter. It said …": a body's statement or voice stands for the body as the subject "it" takes up. */
const ITS_OWN_WORDS = /^['’]s\s+(?:(?:own|official|brief|short|latest|written)\s+)?(?:statement|readout|communiqu[eé]|press\s+(?:service|office|release))\b/u;

/** "…, it said": the institution that was the subject of one of the last sentences before `pos` in the same or the previous paragraph. */
export function subjectBodyBefore(ctx: Ctx, pos: number): Actor | null {
  const si = ctx.sentences.findIndex((x) => pos >= x.start && pos < x.end);
  const here = ctx.sentences[si];
  if (!here) return null;
  for (let k = si - (here.start === pos ? 1 : 0); k >= Math.max(0, si - 3); k--) {
    const sen = ctx.sentences[k];
    if (sen.paragraph < here.paragraph - 1) break;
    const ms = mentionsIn(ctx, sen.start, Math.min(sen.end, pos)).filter((m) => !m.pronoun);
    // "Russia launched 41 missiles, the Ukrainian air force said. … it said": the body that reported, not the clause's subject.
    const reporter = ms.find((m) => m.actor.kind !== "person" && /^\s*(?:has\s+|had\s+)?(?:said|says|reported|stated|announced|claimed)\b/.test(ctx.text.slice(m.end, m.end + 20)));
    if (reporter) return reporter.actor;
    const described = describedReporter(ctx, sen.start, Math.min(sen.end, pos));
    if (described) return described;
    // "The two leaders discussed the war in Ukraine, it said": the clause "it" closes names what was reported, not who reports.
    if (sen === here && sen.start < pos) continue;
    const subj = ms.find((m) => !m.possessive || !/^['’]s\s+\p{Ll}/u.test(ctx.text.slice(m.end, m.end + 4)) || ITS_OWN_WORDS.test(ctx.text.slice(m.end, m.end + 40)));
    if (!subj) continue;
    if (subj.actor.kind === "person") return null;
    return subj.actor;
  }
  return null;
}

/** "the ministry also said ": a body described, not named, reporting. */
const DESCRIBED_REPORTER = /(?<![\p{L}])[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+(?:(?:also|later|then|has|had)\s+)*(?:said|says|reported|stated|announced|claimed)\b/u;

/** "In its summary, the ministry also said … It said …": the body a description names, reporting in text[from, to). */
function describedReporter(ctx: Ctx, from: number, to: number): Actor | null {
  const m = DESCRIBED_REPORTER.exec(ctx.text.slice(from, to));
  return m ? bodyByDescription(ctx, from + m.index, m[1].split(/\s+/)) : null;
}

/** "“…,” the statement said": whoever issued the statement named last ("The Kremlin said in a statement …"). */
export function issuerOfStatement(ctx: Ctx, pos: number): Actor | null {
  const issued = /^\s*(?:\p{L}+\s+){0,2}?(?:said|says|issued|released|published|posted)\s+(?:in\s+)?(?:a|an|its|the)\s+(?:\p{L}+\s+)?(?:statement|readout|communiqu)/iu;
  const issuers = ctx.index.mentions.filter((m) => m.start < pos && pos - m.start < 1500 && !m.possessive && issued.test(ctx.text.slice(m.end, m.end + 60)));
  return issuers[issuers.length - 1]?.actor ?? subjectBodyBefore(ctx, pos);
}


/** A described group is counted: "two brokers in London", "three European officials", "several people briefed on the talks". */
export const COUNTED_GROUP = /^(?:two|three|four|five|six|several|some|\d+)\s/i;

/** "the Gulf officials" after "two Gulf officials with knowledge of the talks": the counted group last named by that plural. */
export function countedGroupBefore(ctx: Ctx, pos: number, plural: string): Actor | null {
  // `plural` is letters, hyphens and spaces only (CITED_GROUP).
  const words = new RegExp(`(?:^|\\s)${plural.toLowerCase()}(?:\\s|$)`);
  const fits = (m: Mention) => m.start < pos && !m.pronoun && COUNTED_GROUP.test(m.actor.name) && words.test(m.actor.name.toLowerCase());
  return ctx.index.mentions.filter(fits).pop()?.actor ?? null;
}

const LOWER_LAST_WORD = /(?:^|\s)\p{Ll}\S*$/u;
/** A described source ("senior U.S. official", "White House spokesperson"): its name ends in a lower-case noun, a person's in a capitalised surname. */
export const isDescription = (a: Actor) => a.kind === "person" && LOWER_LAST_WORD.test(a.name);

/** The last anonymous source described before `pos` ("senior U.S. official", "shipbroker") whose description ends in `noun`. */
export function describedSourceBefore(ctx: Ctx, pos: number, noun: string): Actor | null {
  if (!LOWER_WORD_OF_4.test(noun)) return null;
  // A description ends in a lower-case noun ("European diplomat"); a person's name in a capitalised surname.
  // "one of the Gulf officials … the official said": the one source out of a group is named in the plural.
  // "a diplomat briefed on the talks … the diplomat said": the noun may head a tail that tells what the source knows.
  const knowing = new RegExp(`(?:^|\\s)${noun}\\s+(?:${KNOWING_WHAT})\\s`);
  // "a banker in Vienna", "brother of one of the men": the noun heads a place or relation that follows it.
  const placed = new RegExp(`(?:^|\\s)${noun}s?\\s+(?:in|at|of|from|with|for)\\s`);
  const endsInNoun = (name: string) => name.endsWith(noun) || name.endsWith(`${noun}s`) || knowing.test(name) || placed.test(name);
  const described = (a: Actor) => LOWER_LAST_WORD.test(a.name) || !!a.unnamed;
  const fits = (m: Mention) => m.start < pos && m.actor.kind === "person" && described(m.actor) && endsInNoun(m.actor.name.toLowerCase());
  return ctx.index.mentions.filter(fits).pop()?.actor ?? null;
}