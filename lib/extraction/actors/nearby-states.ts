/** The state a body named bare belongs to, read from the sentences around it. */
import type { Registry } from "./registry";

/** "Russia struck Ukraine overnight, the Air Force said": the state named (not by demonym) last before the body in its sentence. */
export function stateEarlierInSentence(r: Registry, at: number): string | null {
  const start = Math.max(r.text.lastIndexOf(". ", at), r.text.lastIndexOf("\n", at)) + 1;
  const names = [...r.text.slice(start, at).matchAll(/\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}]*)?/gu)].map((m) => m[0]);
  for (const n of names.reverse()) {
    for (const form of [n, n.split(" ")[0]]) {
      const g = r.gazForm.get(form)?.entry ?? r.byForm.get(form);
      if (g?.kind === "state") return g.name;
    }
  }
  return null;
}

/** "Sweden has given Ukraine aid. In June the government decided …": the first state the sentence before names, in the same paragraph. */
export function firstStateOfPreviousSentence(r: Registry, at: number): string | null {
  const paragraph = Math.max(0, r.text.lastIndexOf("\n", at) + 1);
  const sentenceStart = r.text.lastIndexOf(". ", at);
  if (sentenceStart < paragraph) return null;
  const before = r.text.lastIndexOf(". ", sentenceStart - 1);
  const previous = before < paragraph ? paragraph : before + 2;
  for (const m of r.text.slice(previous, sentenceStart).matchAll(/\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}]*)?/gu)) {
    for (const form of [m[0], m[0].split(" ")[0]]) {
      const g = r.gazForm.get(form)?.entry ?? r.byForm.get(form);
      if (g?.kind === "state") return g.name;
    }
  }
  return null;
}

/** "Latvia summoned the envoy of Belarus to the Foreign Ministry": the state named first in the sentence, before `at`. */
export function firstStateEarlierInSentence(r: Registry, at: number): string | null {
  const start = Math.max(r.text.lastIndexOf(". ", at), r.text.lastIndexOf("\n", at)) + 1;
  for (const m of r.text.slice(start, at).matchAll(/\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}]*)?/gu)) {
    for (const form of [m[0], m[0].split(" ")[0]]) {
      const g = r.gazForm.get(form)?.entry ?? r.byForm.get(form);
      if (g?.kind === "state") return g.name;
    }
  }
  return null;
}
