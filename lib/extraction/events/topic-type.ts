/**
 * What a clause only speaks about is not what it reports happening: "the minister spoke about the missile strike",
 * "the senator called the ceasefire a mistake", "she referred to the sanctions". The clause's head verb is a verb of
 * speaking or judging, and the trigger stands in its object; that object is masked and the clause typed by what is
 * left ("… spoke with Lavrov by phone about the strike" is still a call), else `other`.
 */
import type { EventType } from "./context";
import { namedType, typeOfRest } from "./negated-type";

/** Where the object of a speech verb ends: a comma, a preposition of place, time or manner, or the clause's next part. */
const OBJECT_END = String.raw`(?=\s+(?:at|in|on|during|with|by|to|for|from|after|before|since|when|while|as|because|amid|but|and|which|who|that|saying|calling)\b|\s*[,;:.–—()]|$)`;
/** "spoke about", "asked of", "commented on" (not "spoke on the phone with"). */
const SPOKE_ABOUT = String.raw`\b(?:(?:spoke|speaks|speaking|talked|talking|wrote|writes|writing|asked|asking|complained|joked)\s+(?:\p{Ll}+ly\s+)?(?:about|of|regarding)|(?:commented|commenting|remarked|reflected|testified)\s+(?:\p{Ll}+ly\s+)?(?:on|about|regarding))\s+`;
const REFERRED_TO = String.raw`\b(?:referred|refers|referring|alluded|alluding)\s+to\s+`;
/** "called the ceasefire a mistake", "described the package as too small": the object is judged, not done. */
const JUDGED = String.raw`\b(?:called|calls|calling|described|describes|describing|branded|brands|labell?ed|termed|dubbed|presented|portrayed|depicted)\s+(?=(?:(?:it|them)\s+|(?:the|this|that|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?)(?:a|an|as)\s)`;
const TOPIC = new RegExp(String.raw`(?:${SPOKE_ABOUT}|${REFERRED_TO}|${JUDGED})[^,;:.–—()]*?${OBJECT_END}`, "giu");

/** The clause's type when its `type` is named only in what it speaks about: the rest's type, else `other`; null if not so. */
export function topicType(type: EventType, clause: string): EventType | null {
  if (type === "other") return null;
  const topics = clause.match(TOPIC);
  if (!topics || !topics.some((phrase) => namedType(phrase) === type)) return null;
  const rest = typeOfRest(clause.replace(TOPIC, (m) => " ".repeat(m.length)));
  return rest === type ? null : rest;
}
