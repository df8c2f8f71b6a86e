/**
 * The last step: each event's rule-given type is weighed against the type model learned from the annotated
 * development events (../type-model.ts). Agreement keeps the type; a confident model overrides; a disagreement
 * neither side is sure of becomes `other`, so an unseen sentence is not given a confident wrong type. Where the
 * model knows too few of the clause's words, or too few examples of the rule's type, the rule's type stands. A
 * happening named by a noun phrase ("during a visit to Minsk", "Monday's strike on Kharkiv") keeps the type its noun
 * names: its span is a few words around that noun, too little for a bag of words to speak against it. So does a
 * forecast said at a gathering (./said-at-gathering.ts): the forecast's words are not what happened. And so does a
 * clause whose own verb is the act its type names ("negotiators rejected the proposal", ./act-predicate.ts).
 */
import weights from "../type-model.json";
import { COMBINE, combineType, judgeType, type CombineOptions, type TypeModel } from "../type-model";
import type { EventCtx, FoundEvent } from "./context";
import { actPredicateType, deniesClaim } from "./act-predicate";
import { gatheringSaid } from "./said-at-gathering";

const MODEL = weights as TypeModel;

export function retype(ctx: EventCtx, events: FoundEvent[], nounNamed: Set<FoundEvent> = new Set(), model: TypeModel = MODEL, opts: CombineOptions = COMBINE): FoundEvent[] {
  // In place: a copy would make the title of a clause's event, which waits until read (./clause-title.ts).
  for (const e of events) {
    const span = ctx.text.slice(e.start, e.end);
    if (nounNamed.has(e) || gatheringSaid(span) || actPredicateType(span) === e.type) continue;
    e.type = combineType(e.type, judgeType(model, span), opts);
  }
  return events;
}

/**
 * A claim denied is a rejection, whatever the words denied name ("denied any involvement in the incursion"), set on the
 * happenings the gate kept: the gate was trained on the types before this rule, and a denial it drops stays dropped.
 */
export function typeDenials(ctx: EventCtx, events: FoundEvent[]): FoundEvent[] {
  for (const e of events) if (deniesClaim(ctx.text.slice(e.start, e.end))) e.type = "rejection";
  return events;
}
