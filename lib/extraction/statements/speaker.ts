/**
 * Who said it: the actor behind a reporting verb. The steps, in order: a speaker the text names outright (a call sign,
 * "quoted X as saying"); the subject a participle shares ("…, adding"); the body behind "it", "its spokesman" or "the
 * statement"; the holder of a description ("the regional administration", "the broker", "Turkey's foreign minister");
 * "the defendant" (the person on trial); the subject a second verb shares ("X said A and stressed B"); the subject named before the verb (subject-before.ts);
 * the one named after it (speaker-after.ts).
 */
import { PLURAL_GROUP, type Actor } from "../actors";
import type { Sentence } from "../sentences";
import { PREPOSITIONS, mentionsIn, verbsOutsideQuotes, type Ctx } from "./context";
import { quotedAsSaying, speakerByCallSign } from "./call-sign";
import { COUNTED_GROUP, describedSourceBefore, issuerOfStatement, lastPersonWithRole, bodyByDescription, subjectBodyBefore } from "./role-holder";
import { defendantSpeaker } from "./defendant";
import { speakerAfterVerb } from "./speaker-after";
import { sentenceSubject, subjectBeforeVerb } from "./subject-before";
import { verbSite, type Verdict, type VerbSite } from "./verb-site";
import { ROLE_NOUNS } from "../gazetteer";

/** The actor doing the reporting verb at [vStart, vEnd) of `sentence`, or null when the text names none. */
export function speakerOfVerb(ctx: Ctx, sentence: Sentence, vStart: number, vEnd: number): Actor | null {
  const named = speakerByCallSign(ctx, sentence, vStart, vEnd) ?? quotedAsSaying(ctx, vStart, vEnd, sentence.end);
  if (named) return named;
  if (isParticipleAfterComma(ctx, sentence, vStart, vEnd)) return participleSpeaker(ctx, sentence, vStart);
  const site = verbSite(ctx, sentence, vStart, vEnd);
  for (const step of SUBJECT_STEPS) {
    const found = step(site);
    if (found !== undefined) return found;
  }
  return speakerAfterVerb(site);
}

const SUBJECT_STEPS: ((site: VerbSite) => Verdict)[] = [issuingBody, describedSubject, coordinatedSubject, subjectBeforeVerb];

/** "…, adding that …" / "…, saying …" ('…aggression," adding' too): a participle set off by a comma. */
function isParticipleAfterComma(ctx: Ctx, sentence: Sentence, vStart: number, vEnd: number): boolean {
  return /ing$/.test(ctx.text.slice(vStart, vEnd)) && /,["”’»]?\s*$/.test(ctx.text.slice(Math.max(sentence.start, vStart - 4), vStart));
}

/** The participle shares the main clause's subject: the speaker of the last finite reporting verb before it, else the first actor named. */
function participleSpeaker(ctx: Ctx, sentence: Sentence, vStart: number): Actor | null {
  const whole = wholeSentence(ctx, sentence, vStart);
  const main = verbsOutsideQuotes(ctx, whole.start, vStart - 1).filter((v) => !/ing$/.test(v.word)).pop();
  if (main) return speakerOfVerb(ctx, whole, main.start, main.end);
  return mentionsIn(ctx, whole.start, vStart).find((m) => !m.possessive)?.actor ?? null;
}

/** The sentence holding `pos`: the attribution steps pass a sentence cut at a quotation's end. */
const wholeSentence = (ctx: Ctx, sentence: Sentence, pos: number) => ctx.sentences.find((s) => pos >= s.start && pos < s.end) ?? sentence;

/** "…, it said", "“…,” it said in a statement", "Its spokesman said", "the statement said": the institution that issued the words. */
function issuingBody({ ctx, sentence, vStart, before, words, k, head }: VerbSite): Verdict {
  if (/^it$/i.test(head) && (k === 0 || !words[k - 1] || /[,;!?]["”’]?$/.test(words[k - 1]))) return subjectBodyBefore(ctx, sentence.start);
  if (ITS_VOICE.test(before)) return subjectBodyBefore(ctx, sentence.start);
  if (/^(?:statement|readout|communiqu[eé])$/i.test(head) && /^the$/i.test(words[k - 1] ?? "")) return issuerOfStatement(ctx, vStart);
  return undefined;
}

/** "Its spokesman ", "Its press service " opening the sentence: a body's voice, the body named before. */
const ITS_VOICE = /^\s*Its\s+(?:(?:chief|main|official|top)\s+)?(?:spokes(?:man|woman|person)|press\s+(?:secretary|service|office))\s+(?:(?:also|later|then|has|had)\s+)*$/;

/** A subject that describes its speaker rather than naming it: the actor the description stands for. */
function describedSubject(site: VerbSite): Actor | undefined {
  return oneOfGroup(site) ?? defendantSpeaker(site) ?? bodyDescribed(site) ?? voiceOfDescribedBody(site) ?? describedSource(site) ?? headOfState(site) ?? roleHolder(site) ?? possessedRoleHolder(site) ?? undefined;
}

/** A named group of sources: "EU diplomats", "Ukrainian officials". */
const NAMED_GROUP = new RegExp(`\\s(?:${PLURAL_GROUP.source.slice(2, -2)})$`, "i");

/** A counted plural ("three dock workers", "12 people"): a group "one of them" may take up. */
const COUNTED_PLURAL = /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\p{L}-]+\s+){0,2}?(?:\p{Ll}{2,}s|people|men|women|children)\b/u;

/**
 * "According to two brokers … one of them said", 'EU diplomats said … "…," one said': one member speaks for the counted
 * or named group of sources named last before, unless another counted group comes between ("… police detained three
 * dock workers. One of them said": a worker, unnamed).
 */
function oneOfGroup({ ctx, vStart, words, k }: VerbSite): Actor | null {
  const ofThem = /^one\s+of\s+(?:them|those)$/i.test(words.slice(Math.max(0, k - 2), k + 1).join(" ")) && !/^the$/i.test(words[k - 3] ?? "");
  const bareOne = /^one$/i.test(words[k] ?? "") && (!words[k - 1] || /[,!?]["”’»]$/.test(words[k - 1]));
  if (!ofThem && !bareOne) return null;
  const isGroup = (a: Actor) => COUNTED_GROUP.test(a.name) || NAMED_GROUP.test(a.name);
  const group = ctx.index.mentions.filter((m) => m.start < vStart && vStart - m.start < 1500 && !m.pronoun && isGroup(m.actor)).pop();
  return group && !COUNTED_PLURAL.test(ctx.text.slice(group.end, vStart)) ? group.actor : null;
}

/** "the ministry's press service ", "the brigade's spokesman ": the voice of a body the text describes instead of naming. */
const DESCRIBED_BODY_VOICE = /\bthe\s+((?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)['’]s\s+(?:(?:chief|main|official|top)\s+)?(?:spokes(?:man|woman|person)|press\s+(?:secretary|service|office))$/iu;

/** "“…,” the ministry's press service said": the body so described named last speaks through its voice. */
function voiceOfDescribedBody({ ctx, vStart, words, k }: VerbSite): Actor | null {
  const voice = DESCRIBED_BODY_VOICE.exec(words.slice(Math.max(0, k - 8), k + 1).join(" "));
  return voice ? bodyByDescription(ctx, vStart, voice[1].split(/\s+/)) : null;
}

/** "the ministry said", "the regional administration said": the body so described named last. Not "X of the Agora group wrote": the description must be the subject. */
function bodyDescribed({ ctx, vStart, words, k }: VerbSite): Actor | null {
  const the = words.slice(0, k).map((w) => w.toLowerCase()).lastIndexOf("the");
  if (the < 0 || the < k - 4 || PREPOSITIONS.test(words[the - 1] ?? "")) return null;
  return bodyByDescription(ctx, vStart, words.slice(the + 1, k + 1));
}

/** "A shipbroker in Istanbul said … “…,” the broker said": the source described earlier. */
function describedSource({ ctx, vStart, words, k, head }: VerbSite): Actor | null {
  return /^the$/i.test(words[k - 1] ?? "") ? describedSourceBefore(ctx, vStart, head) : null;
}

/** "the head of state said": the president or prime minister named last. */
function headOfState({ ctx, vStart, words, k }: VerbSite): Actor | null {
  return /\bthe\s+head\s+of\s+(?:state|government)$/i.test(words.slice(0, k + 1).join(" ")) ? lastPersonWithRole(ctx, vStart, "leader", "") : null;
}

/** Roles that speak for a person: the gazetteer's, and the court's ("the judge said", "the prosecutor told the jury"). */
const SPEAKING_ROLES = [...ROLE_NOUNS, "judge", "prosecutor"];
const ROLE_NP = new RegExp(`\\b(?:the|a|an)\\s+((?:[\\p{L}.-]+\\s+){0,3}?)(${SPEAKING_ROLES.join("|")})\\s*$`, "iu");

/** "the Polish minister said", "the judge said": the person holding the role, unless an actor named closer is the subject. */
function roleHolder({ ctx, vStart, near, mentions }: VerbSite): Actor | null {
  const role = ROLE_NP.exec(near);
  if (!role) return null;
  const last = mentions[mentions.length - 1];
  const roleStart = vStart - near.length + role.index;
  // "the Kremlin spokesman said", "the U.S. president said": a body naming the role is no speaker when a person holds it.
  const bodyInRole = !!last && last.start >= roleStart && last.actor.kind !== "person" && !last.possessive;
  if (last && last.end >= roleStart && !bodyInRole) return null;
  return lastPersonWithRole(ctx, vStart, role[2], role[1]);
}

/** "Turkey's foreign minister", "Ukraine's commander-in-chief": a possessor, up to three modifiers, a role noun. */
const POSSESSED_ROLE = new RegExp(`['’]s\\s+((?:[\\p{L}.-]+\\s+){0,3}?)(${[...ROLE_NOUNS, "commander-in-chief"].join("|")})\\s*$`, "iu");

/** "Turkey's foreign minister said": the person holding the possessor's role. */
function possessedRoleHolder({ ctx, vStart, near, mentions }: VerbSite): Actor | null {
  const possessed = POSSESSED_ROLE.exec(near);
  const last = mentions[mentions.length - 1];
  if (!possessed || !last?.possessive || last.end < vStart - near.length + possessed.index - 3) return null;
  return lastPersonWithRole(ctx, vStart, possessed[2], `${last.actor.name} ${possessed[1]}`);
}

/** "X said A and stressed that B": the second verb shares the first one's subject; with no verb before, the clause's subject ("X convened the council and said"). */
function coordinatedSubject({ ctx, sentence, vStart, before }: VerbSite): Actor | undefined {
  if (!/,?\s*\b(?:and|but)\s+(?:also\s+)?$/.test(before)) return undefined;
  const whole = wholeSentence(ctx, sentence, vStart);
  const first = verbsOutsideQuotes(ctx, whole.start, vStart - 1).find((v) => !/ing$/.test(v.word));
  if (!first) return sentenceSubject(ctx, whole, vStart) ?? undefined;
  return (first.start < vStart && speakerOfVerb(ctx, whole, first.start, first.end)) || undefined;
}
