/**
 * "Energy Minister Anna Berg said the government would …", "Prime Minister Kallas met the farmers. The government agreed
 * …": a bare "the government" that no state named nearby claims is the government of the minister, president or
 * chancellor named before it in its sentence, or in the sentence before in its paragraph. Off when those sentences name
 * officials of two states ("Kallas met Zelensky. The government …" could be either's). Only a state printed with the
 * official's title counts: the article's most-named state was as often wrong as right here.
 */
import { statePrintedForOfficial } from "./ministers-ministries";
import type { Registry } from "./registry";
import type { Mention } from "./types";
import type { Sentence } from "../sentences";

/** "the government", not "the government of Chile", "the government's" nor "government-backed". */
const BARE_GOVERNMENT = /(?=[Tt])(?<![\p{L}-])[Tt]he government(?! of\b)(?![\p{L}'’-])/gu;
/** A head of state or government, or a minister; "President of the European Commission" names no state. */
const OFFICIAL_ROLE = /\b(?:Minister|President|Premier|Chancellor)\b/;
const NOT_STATE_OFFICE = /\b(?:European|Commission|Council|Nato|NATO|United Nations|UN|Parliament|Assembly|Bank|company|Committee)\b/;

export function officialsGovernment(r: Registry, mentions: Mention[], sentences: Sentence[]): void {
  if (!/\b[Tt]he government\b/.test(r.text)) return;
  const added: Mention[] = [];
  for (const m of r.text.matchAll(BARE_GOVERNMENT)) {
    if (mentions.some((x) => x.start <= m.index && x.end > m.index)) continue;
    const states = new Set(officialsBefore(mentions, sentences, m.index).flatMap((o) => statePrintedForOfficial(r, o) ?? []));
    const [state] = states;
    if (states.size !== 1) continue;
    const name = `${r.lazy.get(state)?.demonyms?.[0] ?? state} Government`;
    const known = r.gazForm.get(name)?.entry;
    const a = known ? r.fromEntry(known) : r.byForm.get(name) ?? r.ensure(name, "government");
    a.first = Math.min(a.first, m.index);
    added.push({ actor: a, start: m.index, end: m.index + m[0].length, surface: m[0], pronoun: false, possessive: false });
  }
  mentions.push(...added);
}

/** The officials named in the sentence of `at` before it and in the sentence before, in the same paragraph. */
function officialsBefore(mentions: Mention[], sentences: Sentence[], at: number): Mention[] {
  const si = sentences.findIndex((s) => at >= s.start && at < s.end);
  if (si < 0) return [];
  const from = si > 0 && sentences[si - 1].paragraph === sentences[si].paragraph ? sentences[si - 1].start : sentences[si].start;
  return mentions.filter((x) => x.start >= from && x.start < at && !x.pronoun && isStateOfficial(x));
}

function isStateOfficial(m: Mention): boolean {
  const role = m.actor.role ?? "";
  return m.actor.kind === "person" && OFFICIAL_ROLE.test(role) && !NOT_STATE_OFFICE.test(role);
}
