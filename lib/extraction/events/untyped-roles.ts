/**
 * Roles of a happening the codebook has no type for ("other"): with no sides the type could give, one named after a
 * preposition of company is a counterpart ("attended a parade alongside Xi", "signed a contract with the ministry"),
 * not the one acted upon: it takes part. (Places and recipients, "in", "at", "to", lost as many as they gained.) A
 * place named as where a site stands ("opened a plant in Lithuania") is its location, no side at all.
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

/** A site, then the preposition that places it, just before a name: "a plant in", "its new office at". */
const SITE_PLACED = /\b(?:plants?|factor(?:y|ies)|facilit(?:y|ies)|offices?|branch(?:es)?|headquarters|warehouses?|stores?|shops?|hubs?|cent(?:re|er)s?|campus|mines?|terminals?|smelters?|refiner(?:y|ies)|lines?)\s+(?:(?:in|at|near|outside)\s+)(?:(?:the|northern|southern|eastern|western|central)\s+)?$/u;

export function sitePlacesDropped(type: EventType, clause: string, roles: { name: string; role: EventRole }[], mentionedAt: (name: string) => number | null): { name: string; role: EventRole }[] {
  if (type !== "other") return roles;
  return roles.filter((r) => {
    const at = mentionedAt(r.name);
    return !(r.role === "target" && at !== null && SITE_PLACED.test(clause.slice(Math.max(0, at - 60), at)));
  });
}
