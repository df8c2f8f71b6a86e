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

/** A cause of its own, not a strike's: "in a road accident", "when their car hit a mine". */
const OWN_CAUSE = /\b(?:in\s+an?\s+(?:[\p{L}-]+\s+){0,2}?(?:accident|crash|collision)|when\s+(?:their|his|her|its)\s+\p{L})/iu;

/** The strike proposal told in the same sentence as `e` or in one of the REACH before it, if any. */
function strikeToldBefore(ctx: EventCtx, events: FoundEvent[], e: FoundEvent): FoundEvent | undefined {
  const at = sentenceAt(ctx, e.start);
  return events.find((o) => o !== e && STRIKE_TYPES.has(o.type) && o.start < e.start && at - sentenceAt(ctx, o.start) <= REACH);
}

/** Whether the two proposals are told of different days or different places (each named on both sides). */
const elsewhereOrAnotherDay = (a: FoundEvent, b: FoundEvent) =>
  (!!a.date && !!b.date && a.date !== b.date) || (!!a.location && !!b.location && a.location !== b.location);

/** Whether `e` is a bare count of victims that only tells the toll of a strike proposed just before it. */
function isStrikeToll(ctx: EventCtx, events: FoundEvent[], e: FoundEvent): boolean {
  const clause = ctx.text.slice(e.start, e.end);
  if (e.type !== "casualties" || !COUNTED_VICTIMS.test(clause) || AGENT.test(clause)) return false;
  // The cause may be cut off as a clause of its own ("… were injured | when their tractor hit a mine").
  if (OWN_CAUSE.test(ctx.text.slice(e.start, ctx.sentences[sentenceAt(ctx, e.start)]?.end ?? e.end))) return false;
  const strike = strikeToldBefore(ctx, events, e);
  return !!strike && !elsewhereOrAnotherDay(strike, e);
}

/** Drops the casualty counts that only tell the toll of a strike proposed just before them. */
export function dropStrikeTolls(ctx: EventCtx, events: FoundEvent[]): FoundEvent[] {
  return events.filter((e) => !isStrikeToll(ctx, events, e));
}
