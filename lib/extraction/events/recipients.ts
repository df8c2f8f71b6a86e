/**
 * Who aid goes to: in a decision to give aid or arms, the one named as its recipient is the target, wherever it stands
 * in the clause: after "to" or "for" ("$4 billion in assistance for Ukraine", "jets to Poland", "for Ukraine's army"),
 * or right after a verb of giving as its first object ("Croatia has sent Ukraine military aid", "would help Ukraine").
 * The trigger of an aid decision is often the noun at the end ("… for Ukraine in a £150 million package"), so the
 * recipient stands before it and the clause's order alone would make it an initiator.
 */
import type { EventRole, EventType } from "./context";

/** Just before a name: "to" or "for", then at most an article ("to the Netherlands"). */
const RECIPIENT_PREPOSITION = /\b(?:to|for)\s+(?:the\s+)?$/;
/** Just before a name: a verb of giving, whose first object is the one given to ("sent Ukraine", "helping Kyiv"). */
const GIVING_VERB = /\b(?:sen[dt]|sends|sending|give[ns]?|gave|giving|provid(?:e[sd]?|ing)|suppl(?:y|ies|ied|ying)|lend(?:s|ing)?|lent|offer(?:s|ed|ing)?|promis(?:e[sd]?|ing)|pledg(?:e[sd]?|ing)|grant(?:s|ed|ing)?|help(?:s|ed|ing)?|hand(?:s|ed|ing)?)\s+$/;
/** "According to Kyiv", "thanks to Berlin": a "to" that names a source or a cause. */
const NOT_RECIPIENT = /\b(?:according|thanks|due|owing|close|next|addition)\s+to\s+(?:the\s+)?$/;

/** Whether the name at `at` in the clause is named as the recipient of what is given. */
export function namedAsRecipient(clause: string, at: number): boolean {
  const before = clause.slice(Math.max(0, at - 30), at);
  return (RECIPIENT_PREPOSITION.test(before) && !NOT_RECIPIENT.test(before)) || GIVING_VERB.test(before);
}

/** In an aid decision, the actors named as its recipients are its targets. */
export function recipientsAreTargets(type: EventType, clause: string, roles: { name: string; role: EventRole }[], mentionedAt: (name: string) => number | null): { name: string; role: EventRole }[] {
  if (type !== "aid_arms_decision") return roles;
  return roles.map((r) => {
    const at = mentionedAt(r.name);
    return r.role !== "target" && at !== null && namedAsRecipient(clause, at) ? { ...r, role: "target" } : r;
  });
}
