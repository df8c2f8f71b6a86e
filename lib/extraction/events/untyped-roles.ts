/**
 * Roles of a happening the codebook has no type for ("other"): with no sides the type could give, one named after a
 * preposition of company is a counterpart ("attended a parade alongside Xi", "signed a contract with the ministry"),
 * not the one acted upon: it takes part. (Places and recipients, "in", "at", "to", lost as many as they gained.)
 */
import type { EventRole, EventType } from "./context";

/** A preposition of company, then up to four words of a title or article, just before a name. */
const AFTER_PREPOSITION = /\b(?:with|alongside|among|between)\s+(?:[\p{L}’'.-]+\s+){0,4}$/u;

export function companionsTakePart(type: EventType, clause: string, roles: { name: string; role: EventRole }[], mentionedAt: (name: string) => number | null): { name: string; role: EventRole }[] {
  if (type !== "other") return roles;
  return roles.map((r) => {
    const at = mentionedAt(r.name);
    const companion = r.role === "target" && at !== null && AFTER_PREPOSITION.test(clause.slice(Math.max(0, at - 60), at));
    return companion ? { ...r, role: "participant" } : r;
  });
}
