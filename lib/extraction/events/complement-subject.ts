/**
 * The subject of a reported happening: in "Albares announced that Spain would contribute …" or "warned that Russia would
 * respond …", the one named right after the report's verb (or its "that") and before the complement's own modal or
 * perfect is the complement's subject, so it acts: it is an initiator, though it stands after the report's verb, where
 * the clause's order alone makes it a target. A passive complement ("that Kyiv had been struck") keeps its target.
 */
import type { EventRole } from "./context";
import { REPORTING_VERBS } from "./finite-clause";
import { defenceAt, subjectOfReport } from "./roles";

/** Just before the name: the report's verb or its "that" (and an article). */
const OPENS_COMPLEMENT = new RegExp(`\\b(?:that|${REPORTING_VERBS}|warned|threatened|insisted)\\s+(?:the\\s+)?$`);
/** Just after the name (or its possessive and one or two words: "Russia's forces"): a modal or a perfect, not a passive. */
const FINITE_AFTER = /^(?:['’]s(?:\s+\p{Ll}+){1,2})?\s+(?:would|will|could|can|must|should|may|might|(?:had|has|have)(?!\s+been\b))\b/u;

/**
 * Whether the name at [at, end) of the clause is the subject of a reported complement: before a modal or perfect, or
 * a name, or an adjective heading a noun, before a past verb ("said a Russian Su-35 entered …").
 */
export function complementSubjectAt(clause: string, at: number, end: number): boolean {
  return (OPENS_COMPLEMENT.test(clause.slice(Math.max(0, at - 40), at)) && FINITE_AFTER.test(clause.slice(end, end + 40))) || subjectOfReport(clause, at, end, 0) || subjectOfReport(clause, at, end);
}

/** Targets that are the subject of a reported complement become initiators; not in a defence, whose sides defenceFlipped reads. */
export function complementSubjects(
  clause: string, roles: { name: string; role: EventRole }[], span: (name: string) => [number, number] | null,
): { name: string; role: EventRole }[] {
  if (defenceAt(clause) !== null) return roles;
  return roles.map((r) => {
    const at = r.role === "target" ? span(r.name) : null;
    return at && complementSubjectAt(clause, at[0], at[1]) ? { ...r, role: "initiator" } : r;
  });
}
