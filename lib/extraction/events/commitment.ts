/**
 * A reported commitment is a happening: "Merz said Berlin would pay for new air defence systems",
 * "Rheinmetall announced it would open an ammunition plant", "Lin Jian said China would take necessary measures".
 * Reported speech back-shifts "will" to "would", so the modal that marks a forecast elsewhere marks a pledge
 * here, when the one who speaks (or his side) is the subject and the verb is one of doing or giving. A
 * commitment names what is given or done ("would pay." alone does not). A passive
 * or stative complement ("the money would be spent", "Moscow would remain open") is a statement, not a pledge.
 * The same frame carries a refusal ("said Budapest would not contribute"), an offer ("would ask the Commission
 * to …", "would lift his veto if …", "said he was ready to meet …") and a threat ("said any soldier deployed
 * there would be a legitimate target").
 */
import type { EventType } from "./context";
import { MAX_TITLE } from "./title";
import { memoByKey } from "../memo";

const SPEECH = String.raw`(?:said|says|announced|announces|confirmed|confirms|declared|pledged|pledges|promised|promises|vowed|vows|wrote|insisted|told\s+(?:\p{Lu}\p{L}+\s*){1,3}|told\s+(?:reporters|journalists|lawmakers|parliament|(?:\p{Ll}+\s+)?(?:leaders|ministers|allies|counterparts|partners|diplomats)))`;
/** Where or when it was said, between the verb and its complement: "announced in Riga that", "said on Monday". */
const SETTING = String.raw`(?:(?:on|in|at|during)\s+(?:the\s+)?(?:\p{Lu}\p{L}+|\p{Ll}+)(?:\s+\p{Lu}\p{L}+)?\s+)?`;
/** Who commits: a name or two joined by "and", a pronoun, or "its/his/her" + a noun. */
const COMMITTER = String.raw`(?:\p{Lu}[\p{L}’'-]*|the\s+\p{Lu}\p{L}+|the\s+government|it|he|she|they|we|its\s+\p{Ll}+|his\s+\p{Ll}+|her\s+\p{Ll}+)(?:\s+\p{Lu}[\p{L}’'-]*){0,2}(?:\s+and\s+\p{Lu}[\p{L}’'-]*)?`;
/** Verbs of giving or doing that a speaker commits his side to. Grouped by the type they give the event. */
const AID_VERBS = "send|deliver|provide|supply|pay|give|fund|finance|allocate|transfer|donate|buy|purchase";
const THREAT_VERBS = "retaliate|take";
const OFFER_VERBS = "ask|request|invite|offer|propose";
const DOING_VERBS = "open|build|make|expand|host|impose|introduce|launch|sign|set\\s+up|establish|increase|step\\s+up|resume|join|lift|release|double|raise|boost|deploy|train|extend|create|produce";
/** What a side refuses to do: "would not contribute to the guarantees", "will not withdraw its troops". */
const REFUSAL_VERBS = "contribute|withdraw|accept|recogni[sz]e|cede|surrender|give\\s+up|hand|negotiate|attend|participate|take\\s+part|support|back|allow|agree|approve|return";
const IS_REFUSAL_VERB = new RegExp(`^(?:${REFUSAL_VERBS})$`);
const IS_OFFER_VERB = new RegExp(`^(?:${OFFER_VERBS})$`);
const IS_AID_VERB = new RegExp(`^(?:${AID_VERBS}|hand over)$`);
const MODAL = String.raw`(?:will|would|was\s+going\s+to|is\s+going\s+to)`;
const COMMITMENT = new RegExp(
  String.raw`\b${SPEECH}\s+${SETTING}(?:that\s+)?(${COMMITTER})(?:\s+[^.;,]{1,60}?\s+and)?\s+${MODAL}\s+(not\s+|never\s+)?(?:also\s+|soon\s+|now\s+|quickly\s+)?(${AID_VERBS}|${THREAT_VERBS}|${OFFER_VERBS}|${DOING_VERBS}|${REFUSAL_VERBS})\b(?=\s+\p{L})`,
  "u",
);
/**
 * The commitment told first and its speaker after it, in the speaker's own "will": "Estonia will send two more air
 * defence systems to Ukraine, Pevkur said after the meeting". The attribution closes the clause.
 */
const FRONTED_COMMITMENT = new RegExp(
  String.raw`^[\s"“]*(?:(?:On|In|Later|Earlier)\s+[^,]{2,30},\s+)?(${COMMITTER})\s+will\s+(not\s+|never\s+)?(?:also\s+|soon\s+|now\s+)?(${AID_VERBS}|hand\s+over|${OFFER_VERBS}|${DOING_VERBS})\b(?=\s+\p{L})`,
  "u",
);
const CLOSING_SPEECH = new RegExp(String.raw`,\s+(?:[^,;]{0,80}?\s)?${SPEECH}(?:\s+[^,;]{0,60})?[.\s]*$`, "u");
/** Declared readiness is an offer: "Putin said he was ready to meet Zelensky", "said Ankara is prepared to host talks". */
const READINESS = new RegExp(String.raw`\b${SPEECH}\s+${SETTING}(?:that\s+)?(?:${COMMITTER})\s+(?:was|is|were|are|remained|remains)\s+(?:still\s+|also\s+)?(?:ready|prepared|willing)\s+to\s+(\p{Ll}+)\b(?=\s+\p{L})`, "u");
/** What a threat forecasts for the other side: "would be a legitimate target", "will face consequences". */
const THREAT = String.raw`(?:would|will)\s+(?:be(?:come)?\s+(?:a\s+|["“'‘]\s*)*(?:legitimate|lawful)\s+targets?|face\s+(?:\p{Ll}+\s+)?(?:consequences|retaliation|a\s+(?:tough|harsh|firm|military)\s+response)|pay\s+a\s+(?:heavy|high)\s+price)`;
/** A threat told as a forecast of what the other side will suffer: "said any Western soldier there would be a legitimate target". */
const THREATENED_CONSEQUENCE = new RegExp(String.raw`\b${SPEECH}\s+${SETTING}(?:that\s+)?[^.;:]{2,80}?\b${THREAT}`, "u");
/** The forecast alone: a cheap scan that most clauses fail, so the costly pattern above runs only where it can match. */
const THREAT_WORDS = new RegExp(String.raw`\b${THREAT}`, "u");
const ARMS_OBJECT = /\b(?:systems?|missiles?|weapons|arms|generators?|aid|funding|funds|loans?|tranche|air\s+defen[cs]e|ammunition|shells|drones|batteries|equipment|billion|million)\b/i;
/**
 * A refusal names a particular thing refused ("would not contribute to the guarantees", "will not withdraw its
 * troops"); refusing a kind of thing ("will never accept a peace deal that …") states a position.
 */
const REFUSED_OBJECT = /^\s+(?:up\s+|over\s+)?(?:(?:to|from|in|on|with)\s+)?(?:the|its|his|her|their|our|this|that|these|those|\p{Lu})/u;
/** "would lift his objection if Bratislava received compensation": a commitment on a condition is an offer. */
const CONDITION = /^[^.;]{0,80}?\b(?:if|provided|in\s+exchange\s+for|in\s+return\s+for)\b/;

export interface Commitment {
  type: EventType;
  /** Offset of the commitment's verb in the clause (for roles and the title). */
  pos: number;
  /** For a threat told as a consequence: what is threatened ("any Western soldier … would be a legitimate target"). */
  threatened?: string;
}

/**
 * The commitment, refusal, offer or threat a speech report in this clause (quotes masked) makes, if any.
 * `raw`: the clause with its quotations, where a threat's words are often quoted ("would be 'a legitimate target'").
 */
export const reportedCommitment = memoByKey(commitmentIn, (clause: string, raw = clause) => (raw === clause ? clause : `${clause}\u0000${raw}`));

function commitmentIn(clause: string, raw = clause): Commitment | null {
  const threat = THREAT_WORDS.test(raw) ? THREATENED_CONSEQUENCE.exec(raw) : null;
  if (threat) {
    const threatened = threat[0].replace(/^[\s\S]*?\bthat\s+/u, "").replace(/["“”‘’]/g, "").replace(/\s+/g, " ");
    return { type: "threat_warning", pos: threat.index + threat[0].search(/\b(?:would|will)\s/), threatened };
  }
  const ready = READINESS.exec(clause);
  if (ready) return { type: "proposal", pos: ready.index + ready[0].length - ready[1].length };
  const m = COMMITMENT.exec(clause) ?? frontedCommitment(clause);
  if (!m) return null;
  const verb = m[3].toLowerCase().replace(/\s+/g, " ");
  const rest = raw.slice(m.index + m[0].length).replace(/["“”‘’]/g, "");
  const pos = m.index + m[0].length - m[3].length;
  if (m[2]) return REFUSED_OBJECT.test(rest) ? { type: "rejection", pos } : null;
  if (IS_REFUSAL_VERB.test(verb)) return null;
  if (IS_OFFER_VERB.test(verb) || CONDITION.test(rest)) return { type: "proposal", pos };
  if (IS_AID_VERB.test(verb) && ARMS_OBJECT.test(rest.slice(0, 80))) return { type: "aid_arms_decision", pos };
  if (verb === "retaliate" || (verb === "take" && /^\s+(?:\p{Ll}+\s+){0,2}(?:measures|steps|action)\b/u.test(rest))) return { type: "threat_warning", pos };
  if (verb === "take") return null;
  return { type: "other", pos };
}

/** The speaker told after a fronted commitment, left out of its headline: "Estonia will send …[, Pevkur said]". */
const SPEAKER_AFTER = new RegExp(String.raw`(?<=^[^,]*\bwill\b[^,]*),\s+(?:[^,;]{0,80}?\s)?${SPEECH}(?:\s+[^,;]*)?$`, "u");

/** A commitment told before its speaker, read like one told after it (the same groups: committer, negation, verb). */
function frontedCommitment(clause: string): RegExpExecArray | null {
  return clause.includes(" will ") && CLOSING_SPEECH.test(clause) ? FRONTED_COMMITMENT.exec(clause) : null;
}

/**
 * The headline of a reported commitment: told in the speaker's future ("Berlin will pay for …", not "would pay"); a
 * threat keeps its speaker, who warns ("Peskov warns any Western soldier …").
 */
export function commitmentTitle(title: string, commitment: Commitment): string {
  if (commitment.type !== "threat_warning") return title.replace(/\bwould\b/, "will").replace(SPEAKER_AFTER, "");
  const speaker = /(\S+)\s+(?:says|writes|tells)\b/u.exec(title)?.[1];
  if (!speaker || !commitment.threatened) return title.replace(/\b(?:says|tells\s+\p{L}+)\s+(?:that\s+)?/u, "warns ");
  const full = `${speaker} warns ${commitment.threatened}`;
  // "any soldier deployed in Ukraine would be …" → "any soldier would be …" when the whole is too long for a headline.
  const short = full.length <= MAX_TITLE ? full : full.replace(/\s+(?:deployed|stationed|based|sent)\b.*?(?=\s+(?:would|will)\b)/u, "");
  return short.length <= MAX_TITLE ? short : title;
}
