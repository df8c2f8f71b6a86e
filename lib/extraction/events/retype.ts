/**
 * The last step: each event's rule-given type is weighed against the type model learned from the annotated
 * development events (../type-model.ts). Agreement keeps the type; a confident model overrides; a disagreement
 * neither side is sure of becomes `other`, so an unseen sentence is not given a confident wrong type.
 */
import weights from "../type-model.json";
import { combineType, typePosterior, type TypeModel } from "../type-model";
import type { EventCtx, FoundEvent } from "./context";

const MODEL = weights as TypeModel;

export function retype(ctx: EventCtx, events: FoundEvent[], model: TypeModel = MODEL): FoundEvent[] {
  return events.map((e) => {
    const type = combineType(e.type, typePosterior(model, ctx.text.slice(e.start, e.end)));
    return type === e.type ? e : { ...e, type };
  });
}
