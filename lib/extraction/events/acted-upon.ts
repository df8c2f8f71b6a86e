/**
 * Who is acted upon, read from the grammar around a name: the subject of a passive with no agent named ("Orlan was
 * detained at the crossing", "the depot was hit overnight") is the target, not the initiator.
 */
import type { EventRole } from "./context";
import { isParticipleForm, isPastTense } from "../nlp";

/** After a name: a passive's auxiliary and its participle ("was detained", "had been quietly moved"). */
const PASSIVE_AFTER = /^\s+(?:(?:has|have|had)\s+been|was|were|is|are|got)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u;

/** "was expected to respond", "was prepared to sign": a participle that raises the verb after it, no passive. */
const RAISING = /^(?:expected|scheduled|supposed|prepared|poised|set|due|slated|determined|inclined|going|able)$/;

/** Whether a participle follows the name ending at `end` as its passive. */
export function passiveSubjectAt(clause: string, end: number): boolean {
  const after = clause.slice(end, end + 60);
  const m = PASSIVE_AFTER.exec(after);
  if (!m) return false;
  const word = m[1];
  if (RAISING.test(word) && /^\s+to\s/.test(after.slice(m.index + m[0].length))) return false;
  return isParticipleForm(word) || (word.endsWith("ed") && isPastTense(word));
}

/** Initiators that are the subject of a passive (named right before its auxiliary) become targets. */
export function passiveSubjects(clause: string, roles: { name: string; role: EventRole }[], endOf: (name: string) => number | null): { name: string; role: EventRole }[] {
  return roles.map((r) => {
    const end = r.role === "initiator" ? endOf(r.name) : null;
    return end !== null && passiveSubjectAt(clause, end) ? { ...r, role: "target" } : r;
  });
}
