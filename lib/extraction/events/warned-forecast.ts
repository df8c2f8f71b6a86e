/**
 * A warning whose content is a forecast or an assessment ("the central bank warned that fiscal risks could force it to
 * pause", "the watchdog warned that the plant remained in a fragile state", "he warned that the faction could challenge
 * the law"): what the speaker fears or judges, a statement, not a threat (the conventions' `threat_warning` is a threat
 * of the speaker's own side's action: "would respond", "legitimate targets", "could face sanctions").
 */
import type { ActorIndex } from "../actors/types";
import { GAZETTEER } from "../gazetteer";
import { hasPastVerb } from "./triggers";

/** "warned that …", "warned last month that …", with the verb's own words before it. */
const WARNED_THAT = /^(.{0,120}?)\bwarn(?:ed|s)\s+(?:\S+\s+){0,3}?that\s+(.+)$/su;
/** A possibility, an inability or a state, the grammar of a forecast or an assessment. */
const FORECAST = /\b(?:could|may|might|cannot|can't|remains?|remained|were|was|is|are)\b/;
/** The future of a pledge or a threat ("would respond", "will not go unanswered"). */
const WILL = /\b(?:would|will)\b/;
/** What a threat names: the speaker's side's response, sanctions, targets, retaliation, consequences. */
const THREAT_WORDS = /\b(?:sanction\w*|targets?|respon\w+|retaliat\w+|measures|consequences|unanswered|tariffs?)\b/i;

/** The subject of a possibility warned of: a pronoun ("it could deploy") or a capitalised name ("Belarus may send"). */
const MODAL_SUBJECT = /^(?:(it|we)|(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}))\s+(?:could|may|might)\s+\p{Ll}/u;

export function warnedForecast(clause: string, index?: ActorIndex): boolean {
  const m = WARNED_THAT.exec(clause);
  if (!m) return false;
  const [, before, complement] = m;
  if (ownSideMay(before, complement, index)) return false;
  return FORECAST.test(complement) && !WILL.test(complement) && !THREAT_WORDS.test(complement) && !hasPastVerb(before);
}

/** A state by its name, a demonym or its capital ("Russia", "Russian", "Moscow" → Russia). */
const STATE_OF = new Map(
  GAZETTEER.filter((e) => e.kind === "state").flatMap((e) => [...e.forms, ...(e.demonyms ?? []), ...(e.metonyms ?? [])].map((f) => [f, e.name] as const)),
);
const CAPITALISED_RUN = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/gu;

/** The states words name, by any run of one to three capitalised words ("President of Russia", "North Korean army"). */
function statesIn(words: string): Set<string> {
  const states = new Set<string>();
  for (const run of words.match(CAPITALISED_RUN) ?? []) {
    const w = run.split(/\s+/);
    for (let i = 0; i < w.length; i++) for (let n = 1; n <= 3 && i + n <= w.length; n++) {
      const state = STATE_OF.get(w.slice(i, i + n).join(" "));
      if (state) states.add(state);
    }
  }
  return states;
}

/**
 * The speaker's own side "could/may" act: a threat ("Russia warned Finland that it could deploy …", "Putin warned that
 * Russia could strike …"). A state is the speaker's own when the speaker's words or role name it ("President of
 * Russia"), or name no state at all (a leader the engine does not know: "Lukashenko warned that Belarus may …"); not
 * "Zelensky warned that Russia could launch …", a forecast of the other side.
 */
function ownSideMay(before: string, complement: string, index?: ActorIndex): boolean {
  const subject = MODAL_SUBJECT.exec(complement);
  if (!subject) return false;
  if (subject[1]) return true;
  const state = STATE_OF.get(subject[2]);
  if (!state) return false;
  const roles = (index?.actors ?? []).filter((a) => a.role && [...a.forms].some((f) => before.includes(f))).map((a) => a.role!);
  const speakerStates = statesIn([before, ...roles].join(" . "));
  return speakerStates.size === 0 || speakerStates.has(state);
}
