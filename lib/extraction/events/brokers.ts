/**
 * Who brokers or mediates a deal, a swap or talks leads it: "Turkey brokered the grain deal with the United Nations",
 * "U.S.-brokered talks in Riyadh", "a swap that the UAE brokered". The actors named before the active verb (after the
 * pronoun of a relative clause it ends), and its partner in brokering named by "with" after it (before any comma), are
 * initiators; the sides of the deal take part. A passive ("a swap mediated by Qatar") says nothing of who leads.
 */
import type { EventRole } from "./context";

const BROKER_VERB = /\b(?:brokered|mediated)\b/u;
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+)?$/u;
const CO_BROKER_BEFORE = /\b(?:together\s+)?with\s+(?:the\s+)?$/u;
/** "… in a swap that the UAE brokered": a relative pronoun with the verb's own subject after it. */
const OBJECT_RELATIVE = /\b(?:that|which|whom)\s+(?=\S)(?!(?:\p{Ll}+ly\s+)?(?:brokered|mediated)\b)/gu;

/** Where the subject of the broker verb starts: after an object relative's pronoun, else at the clause's start. */
function subjectStart(clause: string, verbAt: number): number {
  let start = 0;
  for (const m of clause.slice(0, verbAt).matchAll(OBJECT_RELATIVE)) start = m.index + m[0].length;
  return start;
}

export function brokersLead(clause: string, roles: { name: string; role: EventRole }[], mentionedAt: (name: string) => number | null): { name: string; role: EventRole }[] {
  const verb = BROKER_VERB.exec(clause);
  if (!verb || PASSIVE_BEFORE.test(clause.slice(0, verb.index)) || /^\s+by\b/.test(clause.slice(verb.index + verb[0].length))) return roles;
  const subjectAt = subjectStart(clause, verb.index);
  return roles.map((r) => {
    const at = mentionedAt(r.name);
    if (at === null) return r;
    const between = clause.slice(verb.index, Math.max(verb.index, at));
    const leads = (at >= subjectAt && at < verb.index) || (CO_BROKER_BEFORE.test(between) && !/[,;]/.test(between));
    return leads ? { ...r, role: "initiator" } : r;
  });
}
