import { beforeVerb } from "./before-verb";
import { stateEarlierInSentence, firstStateOfPreviousSentence } from "./nearby-states";
import type { Registry } from "./registry";

/**
 * "the government", "The government" standing alone: not "the government of Japan", "the government's plan" nor
 * "government-backed". The first letter is checked before the lookbehind, which is slow tried at every position.
 */
const BARE_GOVERNMENT = /(?=[Tt])(?<![\p{L}-])[Tt]he government(?! of\b)(?![\p{L}'’-])/gu;
/** "on Wednesday", "last week": a time between the subject and its verb. */
const TIME_BEFORE_VERB = /^\s+(?:on\s+\p{Lu}\p{Ll}+day|last\s+(?:week|month|year)|this\s+(?:week|month|year))\b/u;

/**
 * "The government decided …", "the government on Wednesday agreed …": the bare government acting is the government
 * of the state named before it in its sentence, or opening the sentence before ("Sweden has given Ukraine aid. In June
 * the government decided …"), named with its demonym ("Swedish Government"); with neither it is left alone.
 */
export function homeGovernment(r: Registry): void {
  const { text, byForm, gazForm, lazy, ensure, fromEntry, addLocalForm } = r;
  const acting = [...text.matchAll(BARE_GOVERNMENT)].filter((m) => beforeVerb(text.slice(m.index + m[0].length, m.index + m[0].length + 60).replace(TIME_BEFORE_VERB, "")));
  // The article's most-named state is no safe guess here: "the government" is as often the outlet's own country's.
  const states = new Set(acting.flatMap((m) => stateEarlierInSentence(r, m.index) ?? firstStateOfPreviousSentence(r, m.index) ?? []));
  // The bare words become a form of the whole article, so only when no acting "the government" reads as another state.
  const [state] = states;
  if (states.size !== 1) return;
  const name = `${lazy.get(state)?.demonyms?.[0] ?? state} Government`;
  const known = gazForm.get(name)?.entry;
  const a = known ? fromEntry(known) : byForm.get(name) ?? ensure(name, "government");
  for (const m of acting) addLocalForm(a, m[0]);
}
