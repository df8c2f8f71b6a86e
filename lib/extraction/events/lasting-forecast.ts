/**
 * A forecast that a state will last ("the operation would continue until its goals are achieved", "outages will
 * continue through the weekend", "the beach would stay closed until Wednesday", "further cuts would depend on the
 * budget"): the annotation conventions exclude forecasts, and a state carried on is no happening even when it comes.
 * Not when a happening is told before it ("Poland has maintained its ban since 2023, and the minister said it would
 * stay in place"), nor a threat of action carried on ("warned that its forces would continue to advance").
 */
import { hasPastVerb } from "./triggers";
import { REPORTING_VERBS } from "./finite-clause";

const LASTING_MODAL = /\b(?:would|will)\s+(?:(?:not|also|still|only)\s+)?(?:continue|remain|stay|keep|depend)\b(\s+to\b)?/;
/** The speaker's verb: saying is no happening of its own. */
const SAYING = new RegExp(String.raw`\b(?:${REPORTING_VERBS}|stressed|warned|warning|insisted|noted|argued)\b`);
/**
 * A forecast of an effect on a process or a price ("higher taxes would feed inflation", "a weaker currency could slow
 * the recovery", "such moves could complicate the talks"). Not harm to someone ("would hurt consumers"): a threat.
 */
const EFFECT_MODAL = /\b(?:would|will|could|may|might)\s+(?:(?:not|also|further|only)\s+)?(?:feed|fuel|slow|push|complicate|undercut|undermine|weigh|worsen|deepen|dampen)\b/;

export function lastingForecast(head: string, type: string): boolean {
  const m = LASTING_MODAL.exec(head);
  if (m) return !(m[1] && type === "threat_warning") && nothingToldBefore(head.slice(0, m.index));
  const effect = EFFECT_MODAL.exec(head);
  return !!effect && nothingToldBefore(head.slice(0, effect.index));
}

/** No happening before the forecast but the saying of it. */
function nothingToldBefore(before: string): boolean {
  const saying = SAYING.exec(before);
  if (!saying) return !hasPastVerb(before);
  return !hasPastVerb(before.slice(0, saying.index)) && !hasPastVerb(before.slice(saying.index + saying[0].length));
}
