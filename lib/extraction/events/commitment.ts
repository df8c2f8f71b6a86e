/**
 * A reported commitment is a happening: "Merz said Berlin would pay for new air defence systems",
 * "Rheinmetall announced it would open an ammunition plant", "Lin Jian said China would take necessary measures".
 * Reported speech back-shifts "will" to "would", so the modal that marks a forecast elsewhere marks a pledge
 * here, when the one who speaks (or his side) is the subject and the verb is one of doing or giving. A
 * commitment names what is given or done ("would pay." alone does not). A passive
 * or stative complement ("the money would be spent", "Moscow would remain open") is a statement, not a pledge.
 */
import type { EventType } from "./context";

const SPEECH = String.raw`(?:said|says|announced|announces|confirmed|confirms|declared|pledged|pledges|promised|promises|vowed|vows|told\s+(?:\p{Lu}\p{L}+\s*){1,3}|told\s+(?:reporters|journalists|lawmakers|parliament))`;
/** Where or when it was said, between the verb and its complement: "announced in Riga that", "said on Monday". */
const SETTING = String.raw`(?:(?:on|in|at|during)\s+(?:the\s+)?(?:\p{Lu}\p{L}+|\p{Ll}+)(?:\s+\p{Lu}\p{L}+)?\s+)?`;
/** Who commits: a name or two joined by "and", a pronoun, or "its/his/her" + a noun. */
const COMMITTER = String.raw`(?:\p{Lu}[\p{L}’'-]*|the\s+\p{Lu}\p{L}+|it|he|she|they|we|its\s+\p{Ll}+|his\s+\p{Ll}+|her\s+\p{Ll}+)(?:\s+\p{Lu}[\p{L}’'-]*){0,2}(?:\s+and\s+\p{Lu}[\p{L}’'-]*)?`;
/** Verbs of giving or doing that a speaker commits his side to. Grouped by the type they give the event. */
const AID_VERBS = "send|deliver|provide|supply|pay|give|fund|finance|allocate|transfer|donate|buy|purchase";
const THREAT_VERBS = "retaliate|take";
const DOING_VERBS = "open|build|make|expand|host|impose|introduce|launch|sign|set\\s+up|establish|increase|step\\s+up|resume|join|lift|release|double|raise|boost|deploy|train|extend|create|produce";
const COMMITMENT = new RegExp(
  String.raw`\b${SPEECH}\s+${SETTING}(?:that\s+)?(${COMMITTER})\s+(?:will|would|was\s+going\s+to|is\s+going\s+to)\s+(?:also\s+|soon\s+|now\s+|quickly\s+)?(${AID_VERBS}|${THREAT_VERBS}|${DOING_VERBS})\b(?=\s+\p{L})`,
  "u",
);
const ARMS_OBJECT = /\b(?:systems?|missiles?|weapons|arms|generators?|aid|funding|funds|loans?|tranche|air\s+defen[cs]e|ammunition|shells|drones|batteries|equipment|billion|million)\b/i;

export interface Commitment {
  type: EventType;
  /** Offset of the commitment's verb in the clause (for roles and the title). */
  pos: number;
}

/** The commitment a speech report in this clause (quotes masked) makes, if any. */
export function reportedCommitment(clause: string): Commitment | null {
  const m = COMMITMENT.exec(clause);
  if (!m) return null;
  const verb = m[2].toLowerCase();
  const rest = clause.slice(m.index + m[0].length);
  const pos = m.index + m[0].length - m[2].length;
  if (new RegExp(`^(?:${AID_VERBS})$`).test(verb) && ARMS_OBJECT.test(rest.slice(0, 80))) return { type: "aid_arms_decision", pos };
  if (verb === "retaliate" || (verb === "take" && /^\s+(?:\p{Ll}+\s+){0,2}(?:measures|steps|action)\b/u.test(rest))) return { type: "threat_warning", pos };
  if (verb === "take") return null;
  return { type: "other", pos };
}
