/**
 * An attribution set off by commas inside its sentence: "If Russia keeps up the strikes, engineers warn, the grid could
 * fail by February" and "The synagogue, he says, will hold a service on Wednesday". The words after the attribution
 * carry the report; the words before are a condition or the subject, not a statement of their own.
 */
import { hasFiniteVerb, VERBS, type Ctx } from "./context";
import type { Collector } from "./indirect";
import { speakerOfVerb } from "./speaker";
import type { Sentence } from "../sentences";

/** ", Ukrainian energy engineers warn," / ", he says," / ", economists at the Kiel Institute estimate,": a subject of ≤ 6 words, a reporting verb, ≤ 3 adjunct words. */
const ATTRIBUTION = new RegExp(`,\\s+((?:[\\p{L}’'.-]+\\s+){1,6}?)(${VERBS})((?:\\s+[\\p{L}\\d]+){0,3}),\\s+(?=\\p{L})`, "u");
/** A condition or time clause opening the sentence: its words are no report. */
const SUBORDINATE = /^(?:If|When|Whether|While|Although|Though|Unless|Once|As|Because|Even if|Until|After|Before|Should|Now that)\b/;

export function parentheticalAttribution(ctx: Ctx, s: Sentence, m: string, col: Collector): void {
  const a = ATTRIBUTION.exec(m);
  if (!a || col.isTaken(s.start) || col.taken.some(([x, y]) => x < s.end && y > s.start)) return;
  const lead = m.slice(0, a.index).trim();
  // "Russia fired 40 drones, the air force said, and …": a full clause before the attribution is a tail-attributed report.
  if (!SUBORDINATE.test(lead) && hasFiniteVerb(lead)) return;
  // "If the talks fail, she said, Europe will pay": after a condition the report may open with a name; after a subject
  // ("The synagogue, he says, will …") its verb follows.
  if (!SUBORDINATE.test(lead) && !/^\p{Ll}/u.test(m.slice(a.index + a[0].length))) return;
  if (/\b(?:who|which|that)\s*$/.test(a[1]) || /[“”"«»]/.test(m.slice(a.index, a.index + a[0].length))) return;
  const vs = s.start + a.index + a[0].lastIndexOf(`${a[2]}${a[3]},`);
  const rest = m.slice(a.index + a[0].length);
  if (!hasFiniteVerb(rest.split(/[;:]/)[0])) return;
  const speaker = speakerOfVerb(ctx, { ...s, start: s.start + a.index + 1 }, vs, vs + a[2].length);
  col.push(speaker, s.start + a.index + a[0].length, s.end, s, a[2]);
}
