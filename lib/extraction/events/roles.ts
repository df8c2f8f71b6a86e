/**
 * Roles of an event's actors: the agent of the happening is the initiator, the one it is done to the target.
 * The source that reports a happening ("…, the governor said", "according to the General Staff") takes no part
 * in it; a weapon or force named by a demonym ("Ukrainian drones attacked …") names its state as the agent.
 */
import type { Actor } from "../actors";
import { pastPredicate, REPORTING_VERBS } from "./finite-clause";
import type { EventRole, EventType } from "./context";
import { allMatches } from "../all-matches";
import { isParticipleForm, isPastTense, lexiconTag } from "../nlp";

/** Meetings and agreements have no sides: every actor takes part. */
export const SYMMETRIC = new Set<EventType>(["summit_talks", "agreement_ceasefire", "phone_call"]);

/**
 * Every actor named before the trigger (the subject: "China and Brazil launched", "Egypt's state buyer bought") is an
 * initiator, and so is a subject shared from the clause before, placed at the trigger ("…, and visited New Delhi").
 */
export function assignRoles(type: EventType, actors: { actor: Actor; pos: number }[], triggerPos: number): { name: string; role: EventRole }[] {
  return actors.map(({ actor, pos }) => {
    let role: EventRole = "participant";
    if (!SYMMETRIC.has(type)) role = pos <= triggerPos ? "initiator" : "target";
    return { name: actor.name, role };
  });
}

const REPORT = "(?:said|says|reported|announced|claimed|confirmed|wrote|stated|told\\s+(?:reporters|journalists|\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*))";
const LEADING_REPORT = new RegExp(`^[^,;]{2,90}?\\s${REPORT}(?:\\s+(?:on|in)\\s+[^,;]{2,30}?)?\\s+(?:that\\s+)?(?=\\S)`, "u");
const TRAILING_REPORT = new RegExp(`,\\s+[^,;]{2,90}?\\s${REPORT}\\b([^,;]*)(?:[,;.]|$)`, "gu");
/** What follows a report's verb when it reports the clause's happening ("said he had met …", "said that …"), not attributes it. */
const COMPLEMENT_AFTER_VERB = /^\s+(?:that\s+(?!day|week|month|year|morning|afternoon|evening|night)|(?:he|she|they|we|I)\s)/u;
/** "according to the regional administration": a source wherever it stands, before the happening too. */
const ACCORDING_TO = /\baccording\s+to\s+[^,;]+/gu;

/**
 * Spans of a clause (offsets within it) that only name who reports the happening: an attribution after it
 * (", Governor Oleh Synyehubov said"), one by "according to" anywhere, or one before it when the happening comes after the report's verb
 * ("Regional Governor Oleh Synyehubov said two Iskander-M missiles hit …").
 */
export function reporterSpans(clause: string, triggerPos: number | null): [number, number][] {
  const spans: [number, number][] = [];
  if (REPORT_CUE.test(clause)) addReports(clause, triggerPos, spans);
  if (clause.includes("according")) for (const m of allMatches(ACCORDING_TO, clause)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** The words every report verb of REPORT holds: a clause without one needs no scan of the two report patterns. */
const REPORT_CUE = /said|says|reported|announced|claimed|confirmed|wrote|stated|told/;

function addReports(clause: string, triggerPos: number | null, spans: [number, number][]): void {
  const lead = LEADING_REPORT.exec(clause);
  // "HUR said its drones had struck …": a reporter the complement points back to is the agent.
  const selfReport = lead && /^(?:its|their|his|her|it|they|he|she)\b/i.test(clause.slice(lead[0].length));
  if (lead && !selfReport && triggerPos !== null && triggerPos >= lead[0].length) spans.push([0, lead[0].length]);
  TRAILING_REPORT.lastIndex = 0;
  for (let m = TRAILING_REPORT.exec(clause); m; m = TRAILING_REPORT.exec(clause)) {
    // "On Monday, Zelensky said he had met Syrskyi": after an opening phrase the report leads, and what it reports is the happening.
    const leads = triggerPos === null && COMPLEMENT_AFTER_VERB.test(m[1]);
    if (!leads && (triggerPos === null || m.index > triggerPos)) spans.push([m.index, m.index + m[0].length]);
  }
}

const DEMONYM_BEFORE = /(?:^|[\s,])(?:[Tt]he\s+|[Aa]n?\s+)?(\p{Lu}\p{Ll}+(?:an|ian|ish|ese|i))\s+(?:[\p{Ll}-]+\s+){0,4}$/u;
/** "Ukrainian drones attacked …", "a Russian ballistic missile and drone attack": the demonym before the trigger. */
export function demonymAgent(clause: string, triggerPos: number, stateOf: (demonym: string) => Actor | null): Actor | null {
  const before = clause.slice(0, triggerPos + 1);
  const m = DEMONYM_BEFORE.exec(before.slice(0, triggerPos));
  return m ? stateOf(m[1]) : null;
}

/**
 * "Its forces repelled 61 Russian assaults", "air defences shot down 40 drones": the one who defends acts, but the
 * happening is the attack, so its author is the initiator and the defender its target.
 */
const DEFENCE = new RegExp(String.raw`\b(?:(?:repel(?:s|led|ling)?|repulsed?|(?:fought|fights?|fighting)\s+off|beat(?:s|ing)?\s+back|intercept(?:ed|s|ing)?|(?:shot|shoots?|shooting)\s+down|downed)\s+(?:[^\s,;.]+\s+){0,5}?|(?:destroyed|destroys|neutrali[sz]ed|suppressed)\s+(?:(?:up\s+to|at\s+least|some|about|all|most)\s+)?\d[\d,]*\s+(?:of\s+(?:the|them)\s+)?(?:[^\s,;.]+\s+){0,3}?)(?:drones?|missiles?|assaults?|attacks?|UAVs?|rockets?|shells|bombs?)\b`, "u");
/** Not the clause's happening when under a passive, an infinitive or a launch told before it ("Russia launched 96 drones, of which 78 were shot down"). */
const NOT_DEFENDER = /(?:\b(?:was|were|been|being|be|is|are|to)\s+(?:\p{Ll}+ly\s+)?$)|\b(?:launch|fire|fired|attack|struck|strike|hit)/u;

/** Where a clause tells a defence against an attack (its verb), if it does. */
export function defenceAt(clause: string): number | null {
  const m = DEFENCE.exec(clause);
  return m && !NOT_DEFENDER.test(clause.slice(0, m.index)) ? m.index : null;
}

export function defenceFlipped(clause: string, roles: { name: string; role: EventRole }[]): { name: string; role: EventRole }[] {
  if (defenceAt(clause) === null) return roles;
  const flip: Record<EventRole, EventRole> = { initiator: "target", target: "initiator", participant: "participant" };
  return roles.map((r) => ({ ...r, role: flip[r.role] }));
}

/** A meeting someone leads: who visits, hosts, convenes, receives, holds it or meets with someone ("Novak visited New Delhi", "Novak met with envoys"). */
/** A verb under a modal or an infinitive tells no meeting held ("said Kyiv would receive more systems", "plans to visit"). */
const UNREAL_BEFORE = /\b(?:will|would|could|can|may|might|should|shall|must|to)\s+(?:\p{Ll}+ly\s+)?$/u;
const LEADS_MEETING = /\b(?:visit\p{Ll}*|host(?:s|ed|ing)?|conven\p{Ll}*|gather(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|invit\p{Ll}*|travel\p{Ll}*|open(?:s|ed)\s+(?:the\s+)?talks|h(?:e|o)ld(?:s|ing)?\s+(?:an?\s+)?(?:\p{Ll}+\s+)?meeting\s+with|me(?:ets?|t)\s+with)\b/gu;

/**
 * In a meeting someone leads, its subject is the initiator: the actors named before the leading verb, or not named in
 * the clause at all (a subject shared from before: "…, and visited Kyiv"); the ones visited or received take part.
 */
export function meetingLeaders(clause: string, roles: { name: string; role: EventRole }[], mentionedAt: (name: string) => number | null): { name: string; role: EventRole }[] {
  // "talks in Doha, hosted by Qatar": a passive's subject does not lead the meeting.
  const verb = allMatches(LEADS_MEETING, clause).find((m) => !UNREAL_BEFORE.test(clause.slice(0, m.index)) && !/^\s+by\b/.test(clause.slice(m.index + m[0].length)));
  if (!verb) return roles;
  // "Ning said Li met with Kyiv's envoy": who reports the meeting does not lead it.
  const reporters = reporterSpans(clause, verb.index);
  // An actor the clause does not name leads only as a subject shared from before, when the clause names none of its own.
  const ownSubject = roles.some((r) => (mentionedAt(r.name) ?? verb.index) < verb.index);
  return roles.map((r) => {
    const at = mentionedAt(r.name);
    if (at !== null && reporters.some(([a, b]) => at >= a && at < b)) return r;
    return (at === null && !ownSubject) || (at !== null && at < verb.index) ? { ...r, role: "initiator" } : r;
  });
}

/** A verb that reports: what follows it is what was said, not its object. */
const REPORT_VERB = new RegExp(`^(?:${REPORTING_VERBS}|tells|noted|insisted|warned)\\b`);

/**
 * The subject ends at the clause's finite verb: an actor named after it ("Berg promised Kyiv 300 missiles", the trigger
 * word "missiles" after it) is what the happening is done to, not its initiator. Not for a report's verb, a passive or
 * a defence (their sides are read elsewhere).
 */
export function objectsAfterVerb(clause: string, roles: { name: string; role: EventRole }[], mentionedAt: (name: string) => number | null): { name: string; role: EventRole }[] {
  const p = pastPredicate(clause);
  if (!p || p.aspect === "passive" || p.subject === "pronoun" || REPORT_VERB.test(clause.slice(p.verbAt)) || defenceAt(clause) !== null) return roles;
  const verbEnd = p.verbAt + (/^\S+/.exec(clause.slice(p.verbAt))?.[0].length ?? 0);
  if (!roles.some((r) => r.role === "initiator" && (mentionedAt(r.name) ?? verbEnd) < p.verbAt)) return roles;
  return roles.map((r) => (r.role === "initiator" && (mentionedAt(r.name) ?? 0) >= verbEnd ? { ...r, role: "target" } : r));
}

/**
 * "approved by the State Duma", "a blockade by Polish farmers": the agent named after "by" (up to three words before its
 * name); after a comma, whatever word ends the phrase before it ("was awarded the medal, second class, by President X").
 */
const BY_AGENT = /(?:\b(\p{Ll}+)|[\p{L}\d]+,)\s+by\s+(?!\p{Ll}+ing\b)(?:(?!(?:via|through|in|on|at|to|from|with|for|near|into)\b)[^\s;]+\s+){0,3}$/u;
/** Those after "by" that own, run or join the one acted upon, or broker a deal, rather than act ("the refinery owned by Lukoil"). */
const NOT_AGENT_BEFORE_BY = /^(?:owned|operated|controlled|managed|held|used|joined|accompanied|flanked|surrounded|attended|followed|backed|supported|mediated|brokered|chaired|headed|represented|bordered|and|or|as|day|side|step|far|close|phone|telephone)$/;
/** "Sõmer was detained by …": the passive's auxiliary, its subject named before it. */
const PASSIVE_AUX = /\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\s+(?:[^;]{0,80}?\s)?by\s+(?:[^\s;]+\s+){0,3}$/u;

/**
 * The agent named after "by" is the initiator ("was detained by the Internal Security Service", "approved by the
 * Council of Ministers", "a proposal by Ankara"); under a passive, its subject is the one acted upon.
 */
/** The actors named as a passive's agent ("… was shelled by Russian forces"); none when "by" opens no agent ("by Tuesday"). */
export function agentsAfterBy<R extends { name: string }>(clause: string, roles: R[], mentionedAt: (name: string) => number | null): R[] {
  if (!/\bby\s/.test(clause)) return [];
  const agentAt = (at: number | null) => {
    const m = at === null ? null : BY_AGENT.exec(clause.slice(Math.max(0, at - 60), at));
    return m && !(m[1] && NOT_AGENT_BEFORE_BY.test(m[1])) ? at : null;
  };
  return roles.filter((r) => agentAt(mentionedAt(r.name)) !== null);
}

export function byAgents(clause: string, roles: { name: string; role: EventRole }[], mentionedAt: (name: string) => number | null): { name: string; role: EventRole }[] {
  const agents = agentsAfterBy(clause, roles, mentionedAt);
  if (!agents.length) return roles;
  const firstAgentAt = Math.min(...agents.map((r) => mentionedAt(r.name)!));
  const aux = PASSIVE_AUX.exec(clause.slice(0, firstAgentAt));
  return roles.map((r) => {
    if (agents.includes(r)) return { ...r, role: "initiator" };
    const at = mentionedAt(r.name);
    const subject = aux && at !== null && at < aux.index && !/\b(?:which|that|who)\b/.test(clause.slice(at, aux.index));
    return subject && r.role === "initiator" ? { ...r, role: "target" } : r;
  });
}

/** A defence, however far its verb stands from what it stopped ("shot down 70 percent of the drones Russia launched"). */
const DEFENCE_VERB = /\b(?:repel(?:s|led)?|repulsed?|fought\s+off|beat\s+back|intercept(?:s|ed)?|(?:shot|shoots?)\s+down|downed|destroyed)\b/;
/** Words that open a relative clause on the object ("the town which …"); "that" only after a noun, not after "said". */
const RELATIVE_OPENER = /^(?:which|where|whom)$/;
/** Lexicon tags of a word that can head a noun ("town", "area"): unknown words are mostly nouns. */
const NOUN_TAG = /^(?:Singular|Plural|Noun|Uncountable)$/;
const ADVERB_OR_AUX = /^(?:first|later|then|also|again|already|had|have|has|\p{Ll}+ly)$/u;

/** A word of a side's noun: a lower-case word, or a model's designation ("Su-35", "Mi-8"). */
const NOUN_WORD = /^(?:[\p{Ll}-]+|\p{Lu}[\p{L}]*-\d+\p{L}*)$/u;

/** Whether the words after a side's name are up to `nounWords` words of its noun, then a past verb ("troops first entered", "units had retaken"). */
function headsVerb(words: string[], nounWords: number): boolean {
  // An adjective needs its noun; a name is one already.
  for (let i = nounWords > 0 ? 1 : 0; i <= nounWords && i < words.length; i++) {
    if (i > 0 && !NOUN_WORD.test(words[i - 1])) return false;
    let j = i;
    while (j < words.length - 1 && ADVERB_OR_AUX.test(words[j])) j++;
    const verb = /^\p{Ll}+/u.exec(words[j])?.[0];
    const perfect = words.slice(i, j).some((w) => /^ha(?:d|ve|s)$/.test(w));
    if (verb && (isPastTense(verb) || verb === "hit" || (perfect && isParticipleForm(verb)))) return true;
  }
  return false;
}

/** Just before a side: a report's verb, its "that", and a determiner or number ("said a", "reported that two"). */
const AFTER_REPORT = new RegExp(`\\b(?:${REPORTING_VERBS}|noted|warned)\\s+(?:that\\s+)?(?:(?:a|an|the|\\d+|two|three|four|five|several|some)\\s+)?$`);

/** An auxiliary of a passive: its subject is acted upon ("said a Greek drone was downed", "had been struck"). */
const PASSIVE_WORD = /^(?:was|were|been|being|is|are)$/;

/**
 * Whether the side named at [at, end) of a clause (an adjective, then up to `nounWords` words of its noun; none for a
 * name or a whole noun phrase) is the subject of the happening a report tells ("said a Russian fighter jet entered …"):
 * it acts, though named after the report's verb.
 */
export function subjectOfReport(clause: string, at: number, end: number, nounWords = 3): boolean {
  const words = clause.slice(end).trim().split(/\s+/, 6);
  return AFTER_REPORT.test(clause.slice(Math.max(0, at - 40), at)) && !words.some((w) => PASSIVE_WORD.test(w)) && headsVerb(words, nounWords);
}

/**
 * Whether the side named at [at, end) of a clause (an adjective, then up to `nounWords` words of its noun) is the subject
 * of a clause inside the object ("an area Russian troops first entered", "the town that Ukrainian forces retook"): it is
 * not the one acted upon. Not in a defence, whose attacker is read by defenceFlipped ("downed the drones Russia launched").
 */
export function subjectOfInnerClause(clause: string, at: number, end: number, nounWords = 3): boolean {
  if (DEFENCE_VERB.test(clause)) return false;
  const before = /(?:^|\s)(\p{Ll}+)(?:\s+that)?\s+$/u.exec(clause.slice(Math.max(0, at - 30), at))?.[1];
  if (!before || !(RELATIVE_OPENER.test(before) || NOUN_TAG.test(lexiconTag(before) ?? "Noun"))) return false;
  return headsVerb(clause.slice(end).trim().split(/\s+/, 6), nounWords);
}
