/**
 * A saying held at a gathering, its words a forecast: "X said at a meeting of EU leaders that Hungary would veto the
 * package". The words are a statement; the gathering is the happening. Its title (./title.ts), type and roles
 * (./clause-type.ts, ./clause-event.ts) all read this one reading, so they tell the same happening.
 */
import { EVENT_NOUN } from "./event-nouns";
import { typeOfPhrase } from "./triggers";
import type { EventType } from "./context";

const SAID_AT_GATHERING = new RegExp(
  String.raw`^([^"“,;]{2,80}?\s(?:said|says|told\s+[^,;"“]{1,40}?|declared|stressed)\s+(?:at|during)\s+(?:(?:a|an|the|his|her|their|its)\s+)?)((?:[\p{L}-]+\s+){0,2}?(${EVENT_NOUN})\b[^,;"“]*?)\s+that\s+([^"“]*)$`,
  "u",
);
const FORECAST = /\b(?:will|would|could|may|might|should|must|can)\b/;

export interface GatheringSaid {
  /** The gathering as written ("meeting of EU leaders"). */
  gathering: string;
  /** The gathering's codebook type, read from its head noun alone ("meeting" → summit_talks, whatever the words say). */
  type: EventType;
  /** Where the gathering ends in the text read: the actors after it belong to the forecast, not to the gathering. */
  end: number;
}

/** The gathering a clause's saying was held at, when what was said there is a forecast; else null. */
export function gatheringSaid(clause: string): GatheringSaid | null {
  const lead = clause.length - clause.trimStart().length;
  const m = SAID_AT_GATHERING.exec(clause.trim());
  if (!m || !FORECAST.test(m[4])) return null;
  return { gathering: m[2], type: typeOfPhrase(m[3]), end: lead + m[1].length + m[2].length };
}
