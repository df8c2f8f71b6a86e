import { dominantState } from "./national-bodies";
import { datelineState, sameBodyNamedBefore, stateEarlierInSentence } from "./nearby-states";
import type { Registry } from "./registry";

/**
 * A state body named bare, with "the" and no state ("the Air Force reported", "the navy", "the National Guard",
 * "the presidential office said", "the presidential press service reported"): the body of the state the article is about, named as with its state
 * ("Ukrainian Air Force"), the bare name kept as an alias. (The first letter is checked before the lookbehind, which is
 * slow tried at every position of the text.)
 */
const BARE_BODY = /(?=[AaNnPp])(?<=\b[Tt]he )(Air Force|air force|Navy|navy|National Guard|presidential office|Presidential Office|presidential press service|Presidential Press Service)(?! of\b)(?![\p{L}-])/gu;

export function homeStateBodies(r: Registry): void {
  const { text, byForm, lazy, ensure, addLocalForm } = r;
  let home: string | null | undefined;
  for (let m = BARE_BODY.exec(text); m; m = BARE_BODY.exec(text)) {
    const bare = m[1];
    // "the Russian Air Force … the Air Force": the bare name already belongs to a named body.
    const prior = byForm.get(bare);
    if (prior && prior.name !== bare) continue;
    // "Ukraine's air force said … The air force said": the body named with its state before.
    const named = sameBodyNamedBefore(r, bare, m.index);
    if (named) {
      if (prior) forget(r, bare);
      addLocalForm(named, bare);
      continue;
    }
    home ??= dominantState(text, false);
    const president = /press service/i.test(bare) ? presidentNamedBefore(r, m.index) : null;
    const state = president ?? stateEarlierInSentence(r, m.index) ?? home ?? datelineState(r);
    if (!state) return;
    const demonym = lazy.get(state)?.demonyms?.[0] ?? state;
    const names = bodyNames(bare.toLowerCase(), state, demonym);
    if (prior) forget(r, bare);
    const a = ensure(names[0], /office|press/i.test(bare) ? "government" : "armed_force");
    for (const n of names.slice(1)) a.aliases.add(n);
    addLocalForm(a, bare);
  }
}

/**
 * "Putin met Lukashenko in Minsk, the presidential press service said": the press service is that of the president
 * named first in its sentence or the one before (not of the place where they met).
 */
function presidentNamedBefore(r: Registry, at: number): string | null {
  const sentenceStart = Math.max(r.text.lastIndexOf(". ", at), r.text.lastIndexOf("\n", at));
  const from = Math.max(0, r.text.lastIndexOf(". ", sentenceStart - 1), r.text.lastIndexOf("\n", sentenceStart - 1));
  for (const [word] of r.text.slice(from, at).matchAll(CAPITALISED_WORD)) {
    const known = r.byForm.get(word) ?? r.gazForm.get(word)?.entry;
    const state = known?.kind === "person" ? PRESIDENT_OF.exec(known.role ?? "")?.[1] : undefined;
    if (state) return state;
  }
  return null;
}
const CAPITALISED_WORD = /\p{Lu}[\p{L}’'-]+/gu;
const PRESIDENT_OF = /^President of (?:the )?(.+)$/;

/** The actor named by the bare body alone gives way to the body with its state. */
function forget(r: Registry, bare: string): void {
  r.actors.delete(bare.toLowerCase());
  r.byForm.delete(bare);
}

/** The body's name with its state, then its other spellings: "National Guard of Ukraine", "Ukrainian National Guard". */
function bodyNames(body: string, state: string, demonym: string): string[] {
  const the = state.startsWith("United") ? "the " : "";
  if (body === "air force") return [`${demonym} Air Force`];
  if (body === "navy") return [`${demonym} Navy`];
  if (body === "national guard") return [`National Guard of ${the}${state}`, `${demonym} National Guard`];
  if (body === "presidential press service") return [`${demonym} presidential press service`];
  return [`Office of the President of ${the}${state}`, `${demonym} presidential office`];
}

