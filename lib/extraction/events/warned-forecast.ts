/**
 * A warning whose content is a forecast or an assessment ("the central bank warned that fiscal risks could force it to
 * pause", "the watchdog warned that the plant remained in a fragile state", "he warned that the faction could challenge
 * the law"): what the speaker fears or judges, a statement, not a threat (the conventions' `threat_warning` is a threat
 * of the speaker's own side's action: "would respond", "legitimate targets", "could face sanctions").
 */
import { hasPastVerb } from "./triggers";

/** "warned that …", "warned last month that …", with the verb's own words before it. */
const WARNED_THAT = /^(.{0,120}?)\bwarn(?:ed|s)\s+(?:\S+\s+){0,3}?that\s+(.+)$/su;
/** A possibility, an inability or a state, the grammar of a forecast or an assessment. */
const FORECAST = /\b(?:could|may|might|cannot|can't|remains?|remained|were|was|is|are)\b/;
/** The future of a pledge or a threat ("would respond", "will not go unanswered"). */
const WILL = /\b(?:would|will)\b/;
/** What a threat names: the speaker's side's response, sanctions, targets, retaliation, consequences. */
const THREAT_WORDS = /\b(?:sanction\w*|targets?|respon\w+|retaliat\w+|measures|consequences|unanswered|tariffs?)\b/i;

export function warnedForecast(clause: string): boolean {
  const m = WARNED_THAT.exec(clause);
  if (!m) return false;
  const [, before, complement] = m;
  return FORECAST.test(complement) && !WILL.test(complement) && !THREAT_WORDS.test(complement) && !hasPastVerb(before);
}
