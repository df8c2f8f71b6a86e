/**
 * The toll of a strike told in the sentences after it ("Russian missiles hit a depot in Lviv. Two people were killed,
 * 14 injured."): a bare count of victims as the subject, with no agent of its own, is a detail of the strike's event,
 * not a happening of its own (the annotation conventions give a strike's deaths and injuries to the strike's event).
 */
import { type EventCtx, type FoundEvent, sentenceAt } from "./context";

/** "Two people were killed", "Another 34 people were injured", "At least four civilians have been wounded". */
const COUNTED_VICTIMS =
  /^\W*(?:(?:another|a\s+further|at\s+least|more\s+than|some|about)\s+)?[\p{L}\d,-]+\s+(?:more\s+)?(?:people|persons|civilians|residents|others|children)\s+(?:were|have\s+been|had\s+been)\s+(?:killed|injured|wounded|hurt)\b/iu;
/** Who did it, named in the clause ("… were killed by a Russian drone"): the clause tells a strike of its own. */
const AGENT = /\bby\s+(?:an?\s+|the\s+)?\p{L}/u;
const STRIKE_TYPES = new Set(["missile_drone_strike", "energy_infrastructure_attack"]);
/** How many sentences back the strike may be told. */
const REACH = 2;

/** Whether a strike proposal starts in the same sentence as `e` or in one of the REACH before it. */
function strikeToldBefore(ctx: EventCtx, events: FoundEvent[], e: FoundEvent): boolean {
  const at = sentenceAt(ctx, e.start);
  return events.some((o) => o !== e && STRIKE_TYPES.has(o.type) && o.start < e.start && at - sentenceAt(ctx, o.start) <= REACH);
}

/** Drops the casualty counts that only tell the toll of a strike proposed just before them. */
export function dropStrikeTolls(ctx: EventCtx, events: FoundEvent[]): FoundEvent[] {
  return events.filter((e) => {
    const clause = ctx.text.slice(e.start, e.end);
    return !(e.type === "casualties" && COUNTED_VICTIMS.test(clause) && !AGENT.test(clause) && strikeToldBefore(ctx, events, e));
  });
}
