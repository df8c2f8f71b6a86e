/** The codebook trigger a clause is typed by, once modal, conditional and infinitive ones are left out. */
import { predicateTrigger } from "./predicate-trigger";
import { bestTrigger, DREW_REACTION, MODAL, REACTION, TIME_ADJUNCT, type Trigger } from "./triggers";

/**
 * The clause's trigger (./triggers.ts) if it tells something that happened: not under a modal or conditional ("will
 * send", "if Europe sends"), not an infinitive ("to attack"); a reaction verb before it ("condemned the strike")
 * makes the reaction the happening, typed "other". `mainEnd`/`reported`: where a "said … that" report ends.
 */
export function realTrigger(clause: string, mainEnd: number, reported: RegExpExecArray | null): Trigger | null {
  const cm = clause.replace(TIME_ADJUNCT, (m) => " ".repeat(m.length));
  const found = bestTrigger(cm, mainEnd);
  if (!found) return null;
  const best = predicateTrigger(cm, mainEnd, found);
  // A reaction verb before the trigger heads the clause: the reaction is the happening, of no codebook type.
  const reaction = REACTION.exec(cm);
  // A call in which thanks were given is still the call ("thanked Sánchez by phone").
  if (reaction && reaction.index < best.pos && best.type !== "threat_warning" && best.type !== "phone_call") return { ...best, type: "other", pos: reaction.index, len: reaction[0].length };
  const drew = DREW_REACTION.exec(cm);
  if (drew) return { ...best, type: "other", pos: drew.index, len: drew[0].length };
  // A reported pledge of aid or an offer is itself a happening: "Takaichi told Zelenskyy that Japan will provide …".
  const pledge = reported && !best.main && (best.type === "aid_arms_decision" || best.type === "proposal") && !/\b(?:if|unless)\b/i.test(cm);
  if (pledge) return best;
  const windowStart = !best.main && reported ? reported.index + reported[0].length : 0;
  const modalWindow = cm.slice(windowStart, Math.min(cm.length, best.pos + best.len + 25));
  if (MODAL.test(modalWindow) && best.type !== "threat_warning") return null;
  if (/\bto\s+$/.test(cm.slice(0, best.pos)) && best.type !== "aid_arms_decision") return null;
  return best;
}
